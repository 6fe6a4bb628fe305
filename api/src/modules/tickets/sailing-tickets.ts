import type { Queryable } from '../../platform/db/sql-client';

/** Whether any ticket of the sailing is still valid (sold and not refunded). */
export async function sailingHasValidTickets(tx: Queryable, eventId: string): Promise<boolean> {
  const [row] = (await tx.query("SELECT EXISTS (SELECT 1 FROM ticket WHERE event_id = $1 AND status = 'valid') AS valid", [eventId])) as Array<{
    valid: boolean;
  }>;
  return Boolean(row?.valid);
}
