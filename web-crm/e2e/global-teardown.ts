import apiGlobalTeardown from '../../api/src/test/global-teardown';

/** Drops the template only when global-setup.ts made it. */
export default async function globalTeardown(): Promise<void> {
  if (process.env.PRICHAL_CRM_E2E_OWNS_TEMPLATE === 'true') await apiGlobalTeardown();
}
