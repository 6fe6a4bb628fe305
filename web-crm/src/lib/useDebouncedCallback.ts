import { useCallback, useEffect, useRef } from 'react';

/**
 * `callback` delayed until `delayMs` pass without another call; `flush` runs a pending call
 * at once (e.g. on submit). Pending calls are dropped on unmount.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
): { call: (...args: A) => void; flush: (...args: A) => void } {
  const latest = useRef(callback);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    latest.current = callback;
  }, [callback]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const call = useCallback(
    (...args: A) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => latest.current(...args), delayMs);
    },
    [delayMs],
  );
  const flush = useCallback((...args: A) => {
    clearTimeout(timer.current);
    latest.current(...args);
  }, []);
  return { call, flush };
}
