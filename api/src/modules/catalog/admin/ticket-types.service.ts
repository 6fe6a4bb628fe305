import type { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '../../../platform/http/locale';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import { CatalogAdminErrors } from './catalog-admin.errors';
import { definedOnly } from './places.service';

export interface TicketTypeInput { code: string; name: LocalizedText; description: LocalizedText; sortOrder: number }
export interface TicketTypeView extends TicketTypeInput { id: string }
export interface SeatCategoryInput { code: string; name: LocalizedText; sortOrder: number }
export interface SeatCategoryView extends SeatCategoryInput { id: string }

type TypeRow = { id: string; code: string; name: LocalizedText; description: LocalizedText; sort_order: number };
type CategoryRow = { id: string; code: string; name: LocalizedText; sort_order: number };
const typeOf = (r: TypeRow): TicketTypeView => ({ id: r.id, code: r.code, name: r.name, description: r.description, sortOrder: r.sort_order });
const categoryOf = (r: CategoryRow): SeatCategoryView => ({ id: r.id, code: r.code, name: r.name, sortOrder: r.sort_order });

const isUniqueViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === '23505';

/** Ticket types (adult, child, …) and seat categories (window, standard, …): the vocabulary of prices. */
export class TicketTypesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listTicketTypes(): Promise<TicketTypeView[]> {
    const rows = (await this.db.query('SELECT id, code, name, description, sort_order FROM ticket_type WHERE deleted_at IS NULL ORDER BY sort_order, code')) as TypeRow[];
    return rows.map(typeOf);
  }

  async createTicketType(ctx: AuditContext, input: TicketTypeInput): Promise<TicketTypeView> {
    try {
      return await this.db.transaction(async (tx) => {
        const [row] = (await tx.query(
          'INSERT INTO ticket_type (code, name, description, sort_order) VALUES ($1, $2, $3, $4) RETURNING id, code, name, description, sort_order',
          [input.code, input.name, input.description, input.sortOrder],
        )) as TypeRow[];
        await this.audit.record(tx, ctx, { action: 'catalog.ticket_type_create', entityType: 'ticket_type', entityId: row!.id, after: { ...input } });
        return typeOf(row!);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw CatalogAdminErrors.codeTaken('ticket_type', input.code);
      throw error;
    }
  }

  /** The code stays: prices, orders and reports refer to the type by it. */
  async updateTicketType(ctx: AuditContext, id: string, input: Partial<Omit<TicketTypeInput, 'code'>>): Promise<TicketTypeView> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockType(tx, id);
      const after = { ...before, ...definedOnly(input) };
      await tx.query('UPDATE ticket_type SET name = $2, description = $3, sort_order = $4 WHERE id = $1', [id, after.name, after.description, after.sortOrder]);
      await this.audit.record(tx, ctx, { action: 'catalog.ticket_type_update', entityType: 'ticket_type', entityId: id, ...changedFields({ ...before }, { ...after }) });
      return after;
    });
  }

  async deleteTicketType(ctx: AuditContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.lockType(tx, id);
      const [used] = (await tx.query(
        `SELECT 1 FROM event_ticket_type et JOIN event e ON e.id = et.event_id
          WHERE et.ticket_type_id = $1 AND e.deleted_at IS NULL AND e.status = 'scheduled' AND e.ends_at > now() LIMIT 1`,
        [id],
      )) as unknown[];
      if (used) throw CatalogAdminErrors.inUse('ticket_type', id, 'upcoming sailings');
      await tx.query('UPDATE ticket_type SET deleted_at = now() WHERE id = $1', [id]);
      await this.audit.record(tx, ctx, { action: 'catalog.ticket_type_delete', entityType: 'ticket_type', entityId: id, before: { ...before } });
    });
  }

  async listCategories(): Promise<SeatCategoryView[]> {
    return ((await this.db.query('SELECT id, code, name, sort_order FROM seat_category ORDER BY sort_order, code')) as CategoryRow[]).map(categoryOf);
  }

  async createCategory(ctx: AuditContext, input: SeatCategoryInput): Promise<SeatCategoryView> {
    try {
      return await this.db.transaction(async (tx) => {
        const [row] = (await tx.query('INSERT INTO seat_category (code, name, sort_order) VALUES ($1, $2, $3) RETURNING id, code, name, sort_order', [
          input.code, input.name, input.sortOrder,
        ])) as CategoryRow[];
        await this.audit.record(tx, ctx, { action: 'catalog.seat_category_create', entityType: 'seat_category', entityId: row!.id, after: { ...input } });
        return categoryOf(row!);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw CatalogAdminErrors.codeTaken('seat_category', input.code);
      throw error;
    }
  }

  async updateCategory(ctx: AuditContext, id: string, input: Partial<Omit<SeatCategoryInput, 'code'>>): Promise<SeatCategoryView> {
    return this.db.transaction(async (tx) => {
      const [row] = (await tx.query('SELECT id, code, name, sort_order FROM seat_category WHERE id = $1 FOR UPDATE', [id])) as CategoryRow[];
      if (!row) throw CatalogAdminErrors.notFound('seat_category', id);
      const before = categoryOf(row);
      const after = { ...before, ...definedOnly(input) };
      await tx.query('UPDATE seat_category SET name = $2, sort_order = $3 WHERE id = $1', [id, after.name, after.sortOrder]);
      await this.audit.record(tx, ctx, { action: 'catalog.seat_category_update', entityType: 'seat_category', entityId: id, ...changedFields({ ...before }, { ...after }) });
      return after;
    });
  }

  private async lockType(tx: EntityManager, id: string): Promise<TicketTypeView> {
    const [row] = (await tx.query('SELECT id, code, name, description, sort_order FROM ticket_type WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [id])) as TypeRow[];
    if (!row) throw CatalogAdminErrors.notFound('ticket_type', id);
    return typeOf(row);
  }
}
