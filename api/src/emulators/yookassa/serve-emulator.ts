import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getRequestListener } from '@hono/node-server';
import { createYooKassaEmulator, type YooKassaEmulator, type YooKassaEmulatorOptions } from './yookassa-emulator';

export interface ServedYooKassaEmulator {
  emulator: YooKassaEmulator;
  /** 'http://127.0.0.1:<port>': the emulator's publicBaseUrl. */
  url: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * Serves an emulator on its own port (0 = any free one), for tests and for running it
 * stand-alone. The port is known only after listening, so the emulator is created then,
 * with the real address as its publicBaseUrl.
 *
 * @example
 * const served = await serveYooKassaEmulator({ shopId: 'shop', secretKey: 'secret' });
 * const client = new YooKassaClient({ baseUrl: served.emulator.apiBaseUrl, shopId: 'shop', secretKey: 'secret' });
 * await served.close();
 */
export async function serveYooKassaEmulator(
  options: Omit<YooKassaEmulatorOptions, 'publicBaseUrl'> & { port?: number; host?: string },
): Promise<ServedYooKassaEmulator> {
  const { port = 0, host = '127.0.0.1', ...emulatorOptions } = options;
  // Filled in once listening; requests cannot arrive before then.
  const target: { emulator?: YooKassaEmulator } = {};
  const server = createServer(
    getRequestListener((request) => target.emulator?.app.fetch(request) ?? new Response('starting', { status: 503 })),
  );
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const url = `http://${host}:${(server.address() as AddressInfo).port}`;
  const created = createYooKassaEmulator({ ...emulatorOptions, publicBaseUrl: url });
  target.emulator = created;
  return {
    emulator: created,
    url,
    server,
    close: async () => {
      created.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
