import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../../../platform/errors/app-error';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import { PromoCodeErrors } from './promo-codes.errors';

export interface PromoFields {
  kind: 'percent' | 'fixed';
  percent?: number | null | undefined;
  amountKopecks?: number | null | undefined;
  validFrom?: string | null | undefined;
  validUntil?: string | null | undefined;
  maxUses?: number | null | undefined;
  maxUsesPerCustomer?: number | null | undefined;
  /** null: every sailing. */
  eventIds?: string[] | null | undefined;
  active: boolean;
}
export interface PromoView extends Required<PromoFields> {
  id: string;
  code: string;
  usedCount: number;
}

type PromoRow = {
  id: string; code: string; kind: 'percent' | 'fixed'; percent: number | null; amount_kopecks: number | null; valid_from: Date | null; valid_until: Date | null;
  max_uses: number | null; max_uses_per_customer: number | null; event_ids: string[] | null; active: boolean; used_count: number;
};
const viewOf = (r: PromoRow): PromoView => ({
  id: r.id, code: r.code, kind: r.kind, percent: r.percent, amountKopecks: r.amount_kopecks, validFrom: r.valid_from?.toISOString() ?? null,
  validUntil: r.valid_until?.toISOString() ?? null, maxUses: r.max_uses, maxUsesPerCustomer: r.max_uses_per_customer, eventIds: r.event_ids,
  active: r.active, usedCount: r.used_count,
});
const COLUMNS = 'id, code, kind, percent, amount_kopecks, valid_from, valid_until, max_uses, max_uses_per_customer, event_ids, active, used_count';

/**
 * Promo codes, as the CRM manages them: a percentage or a fixed amount off, with validity
 * dates, use limits and sailings. Checkout applies them (../promo.ts); both are the orders
 * module's, which owns the promo_code table. The audit actions keep their catalog.* names.
 */
export class PromoCodesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<PromoView[]> {
    return ((await this.db.query(`SELECT ${COLUMNS} FROM promo_code ORDER BY created_at DESC, id`)) as PromoRow[]).map(viewOf);
  }

  async create(ctx: AuditContext, input: PromoFields & { code: string }): Promise<PromoView> {
    const code = input.code.trim().toUpperCase();
    assertShape(input);
    try {
      return await this.db.transaction(async (tx) => {
        const [row] = (await tx.query(
          `INSERT INTO promo_code (code, kind, percent, amount_kopecks, valid_from, valid_until, max_uses, max_uses_per_customer, event_ids, active)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
          [code, ...values(input)],
        )) as PromoRow[];
        const view = viewOf(row!);
        await this.audit.record(tx, ctx, { action: 'catalog.promo_create', entityType: 'promo_code', entityId: view.id, after: { ...view } });
        return view;
      });
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23505') throw PromoCodeErrors.codeTaken(code);
      throw error;
    }
  }

  /** Changes anything but the code, which buyers may already have. */
  async update(ctx: AuditContext, id: string, input: Partial<PromoFields>): Promise<PromoView> {
    return this.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      const next = { ...before, ...definedOnly(input) };
      // Switching kind clears the other kind's amount.
      if (input.kind === 'percent' && input.amountKopecks === undefined) next.amountKopecks = null;
      if (input.kind === 'fixed' && input.percent === undefined) next.percent = null;
      assertShape(next);
      if (next.maxUses !== null && next.maxUses < before.usedCount) {
        throw PromoCodeErrors.invalid([{ path: 'body.maxUses', message: `the code was already used ${before.usedCount} times` }]);
      }
      const [row] = (await tx.query(
        // A CTE, because TypeORM answers a bare UPDATE … RETURNING with [rows, count].
        `WITH updated AS (
           UPDATE promo_code SET kind = $2, percent = $3, amount_kopecks = $4, valid_from = $5, valid_until = $6, max_uses = $7,
                  max_uses_per_customer = $8, event_ids = $9, active = $10 WHERE id = $1 RETURNING ${COLUMNS}
         ) SELECT * FROM updated`,
        [id, ...values(next)],
      )) as PromoRow[];
      const after = viewOf(row!);
      await this.audit.record(tx, ctx, { action: 'catalog.promo_update', entityType: 'promo_code', entityId: id, ...changedFields({ ...before }, { ...after }) });
      return after;
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<PromoView> {
    const [row] = (await tx.query(`SELECT ${COLUMNS} FROM promo_code WHERE id = $1 FOR UPDATE`, [id])) as PromoRow[];
    if (!row) throw PromoCodeErrors.notFound(id);
    return viewOf(row);
  }
}

function values(p: PromoFields): unknown[] {
  return [
    p.kind, p.kind === 'percent' ? p.percent : null, p.kind === 'fixed' ? p.amountKopecks : null, p.validFrom ?? null, p.validUntil ?? null,
    p.maxUses ?? null, p.maxUsesPerCustomer ?? null, p.eventIds ?? null, p.active,
  ];
}

function assertShape(p: PromoFields): void {
  const errors: FieldProblem[] = [];
  if (p.kind === 'percent' && !p.percent) errors.push({ path: 'body.percent', message: 'is required for a percentage discount' });
  if (p.kind === 'fixed' && !p.amountKopecks) errors.push({ path: 'body.amountKopecks', message: 'is required for a fixed discount' });
  if (p.validFrom && p.validUntil && Date.parse(p.validUntil) <= Date.parse(p.validFrom)) errors.push({ path: 'body.validUntil', message: 'must be after validFrom' });
  if (errors.length > 0) throw PromoCodeErrors.invalid(errors);
}

/** The fields given, without the ones left out of a partial update. */
function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
