import type { Queryable } from '../../../platform/db/sql-client';
import type { LocalizedText } from '../../../platform/http/locale';
import { buildSearchText } from '../search-text';

/**
 * Recomputes `event.search_text` (what `GET /events?q=` searches) for the sailings whose
 * title, route or berths changed, exactly as the catalog writer builds it.
 */
export async function refreshSearchText(tx: Queryable, where: { eventId?: string; routeId?: string; berthId?: string }): Promise<void> {
  const rows = (await tx.query(
    `SELECT e.id, e.title, e.description, r.name AS route_name,
            COALESCE((SELECT jsonb_agg(b.name ORDER BY rs.position) FROM route_stop rs JOIN berth b ON b.id = rs.berth_id
                       WHERE rs.route_id = r.id), '[]'::jsonb) AS berth_names
       FROM event e JOIN route r ON r.id = e.route_id
      WHERE ($1::uuid IS NULL OR e.id = $1) AND ($2::uuid IS NULL OR e.route_id = $2)
        AND ($3::uuid IS NULL OR e.route_id IN (SELECT route_id FROM route_stop WHERE berth_id = $3))`,
    [where.eventId ?? null, where.routeId ?? null, where.berthId ?? null],
  )) as Array<{ id: string; title: LocalizedText; description: LocalizedText; route_name: LocalizedText; berth_names: LocalizedText[] }>;
  if (rows.length === 0) return;
  await tx.query(
    'UPDATE event e SET search_text = u.text FROM unnest($1::uuid[], $2::text[]) AS u(id, text) WHERE e.id = u.id',
    [rows.map((r) => r.id), rows.map((r) => buildSearchText([r.title, r.description, r.route_name, ...r.berth_names]))],
  );
}
