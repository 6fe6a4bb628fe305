import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { DAY, HOUR, makeBerth, makeEvent, makeGaVessel, makeRoute, makeTicketType, seed, text } from '../../test/catalog-factory';
import { makeGaSailing, makeSeatedSailing, newSession } from '../../test/seating-factory';

/** What the shop's list and sailing pages show besides the catalog itself: places left, the refund deadline, filter options. */
let t: TestApp;
beforeAll(async () => {
  // Counted afresh on every read here (RecentTakenPlaces has its own test of remembering).
  t = await startTestApp({ env: { CATALOG_PLACES_MAX_AGE_MS: '0' } });
});
afterAll(() => t.close());

const api = () => request(t.server);
const summaryOf = async (eventId: string) => {
  const res = await api().get('/api/v1/events').query({ limit: 100 });
  expect(res.status).toBe(200);
  return res.body.items.find((item: { id: string }) => item.id === eventId);
};

describe('places left', () => {
  it('counts seats held by anyone and not lapsed, in the list and on the sailing', async () => {
    const sailing = await makeSeatedSailing(t, { rows: 2, seatsPerRow: 5 });
    expect(await summaryOf(sailing.eventId)).toMatchObject({ remaining: 10, vessel: { capacity: 10 } });

    const lock = await api().post(`/api/v1/events/${sailing.eventId}/seats/lock`).send({ sessionId: newSession(), seats: sailing.seatCodes.slice(0, 3) });
    expect(lock.status).toBe(200);
    expect((await summaryOf(sailing.eventId)).remaining).toBe(7);
    expect((await api().get(`/api/v1/events/${sailing.eventId}`)).body.remaining).toBe(7);

    // A lapsed hold the cleaner has not freed yet is a free seat to buyers.
    await t.db.query("UPDATE seat_claim SET expires_at = now() - interval '1 second' WHERE event_id = $1 AND seat_code = $2", [
      sailing.eventId, sailing.seatCodes[0],
    ]);
    expect((await summaryOf(sailing.eventId)).remaining).toBe(8);
  });

  it('counts general-admission places held', async () => {
    const sailing = await makeGaSailing(t, { capacity: 20 });
    expect((await summaryOf(sailing.eventId)).remaining).toBe(20);
    const hold = await api()
      .post(`/api/v1/events/${sailing.eventId}/holds`)
      .send({ sessionId: newSession(), items: [{ ticketTypeId: sailing.adultId, quantity: 4 }] });
    expect(hold.status).toBe(200);
    expect((await summaryOf(sailing.eventId)).remaining).toBe(16);
  });
});

describe('refund deadline of a sailing', () => {
  it('is 24 hours before departure, also in Moscow time', async () => {
    const startsAt = new Date('2031-06-13T15:30:00.000Z'); // 18:30 in Moscow
    const { eventId } = await makeSeatedSailing(t, { startsAt });
    const res = await api().get(`/api/v1/events/${eventId}`);
    expect(res.status).toBe(200);
    expect(res.body.refundPolicy).toEqual({ refundableUntil: '2031-06-12T15:30:00.000Z', refundableUntilLocal: '2031-06-12T18:30:00+03:00' });
  });
});

describe('GET /event-filters', () => {
  it('offers the routes and berths of upcoming sailings in the asked language, and their price range', async () => {
    const ids = await seed(t.db, async (tx) => {
      const adult = await makeTicketType(tx);
      const vessel = await makeGaVessel(tx);
      const kazan = await makeBerth(tx, text('Казанский мост', 'Kazan Bridge', '喀山桥'));
      const departedOnly = await makeBerth(tx, text('Старый причал', 'Old Pier', '旧码头'));
      const canals = await makeRoute(tx, { name: text('Каналы', 'Canals', '运河'), berths: [kazan] });
      const gone = await makeRoute(tx, { name: text('Ушедший', 'Gone', '已离开'), berths: [departedOnly] });
      await makeEvent(tx, { route: canals, vessel, startsAt: new Date(Date.now() + DAY), prices: [{ ticketType: adult, amountKopecks: 1_000 }] });
      await makeEvent(tx, { route: gone, vessel, startsAt: new Date(Date.now() - HOUR), prices: [{ ticketType: adult, amountKopecks: 1 }] });
      return { canals: canals.route.id, kazan: kazan.id, gone: gone.route.id, departedOnly: departedOnly.id };
    });
    const res = await api().get('/api/v1/event-filters').query({ lang: 'zh' });
    expect(res.status).toBe(200);
    expect(res.headers.etag).toBeDefined();
    expect(res.body.lang).toBe('zh');
    expect(res.body.routes).toContainEqual({ id: ids.canals, name: '运河' });
    expect(res.body.berths).toContainEqual({ id: ids.kazan, name: '喀山桥' });
    const routeIds = res.body.routes.map((r: { id: string }) => r.id);
    const berthIds = res.body.berths.map((b: { id: string }) => b.id);
    expect(routeIds).not.toContain(ids.gone);
    expect(berthIds).not.toContain(ids.departedOnly);
    // The 1-kopeck sailing has left; the cheapest upcoming one costs 10 ₽.
    expect(res.body.price.min).toBe(1_000);
    expect(res.body.price.max).toBeGreaterThanOrEqual(1_000);
  });

  it('sorts options by name in the language asked', async () => {
    const ids = await seed(t.db, async (tx) => {
      const adult = await makeTicketType(tx);
      const vessel = await makeGaVessel(tx);
      const sailOn = async (name: ReturnType<typeof text>) => {
        const route = await makeRoute(tx, { name });
        await makeEvent(tx, { route, vessel, startsAt: new Date(Date.now() + DAY), prices: [{ ticketType: adult, amountKopecks: 1_000 }] });
        return route.route.id;
      };
      return { aurora: await sailOn(text('Аврора', 'Zeta cruise')), yacht: await sailOn(text('Яхта', 'Alpha cruise')) };
    });
    const order = async (lang: string) => {
      const res = await api().get('/api/v1/event-filters').query({ lang });
      return res.body.routes.map((r: { id: string }) => r.id).filter((id: string) => id === ids.aurora || id === ids.yacht);
    };
    expect(await order('ru')).toEqual([ids.aurora, ids.yacht]);
    expect(await order('en')).toEqual([ids.yacht, ids.aurora]);
  });
});
