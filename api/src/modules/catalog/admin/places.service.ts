import type { DataSource, EntityManager } from 'typeorm';
import type { LocalizedText } from '../../../platform/http/locale';
import type { AuditService } from '../../audit/audit.service';
import type { AuditContext } from '../../audit/audit-context';
import { changedFields } from '../../audit/audit-diff';
import { CatalogAdminErrors } from './catalog-admin.errors';
import { refreshSearchText } from './search-text-refresh';

export interface BerthInput { name: LocalizedText; address: LocalizedText; latitude: number; longitude: number }
export interface BerthView extends BerthInput { id: string }

export interface RouteInput {
  name: LocalizedText;
  description: LocalizedText;
  durationMinutes: number;
  stops: Array<{ berthId: string; offsetMinutes: number }>;
}
export interface RouteView extends RouteInput { id: string }

type BerthRow = { id: string; name: LocalizedText; address: LocalizedText; latitude: string; longitude: string };
type RouteRow = { id: string; name: LocalizedText; description: LocalizedText; duration_minutes: number; stops: RouteInput['stops'] };

const berthOf = (r: BerthRow): BerthView => ({ id: r.id, name: r.name, address: r.address, latitude: Number(r.latitude), longitude: Number(r.longitude) });
const routeOf = (r: RouteRow): RouteView => ({ id: r.id, name: r.name, description: r.description, durationMinutes: r.duration_minutes, stops: r.stops });

const SELECT_ROUTE = `
  SELECT r.id, r.name, r.description, r.duration_minutes,
         COALESCE((SELECT jsonb_agg(jsonb_build_object('berthId', s.berth_id, 'offsetMinutes', s.offset_minutes) ORDER BY s.position)
                     FROM route_stop s WHERE s.route_id = r.id), '[]'::jsonb) AS stops
    FROM route r WHERE r.deleted_at IS NULL`;

/**
 * Berths and routes: where sailings leave from and call at. A berth or route in use by
 * something live cannot be removed; renaming either updates what catalog search finds.
 */
export class PlacesService {
  constructor(
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  async listBerths(): Promise<BerthView[]> {
    const rows = (await this.db.query('SELECT id, name, address, latitude, longitude FROM berth WHERE deleted_at IS NULL ORDER BY name->>\'ru\', id')) as BerthRow[];
    return rows.map(berthOf);
  }

  async createBerth(ctx: AuditContext, input: BerthInput): Promise<BerthView> {
    return this.db.transaction(async (tx) => {
      const [row] = (await tx.query(
        'INSERT INTO berth (name, address, latitude, longitude) VALUES ($1, $2, $3, $4) RETURNING id, name, address, latitude, longitude',
        [input.name, input.address, input.latitude, input.longitude],
      )) as BerthRow[];
      await this.audit.record(tx, ctx, { action: 'catalog.berth_create', entityType: 'berth', entityId: row!.id, after: { ...input } });
      return berthOf(row!);
    });
  }

  async updateBerth(ctx: AuditContext, id: string, input: Partial<BerthInput>): Promise<BerthView> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockBerth(tx, id);
      const after = { ...before, ...definedOnly(input) };
      await tx.query('UPDATE berth SET name = $2, address = $3, latitude = $4, longitude = $5 WHERE id = $1', [id, after.name, after.address, after.latitude, after.longitude]);
      if (input.name) await refreshSearchText(tx, { berthId: id });
      await this.audit.record(tx, ctx, { action: 'catalog.berth_update', entityType: 'berth', entityId: id, ...changedFields({ ...before }, { ...after }) });
      return after;
    });
  }

  async deleteBerth(ctx: AuditContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.lockBerth(tx, id);
      const [used] = (await tx.query(
        'SELECT 1 FROM route_stop s JOIN route r ON r.id = s.route_id WHERE s.berth_id = $1 AND r.deleted_at IS NULL LIMIT 1',
        [id],
      )) as unknown[];
      if (used) throw CatalogAdminErrors.inUse('berth', id, 'a route');
      await tx.query('UPDATE berth SET deleted_at = now() WHERE id = $1', [id]);
      await this.audit.record(tx, ctx, { action: 'catalog.berth_delete', entityType: 'berth', entityId: id, before: { ...before } });
    });
  }

  async listRoutes(): Promise<RouteView[]> {
    return ((await this.db.query(`${SELECT_ROUTE} ORDER BY r.name->>'ru', r.id`)) as RouteRow[]).map(routeOf);
  }

  async createRoute(ctx: AuditContext, input: RouteInput): Promise<RouteView> {
    return this.db.transaction(async (tx) => {
      await this.assertBerths(tx, input.stops);
      const [row] = (await tx.query('INSERT INTO route (name, description, duration_minutes) VALUES ($1, $2, $3) RETURNING id', [
        input.name, input.description, input.durationMinutes,
      ])) as Array<{ id: string }>;
      await writeStops(tx, row!.id, input.stops);
      await this.audit.record(tx, ctx, { action: 'catalog.route_create', entityType: 'route', entityId: row!.id, after: { ...input } });
      return { id: row!.id, ...input };
    });
  }

  async updateRoute(ctx: AuditContext, id: string, input: Partial<RouteInput>): Promise<RouteView> {
    return this.db.transaction(async (tx) => {
      const before = await this.lockRoute(tx, id);
      const after: RouteView = { ...before, ...definedOnly(input) };
      if (input.stops) {
        await this.assertBerths(tx, input.stops);
        await tx.query('DELETE FROM route_stop WHERE route_id = $1', [id]);
        await writeStops(tx, id, input.stops);
      }
      await tx.query('UPDATE route SET name = $2, description = $3, duration_minutes = $4 WHERE id = $1', [id, after.name, after.description, after.durationMinutes]);
      if (input.name || input.stops) await refreshSearchText(tx, { routeId: id });
      await this.audit.record(tx, ctx, { action: 'catalog.route_update', entityType: 'route', entityId: id, ...changedFields({ ...before }, { ...after }) });
      return after;
    });
  }

  async deleteRoute(ctx: AuditContext, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const before = await this.lockRoute(tx, id);
      const [used] = (await tx.query(
        "SELECT 1 FROM event WHERE route_id = $1 AND deleted_at IS NULL AND status = 'scheduled' AND ends_at > now() LIMIT 1",
        [id],
      )) as unknown[];
      if (used) throw CatalogAdminErrors.inUse('route', id, 'upcoming sailings');
      await tx.query('UPDATE route SET deleted_at = now() WHERE id = $1', [id]);
      await this.audit.record(tx, ctx, { action: 'catalog.route_delete', entityType: 'route', entityId: id, before: { ...before } });
    });
  }

  private async lockBerth(tx: EntityManager, id: string): Promise<BerthView> {
    const [row] = (await tx.query('SELECT id, name, address, latitude, longitude FROM berth WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [id])) as BerthRow[];
    if (!row) throw CatalogAdminErrors.notFound('berth', id);
    return berthOf(row);
  }

  private async lockRoute(tx: EntityManager, id: string): Promise<RouteView> {
    const [row] = (await tx.query(`${SELECT_ROUTE} AND r.id = $1 FOR UPDATE OF r`, [id])) as RouteRow[];
    if (!row) throw CatalogAdminErrors.notFound('route', id);
    return routeOf(row);
  }

  private async assertBerths(tx: EntityManager, stops: RouteInput['stops']): Promise<void> {
    const ids = [...new Set(stops.map((s) => s.berthId))];
    const found = (await tx.query('SELECT id FROM berth WHERE id = ANY ($1::uuid[]) AND deleted_at IS NULL', [ids])) as Array<{ id: string }>;
    const known = new Set(found.map((b) => b.id));
    const errors = stops.flatMap((s, i) => (known.has(s.berthId) ? [] : [{ path: `body.stops.${i}.berthId`, message: 'is not a berth' }]));
    if (errors.length > 0) throw CatalogAdminErrors.invalid(errors);
  }
}

async function writeStops(tx: EntityManager, routeId: string, stops: RouteInput['stops']): Promise<void> {
  await tx.query(
    'INSERT INTO route_stop (route_id, position, berth_id, offset_minutes) SELECT $1, p - 1, b, o FROM unnest($2::uuid[], $3::int[]) WITH ORDINALITY AS s(b, o, p)',
    [routeId, stops.map((s) => s.berthId), stops.map((s) => s.offsetMinutes)],
  );
}

/** The fields of a partial update that were given (undefined means "leave as is"). */
export function definedOnly<T extends object>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<T>;
}
