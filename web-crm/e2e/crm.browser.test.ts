import type { Page } from 'playwright-core';
import { DAY, HOUR } from '../../api/src/test/catalog-factory';
import { paidOrder } from '../../api/src/test/paid-order-factory';
import { makeSeatedSailing } from '../../api/src/test/seating-factory';
import { makeStaff, STAFF_PASSWORD } from '../../api/src/test/staff-factory';
import { newCrmPage, screenshot, startCrmHarness, type CrmHarness } from './harness';

/**
 * The CRM in a real browser against the real API: an Administrator makes a Manager who may
 * refund; the Manager finds an order by the buyer's phone and refunds it; a Manager without
 * `refunds` gets no Refund button, and the API refuses them as well; nor does a Manager
 * without `settings` see Settings, where an Administrator corrects the requisites and
 * downloads a paid order's invoice.
 */
let h: CrmHarness;
let refundable: { id: string; number: string };
let lastMinute: { id: string; number: string };
let invoiced: { id: string; number: string };
const BUYER_PHONE = '+7 (911) 555-12-34';

beforeAll(async () => {
  h = await startCrmHarness();
  const soon = await makeSeatedSailing(h.app, { startsAt: new Date(Date.now() + 3 * DAY) });
  refundable = await paidOrder(h.app, soon.eventId, ['D1-R1-S1', 'D1-R1-S2'], { fullName: 'Смирнова Анна Игоревна', phone: BUYER_PHONE });
  invoiced = await paidOrder(h.app, soon.eventId, ['D1-R2-S1'], { fullName: 'Петров Олег', phone: '+7 921 000-00-01' });
  // What the documents worker does once an order is paid (this harness runs no workers).
  await h.app.services.documents.service.issueForPaidOrder(invoiced.id);
  const tonight = await makeSeatedSailing(h.app, { startsAt: new Date(Date.now() + 12 * HOUR) });
  lastMinute = await paidOrder(h.app, tonight.eventId, ['D1-R1-S1'], { fullName: 'Кузнецов Иван', phone: '+7 921 000-00-02' });
}, 30_000);
afterAll(() => h?.close());

const MANAGER = { name: 'Мария Менеджер', email: 'maria.manager@prichal.test', first: 'первый-пароль-1', own: 'мой-новый-пароль-2' };

async function signIn(page: Page, email: string, password: string) {
  await page.goto(`${h.origin}/admin/`);
  await page.getByLabel('Эл. почта').fill(email);
  await page.getByLabel('Пароль').fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
}

async function replacePassword(page: Page, current: string, next: string) {
  await page.getByRole('heading', { name: 'Задайте новый пароль' }).waitFor();
  await page.getByLabel('Текущий пароль').fill(current);
  await page.getByLabel('Новый пароль', { exact: true }).fill(next);
  await page.getByLabel('Повторите новый пароль').fill(next);
  await page.getByRole('button', { name: 'Сменить пароль' }).click();
}

/** Polls `condition` until it holds (the page is asynchronous; a timeout fails the test). */
async function until(condition: () => Promise<boolean>, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const menu = (page: Page) => page.getByRole('navigation', { name: 'Разделы' });
const orderStatus = (page: Page) => page.getByTestId('order-status');

it('an Administrator replaces the first password and creates a Manager with orders and refunds', async () => {
  const admin = await makeStaff(h.app, { role: 'administrator', mustChangePassword: true });
  const page = await newCrmPage(h);
  await page.goto(`${h.origin}/admin/`);
  await page.getByLabel('Эл. почта').fill(admin.email);
  await page.getByLabel('Пароль').fill(STAFF_PASSWORD);
  await screenshot(page, 'login');
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.getByRole('heading', { name: 'Задайте новый пароль' }).waitFor();
  await screenshot(page, 'forced-password');
  await replacePassword(page, STAFF_PASSWORD, 'админ-пароль-2026');

  await menu(page).getByRole('link', { name: 'Сотрудники' }).click();
  await page.getByRole('button', { name: 'Новый сотрудник' }).click();
  await page.getByLabel('Имя').fill(MANAGER.name);
  await page.getByLabel('Эл. почта').fill(MANAGER.email);
  await page.getByLabel('Первый пароль').fill(MANAGER.first);
  await page.getByLabel('Заказы: Изменение').check();
  await page.getByLabel('Возвраты: Изменение').check();
  await screenshot(page, 'new-manager');
  await page.getByRole('button', { name: 'Создать сотрудника' }).click();
  await page.getByRole('heading', { name: MANAGER.name }).waitFor();

  const grants = await h.app.db.query(
    `SELECT u.role, u.must_change_password, p.section, p.access FROM staff_permission p JOIN staff_user u ON u.id = p.user_id
      WHERE u.email = $1 ORDER BY p.section`,
    [MANAGER.email],
  );
  expect(grants).toEqual([
    { role: 'manager', must_change_password: true, section: 'orders', access: 'write' },
    { role: 'manager', must_change_password: true, section: 'refunds', access: 'write' },
  ]);
});

it('the Manager finds the order by phone, refunds it and sees it refunded; a last-minute order cannot be refunded', async () => {
  const page = await newCrmPage(h);
  await signIn(page, MANAGER.email, MANAGER.first);
  await replacePassword(page, MANAGER.first, MANAGER.own);

  // Only the sections the Manager may read are offered.
  await page.getByRole('heading', { name: 'Заказы' }).waitFor();
  expect(await menu(page).getByRole('link').allTextContents()).toEqual(['Заказы', 'Посадка']);

  // The phone in another spelling than the buyer typed it.
  await page.getByLabel('Телефон').fill('8 911 555 12 34');
  await page.getByRole('button', { name: 'Найти' }).click();
  await page.waitForURL(/phone=/);
  const rows = page.locator('table[aria-busy="false"] tbody tr');
  await until(async () => (await rows.count()) === 1);
  await rows.first().getByText('Смирнова Анна Игоревна').waitFor();
  await screenshot(page, 'orders-by-phone');

  await rows.first().getByRole('link', { name: refundable.number }).click();
  await page.getByRole('heading', { name: `Заказ ${refundable.number}` }).waitFor();
  await expect(orderStatus(page).textContent()).resolves.toBe('Оплачен');
  await screenshot(page, 'order-paid');

  await page.getByRole('button', { name: 'Вернуть деньги' }).click();
  const dialog = page.getByRole('dialog');
  // A window seat (1 700 ₽) and a standard one (1 500 ₽): the full price comes back.
  expect((await dialog.getByText(/К возврату:/).textContent())?.replace(/\s/g, ' ')).toBe('К возврату: 3 200 ₽');
  await screenshot(page, 'refund-dialog');
  await dialog.getByRole('button', { name: 'Вернуть деньги' }).click();

  await page.getByText('Возврат оформлен.').waitFor();
  await orderStatus(page).getByText('Возвращён').waitFor();
  await screenshot(page, 'order-refunded');
  const [order] = await h.app.db.query('SELECT status FROM orders WHERE id = $1', [refundable.id]);
  expect(order.status).toBe('REFUNDED');
  await page.getByRole('cell', { name: '3 200 ₽'.replace(/ /g, '\u00a0') }).or(page.getByText('Проведён')).first().waitFor();
  const audit = await h.app.db.query(`SELECT actor_label FROM audit_log WHERE entity_id = $1 AND action = 'order.refund'`, [refundable.id]);
  expect(audit).toEqual([{ actor_label: MANAGER.email }]);

  // Departure in 12 hours: the button stays, disabled, saying why and since when.
  await page.goto(`${h.origin}/admin/orders/${lastMinute.id}`);
  const refund = page.getByRole('button', { name: 'Вернуть деньги' });
  await refund.waitFor();
  expect(await refund.isDisabled()).toBe(true);
  await page.getByText(/Возврат недоступен: до отправления меньше 24 часов \(срок истёк/).waitFor();
  await screenshot(page, 'refund-closed');
});

it('a Manager without refunds sees no Refund button, and the API refuses the refund too; without settings, no Settings', async () => {
  const clerk = await makeStaff(h.app, { grants: { orders: 'write' } });
  const page = await newCrmPage(h);
  await signIn(page, clerk.email, STAFF_PASSWORD);
  await page.getByRole('heading', { name: 'Заказы' }).waitFor();
  expect(await menu(page).getByRole('link', { name: 'Настройки' }).count()).toBe(0);
  await page.goto(`${h.origin}/admin/settings/requisites`);
  await page.getByRole('heading', { name: 'Нет доступа' }).waitFor();
  expect(await page.getByLabel('ИНН').count()).toBe(0);

  await page.goto(`${h.origin}/admin/orders/${lastMinute.id}`);
  await page.getByRole('heading', { name: `Заказ ${lastMinute.number}` }).waitFor();
  await page.getByRole('button', { name: /Отправить повторно/ }).click();
  // A paid order: its confirmation, e-tickets and documents may go again; no payment link.
  expect(await page.getByRole('menu').getByRole('menuitem').allTextContents()).toEqual([
    'Подтверждение заказа', 'Электронные билеты', 'Документы: счёт, акт, акты возврата',
  ]);
  await page.keyboard.press('Escape');
  expect(await page.getByRole('button', { name: 'Вернуть деньги' }).count()).toBe(0);
  await screenshot(page, 'no-refund-button');

  // The same sign-in, asking the API directly.
  const refused = await page.evaluate(async (orderId) => {
    const { accessToken } = JSON.parse(window.localStorage.getItem('prichal.crm.session') ?? '{}');
    const res = await fetch(`/api/v1/admin/orders/${orderId}/refunds`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json', 'Idempotency-Key': `e2e-${orderId}` },
      body: '{}',
    });
    return { status: res.status, body: await res.json() };
  }, lastMinute.id);
  expect(refused).toMatchObject({ status: 403, body: { code: 'permission_denied', params: { permission: 'refunds:write' } } });
  const [order] = await h.app.db.query('SELECT status FROM orders WHERE id = $1', [lastMinute.id]);
  expect(order.status).toBe('PAID');

  // At the gangway: the ticket's QR text (as a handheld scanner types it, Enter included) boards once.
  const [ticket] = await h.app.services.tickets.service.forOrder(lastMinute.id);
  await menu(page).getByRole('link', { name: 'Посадка' }).click();
  const code = page.getByLabel('Код с билета (QR)');
  await code.fill(ticket!.qrPayload);
  await code.press('Enter');
  const verdict = page.getByTestId('boarding-verdict');
  await verdict.getByRole('heading', { name: 'Проходите: билет действителен' }).waitFor();
  await verdict.getByText(ticket!.code).waitFor();
  await screenshot(page, 'boarding-ok');
  await code.fill(ticket!.qrPayload);
  await code.press('Enter');
  await verdict.getByRole('heading', { name: 'Не пропускать' }).waitFor();
  await verdict.getByText(/^По этому билету уже прошли на борт: /).waitFor();
});

it('an Administrator marks a seat for wheelchairs in the seat-layout editor, and a sold seat cannot be removed', async () => {
  const admin = await makeStaff(h.app, { role: 'administrator' });
  const [{ vessel_id: vesselId }] = await h.app.db.query(
    'SELECT e.vessel_id FROM orders o JOIN event e ON e.id = o.event_id WHERE o.id = $1',
    [refundable.id],
  );
  const page = await newCrmPage(h);
  await signIn(page, admin.email, STAFF_PASSWORD);
  await menu(page).getByRole('link', { name: 'Каталог' }).waitFor();
  await page.goto(`${h.origin}/admin/catalog/vessels/${vesselId}`);
  await page.getByRole('heading', { name: 'Схема мест' }).waitFor();

  await page.getByRole('radio', { name: 'Для колясок' }).check();
  await page.getByRole('gridcell', { name: /^Ряд 3, место 2 \(D1-R3-S2\)/ }).click();
  await page.getByRole('gridcell', { name: /^Ряд 3, место 2 \(D1-R3-S2\).*для колясок/ }).waitFor();

  // D1-R2-S1 is sold (Petrov's order): the remove tool leaves it where it is.
  await page.getByRole('radio', { name: 'Удаление' }).check();
  await page.getByRole('gridcell', { name: /\(D1-R2-S1\).*продано или забронировано/ }).click();
  await page.getByRole('gridcell', { name: /^Ряд 5, место 10 \(D1-R5-S10\)/ }).click();
  expect(await page.getByRole('gridcell', { name: /\(D1-R2-S1\)/ }).count()).toBe(1);
  expect(await page.getByRole('gridcell', { name: /\(D1-R5-S10\)/ }).count()).toBe(0);
  await screenshot(page, 'seat-layout-editor');

  await page.getByRole('button', { name: 'Сохранить схему' }).click();
  await page.getByText('Схема сохранена.').waitFor();
  const seats = await h.app.db.query(
    `SELECT seat_code, wheelchair FROM seat WHERE vessel_id = $1 AND seat_code IN ('D1-R3-S2', 'D1-R2-S1', 'D1-R5-S10') ORDER BY seat_code`,
    [vesselId],
  );
  expect(seats).toEqual([
    { seat_code: 'D1-R2-S1', wheelchair: false },
    { seat_code: 'D1-R3-S2', wheelchair: true },
  ]);
});

it('a Manager takes an order by phone: picks the sailing and two seats, and the customer is sent a payment link', async () => {
  const clerk = await makeStaff(h.app, { grants: { orders: 'write' } });
  const [{ title }] = await h.app.db.query(`SELECT e.title->>'ru' AS title FROM orders o JOIN event e ON e.id = o.event_id WHERE o.id = $1`, [refundable.id]);
  const page = await newCrmPage(h);
  await signIn(page, clerk.email, STAFF_PASSWORD);
  await page.getByRole('link', { name: 'Новый заказ' }).click();
  // The orders list, where signing in lands, has a "Рейс" filter too: fill the form's own field.
  await page.getByRole('heading', { name: 'Новый заказ' }).waitFor();
  await page.getByLabel('Рейс').fill(title);
  await page.getByRole('option', { name: new RegExp(title) }).click();
  await page.getByRole('button', { name: /\(D1-R4-S3\)/ }).click();
  await page.getByRole('button', { name: /\(D1-R4-S4\)/ }).click();
  // Petrov's seat is sold: it cannot be picked.
  expect(await page.getByRole('button', { name: /\(D1-R2-S1\)/ }).isDisabled()).toBe(true);
  await page.getByLabel('ФИО').fill('Соколова Вера');
  await page.getByLabel('Эл. почта').fill('vera.sokolova@example.ru');
  await page.getByLabel('Телефон').fill('8 (931) 222-33-44');
  await screenshot(page, 'new-order');
  await page.getByRole('button', { name: 'Создать заказ на 2 билета' }).click();

  await page.getByRole('heading', { name: /^Заказ P-\d+ создан$/ }).waitFor();
  await page.getByText('Ссылка на оплату отправлена на vera.sokolova@example.ru.').waitFor();
  const [order] = await h.app.db.query(`SELECT status, utm->>'source' AS channel FROM orders WHERE customer_email = 'vera.sokolova@example.ru'`);
  expect(order).toEqual({ status: expect.stringMatching(/^(PENDING|LOCKED)$/), channel: 'crm' });
});

it('an Administrator corrects the requisites, each wrong value named beside its field, and downloads a paid order’s invoice', async () => {
  const admin = await makeStaff(h.app, { role: 'administrator' });
  const page = await newCrmPage(h);
  await signIn(page, admin.email, STAFF_PASSWORD);
  await menu(page).getByRole('link', { name: 'Настройки' }).click();
  await page.getByRole('navigation', { name: 'Настройки' }).getByRole('link', { name: 'Реквизиты' }).click();
  await page.getByRole('heading', { name: 'Реквизиты компании' }).waitFor();

  // A mistyped ИНН (its check digit) and an account number that is too short.
  const inn = page.getByLabel('ИНН');
  const goodInn = await inn.inputValue();
  const goodAccount = await page.getByLabel('Расчётный счёт').inputValue();
  await inn.fill(`${goodInn.slice(0, -1)}${(Number(goodInn.slice(-1)) + 1) % 10}`);
  await page.getByLabel('Расчётный счёт').fill('4070281');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Исправьте поля: ИНН, Расчётный счёт.').waitFor();
  expect(await inn.getAttribute('aria-invalid')).toBe('true');
  await page.getByText('ИНН — 10 цифр (организация) или 12 (ИП) с верными контрольными цифрами.').waitFor();
  await page.getByText('Расчётный счёт — 20 цифр.').waitFor();
  await screenshot(page, 'requisites-errors');

  await inn.fill(goodInn);
  await page.getByLabel('Расчётный счёт').fill(goodAccount);
  await page.getByLabel('Банк').fill('АО «Банк Причальный»');
  await page.getByRole('button', { name: 'Сохранить' }).click();
  await page.getByText('Реквизиты сохранены.').waitFor();
  const [saved] = await h.app.db.query('SELECT bank_name, inn FROM company_requisites WHERE id = 1');
  expect(saved).toEqual({ bank_name: 'АО «Банк Причальный»', inn: goodInn });

  // The invoice of a paid order: fetched with the staff session, saved under its own name.
  const [invoice] = await h.app.services.documents.service.list(invoiced.id);
  await page.goto(`${h.origin}/admin/orders/${invoiced.id}`);
  const documents = page.getByRole('table', { name: 'Документы' });
  await documents.getByRole('cell', { name: `Счёт № ${invoice!.number}`, exact: true }).waitFor();
  await screenshot(page, 'order-documents');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    documents.getByRole('button', { name: `Скачать Счёт № ${invoice!.number}` }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(invoice!.filename);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  expect(Buffer.concat(chunks).subarray(0, 5).toString()).toBe('%PDF-');
});
