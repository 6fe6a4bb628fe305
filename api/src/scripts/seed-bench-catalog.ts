/**
 * Fills a database for the catalog benchmark: the demo catalog's piers, routes and vessels,
 * then `--events N` sailings (default 1 000), every one on a vessel with a seat map, spread
 * over the coming months. Usage: DATABASE_URL=… node -r @swc-node/register src/scripts/seed-bench-catalog.ts
 */
import 'reflect-metadata';
import { createDataSource } from '../platform/db/data-source';
import { migrate } from '../platform/db/migrate';
import { CatalogEvent } from '../modules/catalog/entities';
import { insertDemoCatalog } from '../modules/catalog/demo/load-demo-catalog';

const HOUR = 3_600_000;

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL must point at the benchmark database');
  const flag = process.argv.indexOf('--events');
  const target = flag > 0 ? Number(process.argv[flag + 1]) : 1_000;
  const db = createDataSource({ url, poolSize: 2 });
  await db.initialize();
  await migrate(db);
  await db.transaction(async (tx) => {
    await insertDemoCatalog(tx, { from: new Date(), days: 1 });
    // Clone the demo's seated sailings (Meteor and Neva Prestige) until there are `target`.
    const templates = await tx
      .createQueryBuilder(CatalogEvent, 'e')
      .innerJoin('vessel', 'v', 'v.id = e.vessel_id')
      .where("v.seating_mode = 'assigned'")
      .getMany();
    await tx.query("DELETE FROM event WHERE vessel_id IN (SELECT id FROM vessel WHERE seating_mode = 'general')");
    const existing = templates.length;
    for (let i = 0; i < target - existing; i += 1) {
      const template = templates[i % templates.length];
      if (!template) throw new Error('The demo catalog has no seated sailings to clone');
      const shift = (Math.floor(i / templates.length) + 1) * 24 * HOUR;
      const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
      const clone = await tx.save(tx.create(CatalogEvent, {
        ...fields,
        startsAt: new Date(template.startsAt.getTime() + shift),
        endsAt: new Date(template.endsAt.getTime() + shift),
        externalId: template.externalId ? `${template.externalId}-b${i}` : null,
      }));
      await tx.query(
        `INSERT INTO event_ticket_type (event_id, ticket_type_id, quota)
         SELECT $1, ticket_type_id, quota FROM event_ticket_type WHERE event_id = $2`,
        [clone.id, template.id],
      );
      await tx.query(
        `INSERT INTO event_price (event_id, ticket_type_id, seat_category_id, amount_kopecks)
         SELECT $1, ticket_type_id, seat_category_id, amount_kopecks FROM event_price WHERE event_id = $2`,
        [clone.id, template.id],
      );
    }
  });
  const [{ count } = { count: 0 }] = (await db.query('SELECT count(*)::int AS count FROM event')) as Array<{ count: number }>;
  console.log(JSON.stringify({ events: count }));
  await db.destroy();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
