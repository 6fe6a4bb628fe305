import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { Field } from '../ui/Field';
import { LocalizedInput } from '../ui/LocalizedInput';
import { Notice } from '../ui/Notice';
import { ErrorMessage, Loading, useErrorText } from '../ui/Status';
import { useDeleteVessel, useSeatCategories, useUpdateVessel, useVessel } from './hooks';
import { SeatLayoutEditor } from './SeatLayoutEditor';
import { cleanText, localized, type VesselDetail } from './types';

/** `/admin/catalog/vessels/:vesselId`: name, capacity and the seat layout editor. */
export function VesselPage() {
  const { t } = useTranslation();
  const { vesselId = '' } = useParams();
  const vessel = useVessel(vesselId);
  const categories = useSeatCategories();

  return (
    <section className="page" aria-labelledby="vessel-title">
      <p>
        <Link to="/catalog/vessels">← {t('catalog.tabs.vessels')}</Link>
      </p>
      {(vessel.isPending || categories.isPending) && <Loading>{t('catalog.loading')}</Loading>}
      {vessel.isError && <ErrorMessage error={vessel.error} onRetry={() => void vessel.refetch()} />}
      {categories.isError && <ErrorMessage error={categories.error} onRetry={() => void categories.refetch()} />}
      {vessel.data && categories.data && <VesselDetails key={vessel.data.id} vessel={vessel.data} categories={categories.data} />}
    </section>
  );
}

function VesselDetails({ vessel, categories }: { vessel: VesselDetail; categories: NonNullable<ReturnType<typeof useSeatCategories>['data']> }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const canWrite = auth.can('catalog:write');
  const update = useUpdateVessel(vessel.id);
  const remove = useDeleteVessel();
  const [name, setName] = useState(vessel.name);
  const [capacity, setCapacity] = useState(String(vessel.capacity));

  return (
    <>
      <div className="page__head">
        <h1 id="vessel-title">{localized(vessel.name, lang)}</h1>
        <span className="muted">
          {t(`events.seating.${vessel.seatingMode}`)} · {t('catalog.vessels.upcomingN', { count: vessel.upcomingSailings })}
        </span>
        {canWrite && (
          <div className="page__tools">
            <button
              type="button"
              className="button button--secondary"
              disabled={remove.isPending}
              onClick={() => {
                if (window.confirm(t('catalog.confirmDelete', { name: localized(vessel.name, lang) }))) {
                  remove.mutate(vessel.id, { onSuccess: () => void navigate('/catalog/vessels') });
                }
              }}
            >
              {t('common.delete')}
            </button>
          </div>
        )}
      </div>
      {remove.isError && <p className="status status--error" role="alert">{errorText(remove.error)}</p>}
      <form
        className="card form"
        aria-label={t('catalog.vessels.details')}
        onSubmit={(e) => {
          e.preventDefault();
          update.mutate({ name: cleanText(name), ...(vessel.seatingMode === 'general' ? { capacity: Number(capacity) } : {}) });
        }}
      >
        <fieldset className="form" disabled={!canWrite}>
          <LocalizedInput name="name" label={t('catalog.fields.name')} value={name} onChange={setName} />
          {vessel.seatingMode === 'general' && (
            <Field label={t('catalog.vessels.capacity')}>
              <input type="number" min={1} max={5000} value={capacity} onChange={(e) => setCapacity(e.target.value)} />
            </Field>
          )}
        </fieldset>
        {update.isError && <ErrorMessage error={update.error} />}
        {update.isSuccess && <Notice>{t('common.saved')}</Notice>}
        {canWrite && (
          <div className="form__actions">
            <button type="submit" className="button" disabled={update.isPending}>
              {t('common.save')}
            </button>
          </div>
        )}
      </form>
      {vessel.seatingMode === 'assigned' && <SeatLayoutEditor vessel={vessel} categories={categories} canWrite={canWrite} />}
    </>
  );
}
