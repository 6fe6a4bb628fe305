import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { CrudPage, EditCard } from './CrudPage';
import { useBerths, useDeleteBerth, useSaveBerth } from './hooks';
import { cleanText, emptyText, localized, type Berth } from './types';

/** `/admin/catalog/berths`: where sailings depart and call. */
export function BerthsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const berths = useBerths();
  const remove = useDeleteBerth();
  return (
    <CrudPage<Berth>
      title={t('catalog.tabs.berths')}
      addLabel={t('catalog.berths.add')}
      query={berths}
      columns={[
        { head: t('catalog.fields.name'), cell: (b) => localized(b.name, lang) },
        { head: t('catalog.fields.address'), cell: (b) => localized(b.address, lang) },
        { head: t('catalog.fields.coordinates'), cell: (b) => `${b.latitude}, ${b.longitude}`, className: 'nowrap' },
      ]}
      onDelete={{ run: (id) => remove.mutateAsync(id), label: (b) => localized(b.name, lang) }}
      renderForm={(berth, close) => <BerthForm key={berth?.id ?? 'new'} berth={berth} onClose={close} />}
    />
  );
}

function BerthForm({ berth, onClose }: { berth: Berth | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveBerth();
  const [name, setName] = useState(berth?.name ?? emptyText());
  const [address, setAddress] = useState(berth?.address ?? emptyText());
  const [latitude, setLatitude] = useState(berth ? String(berth.latitude) : '59.93');
  const [longitude, setLongitude] = useState(berth ? String(berth.longitude) : '30.31');

  return (
    <EditCard
      title={berth ? t('catalog.berths.edit') : t('catalog.berths.add')}
      busy={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={() =>
        save.mutate(
          { ...(berth ? { id: berth.id } : {}), body: { name: cleanText(name), address: cleanText(address), latitude: Number(latitude), longitude: Number(longitude) } },
          { onSuccess: onClose },
        )
      }
    >
      <div className="grid-2">
        <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
        <LocalizedInput name="address" label={t('catalog.fields.address')} value={address} onChange={setAddress} />
      </div>
      <div className="form__grid">
        <Field label={t('catalog.fields.latitude')}>
          <input type="number" step="0.000001" min={-90} max={90} required value={latitude} onChange={(e) => setLatitude(e.target.value)} />
        </Field>
        <Field label={t('catalog.fields.longitude')}>
          <input type="number" step="0.000001" min={-180} max={180} required value={longitude} onChange={(e) => setLongitude(e.target.value)} />
        </Field>
      </div>
    </EditCard>
  );
}
