/**
 * 100 000 orders for the CRM benchmark, written in SQL (seconds, not minutes): 30 000 returning
 * customers with Russian names, e-mails and mobile numbers, placed over the last 180 days on
 * the seeded sailings, in the status mix of a season (most paid, some expired, refunded,
 * cancelled, a few awaiting payment), each with 1–3 lines, tickets for the paid ones, its
 * status history, refunds and a few audit rows — what the order search and order page read.
 */

const SURNAMES = [
  ['Иванов', 'ivanov'], ['Смирнов', 'smirnov'], ['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Васильев', 'vasiliev'], ['Петров', 'petrov'],
  ['Соколов', 'sokolov'], ['Михайлов', 'mikhailov'], ['Новиков', 'novikov'], ['Фёдоров', 'fedorov'], ['Морозов', 'morozov'], ['Волков', 'volkov'],
  ['Алексеев', 'alekseev'], ['Лебедев', 'lebedev'], ['Семёнов', 'semenov'], ['Егоров', 'egorov'], ['Павлов', 'pavlov'], ['Козлов', 'kozlov'],
  ['Степанов', 'stepanov'], ['Николаев', 'nikolaev'], ['Орлов', 'orlov'], ['Андреев', 'andreev'], ['Макаров', 'makarov'], ['Никитин', 'nikitin'],
  ['Захаров', 'zakharov'], ['Зайцев', 'zaitsev'], ['Соловьёв', 'soloviev'], ['Борисов', 'borisov'], ['Яковлев', 'yakovlev'], ['Григорьев', 'grigoriev'],
  ['Романов', 'romanov'], ['Воробьёв', 'vorobiev'], ['Сергеев', 'sergeev'], ['Кузьмин', 'kuzmin'], ['Фролов', 'frolov'], ['Александров', 'aleksandrov'],
  ['Дмитриев', 'dmitriev'], ['Королёв', 'korolev'], ['Гусев', 'gusev'], ['Киселёв', 'kiselev'],
];
const MALE = ['Александр', 'Дмитрий', 'Максим', 'Сергей', 'Андрей', 'Алексей', 'Артём', 'Илья', 'Кирилл', 'Михаил', 'Никита', 'Иван', 'Егор', 'Роман', 'Павел'];
const FEMALE = ['Анна', 'Мария', 'Елена', 'Ольга', 'Наталья', 'Татьяна', 'Ирина', 'Екатерина', 'Светлана', 'Юлия', 'Анастасия', 'Дарья', 'Полина', 'Ксения', 'Вера'];
const PATRONYMICS = ['Александров', 'Дмитриев', 'Сергеев', 'Андреев', 'Алексеев', 'Михайлов', 'Иванов', 'Петров', 'Николаев', 'Владимиров'];

const sqlArray = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;

const CUSTOMERS = 30_000;

/** Fills `client`'s database with `orders` orders; returns the counts written. */
export async function seedOrders(client, { orders = 100_000 } = {}) {
  await client.query('BEGIN');
  try {
    await client.query(`
      CREATE TEMP TABLE bench_customer ON COMMIT DROP AS
      SELECT n,
             CASE WHEN n % 2 = 1 THEN (${sqlArray(SURNAMES.map(([s]) => s))})[n % ${SURNAMES.length} + 1] || 'а'
                  ELSE (${sqlArray(SURNAMES.map(([s]) => s))})[n % ${SURNAMES.length} + 1] END
               || ' ' || CASE WHEN n % 2 = 1 THEN (${sqlArray(FEMALE)})[(n / 2) % 15 + 1] ELSE (${sqlArray(MALE)})[(n / 2) % 15 + 1] END
               || ' ' || (${sqlArray(PATRONYMICS)})[(n / 7) % ${PATRONYMICS.length} + 1] || CASE WHEN n % 2 = 1 THEN 'на' ELSE 'ич' END AS full_name,
             (${sqlArray(SURNAMES.map(([, l]) => l))})[n % ${SURNAMES.length} + 1] || '.' || n || '@example.ru' AS email,
             '+7921' || lpad((1000000 + n)::text, 7, '0') AS phone
        FROM generate_series(0, ${CUSTOMERS - 1}) AS n`);
    await client.query(`
      CREATE TEMP TABLE bench_event ON COMMIT DROP AS
      SELECT row_number() OVER (ORDER BY starts_at, id) - 1 AS k, id, title->>'ru' AS title FROM event`);
    const [{ events }] = (await client.query('SELECT count(*)::int AS events FROM bench_event')).rows;
    const [{ ticket_type_id: ticketTypeId }] = (await client.query('SELECT id AS ticket_type_id FROM ticket_type ORDER BY sort_order, code LIMIT 1')).rows;

    // Order g: customer (g·7919) mod 30 000, placed (180 days)·g/N ago-from-oldest; status by g mod 100.
    await client.query(`
      INSERT INTO orders (id, number, event_id, session_id, status, customer_full_name, customer_email, customer_phone, locale,
                          subtotal_kopecks, discount_kopecks, vat_kopecks, total_kopecks, hold_ids, payment_window_ends_at,
                          payment_id, payment_status, confirmation_url, payment_fee_kopecks, idempotency_key, request_hash, created_at)
      SELECT gen_random_uuid(), 'P-' || lpad(g::text, 6, '0'), e.id, 'bench-' || g, s.status, c.full_name, c.email, c.phone, 'ru',
             t.total, 0, round(t.total * 20 / 120.0)::int, t.total, '{}'::uuid[],
             CASE WHEN s.status IN ('PENDING', 'LOCKED') THEN now() + interval '30 days' ELSE o.created_at + interval '20 minutes' END,
             CASE WHEN s.status NOT IN ('PENDING', 'EXPIRED') THEN 'bench-pay-' || g END,
             CASE WHEN s.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') THEN 'succeeded' WHEN s.status = 'LOCKED' THEN 'pending'
                  WHEN s.status = 'CANCELLED' THEN 'canceled' END,
             CASE WHEN s.status NOT IN ('PENDING', 'EXPIRED') THEN 'https://yoomoney.ru/checkout/payments/v2/contract?orderId=bench-' || g END,
             CASE WHEN s.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED') THEN round(t.total * 0.035)::int END,
             'bench-' || g, 'bench', o.created_at
        FROM generate_series(1, ${orders}) AS g
        CROSS JOIN LATERAL (SELECT now() - interval '180 days' + (interval '180 days') * g / ${orders} AS created_at) o
        CROSS JOIN LATERAL (SELECT CASE WHEN g % 100 < 62 THEN 'PAID' WHEN g % 100 < 82 THEN 'EXPIRED' WHEN g % 100 < 88 THEN 'REFUNDED'
                                        WHEN g % 100 < 91 THEN 'PARTIALLY_REFUNDED' WHEN g % 100 < 97 THEN 'CANCELLED'
                                        WHEN g % 100 < 99 THEN 'PENDING' ELSE 'LOCKED' END AS status) s
        CROSS JOIN LATERAL (SELECT (g % 3 + 1) * 150000 AS total) t
        JOIN bench_customer c ON c.n = (g * 7919) % ${CUSTOMERS}
        JOIN bench_event e ON e.k = (g * 31) % ${events}`);
    await client.query(`
      INSERT INTO order_line (order_id, position, seat_code, ticket_type_id, seat_category_id, description, unit_price_kopecks,
                              discount_kopecks, vat_mode, vat_percent, vat_kopecks, total_kopecks)
      SELECT o.id, p, 'B' || substr(o.number, 3) || '-' || p, $1, NULL, e.title || ' — Взрослый, место B' || substr(o.number, 3) || '-' || p,
             150000, 0, 'included', 20, 25000, 150000
        FROM orders o JOIN bench_event e ON e.id = o.event_id
        CROSS JOIN LATERAL generate_series(1, o.total_kopecks / 150000) AS p`, [ticketTypeId]);
    await client.query(`
      INSERT INTO ticket (order_id, order_line_id, event_id, seat_code, ticket_type_id, code, status, created_at)
      SELECT o.id, l.id, o.event_id, l.seat_code, l.ticket_type_id, substr(translate(upper(md5(l.id::text)), '0189', 'WXYZ'), 1, 16),
             CASE WHEN o.status = 'REFUNDED' OR (o.status = 'PARTIALLY_REFUNDED' AND l.position = 1) THEN 'void' ELSE 'valid' END, o.created_at
        FROM orders o JOIN order_line l ON l.order_id = o.id
       WHERE o.status IN ('PAID', 'PARTIALLY_REFUNDED', 'REFUNDED')`);
    await client.query(`
      INSERT INTO order_status_history (order_id, from_status, to_status, reason, created_at)
      SELECT o.id, h.from_status, h.to_status, h.reason, o.created_at + h.after
        FROM orders o CROSS JOIN LATERAL (VALUES
          (1, NULL, 'PENDING', 'checkout', interval '0'),
          (2, 'PENDING', 'LOCKED', 'payment started', interval '1 minute'),
          (3, 'LOCKED', CASE WHEN o.status IN ('EXPIRED', 'CANCELLED') THEN o.status ELSE 'PAID' END, 'payment', interval '3 minutes'),
          (4, 'PAID', o.status, 'refund succeeded', interval '2 days')
        ) AS h(step, from_status, to_status, reason, after)
       WHERE h.step = 1 OR (h.step = 2 AND o.status <> 'PENDING') OR (h.step = 3 AND o.status NOT IN ('PENDING', 'LOCKED'))
          OR (h.step = 4 AND o.status IN ('REFUNDED', 'PARTIALLY_REFUNDED'))`);
    await client.query(`
      WITH r AS (
        INSERT INTO refund (order_id, status, amount_kopecks, merchant_fee_kopecks, idempotency_key, request_hash, reason, created_at)
        SELECT o.id, 'succeeded', CASE WHEN o.status = 'REFUNDED' THEN o.total_kopecks ELSE 150000 END, 0, 'bench-refund-' || o.number, 'bench',
               'Возврат по запросу покупателя', o.created_at + interval '2 days'
          FROM orders o WHERE o.status IN ('REFUNDED', 'PARTIALLY_REFUNDED')
        RETURNING id, order_id
      )
      INSERT INTO refund_ticket (refund_id, ticket_id) SELECT r.id, t.id FROM r JOIN ticket t ON t.order_id = r.order_id AND t.status = 'void'`);
    // Staff at work: an audit row on every refunded order and on a share of the others.
    await client.query(`
      INSERT INTO audit_log (actor_id, actor_label, action, entity_type, entity_id, ip, before, after, at)
      SELECT NULL, 'manager@prichal.local', CASE WHEN o.status IN ('REFUNDED', 'PARTIALLY_REFUNDED') THEN 'order.refund' ELSE 'order.resend' END,
             'order', o.id::text, '10.0.0.7', NULL, jsonb_build_object('what', 'tickets'), o.created_at + interval '1 day'
        FROM orders o WHERE o.status IN ('REFUNDED', 'PARTIALLY_REFUNDED') OR substr(o.number, 8, 1) = '7'`);
    await client.query(`SELECT setval('order_number_seq', ${orders})`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  const { rows: [counts] } = await client.query(
    `SELECT (SELECT count(*)::int FROM orders) AS orders, (SELECT count(*)::int FROM order_line) AS lines,
            (SELECT count(*)::int FROM ticket) AS tickets, (SELECT count(*)::int FROM audit_log) AS audit`,
  );
  await client.query('ANALYZE');
  return counts;
}
