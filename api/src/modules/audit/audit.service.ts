import type { DataSource } from 'typeorm';
import type { Queryable } from '../../platform/db/sql-client';
import { sqlClientOf, type SqlClient } from '../../platform/db/sql-client';
import type { AuditContext } from './audit-context';
import type { Fields } from './audit-diff';

/** One audited action: what was done to which entity, and the changed fields before and after. */
export interface AuditEntry {
  /** `<entity>.<verb>`, e.g. `order.refund`, `staff.login_failed`, `catalog.price_change`. */
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: Fields | null;
  after?: Fields | null;
}

export interface AuditRecord {
  id: string;
  at: string;
  actor: { id: string | null; label: string };
  action: string;
  entityType: string;
  entityId: string | null;
  ip: string | null;
  requestId: string | null;
  before: Fields | null;
  after: Fields | null;
}

export interface AuditFilters {
  actorId?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  /** An exact action (`order.refund`) or every action of an entity (`order.`). */
  action?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  /** Rows older than this id (the cursor). */
  beforeId?: string | undefined;
  limit: number;
}

interface AuditRow {
  id: string; at: Date; actor_id: string | null; actor_label: string; action: string; entity_type: string; entity_id: string | null;
  ip: string | null; request_id: string | null; before: Fields | null; after: Fields | null;
}

/**
 * The audit trail. `record` takes the caller's transaction, so the row commits with the action
 * or not at all; the table's trigger refuses any UPDATE or DELETE.
 */
export class AuditService {
  private readonly sql: SqlClient;

  constructor(db: DataSource) {
    this.sql = sqlClientOf(db);
  }

  /**
   * Writes one audit row inside `tx`.
   *
   * @example
   * await db.transaction(async (tx) => { await change(tx); await audit.record(tx, ctx, { action: 'order.cancel', entityType: 'order', entityId }); });
   */
  async record(tx: Queryable, ctx: AuditContext, entry: AuditEntry): Promise<void> {
    await tx.query(
      `INSERT INTO audit_log (actor_id, actor_label, action, entity_type, entity_id, ip, request_id, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        ctx.actor.id, ctx.actor.label.slice(0, 320), entry.action, entry.entityType, entry.entityId ?? null, ctx.ip, ctx.requestId,
        entry.before ?? null, entry.after ?? null,
      ],
    );
  }

  /** Newest first, `limit` rows after the cursor. */
  async list(filters: AuditFilters): Promise<AuditRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (placeholder: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (filters.actorId) add((p) => `actor_id = ${p}`, filters.actorId);
    if (filters.entityType) add((p) => `entity_type = ${p}`, filters.entityType);
    if (filters.entityId) add((p) => `entity_id = ${p}`, filters.entityId);
    if (filters.action?.endsWith('.')) add((p) => `starts_with(action, ${p})`, filters.action);
    else if (filters.action) add((p) => `action = ${p}`, filters.action);
    if (filters.from) add((p) => `at >= ${p}`, filters.from);
    if (filters.to) add((p) => `at < ${p}`, filters.to);
    if (filters.beforeId) add((p) => `id < ${p}`, filters.beforeId);
    values.push(filters.limit);
    const rows = await this.sql.query<AuditRow>(
      `SELECT id, at, actor_id, actor_label, action, entity_type, entity_id, ip, request_id, before, after
         FROM audit_log ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY id DESC LIMIT $${values.length}`,
      values,
    );
    return rows.map(toRecord);
  }

  /** The latest rows about one entity, for its page in the CRM. */
  forEntity(entityType: string, entityId: string, limit = 50): Promise<AuditRecord[]> {
    return this.list({ entityType, entityId, limit });
  }
}

function toRecord(row: AuditRow): AuditRecord {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actor: { id: row.actor_id, label: row.actor_label },
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    ip: row.ip,
    requestId: row.request_id,
    before: row.before,
    after: row.after,
  };
}

