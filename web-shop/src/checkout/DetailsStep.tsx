import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loginPath } from '../account/nextPath';
import { useCustomerSession } from '../account/session';
import type { EventDetail } from '../events/types';
import { errorText, hasCode } from '../i18n/errors';
import { ErrorMessage, Loading } from '../ui/Status';
import { CustomerForm } from './CustomerForm';
import { HeldSummary } from './HeldSummary';
import { useCheckoutForm } from './useCheckoutForm';
import { useHeldItems } from './useHeldItems';

/** The first step: what is held, the buyer's details, and placing the order. */
export function DetailsStep({
  event,
  idempotencyKey,
  onOrdered,
}: {
  event: EventDetail;
  idempotencyKey: string;
  onOrdered: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const held = useHeldItems(event);
  const account = useCustomerSession();
  const form = useCheckoutForm({ event, idempotencyKey, held, account, onOrdered });

  if (!held.ready) return held.error ? <ErrorMessage error={held.error} /> : <Loading>{t('checkout.loadingHold')}</Loading>;
  if (held.items.length === 0) {
    return (
      <div className="status status--empty">
        <p>
          {t('checkout.nothingHeld')} <Link to={`/events/${event.id}/seatmap`}>{t('checkout.backToSeats')}</Link>
        </p>
      </div>
    );
  }
  const holdLost = hasCode(form.failure, 'hold_not_found') || hasCode(form.failure, 'seats_not_held');

  return (
    <form className="checkout" onSubmit={(e) => void form.submit(e)} noValidate>
      <HeldSummary event={event} items={held.items} expiresAt={held.expiresAt} onExpired={held.refetch} />
      {account.status === 'anonymous' && (
        <p className="muted">
          {t('checkout.haveAccount')} <Link to={loginPath(`/events/${event.id}/checkout`)}>{t('checkout.loginToFill')}</Link>
        </p>
      )}
      <CustomerForm values={form.values} errors={form.errors} onChange={form.change} firstInvalidRef={form.refFor} />
      {form.failure !== null && (
        <div className="status status--error" role="alert">
          <p>{errorText(t, form.failure)}</p>
          {holdLost && <Link to={`/events/${event.id}/seatmap`}>{t('checkout.backToSeats')}</Link>}
        </div>
      )}
      <button type="submit" className="button button--large" disabled={form.submitting}>
        {form.submitting ? t('checkout.placing') : t('checkout.continue')}
      </button>
    </form>
  );
}
