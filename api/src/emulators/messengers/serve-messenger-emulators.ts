import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { createMaxEmulator, type MaxEmulator } from './max-emulator';
import { createTelegramEmulator, type TelegramEmulator } from './telegram-emulator';
import { createWhatsAppEmulator, type WhatsAppEmulator } from './whatsapp-emulator';

export interface ServedMessengerEmulators {
  max: MaxEmulator;
  telegram: TelegramEmulator;
  whatsapp: WhatsAppEmulator;
  /** Base URLs to configure (MAX_API_URL, TELEGRAM_API_URL, WHATSAPP_API_URL). */
  urls: { max: string; telegram: string; whatsapp: string };
  /** The matching configuration, tokens included. */
  env: Record<string, string>;
  server: Server;
  close(): Promise<void>;
}

/**
 * MAX, Telegram and WhatsApp stand-ins on one local port (0 = any free one), each under its own
 * path, for tests and local runs. Never used in production.
 *
 * @example
 * const messengers = await serveMessengerEmulators();
 * const t = await startTestApp({ env: messengers.env, workers: {} });
 */
export async function serveMessengerEmulators(options: { port?: number; templates?: string[] } = {}): Promise<ServedMessengerEmulators> {
  const tokens = { max: 'max-test-token', telegram: '123456:telegram-test-token', whatsapp: 'whatsapp-test-token', phoneNumberId: '109876543210' };
  const max = createMaxEmulator({ token: tokens.max });
  const telegram = createTelegramEmulator({ token: tokens.telegram });
  const whatsapp = createWhatsAppEmulator({ token: tokens.whatsapp, phoneNumberId: tokens.phoneNumberId, ...(options.templates ? { templates: options.templates } : {}) });
  const app = new Hono();
  app.route('/max', max.app);
  app.route('/telegram', telegram.app);
  app.route('/whatsapp/v21.0', whatsapp.app);
  const server = createServer(getRequestListener(app.fetch));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const urls = { max: `${origin}/max`, telegram: `${origin}/telegram`, whatsapp: `${origin}/whatsapp/v21.0` };
  return {
    max,
    telegram,
    whatsapp,
    urls,
    env: {
      MAX_BOT_TOKEN: tokens.max, MAX_API_URL: urls.max,
      TELEGRAM_BOT_TOKEN: tokens.telegram, TELEGRAM_API_URL: urls.telegram,
      WHATSAPP_ACCESS_TOKEN: tokens.whatsapp, WHATSAPP_PHONE_NUMBER_ID: tokens.phoneNumberId, WHATSAPP_API_URL: urls.whatsapp,
    },
    server,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
