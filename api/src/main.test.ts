import { spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { createTestDatabase, type TestDatabase } from './test/test-database';

/** The process entry, as `npm start` runs it (compiled on the fly here). */
const API_DIR = path.resolve(__dirname, '..');

function startMain(env: Record<string, string>) {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: API_DIR,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => output.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => output.push(line));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, output, exited };
}

it('refuses to start on a wrong variable, naming it', async () => {
  const run = startMain({ PORT: 'eighty', LOG_LEVEL: 'chatty' });
  expect(await run.exited).toBe(1);
  const text = run.output.join('\n');
  expect(text).toMatch(/PORT/);
  expect(text).toMatch(/LOG_LEVEL/);
});

describe('with DATABASE_URL set', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('migrates, loads the demo catalog, prints the URLs and serves the catalog', async () => {
    const port = String(20_000 + Math.floor(Math.random() * 20_000));
    const run = startMain({ DATABASE_URL: database.url, PORT: port, HOST: '127.0.0.1', SERVE_SPA: 'false', LOG_LEVEL: 'warn' });
    try {
      const deadline = Date.now() + 20_000;
      while (!run.output.some((line) => line.includes('API docs:')) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(run.output.join('\n')).toContain(`http://localhost:${port}/api/docs`);
      const events = (await (await fetch(`http://127.0.0.1:${port}/api/v1/events?limit=100`)).json()) as { items: unknown[] };
      expect(events.items.length).toBeGreaterThanOrEqual(12);
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      // No staff yet and no ADMIN_* variables: the first administrator's password is printed once.
      const printed = run.output.map((line) => /CRM administrator: (\S+) \/ (\S+)/.exec(line)).find(Boolean);
      expect(printed?.[1]).toBe('admin@prichal.local');
      const login = await fetch(`http://127.0.0.1:${port}/api/v1/admin/auth/login`, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: printed?.[1], password: printed?.[2] }),
      });
      expect(((await login.json()) as { user: { mustChangePassword: boolean } }).user.mustChangePassword).toBe(true);
    } finally {
      run.child.kill('SIGTERM');
      expect(await run.exited).toBe(0);
    }
  }, 30_000);
});
