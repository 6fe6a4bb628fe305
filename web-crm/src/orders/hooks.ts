import { unwrap, type Schemas } from '@prichal/sdk';
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api';
import { useLang } from '../i18n';
import { setOnly } from '../lib/filters';
import { saveBlob } from '../lib/saveBlob';
import type { AdminOrder, AdminOrderDocument, OrderFilters, OrderSort } from './types';

export const orderKeys = {
  all: ['orders'] as const,
  lists: () => [...orderKeys.all, 'list'] as const,
  list: (lang: string, filters: Partial<OrderFilters>) => [...orderKeys.lists(), lang, filters] as const,
  one: (id: string, lang: string) => [...orderKeys.all, 'one', id, lang] as const,
};

export const ORDERS_PAGE_SIZE = 25;

function isSort(value: string): value is OrderSort {
  return value === '-createdAt' || value === 'createdAt' || value === '-total' || value === 'total';
}

/** Orders matching `filters` (filtered, sorted and paged by the server), a page at a time. */
export function useOrderList(filters: OrderFilters) {
  const lang = useLang();
  const { sort, ...rest } = setOnly(filters);
  return useInfiniteQuery({
    queryKey: orderKeys.list(lang, setOnly(filters)),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/admin/orders', {
          params: {
            query: {
              ...rest,
              lang,
              limit: ORDERS_PAGE_SIZE,
              ...(sort && isSort(sort) ? { sort } : {}),
              ...(pageParam ? { cursor: pageParam } : {}),
            },
          },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
  });
}

export function useOrder(id: string) {
  const lang = useLang();
  return useQuery({
    queryKey: orderKeys.one(id, lang),
    queryFn: async ({ signal }) =>
      unwrap(await api.GET('/admin/orders/{orderId}', { params: { path: { orderId: id }, query: { lang } }, signal })),
  });
}

/** After an action: the order page shows the new state, lists reload when next seen. */
function useAfterOrderChange(id: string) {
  const queryClient = useQueryClient();
  const lang = useLang();
  return (order?: AdminOrder) => {
    if (order) queryClient.setQueryData(orderKeys.one(id, lang), order);
    void queryClient.invalidateQueries({ queryKey: [...orderKeys.all, 'one', id] });
    void queryClient.invalidateQueries({ queryKey: orderKeys.lists() });
  };
}

export function useSetOrderStatus(id: string) {
  const lang = useLang();
  const after = useAfterOrderChange(id);
  return useMutation({
    mutationFn: async (body: Schemas['SetOrderStatusRequest']) =>
      unwrap(await api.POST('/admin/orders/{orderId}/status', { params: { path: { orderId: id }, query: { lang } }, body })),
    onSuccess: after,
  });
}

export function useCancelOrder(id: string) {
  const lang = useLang();
  const after = useAfterOrderChange(id);
  return useMutation({
    mutationFn: async (reason: string) =>
      unwrap(await api.POST('/admin/orders/{orderId}/cancel', { params: { path: { orderId: id }, query: { lang } }, body: { reason } })),
    onSuccess: after,
  });
}

/**
 * A refund, keyed by `idempotencyKey` so a repeat after a lost answer returns the same refund
 * instead of making a second one.
 */
export function useRefundOrder(id: string) {
  const after = useAfterOrderChange(id);
  return useMutation({
    mutationFn: async ({ idempotencyKey, ...body }: Schemas['AdminRefundRequest'] & { idempotencyKey: string }) =>
      unwrap(
        await api.POST('/admin/orders/{orderId}/refunds', {
          params: { path: { orderId: id }, header: { 'idempotency-key': idempotencyKey } },
          body,
        }),
      ),
    onSuccess: () => after(),
  });
}

export function useResendOrder(id: string) {
  const after = useAfterOrderChange(id);
  return useMutation({
    mutationFn: async (what: Schemas['ResendOrderMessageRequest']['what']) =>
      unwrap(await api.POST('/admin/orders/{orderId}/resend', { params: { path: { orderId: id } }, body: { what } })),
    onSuccess: () => after(),
  });
}

export function useRegenerateDocuments(id: string) {
  const after = useAfterOrderChange(id);
  return useMutation({
    mutationFn: async () => unwrap(await api.POST('/admin/orders/{orderId}/documents/regenerate', { params: { path: { orderId: id } } })),
    onSuccess: () => after(),
  });
}

/**
 * One of the order's PDFs, fetched with the staff session (the route needs documents:read and
 * the Bearer token) and saved under the document's own filename.
 */
export function useDownloadDocument(orderId: string) {
  return useMutation({
    mutationFn: async (document: AdminOrderDocument) => {
      const blob = unwrap(
        await api.GET('/admin/orders/{orderId}/documents/{documentId}', {
          params: { path: { orderId, documentId: document.id } },
          parseAs: 'blob',
        }),
      );
      saveBlob(blob, document.filename);
    },
  });
}
