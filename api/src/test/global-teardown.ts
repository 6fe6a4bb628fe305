/** Drops this run's template database (global-setup.ts created it). */
import { Client } from 'pg';

export default async function globalTeardown(): Promise<void> {
  const serverUrl = process.env.PRICHAL_TEST_SERVER_URL;
  const template = process.env.PRICHAL_TEST_TEMPLATE;
  if (!serverUrl || !template) return;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
