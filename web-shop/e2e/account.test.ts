import type { Browser } from 'playwright-core';
import { DAY, HOUR } from '../../api/src/test/catalog-factory';
import { awaitEmailedToken, emailedToken, newEmail, PASSWORD, verifiedCustomer } from '../../api/src/test/customers-factory';
import { paidOrder } from '../../api/src/test/payments-factory';
import { makeSeatedSailing } from '../../api/src/test/seating-factory';
import { startTestApp, type TestApp } from '../../api/src/test/test-app';
import { launchChromium, newContext, ShopPage } from './support/browser';
import { ensureShopBuilt } from './support/build';
import { downloaded, payOnEmulator, refundTicket, registerAccount, waitForImages } from './support/flows';

/**
 * (d) The customer account in a real browser: registration, the emailed confirmation link,
 * a purchase signed in, the order in the account with its tickets, PDFs and documents, a
 * refund before the deadline and none after it; and a change of the account's email. The app
 * runs its workers, so the invoice, act and refund act are issued as in production.
 */
jest.setTimeout(90_000);

let t: TestApp;
let browser: Browser;
let open: { eventId: string };
let soon: { eventId: string };

beforeAll(async () => {
  const spaDir = ensureShopBuilt();
  [t, browser] = await Promise.all([startTestApp({ spaDir, workers: {} }), launchChromium()]);
  // Refundable for three more days; and one departing in six hours, whose deadline has passed.
  open = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 4 * DAY) });
  soon = await makeSeatedSailing(t, { startsAt: new Date(Date.now() + 6 * HOUR) });
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const seat = (code: string) => `[data-seat="${code}"]`;
const hhmm = (local: string) => local.slice(11, 16);
/** "14 июня 18:30": an instant as the shop's Russian pages show a deadline, in Moscow time. */
const moscowDeadline = (iso: string) => {
  const at = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('ru-RU', { timeZone: 'Europe/Moscow', ...options }).format(new Date(iso));
  return `${at({ day: 'numeric', month: 'long' })} ${at({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })}`;
};

it('(d) registers, confirms the email, buys two seats signed in, refunds one before the deadline; after the deadline there is no refund button, and why', async () => {
  const context = await newContext(browser);
  const shop = await ShopPage.open(context, 'd-account');
  const { page } = shop;
  const email = newEmail('olga');
  const customer = { email, fullName: 'Смирнова Ольга Игоревна', phone: '+7 921 555-00-11' };

  // Registration from the header's "Войти".
  await page.goto(`${t.baseUrl}/events`);
  await page.click('[data-testid=login-link]');
  await page.click('a[href^="/account/register"]');
  await registerAccount(shop, { ...customer, password: 'белые-ночи-над-невой' });
  await expect(page.textContent('[data-testid=account-link]')).resolves.toContain(customer.fullName);
  await expect(page.textContent('.page')).resolves.toContain('не подтверждён');
  // Notifications to Telegram: the handle is checked by the API and stored in its canonical form.
  await page.selectOption('#profile-messenger', 'telegram');
  await page.fill('#profile-messengerHandle', 'olga_spb');
  await page.click('form[aria-labelledby=details-title] button[type=submit]');
  await page.waitForSelector('text=Изменения сохранены.');
  await expect(page.inputValue('#profile-messengerHandle')).resolves.toBe('olga_spb');
  const [stored] = await t.db.query('SELECT preferred_messenger, messenger_handle FROM customer WHERE email = $1', [email]);
  expect(stored).toEqual({ preferred_messenger: 'telegram', messenger_handle: '@olga_spb' });
  await shop.step('01-registered');

  // The link from the confirmation email.
  const emailed = await emailedToken(t, email, 'notification.email_verification');
  expect(`${emailed!.link.origin}${emailed!.link.pathname}`).toBe(`${t.baseUrl}/account/verify`);
  await page.goto(emailed!.link.toString());
  await expect(page.textContent('[data-testid=email-verified]')).resolves.toContain(`Адрес ${email} подтверждён`);
  await shop.step('02-email-confirmed');

  // An earlier order of hers on a sailing leaving in six hours: it joins the confirmed account.
  const late = await paidOrder(t, soon.eventId, ['D1-R1-S5'], { customer });

  // Two seats, signed in: the checkout is filled in from the profile.
  await page.goto(`${t.baseUrl}/events/${open.eventId}/seatmap`);
  for (const code of ['D1-R3-S4', 'D1-R3-S5']) {
    await page.click(seat(code));
    await page.waitForSelector(`${seat(code)}[aria-checked=true]`);
  }
  await page.click('.booking__panel .button--large');
  await page.waitForSelector('#checkout-fullName');
  await expect(page.inputValue('#checkout-fullName')).resolves.toBe(customer.fullName);
  await expect(page.inputValue('#checkout-email')).resolves.toBe(email);
  await expect(page.inputValue('#checkout-phone')).resolves.toBe('+79215550011');
  await shop.step('03-checkout-prefilled');
  await page.check('#checkout-consent');
  await page.click('form.checkout button[type=submit]');
  await page.waitForSelector('.review [data-testid=order-total]');
  await payOnEmulator(shop, { emulator: '04-yookassa-emulator' });
  const orderId = new URL(page.url()).pathname.split('/').pop()!;
  const [owner] = await t.db.query('SELECT c.email FROM orders o JOIN customer c ON c.id = o.customer_id WHERE o.id = $1', [orderId]);
  expect(owner?.email).toBe(email);
  await shop.step('05-confirmation');

  // The account's orders: both, newest first.
  await page.click('[data-testid=refund-in-account]');
  await page.waitForSelector('[data-order-status=PAID]');
  await page.click('.tabs a[href="/account/orders"]');
  await page.waitForSelector('[data-testid=my-order]');
  await expect(page.locator('[data-testid=my-order]').count()).resolves.toBe(2);
  await expect(page.textContent('[data-testid=my-order]')).resolves.toContain('оплачен');
  await shop.step('06-my-orders');
  await page.click(`a[href="/account/orders/${orderId}"]`);

  // The order: tickets with QR codes, PDFs, documents, the deadline in Moscow time.
  await page.waitForSelector('[data-testid=refund-deadline]');
  await expect(page.locator('[data-testid=e-ticket]').count()).resolves.toBe(2);
  await waitForImages(page, '[data-testid=e-ticket] img');
  const [view] = await t.db.query("SELECT to_char((starts_at - interval '24 hours') AT TIME ZONE 'Europe/Moscow', 'HH24:MI') AS deadline FROM event WHERE id = $1", [open.eventId]);
  await expect(page.textContent('[data-testid=refund-deadline]')).resolves.toMatch(new RegExp(`до \\d+ \\S+ ${view.deadline} \\(по московскому времени\\)`));
  const ticket = await downloaded(page, () => page.click('[data-testid=e-ticket]:has-text("место 4") [data-testid=ticket-pdf]'));
  expect(ticket.filename).toMatch(/^ticket-.+\.pdf$/);
  expect(ticket.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await page.waitForSelector('[data-testid=document-invoice]', { timeout: 20_000 });
  await page.waitForSelector('[data-testid=document-act]');
  const invoice = await downloaded(page, () => page.click('[data-testid=document-invoice]'));
  expect(invoice.bytes.subarray(0, 5).toString()).toBe('%PDF-');
  await shop.step('07-order');

  // One ticket back: confirmed first, then PARTIALLY_REFUNDED, the ticket void, a refund act.
  await refundTicket(shop, '[data-testid=e-ticket]:has-text("место 4")', 'PARTIALLY_REFUNDED', '08-refund-confirm');
  await expect(page.textContent('[data-order-status]')).resolves.toContain('часть билетов возвращена');
  await expect(page.textContent('[data-testid=refund-done]')).resolves.toContain('Возврат оформлен: 1\u00a0500\u00a0₽');
  await expect(page.locator('[data-ticket-status=void]').count()).resolves.toBe(1);
  await expect(page.textContent('[data-ticket-status=void]')).resolves.toContain('место 4');
  await expect(page.locator('[data-testid=refund-ticket]').count()).resolves.toBe(1);
  await page.waitForSelector('[data-testid=document-refund_act]', { timeout: 20_000 });
  await shop.step('09-refunded');

  // The seat is on sale again; the other stays sold.
  await page.goto(`${t.baseUrl}/events/${open.eventId}/seatmap`);
  await page.waitForSelector(`${seat('D1-R3-S5')}.seat--sold`);
  await expect(page.getAttribute(seat('D1-R3-S4'), 'class')).resolves.not.toMatch(/seat--(sold|reserved)/);
  // The seat map's accessibility is checked in purchase.test.ts.
  await shop.step('10-seat-free-again', { axe: false });

  // The sailing leaving in six hours: no refund button, and the reason.
  await page.goto(`${t.baseUrl}/account/orders/${late.order.id}`);
  await page.waitForSelector('[data-testid=refund-closed]');
  const closed = await page.textContent('[data-testid=refund-closed]');
  expect(closed).toContain('Возврат недоступен');
  expect(closed).toContain(hhmm(late.order.refundPolicy.refundableUntilLocal));
  await expect(page.locator('[data-testid=refund-ticket], [data-testid=refund-all]').count()).resolves.toBe(0);
  await shop.step('11-refund-closed');

  // Log out everywhere: the header offers the login again and the browser keeps no login.
  await page.click('.tabs a[href="/account"]');
  await page.click('[data-testid=logout-everywhere]');
  await page.waitForSelector('[data-testid=login-link]');
  await expect(page.evaluate(() => localStorage.getItem('prichal.shop.account'))).resolves.toBeNull();
  await shop.step('12-logged-out');

  // A forgotten password: a wrong one is refused, the emailed link sets a new one, which logs in.
  await page.click('[data-testid=login-link]');
  await page.fill('#login-email', email);
  await page.fill('#login-password', 'не-тот-пароль-вовсе');
  shop.expectRefusal(401);
  await page.click('form button[type=submit]');
  await expect(page.textContent('[role=alert]')).resolves.toBe('Неверный адрес эл. почты или пароль.');
  await shop.step('13-wrong-password');
  await page.click('a[href^="/account/forgot"]');
  await expect(page.inputValue('#forgot-email')).resolves.toBe(email);
  await page.click('form button[type=submit]');
  await page.waitForSelector('text=Она действует один час.');
  // The workers decide in the background whether the address gets a link.
  const reset = await awaitEmailedToken(t, email, 'notification.password_reset');
  await page.goto(reset.link.toString());
  await page.fill('#reset-password', 'разводные-мосты-в-два-ночи');
  await page.click('form button[type=submit]');
  await page.waitForSelector('text=Пароль изменён.');
  await shop.step('14-password-reset');
  await page.click('a[href="/account/login"]');
  await page.fill('#login-email', email);
  await page.fill('#login-password', 'разводные-мосты-в-два-ночи');
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=my-order]');
  await expect(page.textContent('[data-testid=account-link]')).resolves.toContain(customer.fullName);
  await shop.step('15-logged-in-again');
  await context.close();
});

it('(d) changes the email on the profile page: a wrong current password is refused beside its field; the emailed link, opened in the same browser, moves the account and keeps the login', async () => {
  const context = await newContext(browser);
  const shop = await ShopPage.open(context, 'd-email-change');
  const { page } = shop;
  const { email } = await verifiedCustomer(t);
  const movedTo = newEmail('maria.new');
  const form = '#email-change-form';
  const focused = () => page.evaluate(() => document.activeElement?.id);

  await page.goto(`${t.baseUrl}/account/login?next=%2Faccount&email=${encodeURIComponent(email)}`);
  await page.fill('#login-password', PASSWORD);
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=profile-email]');

  // Folded under a button; opened, the form starts at the new address.
  await expect(page.locator(form).count()).resolves.toBe(0);
  await page.click('#email-change-toggle');
  await expect(focused()).resolves.toBe('email-change-newEmail');
  await page.fill('#email-change-newEmail', movedTo);
  await page.fill('#email-change-currentPassword', 'не-тот-пароль-вовсе');
  shop.expectRefusal(403);
  await page.click(`${form} button[type=submit]`);
  await expect(page.textContent('#email-change-currentPassword-error')).resolves.toBe('Текущий пароль указан неверно.');
  await expect(focused()).resolves.toBe('email-change-currentPassword');
  await shop.step('01-wrong-password');

  // The right one: the link goes to the new address, which the account gets only once it is opened.
  await page.fill('#email-change-currentPassword', PASSWORD);
  const [answer] = await Promise.all([
    page.waitForResponse((response) => response.url().endsWith('/api/v1/me/email')),
    page.click(`${form} button[type=submit]`),
  ]);
  const { expiresAt } = (await answer.json()) as { expiresAt: string };
  expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(23 * HOUR);
  await page.waitForSelector('[data-testid=email-change-sent]:not(:empty)');
  await expect(page.textContent('[data-testid=email-change-sent]')).resolves.toBe(
    `Мы отправили ссылку на ${movedTo}. Она действует до ${moscowDeadline(expiresAt)} по московскому времени. ` +
      `Пока вы не перейдёте по ней, адрес аккаунта остаётся прежним — ${email}.`,
  );
  await expect(page.locator(form).count()).resolves.toBe(0);
  await expect(page.textContent('[data-testid=profile-email]')).resolves.toBe(email);
  await shop.step('02-link-sent');

  // The link from the outbox, in the same browser: the account moves and this login stays; an
  // order bought meanwhile as a guest with the new address joins it.
  await paidOrder(t, open.eventId, ['D1-R1-S1'], { customer: { email: movedTo, fullName: 'Кузнецова Мария Петровна', phone: '+7 921 555-00-22' } });
  const emailed = await emailedToken(t, movedTo, 'notification.email_change');
  expect(`${emailed!.link.origin}${emailed!.link.pathname}`).toBe(`${t.baseUrl}/account/confirm-email`);
  await page.goto(emailed!.link.toString());
  const changed = await page.textContent('[data-testid=email-changed]');
  expect(changed).toContain(`Готово: теперь адрес вашего аккаунта — ${movedTo}, он подтверждён.`);
  expect(changed).toContain('К аккаунту привязан 1 заказ, оформленный с этим адресом.');
  await shop.step('03-email-changed');
  await page.click('.page a.button[href="/account"]');
  await page.waitForSelector('[data-testid=profile-email]');
  await expect(page.textContent('[data-testid=profile-email]')).resolves.toBe(movedTo);
  await expect(page.textContent('section[aria-labelledby=email-title] .badge')).resolves.toBe('подтверждён');
  await shop.step('04-profile-moved');

  // Logged out, the new address logs in.
  await page.click('[data-testid=logout]');
  await page.waitForSelector('[data-testid=login-link]');
  await page.goto(`${t.baseUrl}/account/login?next=%2Faccount`);
  await page.fill('#login-email', movedTo);
  await page.fill('#login-password', PASSWORD);
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=profile-email]');
  await expect(page.textContent('[data-testid=profile-email]')).resolves.toBe(movedTo);
  await shop.step('05-logged-in-with-new-email');

  // The link works once.
  shop.expectRefusal(422);
  await page.goto(emailed!.link.toString());
  await expect(page.textContent('[role=alert]')).resolves.toMatch(/^Ссылка недействительна: она уже использована/);
  await shop.step('06-link-used');
  await context.close();
});
