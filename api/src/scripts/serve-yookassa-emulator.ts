/**
 * Runs the YooKassa emulator as a process of its own (for benchmarks, or to point a
 * production-mode API at it): YOOKASSA_EMULATOR_PORT, YOOKASSA_SHOP_ID, YOOKASSA_SECRET_KEY and
 * YOOKASSA_WEBHOOK_URL. Prints "ready <url>" once listening.
 */
import { serveYooKassaEmulator } from '../emulators/yookassa/serve-emulator';

async function main(): Promise<void> {
  const served = await serveYooKassaEmulator({
    port: Number(process.env.YOOKASSA_EMULATOR_PORT ?? 0),
    shopId: process.env.YOOKASSA_SHOP_ID ?? 'emulator-shop',
    secretKey: process.env.YOOKASSA_SECRET_KEY ?? 'emulator-secret-key',
    ...(process.env.YOOKASSA_WEBHOOK_URL ? { webhookUrl: process.env.YOOKASSA_WEBHOOK_URL } : {}),
  });
  console.log(`ready ${served.url}`);
  const stop = () => void served.close().finally(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
