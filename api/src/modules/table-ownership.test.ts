import { readdirSync } from 'node:fs';
import path from 'node:path';
import { PLATFORM_TABLES } from '../platform/platform.tables';
import { entityTables, MODULES_DIR, productionSources, tableAccessOf, tablesInSql, tablesOfSchema, type TableAccess } from '../test/table-access';
import { KNOWN_CROSSINGS, type KnownCrossing } from './known-crossings';

/**
 * A module owns its tables (ARCHITECTURE.md: "another module calls its service,
 * never its tables"). Each module declares them in `<module>.tables.ts`; this reads every SQL
 * string and TypeORM call under modules/ and fails on an access to a table of another owner that
 * known-crossings.ts does not list — and on a listed one that is gone, so the list only shrinks.
 */

const PLATFORM = 'platform';
const moduleNames = readdirSync(MODULES_DIR, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

/** Each module's `<module>.tables.ts`, read by its one `<MODULE>_TABLES` export. */
function declaredTables(): Map<string, readonly string[]> {
  const declared = new Map<string, readonly string[]>([[PLATFORM, PLATFORM_TABLES]]);
  for (const name of moduleNames) {
    const exportName = `${name.toUpperCase().replace(/-/g, '_')}_TABLES`;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const declaration = require(path.join(MODULES_DIR, name, `${name}.tables`)) as Record<string, readonly string[] | undefined>;
    const tables = declaration[exportName];
    if (!tables) throw new Error(`modules/${name}/${name}.tables.ts must export ${exportName}`);
    declared.set(name, tables);
  }
  return declared;
}

const declared = declaredTables();
const schemaTables = tablesOfSchema();
const ownerOf = new Map<string, string>();
for (const [owner, tables] of declared) for (const table of tables) if (!ownerOf.has(table)) ownerOf.set(table, owner);

const IGNORED = new Set(['known-crossings.ts']);
const sources = productionSources(MODULES_DIR).filter((file) => !IGNORED.has(path.basename(file)) && !file.endsWith('.tables.ts'));
const known = new Set(schemaTables);
const entities = entityTables(sources);
const moduleOf = (file: string) => file.split('/')[3]!;
const relative = (file: string) => file.replace(/^api\/src\/modules\//, '');
const key = (access: Pick<KnownCrossing, 'file' | 'table' | 'kind'>) => `${access.file} ${access.kind}s ${access.table}`;

const crossings: TableAccess[] = sources
  .flatMap((file) => tableAccessOf(file, known, entities))
  .filter((access) => ownerOf.get(access.table) !== moduleOf(access.file))
  .map((access) => ({ ...access, file: relative(access.file) }));

describe('table ownership', () => {
  it('finds every module declaration and the schema it covers', () => {
    expect(moduleNames).toEqual(expect.arrayContaining(['catalog', 'orders', 'seating', 'tickets']));
    expect(schemaTables).toEqual(expect.arrayContaining(['orders', 'hold', 'outbox', 'schema_migration']));
  });

  it('gives every table of the schema exactly one owner', () => {
    const claims = new Map<string, string[]>();
    for (const [owner, tables] of declared) for (const table of tables) claims.set(table, [...(claims.get(table) ?? []), owner]);
    const claimedTwice = [...claims].filter(([, owners]) => owners.length > 1).map(([table, owners]) => `${table}: ${owners.join(', ')}`);
    const unowned = schemaTables.filter((table) => !claims.has(table));
    const notInSchema = [...claims.keys()].filter((table) => !known.has(table));
    expect({ claimedTwice, unowned, notInSchema }).toEqual({ claimedTwice: [], unowned: [], notInSchema: [] });
  });

  it('lets a module touch another owner\'s table only where known-crossings.ts says so', () => {
    const listed = new Set(KNOWN_CROSSINGS.map(key));
    const unlisted = crossings.map(key).filter((crossing) => !listed.has(crossing));
    // A new crossing: call the owner's function instead (or, for now, list it with a reason).
    expect(unlisted).toEqual([]);
  });

  it('lists only crossings that still happen, so the list can only shrink', () => {
    const happening = new Set(crossings.map(key));
    const gone = KNOWN_CROSSINGS.map(key).filter((crossing) => !happening.has(crossing));
    // Gone: delete these lines from known-crossings.ts.
    expect(gone).toEqual([]);
  });

  it('keeps known-crossings.ts one entry per crossing, sorted by file, each with a reason', () => {
    const keys = KNOWN_CROSSINGS.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    const sortKey = (c: KnownCrossing) => [c.file, c.table, c.kind].join('\u0000');
    expect(keys).toEqual([...KNOWN_CROSSINGS].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1)).map(key));
    expect(KNOWN_CROSSINGS.filter((crossing) => crossing.why.trim().length < 10)).toEqual([]);
  });
});

describe('reading tables out of SQL', () => {
  const tables = new Set(['orders', 'order_line', 'ticket', 'event', 'hold', 'outbox']);
  const found = (sql: string) => tablesInSql(sql, tables).map(({ table, kind }) => `${kind} ${table}`).sort();

  it('reads FROM, JOIN and old-style lists, and writes INSERT, UPDATE, DELETE and TRUNCATE', () => {
    expect(found('SELECT o.id FROM orders o JOIN order_line l ON l.order_id = o.id LEFT JOIN LATERAL (SELECT 1) x ON true')).toEqual(['read order_line', 'read orders']);
    expect(found('SELECT 1 FROM orders o, ticket t WHERE t.order_id = o.id')).toEqual(['read orders', 'read ticket']);
    expect(found('INSERT INTO outbox (topic) VALUES ($1)')).toEqual(['write outbox']);
    expect(found('UPDATE hold h SET status = $1 FROM orders o WHERE o.id = h.order_id')).toEqual(['read orders', 'write hold']);
    expect(found('DELETE FROM ticket WHERE id = $1')).toEqual(['write ticket']);
    expect(found('TRUNCATE TABLE event, hold')).toEqual(['write event', 'write hold']);
  });

  it('ignores CTE names, functions with FROM, aliases and ON CONFLICT … DO UPDATE', () => {
    expect(found('WITH ticket AS (SELECT id FROM orders) SELECT * FROM ticket')).toEqual(['read orders']);
    expect(found('WITH a AS (SELECT 1), hold AS (SELECT 2) SELECT * FROM a JOIN hold ON true')).toEqual([]);
    expect(found("SELECT EXTRACT(EPOCH FROM event) , a IS DISTINCT FROM hold FROM unnest($1::uuid[]) AS u(id)")).toEqual([]);
    expect(found('INSERT INTO hold (id) VALUES ($1) ON CONFLICT (id) DO UPDATE SET id = EXCLUDED.id')).toEqual(['write hold']);
    expect(found('SELECT id FROM orders WHERE id = $1 FOR UPDATE OF orders')).toEqual(['read orders']);
    // Keywords are capitals in this code base: prose in a message is not a query.
    expect(found('seats taken from hold go into event')).toEqual([]);
  });
});
