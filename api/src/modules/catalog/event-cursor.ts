import { CatalogErrors } from './catalog.errors';

/** Position after the last event of a page: listings are ordered by (startsAt, id). */
export interface EventCursor {
  startsAt: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor(cursor: EventCursor): string {
  return Buffer.from(JSON.stringify([cursor.startsAt, cursor.id])).toString('base64url');
}

/** Throws a 400 naming `query.cursor` for anything this API did not issue. */
export function decodeCursor(raw: string): EventCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [startsAt, id] = value as unknown[];
      if (typeof startsAt === 'string' && !Number.isNaN(Date.parse(startsAt)) && typeof id === 'string' && UUID.test(id)) {
        return { startsAt, id };
      }
    }
  } catch {
    // falls through to the 400 below
  }
  throw CatalogErrors.invalidCursor();
}
