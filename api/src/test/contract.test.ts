import { checkResponse, takeViolations } from './contract';

/** The contract checker itself must catch what it exists to catch. */
afterEach(() => takeViolations());

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

it('accepts a documented problem and flags undocumented statuses, types and bodies', async () => {
  const problem = { type: 'x', title: 'Not Found', status: 404, detail: 'd', code: 'event_not_found' };
  await checkResponse('GET', 'http://h/api/v1/events/abc', json(404, problem, 'application/problem+json'));
  expect(takeViolations()).toEqual([]);

  await checkResponse('GET', 'http://h/api/v1/events', json(418, {}));
  await checkResponse('GET', 'http://h/api/v1/events', json(200, { items: [] }, 'text/html'));
  await checkResponse('GET', 'http://h/api/v1/events', json(200, { items: 'none' }));
  await checkResponse('DELETE', 'http://h/api/v1/events', json(200, {}));
  const found = takeViolations();
  expect(found).toHaveLength(4);
  expect(found[0]).toMatch(/status not documented/);
  expect(found[1]).toMatch(/content type "text\/html"/);
  expect(found[2]).toMatch(/items/);
  expect(found[3]).toMatch(/not in openapi.json/);
});
