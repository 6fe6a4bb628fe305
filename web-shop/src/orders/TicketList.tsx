import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { seatsOf } from '../booking/seatGeometry';
import { seatShortName } from '../booking/seatLabel';
import { useSeatLayout, useTicketTypes } from '../events/hooks';
import type { OrderView } from './hooks';
import { PdfDownload, TicketQr } from './OrderFiles';

type Ticket = OrderView['tickets'][number];

/** Where a ticket is: "row 3, seat 5 (deck 1)", or "no seat" for general admission. */
export function useTicketPlaces(order: OrderView): (ticket: Ticket) => string {
  const { t } = useTranslation();
  const layout = useSeatLayout(order.event.id, order.tickets.some((ticket) => ticket.seatCode !== null));
  const seats = layout.data ? new Map(seatsOf(layout.data).map((seat) => [seat.seatCode, seat])) : null;
  return (ticket) => {
    const seat = ticket.seatCode ? seats?.get(ticket.seatCode) : undefined;
    return seat ? seatShortName(t, seat) : (ticket.seatCode ?? t('order.generalAdmission'));
  };
}

/**
 * The order's e-tickets: QR code, place, ticket type, code and the printable PDF; `actions`
 * adds per-ticket buttons (the refund). Void tickets keep their place in the list, without a
 * QR code to show at boarding.
 */
export function TicketList({ order, token, actions }: { order: OrderView; token: string | null; actions?: (ticket: Ticket) => ReactNode }) {
  const { t } = useTranslation();
  const placeOf = useTicketPlaces(order);
  const ticketTypes = useTicketTypes(order.event.id);
  const valid = order.tickets.filter((ticket) => ticket.status === 'valid').length;

  return (
    <section aria-labelledby="tickets-title">
      <h2 id="tickets-title">{t('order.tickets', { count: valid })}</h2>
      <ul className="tickets">
        {order.tickets.map((ticket) => {
          const type = ticketTypes.data?.items.find((item) => item.id === ticket.ticketTypeId);
          const voided = ticket.status === 'void';
          return (
            <li key={ticket.id} className={voided ? 'ticket ticket--void' : 'ticket'} data-testid="e-ticket" data-ticket-status={ticket.status}>
              {!voided && <TicketQr orderId={order.id} ticket={ticket} token={token} />}
              <div className="ticket__info">
                <p className="ticket__where">{placeOf(ticket)}</p>
                {type && <p>{type.name}</p>}
                <p className="ticket__code">{ticket.code}</p>
                {voided ? (
                  <p className="badge badge--muted">{t('order.voided')}</p>
                ) : (
                  <PdfDownload
                    orderId={order.id}
                    file={{ ticketPdf: ticket.id }}
                    filename={`ticket-${ticket.code}.pdf`}
                    token={token}
                    label={
                      <>
                        {t('order.ticketPdf')}
                        <span className="visually-hidden"> {ticket.code}</span>
                      </>
                    }
                    testId="ticket-pdf"
                  />
                )}
                {actions?.(ticket)}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
