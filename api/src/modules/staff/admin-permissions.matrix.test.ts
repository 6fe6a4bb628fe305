import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { makeStaff } from '../../test/staff-factory';
import {
  adminOperations, CALLERS, dummyRequest, everySectionBut, expectedOutcome, isAllowedAnswer, sectionOf, type AdminOperation, type Caller,
} from '../../test/permission-matrix';
import { isRoutePermission, SECTIONS, type RoutePermission, type Section } from './permissions';

/**
 * Every /admin operation in openapi/openapi.json, called as anonymous, as a customer, as a
 * Manager without its section, with read only, with write, and as an Administrator. A route
 * added without `x-permission` (or with one the gate does not enforce) fails here.
 */
let t: TestApp;
const principals = new Map<string, { id: string; role: 'manager' | 'administrator' }>();
const operations = adminOperations();

beforeAll(async () => {
  t = await startTestApp();
  principals.set('administrator', await makeStaff(t, { role: 'administrator' }).then((s) => ({ id: s.id, role: 'administrator' as const })));
  principals.set('managerNone', await makeStaff(t, {}).then((s) => ({ id: s.id, role: 'manager' as const })));
  for (const section of SECTIONS) {
    for (const [key, grants] of [
      [`without:${section}`, everySectionBut(section)],
      [`read:${section}`, { [section]: 'read' }],
      [`write:${section}`, { [section]: 'write' }],
    ] as const) {
      principals.set(key, await makeStaff(t, { grants }).then((s) => ({ id: s.id, role: 'manager' as const })));
    }
  }
});
afterAll(() => t.close());

/** A fresh login for each call, so a route that ends logins (logout) cannot disturb the next. */
async function tokenFor(caller: Caller, section: Section | null): Promise<string | null> {
  if (caller === 'anonymous') return null;
  const key =
    caller === 'administrator' ? 'administrator'
    : section === null ? 'managerNone'
    : caller === 'managerWithoutSection' ? `without:${section}`
    : caller === 'managerRead' ? `read:${section}`
    : `write:${section}`;
  const principal = principals.get(key)!;
  const session = await t.services.staff.sessions.start(principal.id);
  // A customer's token for the same id: signed for the other audience, it must open nothing here.
  const audience = caller === 'customer' ? 'customer' : 'staff';
  return t.services.auth.tokens.issue(audience, { sub: principal.id, sid: session.sessionId, role: principal.role });
}

async function call(operation: AdminOperation, token: string | null) {
  const { url, body } = dummyRequest(operation);
  const req = (request(t.server) as any)[operation.method](url);
  if (token) req.set('authorization', `Bearer ${token}`);
  return body === undefined ? req : req.send(body);
}

it('finds the CRM operations in the document', () => {
  expect(operations.length).toBeGreaterThan(5);
});

it('counts only the route’s own answers as let through: not the gate’s 401/403, nor a 5xx', () => {
  expect([200, 204, 400, 404, 409, 422].map(isAllowedAnswer)).toEqual([true, true, true, true, true, true]);
  expect([401, 403, 500, 502, 503].map(isAllowedAnswer)).toEqual([false, false, false, false, false]);
});

it.each(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op] as const))('%s declares a permission the gate knows', (_name, op) => {
  expect({ operation: op.operationId, permission: op.permission }).toEqual({ operation: op.operationId, permission: expect.anything() });
  expect(isRoutePermission(op.permission)).toBe(true);
});

describe.each(operations.filter((op) => isRoutePermission(op.permission)).map((op) => [`${op.method.toUpperCase()} ${op.path} (${op.permission})`, op] as const))(
  '%s',
  (_name, op) => {
    const permission = op.permission as RoutePermission;
    it.each(CALLERS)('as %s', async (caller) => {
      const expected = expectedOutcome(permission, caller);
      const res = await call(op, await tokenFor(caller, sectionOf(permission)));
      const seen = { caller, status: res.status, code: res.body?.code };
      if (expected === 401) expect(seen).toEqual({ caller, status: 401, code: 'authentication_required' });
      else if (expected === 403) expect(seen).toEqual({ caller, status: 403, code: 'permission_denied' });
      // The status with the problem code, so a failure names what the route answered.
      else expect({ ...seen, allowed: isAllowedAnswer(res.status) }).toEqual({ ...seen, allowed: true });
    });
  },
);
