import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { CrudPage, EditCard } from './CrudPage';
import { useDeleteTicketType, useSaveSeatCategory, useSaveTicketType, useSeatCategories, useTicketTypes } from './hooks';
import { cleanText, emptyText, localized, type SeatCategory, type TicketType } from './types';

const CODE_PATTERN = '[a-z][a-z0-9_]{0,39}';

/** `/admin/catalog/ticket-types`: adult, child, concession… — what a price is for. */
export function TicketTypesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const types = useTicketTypes();
  const remove = useDeleteTicketType();
  return (
    <CrudPage<TicketType>
      title={t('catalog.tabs.ticket-types')}
      addLabel={t('catalog.ticketTypes.add')}
      query={types}
      columns={[
        { head: t('catalog.fields.code'), cell: (x) => <code>{x.code}</code> },
        { head: t('catalog.fields.name'), cell: (x) => localized(x.name, lang) },
        { head: t('catalog.fields.description'), cell: (x) => localized(x.description, lang) },
        { head: t('catalog.fields.sortOrder'), cell: (x) => x.sortOrder, className: 'num' },
      ]}
      onDelete={{ run: (id) => remove.mutateAsync(id), label: (x) => localized(x.name, lang) }}
      renderForm={(item, close) => <TicketTypeForm key={item?.id ?? 'new'} item={item} onClose={close} />}
    />
  );
}

function TicketTypeForm({ item, onClose }: { item: TicketType | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveTicketType();
  const [code, setCode] = useState(item?.code ?? '');
  const [name, setName] = useState(item?.name ?? emptyText());
  const [description, setDescription] = useState(item?.description ?? { ru: '', en: null, zh: null });
  const [sortOrder, setSortOrder] = useState(String(item?.sortOrder ?? 0));
  return (
    <EditCard
      title={item ? t('catalog.ticketTypes.edit') : t('catalog.ticketTypes.add')}
      busy={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={() =>
        save.mutate(
          { ...(item ? { id: item.id } : {}), body: { code, name: cleanText(name), description: cleanText(description), sortOrder: Number(sortOrder) } },
          { onSuccess: onClose },
        )
      }
    >
      <div className="form__grid">
        <Field label={t('catalog.fields.code')} hint={t('catalog.codeHint')}>
          <input required pattern={CODE_PATTERN} disabled={item !== null} value={code} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <Field label={t('catalog.fields.sortOrder')}>
          <input type="number" min={0} max={10000} value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} />
        </Field>
      </div>
      <div className="grid-2">
        <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
        <LocalizedInput name="description" label={t('catalog.fields.description')} value={description} onChange={setDescription} multiline required={false} />
      </div>
    </EditCard>
  );
}

/** `/admin/catalog/seat-categories`: seat classes priced separately (window, VIP, standard…). */
export function SeatCategoriesPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const categories = useSeatCategories();
  return (
    <CrudPage<SeatCategory>
      title={t('catalog.tabs.seat-categories')}
      intro={t('catalog.categories.intro')}
      addLabel={t('catalog.categories.add')}
      query={categories}
      columns={[
        { head: t('catalog.fields.code'), cell: (x) => <code>{x.code}</code> },
        { head: t('catalog.fields.name'), cell: (x) => localized(x.name, lang) },
        { head: t('catalog.fields.sortOrder'), cell: (x) => x.sortOrder, className: 'num' },
      ]}
      renderForm={(item, close) => <SeatCategoryForm key={item?.id ?? 'new'} item={item} onClose={close} />}
    />
  );
}

function SeatCategoryForm({ item, onClose }: { item: SeatCategory | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveSeatCategory();
  const [code, setCode] = useState(item?.code ?? '');
  const [name, setName] = useState(item?.name ?? emptyText());
  const [sortOrder, setSortOrder] = useState(String(item?.sortOrder ?? 0));
  return (
    <EditCard
      title={item ? t('catalog.categories.edit') : t('catalog.categories.add')}
      busy={save.isPending}
      error={save.error}
      onCancel={onClose}
      onSubmit={() =>
        save.mutate({ ...(item ? { id: item.id } : {}), body: { code, name: cleanText(name), sortOrder: Number(sortOrder) } }, { onSuccess: onClose })
      }
    >
      <div className="form__grid">
        <Field label={t('catalog.fields.code')} hint={t('catalog.codeHint')}>
          <input required pattern={CODE_PATTERN} disabled={item !== null} value={code} onChange={(e) => setCode(e.target.value)} />
        </Field>
        <Field label={t('catalog.fields.sortOrder')}>
          <input type="number" min={0} max={10000} value={sortOrder} onChange={(e) => setSortOrder(e.target.value)} />
        </Field>
      </div>
      <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
    </EditCard>
  );
}
