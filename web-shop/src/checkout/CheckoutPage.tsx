import { ApiError, startCheckout, type CheckoutRequest, type CustomerSessionState } from '@prichal/sdk';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { trackFunnel } from '../analytics/matomo';
import { loginPath } from '../account/nextPath';
import { accountApi, useCustomerSession } from '../account/session';
import { orders, seating } from '../api';
import { liveGaHold, loadCart } from '../booking/cart';
import { HoldCountdown } from '../booking/HoldCountdown';
import { bookingKeys } from '../booking/keys';
import { defaultTicketType, priceFor, ticketTypesFor } from '../booking/prices';
import { seatsOf } from '../booking/seatGeometry';
import { seatShortName } from '../booking/seatLabel';
import { isEventId, useEvent, usePrices, useSeatLayout, useTicketTypes } from '../events/hooks';
import { notFound } from '../events/notFound';
import type { EventDetail } from '../events/types';
import { useLang } from '../i18n';
import { errorText, hasCode } from '../i18n/errors';
import { formatDateTime, formatPrice } from '../i18n/format';
import { browserSessionId } from '../lib/session';
import { campaignUtm } from '../lib/utm';
import { orderKeys, useOrder, type OrderView } from '../orders/hooks';
import { currentCheckout, finishCheckout, recordCheckoutOrder, rememberOrder } from '../orders/orderAccess';
import { OrderSummary } from '../orders/OrderSummary';
import { ErrorMessage, Loading } from '../ui/Status';
import { usePageTitle } from '../ui/usePageTitle';
import { CustomerForm, type CheckoutFormValues, type FormErrors, type FormField } from './CustomerForm';
import { cleanCustomer, fieldOfApiPath, validateCustomer } from './validation';

const EMPTY_FORM: CheckoutFormValues = { fullName: '', email: '', phone: '', promoCode: '', consent: false };

/** A signed-in customer's details, filled in for them. */
function prefilled(account: CustomerSessionState): CheckoutFormValues {
  if (account.status !== 'signedIn') return EMPTY_FORM;
  const { fullName, email, phone } = account.customer;
  return { ...EMPTY_FORM, fullName: fullName ?? '', email, phone: phone ?? '' };
}
const FIELD_ORDER: FormField[] = ['fullName', 'email', 'phone', 'promoCode', 'consent'];

/** `/events/:id/checkout`: the buyer's details, then the order as the API priced it, then payment. */
export function CheckoutPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(id);
  usePageTitle(t('checkout.title'));

  return (
    <section className="page page--narrow" aria-labelledby="checkout-title">
      <p>
        <Link to={`/events/${id}/seatmap`} className="back">
          <span aria-hidden="true">←</span> {t('checkout.backToSeats')}
        </Link>
      </p>
      <h1 id="checkout-title">{t('checkout.title')}</h1>
      {!isEventId(id) && <ErrorMessage error={notFound(id)} />}
      {isEventId(id) && event.isPending && <Loading>{t('events.loadingOne')}</Loading>}
      {event.isError && <ErrorMessage error={event.error} onRetry={() => void event.refetch()} />}
      {event.data && <Checkout event={event.data} />}
    </section>
  );
}

function Checkout({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const [checkout, setCheckout] = useState(() => currentCheckout(event.id));
  const existing = useOrder(checkout.orderId ?? '');
  const order = checkout.orderId ? existing.data : undefined;
  const open = order?.status === 'PENDING' || order?.status === 'LOCKED';
  const ended = order !== undefined && !open;

  useEffect(() => {
    // The order of this checkout ended (paid, cancelled, expired): the next purchase is a new checkout.
    if (!ended) return;
    finishCheckout(event.id);
    setCheckout(currentCheckout(event.id));
  }, [ended, event.id]);

  if (checkout.orderId && existing.isPending && existing.access) return <Loading>{t('checkout.loadingOrder')}</Loading>;
  // An order of this checkout that is still waiting for payment: pay it (never a second one).
  if (order && open) return <Review event={event} order={order} />;
  return (
    <DetailsStep
      key={checkout.idempotencyKey}
      event={event}
      idempotencyKey={checkout.idempotencyKey}
      onOrdered={(orderId) => {
        recordCheckoutOrder(event.id, orderId);
        setCheckout(currentCheckout(event.id));
      }}
    />
  );
}

interface HeldItem {
  key: string;
  label: string;
  ticketType: string;
  totalKopecks: number;
}

/** What the session holds on the sailing, at list prices: the seats with their chosen types, or GA places. */
function useHeldItems(event: EventDetail) {
  const { t } = useTranslation();
  const sessionId = browserSessionId();
  const seated = event.vessel.seatingMode === 'assigned';
  const prices = usePrices(event.id);
  const ticketTypes = useTicketTypes(event.id);
  const layout = useSeatLayout(event.id, seated);
  const status = useQuery({
    queryKey: [...bookingKeys.seatStatus(event.id, sessionId), 'checkout'],
    enabled: seated,
    queryFn: () => seating.seatStatus(event.id, sessionId),
  });
  const cart = useMemo(() => loadCart(event.id), [event.id]);

  return useMemo(() => {
    const ready = prices.data && ticketTypes.data && (!seated || (layout.data && status.data));
    if (!ready || !prices.data || !ticketTypes.data) {
      return { ready: false as const, error: prices.error ?? ticketTypes.error ?? layout.error ?? status.error };
    }
    const types = ticketTypes.data.items;
    const items: HeldItem[] = [];
    const seatChoices: NonNullable<CheckoutRequest['seats']> = [];
    let expiresAt: string | null;
    if (seated && layout.data && status.data?.seatingMode === 'assigned') {
      const held = new Set(status.data.seats.filter((s) => s.status === 'selected').map((s) => s.seatCode));
      expiresAt = status.data.holdExpiresAt;
      for (const seat of seatsOf(layout.data)) {
        if (!held.has(seat.seatCode)) continue;
        const options = ticketTypesFor(prices.data, types, seat.categoryId);
        const type = options.find((o) => o.id === cart.seatTypes[seat.seatCode]) ?? defaultTicketType(prices.data, types, seat.categoryId);
        if (!type) continue;
        seatChoices.push({ seatCode: seat.seatCode, ticketTypeId: type.id });
        items.push({
          key: seat.seatCode,
          label: seatShortName(t, seat),
          ticketType: type.name,
          totalKopecks: priceFor(prices.data, type.id, seat.categoryId)?.totalKopecks ?? 0,
        });
      }
    } else {
      const ga = liveGaHold(cart);
      expiresAt = ga?.expiresAt ?? null;
      for (const type of types) {
        const quantity = ga?.quantities[type.id] ?? 0;
        const price = priceFor(prices.data, type.id, null)?.totalKopecks ?? 0;
        for (let n = 0; n < quantity; n += 1) items.push({ key: `${type.id}:${n}`, label: t('checkout.place', { number: items.length + 1 }), ticketType: type.name, totalKopecks: price });
      }
    }
    return { ready: true as const, items, seatChoices, expiresAt, refetch: () => void status.refetch() };
  }, [prices.data, ticketTypes.data, layout.data, status, seated, cart, t, prices.error, ticketTypes.error, layout.error]);
}

function DetailsStep({
  event,
  idempotencyKey,
  onOrdered,
}: {
  event: EventDetail;
  idempotencyKey: string;
  onOrdered: (orderId: string) => void;
}) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const held = useHeldItems(event);
  const account = useCustomerSession();
  const [values, setValues] = useState<CheckoutFormValues>(() => prefilled(account));
  const [touched, setTouched] = useState(false);
  const [errors, setErrors] = useState<FormErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);
  const inputs = useRef(new Map<FormField, HTMLInputElement>());
  const refFor = useCallback(
    (field: FormField) => (element: HTMLInputElement | null) => {
      if (element) inputs.current.set(field, element);
      else inputs.current.delete(field);
    },
    [],
  );
  // One checkout, one key: double clicks and retries after a lost answer make one order. Sent
  // with the customer's login, when there is one, the order joins their account.
  const checkout = useMemo(() => startCheckout(accountApi, idempotencyKey), [idempotencyKey]);

  useEffect(() => {
    // A stored login finished renewing after the page opened: fill in what is still untouched.
    if (!touched && account.status === 'signedIn') setValues(prefilled(account));
  }, [account, touched]);

  const focusFirst = (found: FormErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) inputs.current.get(first)?.focus();
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!held.ready) return;
    const problems = validateCustomer(values);
    const found: FormErrors = Object.fromEntries(Object.entries(problems).map(([field, problem]) => [field, { problem }]));
    if (!values.consent) found.consent = { problem: 'consent' };
    setErrors(found);
    setFailure(null);
    if (Object.keys(found).length > 0) {
      focusFirst(found);
      return;
    }
    setSubmitting(true);
    try {
      const utm = campaignUtm();
      const promoCode = values.promoCode.trim();
      const result = await checkout.placeOrder({
        sessionId: browserSessionId(),
        eventId: event.id,
        customer: cleanCustomer(values),
        locale: lang,
        ...(event.vessel.seatingMode === 'assigned' ? { seats: held.seatChoices } : {}),
        ...(promoCode ? { promoCode } : {}),
        ...(utm ? { utm } : {}),
      });
      rememberOrder(result.order.id, { token: result.accessToken, eventId: event.id });
      queryClient.setQueryData(orderKeys.detail(result.order.id), result.order);
      onOrdered(result.order.id);
    } catch (error) {
      const fieldErrors = apiFieldErrors(error, t);
      if (fieldErrors) {
        setErrors(fieldErrors);
        focusFirst(fieldErrors);
      } else {
        setFailure(error);
      }
    } finally {
      setSubmitting(false);
    }
  };

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
  const listTotal = held.items.reduce((sum, item) => sum + item.totalKopecks, 0);
  const holdLost = hasCode(failure, 'hold_not_found') || hasCode(failure, 'seats_not_held');

  return (
    <form className="checkout" onSubmit={(e) => void submit(e)} noValidate>
      <section aria-labelledby="held-title" className="checkout__held">
        <h2 id="held-title">{event.title}</h2>
        <p className="muted">
          <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, lang)}</time> · {event.departureBerth.name}
        </p>
        {held.expiresAt && <HoldCountdown expiresAt={held.expiresAt} onExpired={held.refetch} />}
        <ul className="held">
          {held.items.map((item) => (
            <li key={item.key}>
              <span>
                {item.label} · {item.ticketType}
              </span>
              <span>{formatPrice(item.totalKopecks, lang)}</span>
            </li>
          ))}
        </ul>
        <p className="held__total">
          {t('checkout.listTotal')} <strong>{formatPrice(listTotal, lang)}</strong>
        </p>
        <p className="muted">{t('checkout.finalNote')}</p>
      </section>
      {account.status === 'anonymous' && (
        <p className="muted">
          {t('checkout.haveAccount')} <Link to={loginPath(`/events/${event.id}/checkout`)}>{t('checkout.loginToFill')}</Link>
        </p>
      )}
      <CustomerForm
        values={values}
        errors={errors}
        onChange={(next) => {
          setTouched(true);
          setValues(next);
        }}
        firstInvalidRef={refFor}
      />
      {failure !== null && (
        <div className="status status--error" role="alert">
          <p>{errorText(t, failure)}</p>
          {holdLost && <Link to={`/events/${event.id}/seatmap`}>{t('checkout.backToSeats')}</Link>}
        </div>
      )}
      <button type="submit" className="button button--large" disabled={submitting}>
        {submitting ? t('checkout.placing') : t('checkout.continue')}
      </button>
    </form>
  );
}

/** Field problems of an API 400 (or a refused promo code), shown beside their fields. */
function apiFieldErrors(error: unknown, t: ReturnType<typeof useTranslation>['t']): FormErrors | null {
  if (!(error instanceof ApiError)) return null;
  if (error.problem.code.startsWith('promo_code_')) return { promoCode: { text: errorText(t, error) } };
  const found: FormErrors = {};
  for (const issue of error.problem.errors ?? []) {
    const field = fieldOfApiPath(issue.path);
    if (field) found[field] = { problem: field === 'fullName' ? 'fullNameLetters' : field };
  }
  return Object.keys(found).length > 0 ? found : null;
}

/** The order as the API priced it, its payment window, and the way to pay. */
function Review({ event, order }: { event: EventDetail; order: OrderView }) {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [failure, setFailure] = useState<unknown>(null);
  const [paying, setPaying] = useState(false);
  const access = useOrder(order.id).access;

  const pay = async () => {
    if (!access || paying) return;
    setPaying(true);
    setFailure(null);
    try {
      const payment = await orders.startPayment(order.id, access.token);
      trackFunnel('payment_started', event.id, order.totalKopecks / 100);
      window.location.assign(payment.confirmationUrl);
    } catch (error) {
      setFailure(error);
      setPaying(false);
      void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) });
    }
  };

  return (
    <section className="review" aria-labelledby="review-title">
      <h2 id="review-title">{t('checkout.reviewTitle', { number: order.number })}</h2>
      <p className="muted">
        {order.event.title} · <time dateTime={order.event.startsAt}>{formatDateTime(order.event.startsAt, lang)}</time>
      </p>
      <p>{t('checkout.buyerLine', { name: order.customer.fullName, email: order.customer.email, phone: order.customer.phone })}</p>
      <HoldCountdown
        expiresAt={order.paymentWindowEndsAt}
        label={t('checkout.payWithin')}
        onExpired={() => void queryClient.invalidateQueries({ queryKey: orderKeys.detail(order.id) })}
      />
      <OrderSummary order={order} />
      {failure !== null && <ErrorMessage error={failure} />}
      <button type="button" className="button button--large" onClick={() => void pay()} disabled={paying}>
        {t('checkout.pay', { total: formatPrice(order.totalKopecks, lang) })}
      </button>
      <p className="muted">{t('checkout.payNote')}</p>
    </section>
  );
}
