/** Sailings are local to St Petersburg; every local time the API shows is in this zone. */
export const BUSINESS_TIME_ZONE = 'Europe/Moscow';

const offsetFormatter = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  timeZoneName: 'longOffset',
});

/** "+03:00" for the instant, from the time-zone database (not a hard-coded +3). */
function moscowOffset(instant: Date): { text: string; minutes: number } {
  const zoneName = offsetFormatter.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(zoneName);
  if (!match) return { text: '+00:00', minutes: 0 };
  const [, sign, hours, minutes] = match;
  const total = (Number(hours) * 60 + Number(minutes)) * (sign === '-' ? -1 : 1);
  return { text: `${sign}${hours}:${minutes}`, minutes: total };
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
