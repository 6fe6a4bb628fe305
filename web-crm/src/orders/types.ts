import type { Schemas } from '@prichal/sdk';

export type OrderStatus = Schemas['OrderStatus'];
export type AdminOrder = Schemas['AdminOrder'];
export type AdminOrderSummary = Schemas['AdminOrderSummary'];
export type AdminOrderDocument = Schemas['AdminOrderDocument'];
export type AdminOrderNotification = Schemas['AdminOrderNotification'];
export type OrderSort = '-createdAt' | 'createdAt' | '-total' | 'total';

/** Every status, in the order the filter lists them (the API's OrderStatus enum). */
export const ORDER_STATUSES = [
  'PENDING', 'LOCKED', 'PAID', 'PARTIALLY_REFUNDED', 'REFUNDED', 'CANCELLED', 'EXPIRED',
] as const satisfies readonly OrderStatus[];

export const ORDER_FILTERS = ['q', 'status', 'eventId', 'email', 'phone', 'dateFrom', 'dateTo', 'sort'] as const;
export type OrderFilters = Record<(typeof ORDER_FILTERS)[number], string>;

/** The badge colour of a status: paid is good, refunded/cancelled/expired are over, the rest wait. */
export function statusTone(status: OrderStatus): 'ok' | 'bad' | 'muted' | 'info' {
  if (status === 'PAID') return 'ok';
  if (status === 'CANCELLED' || status === 'EXPIRED') return 'muted';
  if (status === 'REFUNDED' || status === 'PARTIALLY_REFUNDED') return 'bad';
  return 'info';
}
