import { unwrap, type Schemas } from '@prichal/sdk';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api';
import { SailingPicker, useSailing } from '../events/SailingPicker';
import { LANGUAGES, useLang } from '../i18n';
import { formatDateTime } from '../i18n/format';
import { newIdempotencyKey } from '../lib/ids';
import { Field } from '../ui/Field';
import { Notice } from '../ui/Notice';
import { ErrorMessage, Loading } from '../ui/Status';
import { orderKeys } from './hooks';

type Lang = Schemas['CreateAdminOrderRequest']['locale'];
const MAX_SEATS = 10;

/** The sailing's seat map, seat status and ticket types, for choosing what to sell. */
function useSailingForSale(eventId: string) {
  const lang = useLang();
  const enabled = eventId !== '';
  const layout = useQuery({
    queryKey: ['events', 'layout', eventId, lang],
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/seat-layout', { params: { path: { id: eventId }, query: { lang } }, signal })),
    enabled,
  });
  const seats = useQuery({
    queryKey: ['events', 'seats', eventId],
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/seats', { params: { path: { id: eventId } }, signal })),
    enabled,
    staleTime: 5_000,
  });
  const ticketTypes = useQuery({
    queryKey: ['events', 'ticket-types', eventId, lang],
    queryFn: async ({ signal }) => unwrap(await api.GET('/events/{id}/ticket-types', { params: { path: { id: eventId }, query: { lang } }, signal })).items,
    enabled,
  });
  return { layout, seats, ticketTypes };
}

/**
 * `/admin/orders/new`: an order taken by phone or at the desk. The API holds the seats through
 * the payment window and sends the customer the payment link: no unpaid booking outlives it.
 */
export function NewOrderPage() {
  const { t } = useTranslation();
  const lang = useLang();
  const queryClient = useQueryClient();
  const [eventId, setEventId] = useState('');
  const sailing = useSailing(eventId);
  const { layout, seats, ticketTypes } = useSailingForSale(eventId);
  const [chosen, setChosen] = useState<Record<string, string>>({}); // seatCode → ticketTypeId
  const [places, setPlaces] = useState<Record<string, string>>({}); // ticketTypeId → quantity
  const [customer, setCustomer] = useState({ fullName: '', email: '', phone: '' });
  const [locale, setLocale] = useState<Lang>('ru');
  const [promo, setPromo] = useState('');
  const [key, setKey] = useState(newIdempotencyKey);
  const general = seats.data?.seatingMode === 'general';
  const firstType = ticketTypes.data?.[0]?.id ?? '';
  const status = new Map(seats.data?.seatingMode === 'assigned' ? seats.data.seats.map((s) => [s.seatCode, s.status]) : []);

  const create = useMutation({
    mutationFn: async (body: Schemas['CreateAdminOrderRequest']) =>
      unwrap(await api.POST('/admin/orders', { params: { header: { 'idempotency-key': key }, query: { lang } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: orderKeys.lists() }),
  });

  function pickSailing(id: string) {
    setEventId(id);
    setChosen({});
    setPlaces({});
    create.reset();
  }

  function toggleSeat(code: string) {
    const next = { ...chosen };
    if (next[code]) delete next[code];
    else if (Object.keys(next).length < MAX_SEATS) next[code] = firstType;
    setChosen(next);
  }

  function submit() {
    const lines = general
      ? { places: Object.entries(places).filter(([, q]) => Number(q) > 0).map(([ticketTypeId, q]) => ({ ticketTypeId, quantity: Number(q) })) }
      : { seats: Object.entries(chosen).map(([seatCode, ticketTypeId]) => ({ seatCode, ...(ticketTypeId ? { ticketTypeId } : {}) })) };
    create.mutate({
      eventId,
      ...lines,
      customer: { fullName: customer.fullName.trim(), email: customer.email.trim(), phone: customer.phone.trim() },
      locale,
      ...(promo.trim() ? { promoCode: promo.trim() } : {}),
    });
  }

  if (create.data) {
    const { order, paymentUrl } = create.data;
    return (
      <section className="page" aria-labelledby="new-order-title">
        <h1 id="new-order-title">{t('orders.create.doneTitle', { number: order.number })}</h1>
        <Notice>{paymentUrl ? t('orders.create.linkSent', { email: order.customer.email }) : t('orders.create.noLink')}</Notice>
        <p>{t('orders.create.holdUntil', { at: formatDateTime(order.payment.windowEndsAt, lang) })}</p>
        <div className="form__actions">
          <Link to={`/orders/${order.id}`} className="button">
            {t('orders.create.open')}
          </Link>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setKey(newIdempotencyKey());
              pickSailing('');
              setCustomer({ fullName: '', email: '', phone: '' });
            }}
          >
            {t('orders.create.another')}
          </button>
        </div>
      </section>
    );
  }

  const count = general ? Object.values(places).reduce((sum, q) => sum + (Number(q) || 0), 0) : Object.keys(chosen).length;

  return (
    <section className="page" aria-labelledby="new-order-title">
      <p>
        <Link to="/orders">← {t('orders.title')}</Link>
      </p>
      <h1 id="new-order-title">{t('orders.new')}</h1>
      <form
        className="card form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <SailingPicker label={t('orders.filters.sailing')} value={eventId} onChange={pickSailing} />
        {sailing.data?.status === 'cancelled' && <p className="status status--error">{t('errors.codes.event_cancelled')}</p>}
        {eventId && (layout.isPending || seats.isPending || ticketTypes.isPending) && <Loading>{t('catalog.loading')}</Loading>}
        {layout.isError && <ErrorMessage error={layout.error} />}

        {eventId && ticketTypes.data && general && (
          <fieldset className="fieldset">
            <legend>{t('orders.create.places')}</legend>
            <div className="form__grid">
              {ticketTypes.data.map((type) => {
                const left = seats.data?.seatingMode === 'general' ? seats.data.ticketTypes.find((x) => x.ticketTypeId === type.id)?.remaining : undefined;
                return (
                  <Field key={type.id} label={type.name} hint={left !== undefined ? t('orders.create.left', { count: left }) : undefined}>
                    <input type="number" min={0} max={MAX_SEATS} value={places[type.id] ?? ''} onChange={(e) => setPlaces({ ...places, [type.id]: e.target.value })} />
                  </Field>
                );
              })}
            </div>
          </fieldset>
        )}

        {eventId && layout.data && !general && layout.data.decks.length > 0 && (
          <fieldset className="fieldset">
            <legend>{t('orders.create.seats', { count: Object.keys(chosen).length, max: MAX_SEATS })}</legend>
            {layout.data.decks.map((deck) => (
              <div key={deck.id} className="layout-section">
                <h3>{deck.name}</h3>
                {deck.sections.map((section) => {
                  const all = section.rows.flatMap((r) => r.seats);
                  const minY = Math.min(...all.map((s) => s.y), 0);
                  return (
                    <div key={section.id} className="layout-grid" role="group" aria-label={`${deck.name}, ${section.name}`}>
                      {section.rows.map((row) => (
                        <div key={row.id} className="layout-row">
                          <span className="layout-row__label" style={{ gridColumn: 1, gridRow: Math.round((row.seats[0]?.y ?? 0) - minY) + 1 }}>
                            {row.label}
                          </span>
                          {row.seats.map((seat) => {
                            const free = (status.get(seat.seatCode) ?? 'free') === 'free';
                            const picked = chosen[seat.seatCode] !== undefined;
                            return (
                              <button
                                key={seat.seatCode}
                                type="button"
                                className={`seat${picked ? ' seat--picked' : ''}${free ? '' : ' seat--busy'}`}
                                style={{ gridColumn: Math.round(seat.x) + 2, gridRow: Math.round(seat.y - minY) + 1 }}
                                disabled={!free && !picked}
                                aria-pressed={picked}
                                aria-label={t('catalog.layout.seatName', { row: row.label, number: seat.number, code: seat.seatCode })}
                                onClick={() => toggleSeat(seat.seatCode)}
                              >
                                {seat.number}
                              </button>
                            );
                          })}
                        </div>
                      ))}
                    </div>
                  );
                })}
              </div>
            ))}
            {Object.keys(chosen).length > 0 && ticketTypes.data && (
              <div className="form__grid">
                {Object.entries(chosen).map(([code, typeId]) => (
                  <Field key={code} label={t('orders.create.ticketFor', { seat: code })}>
                    <select value={typeId} onChange={(e) => setChosen({ ...chosen, [code]: e.target.value })}>
                      {ticketTypes.data.map((type) => (
                        <option key={type.id} value={type.id}>
                          {type.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                ))}
              </div>
            )}
          </fieldset>
        )}

        <fieldset className="fieldset">
          <legend>{t('orders.customer.title')}</legend>
          <div className="form__grid">
            <Field label={t('orders.customer.name')}>
              <input required minLength={2} maxLength={200} autoComplete="off" value={customer.fullName} onChange={(e) => setCustomer({ ...customer, fullName: e.target.value })} />
            </Field>
            <Field label={t('orders.customer.email')}>
              <input type="email" required autoComplete="off" value={customer.email} onChange={(e) => setCustomer({ ...customer, email: e.target.value })} />
            </Field>
            <Field label={t('orders.customer.phone')}>
              <input type="tel" required minLength={5} maxLength={32} autoComplete="off" value={customer.phone} onChange={(e) => setCustomer({ ...customer, phone: e.target.value })} />
            </Field>
            <Field label={t('orders.customer.locale')}>
              <select value={locale} onChange={(e) => setLocale(e.target.value === 'en' ? 'en' : e.target.value === 'zh' ? 'zh' : 'ru')}>
                {[...LANGUAGES, 'zh' as const].map((code) => (
                  <option key={code} value={code}>
                    {code.toUpperCase()}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('orders.create.promo')}>
              <input maxLength={32} value={promo} onChange={(e) => setPromo(e.target.value)} />
            </Field>
          </div>
        </fieldset>
        {create.isError && (
          <ErrorMessage
            error={create.error}
            fields={{ 'customer.fullName': t('orders.customer.name'), 'customer.email': t('orders.customer.email'), 'customer.phone': t('orders.customer.phone'), promoCode: t('orders.create.promo'), seats: t('orders.create.seatsShort') }}
          />
        )}
        <p className="muted">{t('orders.create.note')}</p>
        <div className="form__actions">
          <button type="submit" className="button" disabled={!eventId || count === 0 || create.isPending}>
            {t('orders.create.submit', { count })}
          </button>
        </div>
      </form>
    </section>
  );
}
