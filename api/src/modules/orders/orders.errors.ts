import { AppError } from '../../platform/errors/app-error';

export const OrderErrors = {
  notFound: (id: string) => new AppError('order_not_found', 404, { detail: `No order ${id}`, params: { orderId: id } }),
  idempotencyKeyRequired: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: header.idempotency-key — is required for creating an order',
      errors: [{ path: 'header.idempotency-key', message: 'is required' }],
    }),
  idempotencyKeyReused: () =>
    new AppError('idempotency_key_reused', 422, { detail: 'This Idempotency-Key was used for a different order request' }),
  invalidPhone: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: body.customer.phone — is not a valid phone number',
      errors: [{ path: 'body.customer.phone', message: 'is not a valid phone number' }],
    }),
  nothingToOrder: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: body — name holdIds or seats',
      errors: [{ path: 'body.holdIds', message: 'name the holds (or seats) to order' }],
    }),
  holdNotFound: (holdIds: string[]) =>
    new AppError('hold_not_found', 409, { detail: 'The hold is not this session’s, or has lapsed', params: { holdIds } }),
  seatsNotHeld: (seats: string[]) =>
    new AppError('seats_not_held', 409, { detail: `These seats are not held by this session: ${seats.join(', ')}`, params: { seats } }),
  mixedSailings: () => new AppError('mixed_sailings', 422, { detail: 'One order covers one sailing' }),
  unknownTicketType: (ticketTypeId: string) =>
    new AppError('validation_failed', 400, {
      detail: `Invalid request: body.seats — ticket type ${ticketTypeId} is not sold on this sailing`,
      params: { ticketTypeId },
      errors: [{ path: 'body.seats', message: `ticket type ${ticketTypeId} is not sold on this sailing` }],
    }),
  priceMissing: (ticketTypeId: string, seatCategoryId: string | null) =>
    new AppError('price_not_available', 422, { detail: 'This ticket has no price on this sailing', params: { ticketTypeId, seatCategoryId } }),
  promo: (code: 'promo_code_invalid' | 'promo_code_expired' | 'promo_code_not_yet_valid' | 'promo_code_not_applicable' | 'promo_code_exhausted' | 'promo_code_limit_reached', promoCode: string) =>
    new AppError(code, code === 'promo_code_exhausted' ? 409 : 422, { detail: `Promo code ${promoCode} cannot be used: ${code}`, params: { promoCode } }),
  accessDenied: () => new AppError('order_access_denied', 404, { detail: 'No such order for this access token' }),
};
