/** Sailings are local to St Petersburg; every local time the API shows is in this zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Moscow';

const offsetFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  timeZoneName: 'longOffset',
});

const HOUR_MS = 3_600_000;
/** Offsets by UTC hour: zone offsets change on whole hours, and Intl is slow on a hot path. */
const offsetByHour = new Map<number, { text: string; minutes: number }>();

/** "+03:00" for the instant, from the time-zone database (not a hard-coded +3). */
function moscowOffset(instant: Date): { text: string; minutes: number } {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  const cached = offsetByHour.get(hour);
  if (cached) return cached;
  const zoneName = offsetFormatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zoneName);
  const [, sign = '+', hours = '00', minutes = '00'] = match ?? [];
  const offset = { text: `${sign}${hours}:${minutes}`, minutes: (Number(hours) * 60 + Number(minutes)) * (sign === '-' ? -1 : 1) };
  if (offsetByHour.size > 100_000) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/**
 * The instant as ISO 8601 local time in Moscow with its offset.
 *
 * @example
 * toMoscowIso(new Date('2026-12-01T15:30:00Z')) // '2026-12-01T18:30:00+03:00'
 */
export function toMoscowIso(instant: Date): string {
  const offset = moscowOffset(instant);
  const local = new Date(instant.getTime() + offset.minutes * 60_000);
  return `${local.toISOString().slice(0, 19)}${offset.text}`;
}

/**
 * A calendar date in Moscow to the instant its day starts (`endOfDay` → the next day's start).
 *
 * @example
 * moscowDayStart('2026-12-01') // 2026-11-30T21:00:00.000Z
 */
export function moscowDayStart(date: string, endOfDay = false): Date {
  const midnightUtc = new Date(`${date}T00:00:00Z`);
  if (endOfDay) midnightUtc.setUTCDate(midnightUtc.getUTCDate() + 1);
  const offset = moscowOffset(midnightUtc);
  return new Date(midnightUtc.getTime() - offset.minutes * 60_000);
}
