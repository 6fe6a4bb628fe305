/**
 * The browser tests need the API tests' migrated template database. When the API project ran
 * its global setup first (a full `npm test`), that template is used; alone
 * (`jest --selectProjects crm-browser`), this makes one and the teardown drops it.
 */
import apiGlobalSetup from '../../api/src/test/global-setup';

export default async function globalSetup(): Promise<void> {
  if (process.env.PRICHAL_TEST_DB) return;
  await apiGlobalSetup();
  process.env.PRICHAL_CRM_E2E_OWNS_TEMPLATE = 'true';
}
