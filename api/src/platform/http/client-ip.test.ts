import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { resolveClientIp } from './client-ip';
import { ipList } from './ip-list';
import { loadConfig } from '../config';

/** Behind our own reverse proxy the client is read from X-Forwarded-For; nobody else may set it. */
const proxies = ipList(['10.0.0.0/8', '127.0.0.1']);

describe('resolveClientIp', () => {
  it.each([
    ['no proxy configured: the socket', '203.0.113.9', '198.51.100.1', undefined, '203.0.113.9'],
    ['an untrusted peer cannot claim another address', '203.0.113.9', '198.51.100.1', proxies, '203.0.113.9'],
    ['one trusted proxy: the address it saw', '10.0.0.2', '198.51.100.1', proxies, '198.51.100.1'],
    ['a chain of trusted proxies', '10.0.0.2', '198.51.100.1, 10.1.1.1', proxies, '198.51.100.1'],
    ['a forged left-most entry is ignored', '10.0.0.2', '1.2.3.4, 198.51.100.1', proxies, '198.51.100.1'],
    ['IPv4-mapped addresses are plain', '::ffff:10.0.0.2', '::ffff:198.51.100.1', proxies, '198.51.100.1'],
    ['only proxies in the chain: the left-most', '10.0.0.2', '10.2.2.2', proxies, '10.2.2.2'],
    ['no header: the proxy itself', '10.0.0.2', undefined, proxies, '10.0.0.2'],
  ])('%s', (_case, socket, forwarded, trusted, expected) => {
    expect(resolveClientIp(socket, forwarded, trusted)).toBe(expected);
  });

  it('refuses a TRUSTED_PROXIES value that is not addresses or ranges, naming it', () => {
    expect(() => loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, nginx' })).toThrow(/TRUSTED_PROXIES/);
    expect(loadConfig({ TRUSTED_PROXIES: '10.0.0.0/8, ::1' }).TRUSTED_PROXIES).toEqual(['10.0.0.0/8', '::1']);
  });
});

describe('behind a trusted proxy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { TRUSTED_PROXIES: '127.0.0.1' } });
  });
  afterAll(() => t.close());

  it('throttles logins per real client, not per proxy', async () => {
    const attempt = (ip: string) =>
      request(t.server).post('/api/v1/customers/login').set('X-Forwarded-For', ip).send({ email: `nobody-${Math.random()}@example.ru`, password: 'wrong password 123' });
    for (let i = 0; i < 30; i += 1) expect((await attempt('198.51.100.7')).status).toBe(401);
    expect((await attempt('198.51.100.7')).status).toBe(429);
    // Another customer behind the same proxy is not affected.
    expect((await attempt('198.51.100.8')).status).toBe(401);
  });
});
