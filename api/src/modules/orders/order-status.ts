import { AppError } from '../../platform/errors/app-error';

export const ORDER_STATUSES = ['PENDING', 'LOCKED', 'PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/**
 * The order state machine, as data. PENDING: created with its seats held; LOCKED: payment
 * started at the gateway, seats held for the payment window; EXPIRED → PAID only for a
 * payment that lands after the window while the seats are still free.
 */
export const ORDER_TRANSITIONS: Record<OrderStatus, readonly OrderStatus[]> = {
  PENDING: ['LOCKED', 'PAID', 'CANCELLED', 'EXPIRED'],
  LOCKED: ['PAID', 'CANCELLED', 'EXPIRED'],
  PAID: ['REFUNDED', 'PARTIALLY_REFUNDED'],
  PARTIALLY_REFUNDED: ['PARTIALLY_REFUNDED', 'REFUNDED'],
  EXPIRED: ['PAID'],
  CANCELLED: [],
  REFUNDED: [],
};

export function canTransition(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_TRANSITIONS[from].includes(to);
}

/** Throws a 409 problem unless the transition is declared. */
export function assertTransition(orderId: string, from: OrderStatus, to: OrderStatus): void {
  if (!canTransition(from, to)) {
    throw new AppError('illegal_order_transition', 409, {
      detail: `An order cannot go from ${from} to ${to}`,
      params: { orderId, from, to },
    });
  }
}
