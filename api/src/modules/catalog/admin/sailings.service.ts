import type { DataSource, EntityManager } from 'typeorm';
import type { FieldProblem } from '../../../platform/errors/app-error';
import type { LocalizedText } from '../../../platform/http/locale';
import { toMoscowIso } from '../../../platform/time';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import type { SailingDirectory } from '../../seating/sailing-directory';
import { followTicketTypeQuotas, sailingHasSeatsTaken } from '../../seating/sailing-seats';
import { sailingHasValidTickets } from '../../tickets/sailing-tickets';
import type { VatMode } from '../vat';
import { CatalogAdminErrors } from './catalog-admin.errors';
import { definedOnly } from './places.service';
import { refreshSearchText } from './search-text-refresh';

export interface PriceListInput {
  ticketTypes: Array<{ ticketTypeId: string; quota?: number | null | undefined }>;
  prices: Array<{ ticketTypeId: string; seatCategoryId?: string | null | undefined; amountKopecks: number }>;
}
export interface SailingFields {
  kind: 'excursion' | 'event';
  title: LocalizedText;
  description: LocalizedText;
  routeId: string;
  vesselId: string;
  startsAt: string;
  endsAt?: string | undefined;
  vat?: { mode: VatMode; percent: number } | null | undefined;
}
export interface SailingView extends Omit<SailingFields, 'endsAt' | 'vat'> {
  id: string;
  vat: { mode: VatMode; percent: number } | null;
  status: 'scheduled' | 'cancelled';
  endsAt: string;
  startsAtLocal: string;
  departureBerthId: string;
  supplier: string;
  ticketTypes: Array<{ ticketTypeId: string; quota: number | null }>;
  prices: Array<{ ticketTypeId: string; seatCategoryId: string | null; amountKopecks: number }>;
  soldTickets: number;
}

type EventRow = {
  id: string; kind: SailingFields['kind']; status: SailingView['status']; title: LocalizedText; description: LocalizedText; route_id: string;
  vessel_id: string; departure_berth_id: string; starts_at: Date; ends_at: Date; vat_mode: VatMode | null; vat_percent: number | null; supplier: string;
  ticket_types: SailingView['ticketTypes']; prices: SailingView['prices']; sold: number;
};

const SELECT_EVENT = `
  SELECT e.id, e.kind, e.status, e.title, e.description, e.route_id, e.vessel_id, e.departure_berth_id, e.starts_at, e.ends_at,
         e.vat_mode, e.vat_percent, e.supplier,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('ticketTypeId', t.ticket_type_id, 'quota', t.quota) ORDER BY t.ticket_type_id)
                     FROM event_ticket_type t WHERE t.event_id = e.id), '[]'::jsonb) AS ticket_types,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('ticketTypeId', p.ticket_type_id, 'seatCategoryId', p.seat_category_id, 'amountKopecks', p.amount_kopecks)
                            ORDER BY p.ticket_type_id, p.seat_category_id NULLS FIRST)
                     FROM event_price p WHERE p.event_id = e.id), '[]'::jsonb) AS prices,
         (SELECT count(*)::int FROM ticket k WHERE k.event_id = e.id AND k.status = 'valid') AS sold
    FROM event e WHERE e.deleted_at IS NULL`;

const viewOf = (r: EventRow): SailingView => ({
  id: r.id, kind: r.kind, status: r.status, title: r.title, description: r.description, routeId: r.route_id, vesselId: r.vessel_id,
  departureBerthId: r.departure_berth_id, startsAt: r.starts_at.toISOString(), endsAt: r.ends_at.toISOString(), startsAtLocal: toMoscowIso(r.starts_at),
  vat: r.vat_mode && r.vat_percent !== null ? { mode: r.vat_mode, percent: r.vat_percent } : null, supplier: r.supplier,
  ticketTypes: r.ticket_types, prices: r.prices, soldTickets: r.sold,
});

/**
 * Sailings: their schedule, vessel, VAT and price list. Prices are checked to cover every
 * seat category of the vessel for every ticket type sold, so checkout never meets a seat
 * without a price; every change, prices first, is audited with its before and after.
 */
export class SailingsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sailings: SailingDirectory,
  ) {}

  async list(filters: { from?: Date | undefined; to?: Date | undefined; status?: string | undefined; routeId?: string | undefined; vesselId?: string | undefined; limit: number; offset: number }): Promise<SailingView[]> {
    const rows = (await this.db.query(
      `${SELECT_EVENT}
         AND ($1::timestamptz IS NULL OR e.starts_at >= $1) AND ($2::timestamptz IS NULL OR e.starts_at < $2)
         AND ($3::text IS NULL OR e.status = $3) AND ($4::uuid IS NULL OR e.route_id = $4) AND ($5::uuid IS NULL OR e.vessel_id = $5)
       ORDER BY e.starts_at, e.id LIMIT $6 OFFSET $7`,
      [filters.from ?? null, filters.to ?? null, filters.status ?? null, filters.routeId ?? null, filters.vesselId ?? null, filters.limit, filters.offset],
    )) as EventRow[];
    return rows.map(viewOf);
  }

  async get(id: string, tx: EntityManager = this.db.manager): Promise<SailingView> {
    const [row] = (await tx.query(`${SELECT_EVENT} AND e.id = $1`, [id])) as EventRow[];
    if (!row) throw CatalogAdminErrors.notFound('sailing', id);
    return viewOf(row);
  }

  async create(ctx: AuditContext, input: SailingFields & PriceListInput): Promise<SailingView> {
    return this.db.transaction(async (tx) => {
      const placement = await this.placement(tx, input.routeId, input.vesselId);
      const endsAt = input.endsAt ?? new Date(Date.parse(input.startsAt) + placement.durationMinutes * 60_000).toISOString();
      await this.assertFields(tx, { ...input, endsAt });
      await this.assertPriceList(tx, input.vesselId, input);
      const [row] = (await tx.query(
        `INSERT INTO event (kind, title, description, route_id, vessel_id, departure_berth_id, starts_at, ends_at, vat_mode, vat_percent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
        [input.kind, input.title, input.description, input.routeId, input.vesselId, placement.departureBerthId, input.startsAt, endsAt,
          input.vat?.mode ?? null, input.vat?.percent ?? null],
      )) as Array<{ id: string }>;
      const id = row!.id;
      await writePriceList(tx, id, input);
      await refreshSearchText(tx, { eventId: id });
      const view = await this.get(id, tx);
      await this.audit.record(tx, ctx, { action: 'catalog.sailing_create', entityType: 'sailing', entityId: id, after: auditFields(view) });
      return view;
    });
  }

  async update(ctx: AuditContext, id: string, input: Partial<SailingFields>): Promise<SailingView> {
    const view = await this.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'cancelled') throw CatalogAdminErrors.sailingCancelled(id);
      const next = { ...before, ...definedOnly(input) };
      if (next.vesselId !== before.vesselId && (await this.hasSales(tx, id))) throw CatalogAdminErrors.sailingHasSales(id);
      const placement = await this.placement(tx, next.routeId, next.vesselId);
      await this.assertFields(tx, next);
      if (next.vesselId !== before.vesselId) await this.assertPriceList(tx, next.vesselId, before);
      await tx.query(
        `UPDATE event SET kind = $2, title = $3, description = $4, route_id = $5, vessel_id = $6, departure_berth_id = $7, starts_at = $8,
                          ends_at = $9, vat_mode = $10, vat_percent = $11 WHERE id = $1`,
        [id, next.kind, next.title, next.description, next.routeId, next.vesselId, placement.departureBerthId, next.startsAt, next.endsAt,
          next.vat?.mode ?? null, next.vat?.percent ?? null],
      );
      await refreshSearchText(tx, { eventId: id });
      const after = await this.get(id, tx);
      await this.audit.record(tx, ctx, { action: 'catalog.sailing_update', entityType: 'sailing', entityId: id, ...changedFields(auditFields(before), auditFields(after)) });
      return after;
    });
    this.sailings.forget(id);
    return view;
  }

  /** Replaces the ticket types and prices of a sailing (a price change, audited with both lists). */
  async setPriceList(ctx: AuditContext, id: string, input: PriceListInput): Promise<SailingView> {
    const view = await this.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.status === 'cancelled') throw CatalogAdminErrors.sailingCancelled(id);
      await this.assertPriceList(tx, before.vesselId, input);
      await tx.query('DELETE FROM event_ticket_type WHERE event_id = $1', [id]);
      await writePriceList(tx, id, input);
      // Quotas already counted for general admission follow; their CHECK refuses going below what is held and sold.
      await followTicketTypeQuotas(tx, id).catch((error: { driverError?: { code?: string } }) => {
        if (error.driverError?.code === '23514') throw CatalogAdminErrors.invalid([{ path: 'body.ticketTypes', message: 'a quota is below the places already held or sold' }]);
        throw error;
      });
      const after = await this.get(id, tx);
      await this.audit.record(tx, ctx, {
        action: 'catalog.price_change', entityType: 'sailing', entityId: id,
        ...changedFields({ ticketTypes: before.ticketTypes, prices: before.prices }, { ticketTypes: after.ticketTypes, prices: after.prices }),
      });
      return after;
    });
    this.sailings.forget(id);
    return view;
  }

  private async lock(tx: EntityManager, id: string): Promise<SailingView> {
    const [row] = (await tx.query(`${SELECT_EVENT} AND e.id = $1 FOR UPDATE OF e`, [id])) as EventRow[];
    if (!row) throw CatalogAdminErrors.notFound('sailing', id);
    return viewOf(row);
  }

  private async placement(tx: EntityManager, routeId: string, vesselId: string): Promise<{ departureBerthId: string; durationMinutes: number }> {
    const [route] = (await tx.query(
      `SELECT r.duration_minutes, (SELECT berth_id FROM route_stop WHERE route_id = r.id ORDER BY position LIMIT 1) AS berth_id
         FROM route r WHERE r.id = $1 AND r.deleted_at IS NULL`,
      [routeId],
    )) as Array<{ duration_minutes: number; berth_id: string | null }>;
    const [vessel] = (await tx.query('SELECT id FROM vessel WHERE id = $1 AND deleted_at IS NULL', [vesselId])) as unknown[];
    const errors: FieldProblem[] = [];
    if (!route?.berth_id) errors.push({ path: 'body.routeId', message: route ? 'the route has no stops' : 'is not a route' });
    if (!vessel) errors.push({ path: 'body.vesselId', message: 'is not a vessel' });
    if (errors.length > 0) throw CatalogAdminErrors.invalid(errors);
    return { departureBerthId: route!.berth_id!, durationMinutes: route!.duration_minutes };
  }

  private async assertFields(tx: EntityManager, fields: { startsAt: string; endsAt?: string | undefined; vat?: SailingFields['vat'] }): Promise<void> {
    const errors: FieldProblem[] = [];
    if (fields.endsAt && Date.parse(fields.endsAt) <= Date.parse(fields.startsAt)) errors.push({ path: 'body.endsAt', message: 'must be after startsAt' });
    if (fields.vat) {
      const [rate] = (await tx.query('SELECT 1 FROM vat_rate WHERE percent = $1 AND active', [fields.vat.percent])) as unknown[];
      if (!rate) errors.push({ path: 'body.vat.percent', message: 'is not an active VAT rate' });
    }
    if (errors.length > 0) throw CatalogAdminErrors.invalid(errors);
  }

  /** Every price names a type sold here; every type sold has a price for every seat category the vessel has. */
  private async assertPriceList(tx: EntityManager, vesselId: string, list: PriceListInput): Promise<void> {
    const errors: FieldProblem[] = [];
    const typeIds = list.ticketTypes.map((t) => t.ticketTypeId);
    const known = new Set(((await tx.query('SELECT id FROM ticket_type WHERE id = ANY ($1::uuid[]) AND deleted_at IS NULL', [typeIds])) as Array<{ id: string }>).map((t) => t.id));
    list.ticketTypes.forEach((t, i) => {
      if (!known.has(t.ticketTypeId)) errors.push({ path: `body.ticketTypes.${i}.ticketTypeId`, message: 'is not a ticket type' });
      if (typeIds.indexOf(t.ticketTypeId) !== i) errors.push({ path: `body.ticketTypes.${i}.ticketTypeId`, message: 'is listed twice' });
    });
    const seen = new Set<string>();
    list.prices.forEach((p, i) => {
      if (!typeIds.includes(p.ticketTypeId)) errors.push({ path: `body.prices.${i}.ticketTypeId`, message: 'is not among the ticket types of this sailing' });
      const key = `${p.ticketTypeId}/${p.seatCategoryId ?? ''}`;
      if (seen.has(key)) errors.push({ path: `body.prices.${i}`, message: 'a price for this ticket type and seat category is given twice' });
      seen.add(key);
    });
    const categories = (await tx.query('SELECT DISTINCT category_id FROM seat WHERE vessel_id = $1', [vesselId])) as Array<{ category_id: string }>;
    for (const typeId of typeIds) {
      if (seen.has(`${typeId}/`)) continue;
      const missing = categories.filter((c) => !seen.has(`${typeId}/${c.category_id}`));
      if (missing.length > 0 || categories.length === 0) {
        errors.push({ path: 'body.prices', message: `ticket type ${typeId} has no price for ${categories.length ? `seat categories ${missing.map((c) => c.category_id).join(', ')}` : 'any seat'}` });
      }
    }
    if (errors.length > 0) throw CatalogAdminErrors.invalid(errors);
  }

  private async hasSales(tx: EntityManager, id: string): Promise<boolean> {
    return (await sailingHasSeatsTaken(tx, id)) || (await sailingHasValidTickets(tx, id));
  }
}

async function writePriceList(tx: EntityManager, eventId: string, list: PriceListInput): Promise<void> {
  await tx.query('INSERT INTO event_ticket_type (event_id, ticket_type_id, quota) SELECT $1::uuid, * FROM unnest($2::uuid[], $3::int[])', [
    eventId, list.ticketTypes.map((t) => t.ticketTypeId), list.ticketTypes.map((t) => t.quota ?? null),
  ]);
  await tx.query('INSERT INTO event_price (event_id, ticket_type_id, seat_category_id, amount_kopecks) SELECT $1::uuid, * FROM unnest($2::uuid[], $3::uuid[], $4::int[])', [
    eventId, list.prices.map((p) => p.ticketTypeId), list.prices.map((p) => p.seatCategoryId ?? null), list.prices.map((p) => p.amountKopecks),
  ]);
}

/** The fields of a sailing the audit trail compares. */
function auditFields(view: SailingView): Record<string, unknown> {
  const { soldTickets: _sold, startsAtLocal: _local, ...fields } = view;
  return fields;
}
