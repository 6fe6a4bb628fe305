import { useQuery } from '@tanstack/react-query';
import { orders } from '../api';
import { orderAccess } from './orderAccess';

export const orderKeys = {
  all: ['orders'] as const,
  detail: (id: string) => [...orderKeys.all, id] as const,
};

export type OrderView = Awaited<ReturnType<typeof orders.getOrder>>;

/** Final states: the order will not move on by itself. */
export const SETTLED = new Set<OrderView['status']>(['PAID', 'CANCELLED', 'EXPIRED', 'REFUNDED', 'PARTIALLY_REFUNDED']);

/**
 * The order this browser made (its access token is stored), refetched every `pollMs` while it
 * waits for the payment's outcome.
 */
export function useOrder(orderId: string, options: { pollMs?: number } = {}) {
  const access = orderAccess(orderId);
  const query = useQuery({
    queryKey: orderKeys.detail(orderId),
    enabled: access !== null,
    queryFn: ({ signal }) => orders.getOrder(orderId, access?.token ?? '', signal),
    refetchInterval: (q) => (options.pollMs && !(q.state.data && SETTLED.has(q.state.data.status)) ? options.pollMs : false),
    staleTime: 0,
  });
  return { ...query, access };
}
