import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/**
 * Which tables a source file reads and writes, found statically: every string and template
 * literal is read as (a piece of) SQL, and TypeORM calls that name an entity class count for the
 * entity's table. Only names of real tables count, so `EXTRACT(EPOCH FROM starts_at)`, aliases,
 * `unnest(...)` and the names a `WITH x AS (...)` defines fall away on their own.
 *
 * Used by the ownership test (modules/table-ownership.test.ts); a sketch of its limits: a table
 * name built at run time (`FROM ${table}`) is not seen — nothing in the code does that today.
 */

export type AccessKind = 'read' | 'write';

export interface TableAccess {
  /** Path relative to the repository root, with forward slashes. */
  file: string;
  table: string;
  kind: AccessKind;
}

export const REPOSITORY_ROOT = path.resolve(__dirname, '../../..');
export const MODULES_DIR = path.join(REPOSITORY_ROOT, 'api/src/modules');

/** Every `CREATE TABLE` / `CREATE VIEW` of the migrations and of the migration runner itself. */
export function tablesOfSchema(): string[] {
  const migrationsDir = path.join(REPOSITORY_ROOT, 'migrations');
  const sources = [
    ...readdirSync(migrationsDir)
      .filter((name) => name.endsWith('.sql'))
      .map((name) => readFileSync(path.join(migrationsDir, name), 'utf8')),
    // schema_migration is created by the runner, not by a migration.
    readFileSync(path.join(REPOSITORY_ROOT, 'api/src/platform/db/migrate.ts'), 'utf8'),
  ];
  const created = new Set<string>();
  const pattern = /\bCREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW|MATERIALIZED\s+VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?(?:public\.)?"?([a-z_][a-z0-9_]*)"?/gi;
  for (const source of sources) for (const match of source.matchAll(pattern)) created.add(match[1]!.toLowerCase());
  return [...created].sort();
}

/** The .ts files of a folder tree that run in production: no tests, no test factories. */
export function productionSources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...productionSources(full));
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !/\.test\.ts$|[.-]factory\.ts$/.test(entry.name)) files.push(full);
  }
  return files.sort();
}

// SQL here is written with keywords in capitals and names in lower case, which keeps prose in
// error messages ("taken from hold") from counting as a query.
const NAME = '"?(?:public\\.)?"?([a-z_][a-z0-9_]*)"?';
const ALIAS = '(?:\\s+(?:AS\\s+)?[a-z_][a-z0-9_]*)?';
// A table after FROM may be followed by an alias and, in an old-style list, by more tables.
const FROM_LIST = new RegExp(`\\b(DELETE\\s+)?FROM\\s+(?:ONLY\\s+)?${NAME}(${ALIAS}(?:\\s*,\\s*[a-z_"][a-z0-9_."]*${ALIAS})*)`, 'g');
const LIST_ITEM = new RegExp(`,\\s*${NAME}`, 'g');
const READ_AFTER = new RegExp(`\\bJOIN\\s+(?:LATERAL\\s+)?(?:ONLY\\s+)?${NAME}`, 'g');
const WRITE_AFTER = new RegExp(`\\b(?:INSERT\\s+INTO|MERGE\\s+INTO|UPDATE(?:\\s+ONLY)?|LOCK(?:\\s+TABLE)?)\\s+${NAME}`, 'g');
const TRUNCATE_LIST = /\bTRUNCATE(?:\s+TABLE)?(?:\s+ONLY)?\s+([a-z_][a-z0-9_."]*(?:\s*,\s*[a-z_][a-z0-9_."]*)*)/g;
const CTE_NAME = /(?:\bWITH(?:\s+RECURSIVE)?|,)\s*([a-z_][a-z0-9_]*)\s*(?:\([^)]*\)\s*)?AS\s+(?:NOT\s+)?(?:MATERIALIZED\s+)?\(/g;
// FROM inside these is not a table: EXTRACT(x FROM …), SUBSTRING(x FROM …), IS DISTINCT FROM.
const NOT_A_TABLE_BEFORE_FROM = /\b(?:DISTINCT|EXTRACT\s*\(\s*\w+|SUBSTRING\s*\([^()]*|TRIM\s*\([^()]*|POSITION\s*\([^()]*)\s*$/;

/** The tables one piece of SQL reads and writes. */
export function tablesInSql(sql: string, known: ReadonlySet<string>): Array<{ table: string; kind: AccessKind }> {
  const defined = new Set([...sql.matchAll(CTE_NAME)].map((m) => m[1]!));
  const found: Array<{ table: string; kind: AccessKind }> = [];
  const add = (table: string, kind: AccessKind) => {
    if (known.has(table) && !defined.has(table)) found.push({ table, kind });
  };
  for (const m of sql.matchAll(FROM_LIST)) {
    if (!m[1] && NOT_A_TABLE_BEFORE_FROM.test(sql.slice(0, m.index))) continue;
    add(m[2]!, m[1] ? 'write' : 'read');
    for (const item of (m[3] ?? '').matchAll(LIST_ITEM)) add(item[1]!, 'read');
  }
  for (const m of sql.matchAll(READ_AFTER)) add(m[1]!, 'read');
  for (const m of sql.matchAll(WRITE_AFTER)) add(m[1]!, 'write');
  for (const m of sql.matchAll(TRUNCATE_LIST)) for (const name of m[1]!.split(',')) add(name.trim().replace(/^"?public"?\./, '').replace(/"/g, ''), 'write');
  return found;
}

/** `@Entity('table') export class Name` across the given files: class name → table. */
export function entityTables(files: string[]): Map<string, string> {
  const entities = new Map<string, string>();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/@Entity\(\s*['"]([a-z_][a-z0-9_]*)['"][^)]*\)\s*(?:export\s+)?class\s+([A-Za-z_$][\w$]*)/g)) entities.set(m[2]!, m[1]!);
  }
  return entities;
}

const READ_METHODS = new Set(['find', 'findOne', 'findBy', 'findOneBy', 'findOneOrFail', 'findOneByOrFail', 'findAndCount', 'count', 'countBy', 'exists', 'existsBy', 'sum', 'average', 'minimum', 'maximum', 'getRepository', 'createQueryBuilder', 'from', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect']);
const WRITE_METHODS = new Set(['create', 'save', 'insert', 'update', 'upsert', 'delete', 'remove', 'softDelete', 'restore', 'increment', 'decrement', 'clear', 'into', 'merge', 'preload']);

const BUILDER_METHODS = new Set(['from', 'into', 'update', 'delete', 'innerJoin', 'leftJoin', 'innerJoinAndSelect', 'leftJoinAndSelect', 'getRepository']);

/** Literal text of a string or template (substitutions become a space, so no name is glued). */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return undefined;
}

/** What one source file reads and writes, each table and kind once. */
export function tableAccessOf(file: string, known: ReadonlySet<string>, entities: ReadonlyMap<string, string>): TableAccess[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const relative = path.relative(REPOSITORY_ROOT, file).split(path.sep).join('/');
  const seen = new Map<string, TableAccess>();
  const record = (table: string, kind: AccessKind) => seen.set(`${table}|${kind}`, { file: relative, table, kind });
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined) for (const access of tablesInSql(text, known)) record(access.table, access.kind);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const kind = WRITE_METHODS.has(method) ? 'write' : READ_METHODS.has(method) ? 'read' : undefined;
      const [first] = node.arguments;
      if (kind && first && ts.isIdentifier(first) && entities.has(first.text)) record(entities.get(first.text)!, kind);
      // Query builders may name the table as a string: .from('orders', 'o'), .into('ticket').
      if (kind && first && ts.isStringLiteral(first) && known.has(first.text) && BUILDER_METHODS.has(method)) record(first.text, kind);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return [...seen.values()].sort((a, b) => a.table.localeCompare(b.table) || a.kind.localeCompare(b.kind));
}
