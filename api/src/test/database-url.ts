/** The PostgreSQL the tests use when DATABASE_URL is unset (the README's default). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
/**
 * The migrated template this jest run clones, named per run (set by global-setup.ts) so that
 * runs from two checkouts on one server never drop each other's template.
 */
export function templateDatabase(): string {
  const name = process.env.PRICHAL_TEST_TEMPLATE;
  if (!name) throw new Error('Run the API tests through jest so global-setup.ts creates the template');
  return name;
}

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
