import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { Dialog } from '../ui/Dialog';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { ErrorMessage, Loading } from '../ui/Status';
import { useAdminSailing, useCancelSailing, useCreateSailing, useSetSailingPrices, useTicketTypes, useUpdateSailing } from './hooks';
import { PriceListEditor, priceDraftOf, priceListOf } from './PriceListEditor';
import { SailingForm, useVesselCategories } from './SailingForm';
import { localized, type Sailing } from './types';

/** `/admin/catalog/sailings/new`: a sailing with its price list. */
export function NewSailingPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateSailing();
  return (
    <section className="page" aria-labelledby="new-sailing-title">
      <p>
        <Link to="/catalog/sailings">← {t('catalog.tabs.sailings')}</Link>
      </p>
      <h1 id="new-sailing-title">{t('catalog.sailings.add')}</h1>
      <SailingForm
        sailing={null}
        withPrices
        onSubmit={({ details, prices }) =>
          prices && create.mutate({ ...details, ...prices }, { onSuccess: (sailing) => void navigate(`/catalog/sailings/${sailing.id}`) })
        }
      >
        {create.isError && <ErrorMessage error={create.error} />}
        <div className="form__actions">
          <button type="submit" className="button" disabled={create.isPending}>
            {t('common.create')}
          </button>
        </div>
      </SailingForm>
    </section>
  );
}

/** `/admin/catalog/sailings/:eventId`: details, price list, its orders, cancellation. */
export function SailingPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const sailing = useAdminSailing(eventId);
  return (
    <section className="page" aria-labelledby="sailing-title">
      <p>
        <Link to="/catalog/sailings">← {t('catalog.tabs.sailings')}</Link>
      </p>
      {sailing.isPending && <Loading>{t('catalog.loading')}</Loading>}
      {sailing.isError && <ErrorMessage error={sailing.error} onRetry={() => void sailing.refetch()} />}
      {sailing.data && <SailingDetails key={sailing.data.id} sailing={sailing.data} />}
    </section>
  );
}

function SailingDetails({ sailing }: { sailing: Sailing }) {
  const { t } = useTranslation();
  const lang = useLang();
  const auth = useAuth();
  const update = useUpdateSailing(sailing.id);
  const [cancelling, setCancelling] = useState(false);
  const editable = auth.can('catalog:write') && sailing.status === 'scheduled' && new Date(sailing.startsAt) > new Date();

  return (
    <>
      <div className="page__head">
        <h1 id="sailing-title">{localized(sailing.title, lang)}</h1>
        {sailing.status === 'cancelled' && <span className="badge">{t('catalog.sailings.statuses.cancelled')}</span>}
        <span className="muted">
          {formatDateTime(sailing.startsAt, lang)} · {t('catalog.sailings.soldN', { count: sailing.soldTickets })}
        </span>
        <div className="page__tools">
          {auth.can('orders:read') && (
            <Link to={`/orders?eventId=${sailing.id}`} className="button button--secondary">
              {t('catalog.sailings.orders')}
            </Link>
          )}
          {editable && (
            <button type="button" className="button button--danger" onClick={() => setCancelling(true)}>
              {t('catalog.sailings.cancel')}
            </button>
          )}
        </div>
      </div>
      <SailingForm sailing={sailing} withPrices={false} disabled={!editable} onSubmit={({ details }) => update.mutate(details)}>
        {update.isError && <ErrorMessage error={update.error} />}
        {update.isSuccess && <Notice>{t('common.saved')}</Notice>}
        {editable && (
          <div className="form__actions">
            <button type="submit" className="button" disabled={update.isPending}>
              {t('common.save')}
            </button>
          </div>
        )}
      </SailingForm>
      <SailingPrices sailing={sailing} editable={editable} />
      {cancelling && <CancelSailingDialog sailing={sailing} onClose={() => setCancelling(false)} />}
    </>
  );
}

function SailingPrices({ sailing, editable }: { sailing: Sailing; editable: boolean }) {
  const { t } = useTranslation();
  const ticketTypes = useTicketTypes();
  const save = useSetSailingPrices(sailing.id);
  const { general, categories } = useVesselCategories(sailing.vesselId);
  const [draft, setDraft] = useState(() => priceDraftOf(sailing));
  const [bad, setBad] = useState(false);

  return (
    <form
      className="card form"
      aria-label={t('catalog.prices.title')}
      onSubmit={(e) => {
        e.preventDefault();
        const list = priceListOf(draft, general ? [null] : categories.map((c) => c.id));
        setBad(list === null);
        if (list) save.mutate(list);
      }}
    >
      {ticketTypes.data && (
        <PriceListEditor value={draft} onChange={setDraft} ticketTypes={ticketTypes.data} categories={categories} general={general} disabled={!editable} />
      )}
      {bad && <p className="field__error">{t('catalog.badMoney')}</p>}
      {save.isError && <ErrorMessage error={save.error} />}
      {save.isSuccess && <Notice>{t('common.saved')}</Notice>}
      {editable && (
        <div className="form__actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('catalog.prices.save')}
          </button>
        </div>
      )}
    </form>
  );
}

/**
 * Cancelling a sailing refunds every buyer in full, whatever the 24-hour rule says (the merchant
 * cancelled), ends unpaid orders and tells the buyers the reason.
 */
function CancelSailingDialog({ sailing, onClose }: { sailing: Sailing; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLang();
  const cancel = useCancelSailing(sailing.id);
  const [reason, setReason] = useState('');
  const result = cancel.data;

  return (
    <Dialog title={t('catalog.sailings.cancelTitle', { title: localized(sailing.title, lang) })} onClose={onClose}>
      {result ? (
        <div className="form">
          <Notice>
            {t('catalog.sailings.cancelled', {
              orders: result.ordersCancelled,
              refunded: result.refunds.succeeded,
              pending: result.refunds.pending,
              failed: result.refunds.failed,
            })}
          </Notice>
          {result.refunds.failed > 0 && (
            <button type="button" className="button" disabled={cancel.isPending} onClick={() => cancel.mutate(reason.trim())}>
              {t('catalog.sailings.retryRefunds')}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      ) : (
        <form
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            cancel.mutate(reason.trim());
          }}
        >
          <p>{t('catalog.sailings.cancelText', { count: sailing.soldTickets })}</p>
          <Field label={t('catalog.sailings.cancelReason')} hint={t('catalog.sailings.cancelReasonHint')}>
            <input required minLength={3} maxLength={500} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          {cancel.isError && <ErrorMessage error={cancel.error} />}
          <div className="form__actions">
            <button type="submit" className="button button--danger" disabled={cancel.isPending}>
              {t('catalog.sailings.cancelConfirm')}
            </button>
            <button type="button" className="button button--secondary" onClick={onClose}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </Dialog>
  );
}
