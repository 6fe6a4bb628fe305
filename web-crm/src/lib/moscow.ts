/**
 * Moscow has been UTC+3 all year since 2014, so a Moscow wall-clock time converts with a fixed
 * offset — whatever zone the browser is in.
 */
const MOSCOW_OFFSET_MS = 3 * 3_600_000;

/** An instant as the value of an <input type="datetime-local"> in Moscow time ('' for none). */
export function toMoscowInput(iso: string | null | undefined): string {
  if (!iso) return '';
  return new Date(new Date(iso).getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 16);
}

/** A datetime-local value read as Moscow time, as an ISO instant (null for empty). */
export function fromMoscowInput(value: string): string | null {
  if (!value) return null;
  const instant = new Date(`${value}:00+03:00`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}
