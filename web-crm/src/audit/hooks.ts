import { unwrap } from '@prichal/sdk';
import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../api';
import { setOnly } from '../lib/filters';

export const AUDIT_FILTERS = ['actorId', 'entityType', 'entityId', 'action', 'dateFrom', 'dateTo'] as const;
export type AuditFilters = Record<(typeof AUDIT_FILTERS)[number], string>;

export const auditKeys = {
  all: ['audit'] as const,
  list: (filters: Partial<AuditFilters>) => [...auditKeys.all, 'list', filters] as const,
};

export const AUDIT_PAGE_SIZE = 50;

/** Audit rows matching `filters`, newest first, a page at a time. */
export function useAuditList(filters: AuditFilters, enabled = true) {
  const query = setOnly(filters);
  return useInfiniteQuery({
    queryKey: auditKeys.list(query),
    queryFn: async ({ pageParam, signal }) =>
      unwrap(
        await api.GET('/admin/audit', {
          params: { query: { ...query, limit: AUDIT_PAGE_SIZE, ...(pageParam ? { cursor: pageParam } : {}) } },
          signal,
        }),
      ),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor,
    placeholderData: keepPreviousData,
    enabled,
  });
}
