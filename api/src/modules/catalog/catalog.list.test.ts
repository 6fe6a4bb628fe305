import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import {
  DAY, HOUR, makeBerth, makeCategory, makeEvent, makeGaVessel, makeRoute, makeSeatedVessel, makeTicketType, seed, text,
} from '../../test/catalog-factory';
import { moscowDayStart } from '../../platform/time';

/** GET /events: filters, search in three languages, pagination, caching and bad input. */
let t: TestApp;
const ids: Record<string, string> = {};
let peterhofRouteId: string;
let canalsBerthId: string;
const day = (n: number) => {
  // 12:00 Moscow, n days from today, so "bare date" filters have whole days around each sailing.
  const base = moscowDayStart(new Date(Date.now() + 3 * HOUR).toISOString().slice(0, 10));
  return new Date(base.getTime() + n * DAY + 12 * HOUR);
};
const moscowDate = (n: number) => new Date(day(n).getTime() + 3 * HOUR).toISOString().slice(0, 10);

beforeAll(async () => {
  t = await startTestApp();
  await seed(t.db, async (tx) => {
    const adult = await makeTicketType(tx);
    const child = await makeTicketType(tx);
    const standard = await makeCategory(tx);
    const seated = await makeSeatedVessel(tx, { categories: [standard] });
    const ga = await makeGaVessel(tx);
    const admiralty = await makeBerth(tx, text('Адмиралтейская набережная', 'Admiralty Embankment', '海军部堤岸'));
    const peterhofPier = await makeBerth(tx, text('Петергоф, Нижний парк', 'Peterhof Lower Park', '彼得霍夫下花园'));
    const anichkov = await makeBerth(tx, text('Аничков мост', 'Anichkov Bridge', '阿尼奇科夫桥'));
    canalsBerthId = anichkov.id;
    const peterhof = await makeRoute(tx, { name: text('В Петергоф', 'To Peterhof', '前往彼得霍夫'), berths: [admiralty, peterhofPier] });
    peterhofRouteId = peterhof.route.id;
    const canals = await makeRoute(tx, { name: text('Реки и каналы', 'Rivers and canals', '河流与运河'), berths: [anichkov] });

    const meteor = (n: number, amount: number) =>
      makeEvent(tx, {
        route: peterhof,
        vessel: seated,
        startsAt: day(n),
        title: text('Метеор в Петергоф', 'Meteor to Peterhof', '乘流星号前往彼得霍夫'),
        prices: [{ ticketType: adult, category: standard, amountKopecks: amount }, { ticketType: child, category: standard, amountKopecks: amount - 50_000 }],
      });
    ids.peterhof1 = (await meteor(1, 180_000)).id;
    ids.peterhof2 = (await meteor(2, 200_000)).id;
    ids.canals = (await makeEvent(tx, {
      route: canals, vessel: ga, startsAt: day(1), title: text('Реки и каналы', 'Rivers and canals', '河流与运河'),
      prices: [{ ticketType: adult, amountKopecks: 120_000 }],
    })).id;
    // 1 000.00 ₽ + 22 % VAT on top: the buyer pays 1 220.00 ₽.
    ids.jazz = (await makeEvent(tx, {
      route: canals, vessel: ga, startsAt: day(3), kind: 'event', title: text('Джаз на Неве', 'Jazz on the Neva', '涅瓦河爵士'),
      vat: { mode: 'excluded', percent: 22 },
      prices: [{ ticketType: adult, amountKopecks: 100_000 }],
    })).id;
    ids.cancelled = (await makeEvent(tx, {
      route: canals, vessel: ga, startsAt: day(2), status: 'cancelled', prices: [{ ticketType: adult, amountKopecks: 90_000 }],
    })).id;
    ids.departed = (await makeEvent(tx, {
      route: canals, vessel: ga, startsAt: new Date(Date.now() - 2 * HOUR), prices: [{ ticketType: adult, amountKopecks: 90_000 }],
    })).id;
  });
});
afterAll(() => t.close());

const list = (query: Record<string, string | number>, headers: Record<string, string> = {}) =>
  request(t.server).get('/api/v1/events').query(query).set(headers);
const idsOf = (body: { items: Array<{ id: string }> }) => body.items.map((item) => item.id);

describe('GET /events', () => {
  it('lists upcoming scheduled sailings by departure, without cancelled or departed ones', async () => {
    const res = await list({});
    expect(res.status).toBe(200);
    expect(idsOf(res.body).sort()).toEqual([ids.peterhof1, ids.canals, ids.peterhof2, ids.jazz].sort());
    const starts = res.body.items.map((i: { startsAt: string }) => i.startsAt);
    expect([...starts].sort()).toEqual(starts);
    expect(idsOf(res.body)).not.toContain(ids.cancelled);
    expect(idsOf(res.body)).not.toContain(ids.departed);
    expect(res.body.items).toHaveLength(4);
  });

  it('shows the departure in Moscow time and the lowest price the buyer pays, VAT included', async () => {
    const res = await list({ lang: 'en' });
    const jazz = res.body.items.find((i: { id: string }) => i.id === ids.jazz);
    expect(jazz.priceFrom).toBe(122_000);
    expect(jazz.currency).toBe('RUB');
    expect(jazz.startsAtLocal).toMatch(/T12:00:00\+03:00$/);
    expect(jazz.timeZone).toBe('Europe/Moscow');
    const meteor = res.body.items.find((i: { id: string }) => i.id === ids.peterhof1);
    expect(meteor.priceFrom).toBe(130_000);
    expect(meteor.title).toBe('Meteor to Peterhof');
    expect(meteor.route.name).toBe('To Peterhof');
    expect(meteor.durationMinutes).toBe(60);
  });

  it.each([
    ['петергоф', 'Russian'],
    ['Peterhof', 'English'],
    ['彼得', 'Chinese'],
    ['ПЕТЕРГОФ', 'upper-case Russian'],
  ])('finds the Peterhof sailings by "%s" (%s)', async (q) => {
    const res = await list({ q });
    expect(res.status).toBe(200);
    expect(idsOf(res.body)).toEqual(expect.arrayContaining([ids.peterhof1, ids.peterhof2]));
    expect(idsOf(res.body)).not.toContain(ids.canals);
  });

  it('needs every word of the query to match and treats % and _ literally', async () => {
    expect(idsOf((await list({ q: 'метеор петергоф' })).body)).toHaveLength(2);
    expect(idsOf((await list({ q: 'метеор джаз' })).body)).toHaveLength(0);
    expect(idsOf((await list({ q: '%' })).body)).toHaveLength(0);
  });

  it('filters by route, departure berth and kind', async () => {
    expect(idsOf((await list({ routeId: peterhofRouteId })).body).sort()).toEqual([ids.peterhof1, ids.peterhof2].sort());
    expect(idsOf((await list({ berthId: canalsBerthId })).body).sort()).toEqual([ids.canals, ids.jazz].sort());
    expect(idsOf((await list({ kind: 'event' })).body)).toEqual([ids.jazz]);
  });

  it('filters by the price the buyer pays', async () => {
    expect(idsOf((await list({ priceMin: 122_000, priceMax: 122_000 })).body)).toEqual([ids.jazz]);
    expect(idsOf((await list({ priceMax: 125_000 })).body).sort()).toEqual([ids.canals, ids.jazz].sort());
    expect(idsOf((await list({ priceMin: 140_000 })).body)).toEqual([ids.peterhof2]);
  });

  it('reads bare dates as whole days in Moscow', async () => {
    expect(idsOf((await list({ dateFrom: moscowDate(2), dateTo: moscowDate(2) })).body)).toEqual([ids.peterhof2]);
    expect(idsOf((await list({ dateFrom: moscowDate(1), dateTo: moscowDate(1) })).body).sort()).toEqual([ids.peterhof1, ids.canals].sort());
    const instant = new Date(day(1).getTime() + HOUR).toISOString();
    expect(idsOf((await list({ dateFrom: instant })).body)).toEqual([ids.peterhof2, ids.jazz]);
    // An explicit past dateFrom shows sailings that have left, for the record.
    expect(idsOf((await list({ dateFrom: new Date(Date.now() - DAY).toISOString() })).body)).toContain(ids.departed);
  });

  it('pages with a cursor until every sailing was seen exactly once', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: request.Response = await list({ limit: 1, ...(cursor ? { cursor } : {}) });
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(1);
      seen.push(...idsOf(res.body));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(idsOf((await list({})).body));
  });

  it('answers in the language asked by ?lang= or Accept-Language, falling back to Russian', async () => {
    const zh = await list({ lang: 'zh', routeId: peterhofRouteId });
    expect(zh.body.items[0].title).toBe('乘流星号前往彼得霍夫');
    expect(zh.headers['content-language']).toBe('zh');
    const en = await list({ routeId: peterhofRouteId }, { 'Accept-Language': 'de-DE,en;q=0.8,ru;q=0.5' });
    expect(en.body.lang).toBe('en');
    expect(en.body.items[0].title).toBe('Meteor to Peterhof');
    const fallback = await list({ lang: 'zh', kind: 'event' });
    expect(fallback.body.items[0].route.name).toBe('河流与运河');
    const noZh = await list({ lang: 'zh', berthId: canalsBerthId });
    expect(noZh.status).toBe(200);
    const ru = await list({ routeId: peterhofRouteId }, { 'Accept-Language': 'fr' });
    expect(ru.body.items[0].title).toBe('Метеор в Петергоф');
  });

  it('sends an ETag and answers 304 when it still matches', async () => {
    const first = await list({ lang: 'ru' });
    expect(first.headers.etag).toBeDefined();
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    const second = await list({ lang: 'ru' }, { 'If-None-Match': first.headers.etag as string });
    expect(second.status).toBe(304);
    expect(second.text).toBe('');
    const other = await list({ lang: 'en' }, { 'If-None-Match': first.headers.etag as string });
    expect(other.status).toBe(200);
  });

  it.each([
    [{ limit: 0 }, 'query.limit'],
    [{ limit: 'many' }, 'query.limit'],
    [{ dateFrom: 'tomorrow' }, 'query.dateFrom'],
    [{ dateTo: '2026-13-45' }, 'query.dateTo'],
    [{ routeId: 'peterhof' }, 'query.routeId'],
    [{ berthId: '123' }, 'query.berthId'],
    [{ kind: 'rental' }, 'query.kind'],
    [{ lang: 'de' }, 'query.lang'],
    [{ priceMin: -1 }, 'query.priceMin'],
    [{ priceMin: 10.5 }, 'query.priceMin'],
    [{ priceMin: 500, priceMax: 100 }, 'query.priceMax'],
    [{ cursor: 'not-a-cursor' }, 'query.cursor'],
  ])('rejects %j with a 400 problem naming %s', async (query, field) => {
    const res = await list(query as Record<string, string | number>);
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('validation_failed');
    expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(field);
    expect(res.body.detail).toContain(field);
  });
});
