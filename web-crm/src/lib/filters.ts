import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filters of a list page kept in the URL (`?status=PAID&phone=…`), so a filtered list can be
 * bookmarked, shared and restored with the back button. Empty values are left out. Pass `keys`
 * as a module constant so the filters keep their identity between renders.
 */
export function useUrlFilters<K extends string>(keys: readonly K[]): [Record<K, string>, (next: Partial<Record<K, string>>) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(
    () => Object.fromEntries(keys.map((key) => [key, params.get(key)?.trim() ?? ''])) as Record<K, string>,
    [params, keys],
  );
  const setFilters = useCallback(
    (next: Partial<Record<K, string>>) => {
      setParams(
        (current) => {
          const merged = new URLSearchParams(current);
          for (const [key, value] of Object.entries(next) as Array<[K, string | undefined]>) {
            if (value) merged.set(key, value);
            else merged.delete(key);
          }
          return merged;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [filters, setFilters];
}

/** Only the filters that are set, for a query (the API rejects empty strings in some fields). */
export function setOnly<T extends Record<string, string>>(filters: T): Partial<T> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== '')) as Partial<T>;
}
