import { AppError } from '../../platform/errors/app-error';

export const SeatingErrors = {
  eventNotFound: (id: string) => new AppError('event_not_found', 404, { detail: `No sailing with id ${id}`, params: { id } }),
  unknownSeats: (seats: string[]) =>
    new AppError('validation_failed', 400, {
      detail: `Invalid request: body.seats — unknown seat codes ${seats.join(', ')}`,
      params: { seats },
      errors: [{ path: 'body.seats', message: `unknown seat codes: ${seats.join(', ')}` }],
    }),
  unknownTicketTypes: (ids: string[]) =>
    new AppError('validation_failed', 400, {
      detail: `Invalid request: body.items — ticket types not sold on this sailing: ${ids.join(', ')}`,
      params: { ticketTypeIds: ids },
      errors: [{ path: 'body.items', message: `ticket types not sold on this sailing: ${ids.join(', ')}` }],
    }),
  seatsTaken: (seats: string[]) =>
    new AppError('seats_taken', 409, { detail: `These seats are no longer free: ${seats.join(', ')}`, params: { seats } }),
  soldOut: (id: string) => new AppError('sold_out', 409, { detail: 'The sailing is sold out', params: { eventId: id } }),
  notEnoughPlaces: (remaining: number, ticketTypeId?: string) =>
    new AppError('not_enough_places', 409, {
      detail: ticketTypeId
        ? `Only ${remaining} places of this ticket type remain`
        : `Only ${remaining} places remain`,
      params: { remaining, ...(ticketTypeId ? { ticketTypeId } : {}) },
    }),
  noAdjacentSeats: (count: number) =>
    new AppError('no_seats_available', 409, { detail: `No ${count} free seats match the request`, params: { count } }),
  cancelled: (id: string) => new AppError('event_cancelled', 409, { detail: 'The sailing was cancelled', params: { eventId: id } }),
  departed: (id: string, startsAt: string) =>
    new AppError('event_departed', 422, { detail: 'The sailing has already departed', params: { eventId: id, startsAt } }),
  tooManySeats: (max: number) =>
    new AppError('seat_limit_exceeded', 422, { detail: `At most ${max} seats per booking`, params: { max } }),
  wrongSeatingMode: (id: string, mode: 'assigned' | 'general') =>
    new AppError(mode === 'general' ? 'general_admission_only' : 'assigned_seating_only', 422, {
      detail: mode === 'general' ? 'This sailing has no seat map; hold places by ticket type' : 'This sailing sells numbered seats; lock seats',
      params: { eventId: id },
    }),
  holdNotFound: (id: string) => new AppError('hold_not_found', 404, { detail: `No active hold ${id} for this session`, params: { holdId: id } }),
  supplierRefused: (seats: string[]) =>
    new AppError('supplier_refused', 409, { detail: 'The operator refused to hold these seats', params: { seats } }),
  supplierFailed: () => new AppError('supplier_unavailable', 502, { detail: "The operator's booking system failed" }),
  supplierTimeout: () => new AppError('supplier_timeout', 503, { detail: "The operator's booking system did not answer in time" }),
};
