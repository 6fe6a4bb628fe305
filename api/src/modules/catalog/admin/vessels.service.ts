import type { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '../../../platform/http/locale';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import type { SailingDirectory } from '../../seating/sailing-directory';
import { resizeUpcomingSailings } from '../../seating/sailing-seats';
import { CatalogAdminErrors } from './catalog-admin.errors';
import { layoutDiff, layoutProblems, readLayout, seatsOf, takenSeats, writeLayout, type LayoutInput } from './seat-layout';

export interface VesselView {
  id: string;
  name: LocalizedText;
  seatingMode: 'assigned' | 'general';
  capacity: number;
  seatCount: number;
  upcomingSailings: number;
}
export interface VesselDetail extends VesselView {
  layout: LayoutInput;
  /** Seats sold or held on upcoming sailings: a layout edit must keep them. */
  takenSeats: string[];
}

type VesselRow = { id: string; name: LocalizedText; seating_mode: 'assigned' | 'general'; capacity: number; seat_count: number; upcoming: number };

const SELECT_VESSEL = `
  SELECT v.id, v.name, v.seating_mode, v.capacity,
         (SELECT count(*)::int FROM seat s WHERE s.vessel_id = v.id) AS seat_count,
         (SELECT count(*)::int FROM event e WHERE e.vessel_id = v.id AND e.deleted_at IS NULL AND e.status = 'scheduled' AND e.ends_at > now()) AS upcoming
    FROM vessel v WHERE v.deleted_at IS NULL`;

const viewOf = (r: VesselRow): VesselView => ({
  id: r.id, name: r.name, seatingMode: r.seating_mode, capacity: r.capacity, seatCount: r.seat_count, upcomingSailings: r.upcoming,
});

/**
 * Vessels and their seat layouts. A layout is edited whole (the CRM's editor sends the full
 * plan) and may change anything except drop a seat someone bought or holds on a sailing that
 * has not ended; a seated vessel's capacity is its seat count.
 */
export class VesselsService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly sailings: SailingDirectory,
  ) {}

  async list(): Promise<VesselView[]> {
    return ((await this.db.query(`${SELECT_VESSEL} ORDER BY v.name->>'ru', v.id`)) as VesselRow[]).map(viewOf);
  }

  async get(id: string, tx: EntityManager = this.db.manager): Promise<VesselDetail> {
    const [row] = (await tx.query(`${SELECT_VESSEL} AND v.id = $1`, [id])) as VesselRow[];
    if (!row) throw CatalogAdminErrors.notFound('vessel', id);
    return { ...viewOf(row), layout: await readLayout(tx, id), takenSeats: await takenSeats(tx, id) };
  }

  async create(
    ctx: AuditContext,
    input: { name: LocalizedText; seatingMode: 'assigned' | 'general'; capacity?: number | undefined; layout?: LayoutInput | undefined },
  ): Promise<VesselDetail> {
    const errors = [];
    if (input.seatingMode === 'general' && !input.capacity) errors.push({ path: 'body.capacity', message: 'is required for general admission' });
    if (input.seatingMode === 'assigned' && !input.layout) errors.push({ path: 'body.layout', message: 'is required for assigned seating' });
    if (input.seatingMode === 'general' && input.layout) errors.push({ path: 'body.layout', message: 'general admission has no seat layout' });
    if (errors.length > 0) throw CatalogAdminErrors.invalid(errors);
    return this.db.transaction(async (tx) => {
      if (input.layout) await this.assertLayout(tx, input.layout);
      const capacity = input.layout ? seatsOf(input.layout).size : (input.capacity as number);
      const [row] = (await tx.query('INSERT INTO vessel (name, seating_mode, capacity) VALUES ($1, $2, $3) RETURNING id', [input.name, input.seatingMode, capacity])) as Array<{ id: string }>;
      if (input.layout) await writeLayout(tx, row!.id, input.layout);
      await this.audit.record(tx, ctx, {
        action: 'catalog.vessel_create', entityType: 'vessel', entityId: row!.id,
        after: { name: input.name, seatingMode: input.seatingMode, capacity },
      });
      return this.get(row!.id, tx);
    });
  }

  /** Renames; for general admission, changes the capacity of the vessel and of its upcoming sailings. */
  async update(ctx: AuditContext, id: string, input: { name?: LocalizedText | undefined; capacity?: number | undefined }): Promise<VesselDetail> {
    const detail = await this.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (input.capacity !== undefined && before.seatingMode === 'assigned') {
        throw CatalogAdminErrors.invalid([{ path: 'body.capacity', message: 'a seated vessel holds as many as it has seats' }]);
      }
      const after = { name: input.name ?? before.name, capacity: input.capacity ?? before.capacity };
      await tx.query('UPDATE vessel SET name = $2, capacity = $3 WHERE id = $1', [id, after.name, after.capacity]);
      if (after.capacity !== before.capacity) await this.resizeUpcoming(tx, id, after.capacity);
      await this.audit.record(tx, ctx, {
        action: 'catalog.vessel_update', entityType: 'vessel', entityId: id,
        ...changedFields({ name: before.name, capacity: before.capacity }, after),
      });
      return this.get(id, tx);
    });
    await this.forgetSailings(id);
    return detail;
  }

  async replaceLayout(ctx: AuditContext, id: string, layout: LayoutInput): Promise<VesselDetail> {
    const detail = await this.db.transaction(async (tx) => {
      const vessel = await this.lock(tx, id);
      if (vessel.seatingMode !== 'assigned') throw CatalogAdminErrors.notAssigned(id);
      await this.assertLayout(tx, layout);
      const diff = layoutDiff(seatsOf(await readLayout(tx, id)), seatsOf(layout));
      const taken = new Set(await takenSeats(tx, id));
      const dropped = diff.removed.filter((code) => taken.has(code));
      if (dropped.length > 0) throw CatalogAdminErrors.layoutDropsTakenSeats(id, dropped);
      await writeLayout(tx, id, layout);
      await tx.query('UPDATE vessel SET capacity = $2 WHERE id = $1', [id, seatsOf(layout).size]);
      await this.audit.record(tx, ctx, { action: 'catalog.layout_change', entityType: 'vessel', entityId: id, ...diff.audit });
      return this.get(id, tx);
    });
    await this.forgetSailings(id);
    return detail;
  }

  async remove(ctx: AuditContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.lock(tx, id);
      if (before.upcomingSailings > 0) throw CatalogAdminErrors.inUse('vessel', id, 'upcoming sailings');
      await tx.query('UPDATE vessel SET deleted_at = now() WHERE id = $1', [id]);
      await this.audit.record(tx, ctx, { action: 'catalog.vessel_delete', entityType: 'vessel', entityId: id, before: { name: before.name } });
    });
  }

  private async lock(tx: EntityManager, id: string): Promise<VesselView> {
    const [row] = (await tx.query(`${SELECT_VESSEL} AND v.id = $1 FOR UPDATE OF v`, [id])) as VesselRow[];
    if (!row) throw CatalogAdminErrors.notFound('vessel', id);
    return viewOf(row);
  }

  private async assertLayout(tx: EntityManager, layout: LayoutInput): Promise<void> {
    const problems = await layoutProblems(tx, layout);
    if (problems.length > 0) throw CatalogAdminErrors.invalid(problems);
  }

  /** General admission: the sailings not yet ended take the new capacity; the CHECK refuses going below what is held and sold. */
  private async resizeUpcoming(tx: EntityManager, vesselId: string, capacity: number): Promise<void> {
    try {
      await resizeUpcomingSailings(tx, vesselId, capacity);
    } catch (error) {
      if ((error as { driverError?: { code?: string } }).driverError?.code === '23514') throw CatalogAdminErrors.capacityBelowSold(vesselId);
      throw error;
    }
  }

  /** This process's seat maps see the change now; other processes within their cache's few seconds. */
  private async forgetSailings(vesselId: string): Promise<void> {
    const events = (await this.db.query('SELECT id FROM event WHERE vessel_id = $1 AND ends_at > now()', [vesselId])) as Array<{ id: string }>;
    for (const { id } of events) this.sailings.forget(id);
  }
}
