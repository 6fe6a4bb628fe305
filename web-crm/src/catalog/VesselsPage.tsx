import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { Empty, ErrorMessage, Loading } from '../ui/Status';
import { EditCard } from './CrudPage';
import { useCreateVessel, useSeatCategories, useVessels } from './hooks';
import { gridSection } from './layout-model';
import { cleanText, emptyText, localized } from './types';

/** `/admin/catalog/vessels`: the fleet; a vessel's page has its seat layout. */
export function VesselsPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const vessels = useVessels();
  const [creating, setCreating] = useState(false);

  return (
    <section className="page" aria-labelledby="vessels-title">
      <div className="page__head">
        <h1 id="vessels-title">{t('catalog.tabs.vessels')}</h1>
        {auth.can('catalog:write') && !creating && (
          <div className="page__tools">
            <button type="button" className="button" onClick={() => setCreating(true)}>
              {t('catalog.vessels.add')}
            </button>
          </div>
        )}
      </div>
      {creating && <NewVesselForm onClose={() => setCreating(false)} />}
      {vessels.isPending && <Loading>{t('catalog.loading')}</Loading>}
      {vessels.isError && <ErrorMessage error={vessels.error} onRetry={() => void vessels.refetch()} />}
      {vessels.data?.length === 0 && <Empty>{t('catalog.empty')}</Empty>}
      {vessels.data && vessels.data.length > 0 && (
        <div className="table-wrap" role="region" aria-labelledby="vessels-title" tabIndex={0}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('catalog.fields.name')}</th>
                <th scope="col">{t('catalog.vessels.seating')}</th>
                <th scope="col" className="num">{t('catalog.vessels.capacity')}</th>
                <th scope="col" className="num">{t('catalog.vessels.upcoming')}</th>
              </tr>
            </thead>
            <tbody>
              {vessels.data.map((vessel) => (
                <tr key={vessel.id}>
                  <th scope="row">
                    <Link to={`/catalog/vessels/${vessel.id}`}>{localized(vessel.name, lang)}</Link>
                  </th>
                  <td>{t(`events.seating.${vessel.seatingMode}`)}</td>
                  <td className="num">{vessel.seatingMode === 'assigned' ? vessel.seatCount : vessel.capacity}</td>
                  <td className="num">{vessel.upcomingSailings}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A new vessel: general admission with a capacity, or seats laid out as a first grid to edit. */
function NewVesselForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const navigate = useNavigate();
  const create = useCreateVessel();
  const categories = useSeatCategories();
  const [name, setName] = useState(emptyText());
  const [mode, setMode] = useState<'assigned' | 'general'>('assigned');
  const [capacity, setCapacity] = useState('50');
  const [rows, setRows] = useState('5');
  const [perRow, setPerRow] = useState('8');
  const [aisle, setAisle] = useState('4');
  const [category, setCategory] = useState('');
  const categoryId = category || categories.data?.[0]?.id || '';

  function submit() {
    const body =
      mode === 'general'
        ? { name: cleanText(name), seatingMode: mode, capacity: Number(capacity) }
        : {
            name: cleanText(name),
            seatingMode: mode,
            layout: {
              decks: [
                {
                  name: { ru: 'Главная палуба', en: 'Main deck', zh: null },
                  level: 1,
                  sections: [gridSection({ decks: [] }, 0, { ru: 'Салон', en: 'Salon', zh: null }, { rows: Number(rows), seatsPerRow: Number(perRow), categoryId, aisleEvery: Number(aisle) })],
                },
              ],
            },
          };
    create.mutate(body, { onSuccess: (vessel) => void navigate(`/catalog/vessels/${vessel.id}`) });
  }

  return (
    <EditCard title={t('catalog.vessels.add')} busy={create.isPending} error={create.error} onCancel={onClose} onSubmit={submit}>
      <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
      <div className="form__grid">
        <Field label={t('catalog.vessels.seating')}>
          <select value={mode} onChange={(e) => setMode(e.target.value === 'general' ? 'general' : 'assigned')}>
            <option value="assigned">{t('events.seating.assigned')}</option>
            <option value="general">{t('events.seating.general')}</option>
          </select>
        </Field>
        {mode === 'general' ? (
          <Field label={t('catalog.vessels.capacity')}>
            <input type="number" min={1} max={5000} required value={capacity} onChange={(e) => setCapacity(e.target.value)} />
          </Field>
        ) : (
          <>
            <Field label={t('catalog.vessels.rows')}>
              <input type="number" min={1} max={200} required value={rows} onChange={(e) => setRows(e.target.value)} />
            </Field>
            <Field label={t('catalog.vessels.seatsPerRow')}>
              <input type="number" min={1} max={200} required value={perRow} onChange={(e) => setPerRow(e.target.value)} />
            </Field>
            <Field label={t('catalog.vessels.aisleEvery')} hint={t('catalog.vessels.aisleHint')}>
              <input type="number" min={0} max={200} value={aisle} onChange={(e) => setAisle(e.target.value)} />
            </Field>
            <Field label={t('catalog.layout.category')}>
              <select required value={categoryId} onChange={(e) => setCategory(e.target.value)}>
                {categories.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {localized(c.name, lang)}
                  </option>
                ))}
              </select>
            </Field>
          </>
        )}
      </div>
      {mode === 'assigned' && <p className="muted">{t('catalog.vessels.gridNote')}</p>}
    </EditCard>
  );
}
