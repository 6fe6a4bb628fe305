import type { EntityManager } from 'typeorm';
import type { Queryable } from '../../../platform/db/sql-client';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { CatalogAdminErrors } from './catalog-admin.errors';

type SailingState = { status: 'scheduled' | 'cancelled'; starts_at: Date };

/**
 * Whether the merchant may cancel the sailing: 404 when there is none, 409 when it has
 * departed. An already cancelled sailing passes (cancelling again finishes what was left).
 */
export async function assertCancellable(db: Queryable, eventId: string): Promise<void> {
  const [event] = (await db.query('SELECT status, starts_at FROM event WHERE id = $1 AND deleted_at IS NULL', [eventId])) as SailingState[];
  if (!event) throw CatalogAdminErrors.notFound('sailing', eventId);
  if (event.status !== 'cancelled' && event.starts_at.getTime() <= Date.now()) throw CatalogAdminErrors.sailingDeparted(eventId);
}

/**
 * Stops the sailing's sales, inside `tx`: it is cancelled (nothing can be held or bought on it
 * from the commit on) and the cancellation is audited. Says what it found: `already_cancelled`
 * does nothing, `gone` (deleted or departed since it was checked) neither.
 */
export async function stopSales(
  tx: EntityManager,
  audit: AuditService,
  ctx: AuditContext,
  eventId: string,
  reason: string,
): Promise<'cancelled' | 'already_cancelled' | 'gone'> {
  const [event] = (await tx.query('SELECT status, starts_at FROM event WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [eventId])) as SailingState[];
  if (!event) return 'gone';
  if (event.status === 'cancelled') return 'already_cancelled';
  if (event.starts_at.getTime() <= Date.now()) return 'gone';
  await tx.query("UPDATE event SET status = 'cancelled' WHERE id = $1", [eventId]);
  await audit.record(tx, ctx, {
    action: 'catalog.sailing_cancel', entityType: 'sailing', entityId: eventId, before: { status: 'scheduled' }, after: { status: 'cancelled', reason },
  });
  return 'cancelled';
}
