/** The PostgreSQL the tests use when DATABASE_URL is unset (the README's default). */
export const DEFAULT_TEST_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEMPLATE_DATABASE = 'prichal_test_template';

/** The same server, another database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
