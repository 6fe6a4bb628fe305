import type { Queryable } from '../platform/db/sql-client';
import { defineWorkflow, type WorkflowStep } from '../platform/workflow/workflow';
import { loadSailingPrices, type SailingPrices } from '../modules/orders/price-list';
import { collectHeldItems, type OrderItem } from '../modules/orders/order-items';
import { redeemPromo, type AppliedPromo } from '../modules/orders/promo';
import { priceOrder, type PricedOrder } from '../modules/orders/pricing';
import { insertPendingOrder, paymentWindowEnd, type NewOrder } from '../modules/orders/new-order';
import { holdForOrder } from '../modules/seating/order-seats';
import type { SessionHold } from '../modules/seating/order-seats';

/**
 * Checkout: a session's holds become a PENDING order at the server's prices. Every step runs
 * in the checkout's one transaction (prepared statements on a pooled connection, the busiest
 * write of a sale — hence `Queryable`, not an EntityManager), and every effect is a row, so the
 * rollback of a failed step is the compensation of every step before it: the session keeps
 * its holds as they were, the promo use is not taken, no order exists. A crash is the same
 * rollback; the buyer's retry with the same Idempotency-Key runs it again from the start.
 *
 * Validation (Idempotency-Key, phone) and the replay of a finished checkout come before, in
 * CheckoutService; paying is a request of its own (PaymentsService.start), as the shop asks.
 *
 * @example
 * const done = await runAtomic(sql, checkoutWorkflow, { order, promoCode, seats, paymentWindowSeconds, defaults… }, hooks);
 */
export interface CheckoutState {
  /** The order to make, without what the steps work out (promo, holds, payment window). */
  order: Omit<NewOrder, 'promoCodeId' | 'holdIds' | 'paymentWindowEndsAt'>;
  holdIds?: string[] | undefined;
  seats?: Array<{ seatCode: string; ticketTypeId: string }> | undefined;
  promoCode?: string | undefined;
  paymentWindowSeconds: number;
  prices?: SailingPrices;
  holds?: SessionHold[];
  items?: OrderItem[];
  promo?: AppliedPromo | null;
  priced?: PricedOrder;
  paymentWindowEndsAt?: Date | undefined;
}

type Step = WorkflowStep<CheckoutState, Queryable>;

function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`checkout: ${what} is missing (a step ran out of order)`);
  return value;
}

/** The sailing's price list: prices come only from here. Undone by: nothing to undo (a read). */
const loadPrices: Step = {
  name: 'load prices',
  run: async (tx, state) => ({ ...state, prices: await loadSailingPrices(tx, state.order.eventId) }),
};

/** The session's holds, locked for the transaction, and one item per held seat or place. Undone by: the rollback frees the locks. */
const takeHeldSeats: Step = {
  name: 'take held seats',
  run: async (tx, state) => {
    const prices = needs(state.prices, 'the price list');
    const { holds, items } = await collectHeldItems(tx, {
      eventId: state.order.eventId, sessionId: state.order.sessionId, holdIds: state.holdIds, seats: state.seats,
      defaultTicketTypeId: prices.defaultTicketTypeId,
    });
    return { ...state, holds, items };
  },
};

/** One use of the promo code, if one was given. Undone by: the rollback gives the use back. */
const redeemPromoCode: Step = {
  name: 'redeem promo',
  run: async (tx, state) => ({
    ...state,
    promo: state.promoCode
      ? await redeemPromo(tx, { code: state.promoCode, eventId: state.order.eventId, customerEmail: state.order.customer.email, orderId: state.order.id })
      : null,
  }),
};

/** Lines, VAT and total at the server's prices, and the end of the payment window. Undone by: nothing to undo. */
const price: Step = {
  name: 'price',
  run: async (tx, state) => {
    const prices = needs(state.prices, 'the price list');
    const priced = priceOrder(
      needs(state.items, 'the held items').map((item) => ({
        unitPriceKopecks: prices.priceOf(item.ticketTypeId, item.seatCategoryId), vatMode: prices.vatMode, vatPercent: prices.vatPercent,
      })),
      state.promo?.discount ?? null,
    );
    return { ...state, priced, paymentWindowEndsAt: await paymentWindowEnd(tx, state.paymentWindowSeconds) };
  },
};

/** The PENDING order, its lines and its history row. Undone by: the rollback. */
const createOrder: Step = {
  name: 'create order',
  run: async (tx, state) => {
    await insertPendingOrder(
      tx,
      {
        ...state.order, promoCodeId: state.promo?.id ?? null, holdIds: needs(state.holds, 'the holds').map((h) => h.id),
        paymentWindowEndsAt: state.paymentWindowEndsAt,
      },
      { prices: needs(state.prices, 'the price list'), items: needs(state.items, 'the held items'), priced: needs(state.priced, 'the prices') },
    );
  },
};

/** The holds belong to the order, held through its payment window. Undone by: the rollback (the session holds them again). */
const holdSeatsForOrder: Step = {
  name: 'hold seats for order',
  run: async (tx, state) => {
    await holdForOrder(tx, state.order.id, needs(state.holds, 'the holds').map((h) => h.id), state.paymentWindowEndsAt);
  },
};

export const checkoutWorkflow = defineWorkflow<CheckoutState, Queryable>({
  name: 'checkout',
  onFailure: 'compensate',
  steps: [loadPrices, takeHeldSeats, redeemPromoCode, price, createOrder, holdSeatsForOrder],
});
