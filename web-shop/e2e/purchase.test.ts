import type { Browser } from 'playwright-core';
import { insertDemoCatalog } from '../../api/src/modules/catalog/demo/load-demo-catalog';
import { seed } from '../../api/src/test/catalog-factory';
import { startTestApp, type TestApp } from '../../api/src/test/test-app';
import { launchChromium, newContext, ShopPage } from './support/browser';
import { ensureShopBuilt } from './support/build';
import { makePromo } from '../../api/src/test/orders-factory';
import { emailedToken } from '../../api/src/test/customers-factory';
import { payOnEmulator, placeOrder, placeOrderExpectingError, refundTicket, registerAccount, type Buyer } from './support/flows';

/**
 * The shop in a real browser (Debian's Chromium through playwright-core) against the real API
 * serving the production build, with the YooKassa emulator as the payment page. Every step is
 * screenshotted under test-results/screenshots/ and checked for serious accessibility
 * violations (axe-core), missing translations and console errors.
 */
jest.setTimeout(90_000);

let t: TestApp;
let browser: Browser;
interface Sailing {
  id: string;
  title: string;
  startsAtLocal: string;
  vessel: { seatingMode: string };
}
let seated: Sailing;
let refundable: Sailing;
let general: Sailing;

beforeAll(async () => {
  const spaDir = ensureShopBuilt();
  [t, browser] = await Promise.all([startTestApp({ spaDir }), launchChromium()]);
  await seed(t.db, (tx) => insertDemoCatalog(tx, { from: new Date(), days: 2 }));
  const list = (await (await fetch(`${t.baseUrl}/api/v1/events?limit=100&lang=ru`)).json()) as { items: Sailing[] };
  const all = (title: string) => list.items.filter((item) => item.title === title);
  const last = (title: string) => {
    const found = all(title).at(-1);
    if (!found) throw new Error(`no demo sailing "${title}"`);
    return found;
  };
  const first = (title: string) => {
    const found = all(title)[0];
    if (!found) throw new Error(`no demo sailing "${title}"`);
    return found;
  };
  seated = first('Вечерняя Нева'); // the two-deck Neva Prestige, the shop's own sailing
  // The later of its two evenings departs more than 24 hours from now: its tickets can be refunded.
  refundable = last('Вечерняя Нева');
  general = first('Кронштадт: морская крепость'); // general admission
});
afterAll(async () => {
  await browser?.close();
  await t?.close();
});

const seat = (code: string) => `[data-seat="${code}"]`;
const ordersOfSession = async (sessionId: string) =>
  Number((await t.db.query('SELECT count(*)::int AS n FROM orders WHERE session_id = $1', [sessionId]))[0].n);

it('(a) two buyers on one seat map: B sees A’s seat reserved within a second, A pays and gets the e-ticket, B sees it sold', async () => {
  const [contextA, contextB] = await Promise.all([newContext(browser), newContext(browser)]);
  const a = await ShopPage.open(contextA, 'a-buyer-A');
  const b = await ShopPage.open(contextB, 'a-buyer-B');

  await a.page.goto(`${t.baseUrl}/`);
  await a.page.waitForSelector('.card');
  await a.step('01-list');
  await a.page.click(`a[href="/events/${seated.id}"]`);
  await a.page.waitForSelector('#refund-title');
  // "Возврат полной стоимости до 27 ноября 19:00": the deadline is 24 hours before departure, in Moscow time.
  await expect(a.page.textContent('.event')).resolves.toContain(`до `);
  await expect(a.page.textContent('.event')).resolves.toContain(seated.startsAtLocal.slice(11, 16));
  await a.step('02-event');
  await a.page.click(`a[href="/events/${seated.id}/seatmap"]`);

  await b.page.goto(`${t.baseUrl}/events/${seated.id}/seatmap`);
  await Promise.all([a.page.waitForSelector(seat('D1-R3-S5')), b.page.waitForSelector(seat('D1-R3-S5'))]);
  await expect(a.page.getAttribute(seat('D1-R3-S5'), 'aria-label')).resolves.toBe('Палуба 1, ряд 3, место 5, 1\u00a0900\u00a0₽');
  await b.step('01-seatmap');

  // B is looking at the seat when A takes it.
  await b.page.hover(seat('D1-R3-S5'));
  const clicked = Date.now();
  await a.page.click(seat('D1-R3-S5'));
  await b.page.waitForSelector(`${seat('D1-R3-S5')}.seat--reserved`, { timeout: 1_000 });
  expect(Date.now() - clicked).toBeLessThan(1_000);
  await expect(b.page.textContent('[role=alert].notice--alert')).resolves.toContain('ряд 3, место 5');
  // The seat map was checked for accessibility a moment ago; the notice is a plain live region.
  await b.step('02-seat-taken-by-A', { axe: false });

  await a.page.waitForSelector(`${seat('D1-R3-S5')}[aria-checked=true]`);
  await expect(a.page.textContent('[data-testid=selected-count]')).resolves.toBe('Выбрано 1 место');
  // A child's ticket for the seat: 1 200 ₽ instead of the adult's 1 900 ₽.
  await a.page.selectOption('#type-D1-R3-S5', { label: 'Детский' });
  await expect(a.page.textContent('[data-testid=selection-total]')).resolves.toBe('1\u00a0200\u00a0₽');
  await a.step('03-seat-selected');
  await a.page.click('.booking__panel .button--large');

  await a.page.waitForSelector('#checkout-fullName');
  await a.page.fill('#checkout-fullName', 'Иванова Мария Петровна');
  await a.page.fill('#checkout-email', 'maria@example');
  await a.page.fill('#checkout-phone', '123');
  await a.page.click('form.checkout button[type=submit]');
  await a.page.waitForSelector('#checkout-phone-error');
  await expect(a.page.textContent('#checkout-email-error')).resolves.toContain('Проверьте адрес');
  await expect(a.page.getAttribute('#checkout-phone', 'aria-invalid')).resolves.toBe('true');
  await a.step('04-checkout-errors');

  await a.page.fill('#checkout-email', 'maria@example.ru');
  await a.page.fill('#checkout-phone', '8 (921) 123-45-67');
  await a.page.check('#checkout-consent');
  // A double click: both submits go out before the button disables; one order results.
  await a.page.locator('form.checkout button[type=submit]').evaluate((button: HTMLButtonElement) => {
    button.click();
    button.click();
  });
  await a.page.waitForSelector('.review [data-testid=order-total]');
  const sessionA = await a.page.evaluate(() => localStorage.getItem('prichal.shop.session'));
  expect(await ordersOfSession(JSON.parse(sessionA ?? '""'))).toBe(1);
  await expect(a.page.textContent('[data-testid=order-total]')).resolves.toBe('1\u00a0200\u00a0₽');
  await expect(a.page.textContent('.summary tbody')).resolves.toContain('Детский');
  await a.step('05-order-summary');

  await payOnEmulator(a, { emulator: '06-yookassa-emulator' });
  await expect(a.page.textContent('h1')).resolves.toBe('Спасибо за покупку!');
  await expect(a.page.locator('[data-testid=e-ticket]').count()).resolves.toBe(1);
  await expect(a.page.textContent('[data-testid=e-ticket]')).resolves.toContain('ряд 3, место 5');
  await a.step('07-confirmation');

  await b.page.waitForSelector(`${seat('D1-R3-S5')}.seat--sold`, { timeout: 5_000 });
  await b.step('03-seat-sold', { axe: false });
  await Promise.all([contextA.close(), contextB.close()]);
});

/**
 * (b) The purchase of (a) in another language, in a browser far from Moscow: list, language
 * switch (remembered), sailing, seats, checkout, payment, confirmation. Resolves on the
 * confirmation page.
 */
async function buyInLanguage(
  shop: ShopPage,
  { sailing, lang, seats, thanks, refund, name, buyer }: { sailing: Sailing; lang: 'en' | 'zh'; seats: number; thanks: string; refund: string; name: RegExp; buyer: Buyer },
): Promise<void> {
  await shop.page.goto(`${t.baseUrl}/events`);
  await shop.page.waitForSelector('.card');

  // The switch re-asks the API in the new language and is remembered.
  const asked = shop.page.waitForRequest((request) => request.url().includes('/api/v1/events?') && request.url().includes(`lang=${lang}`));
  await shop.page.selectOption('#lang-select', lang);
  await asked;
  await shop.page.reload();
  await shop.page.waitForSelector('.card');
  await expect(shop.page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
  await shop.step('01-list');

  await shop.page.goto(`${t.baseUrl}/events/${sailing.id}`);
  await shop.page.waitForSelector('#refund-title');
  const page = await shop.page.textContent('.event');
  expect(page).toContain(refund);
  // Moscow time whatever the browser's zone (New York here).
  expect(page).toContain(sailing.startsAtLocal.slice(11, 16));
  await shop.step('02-event');

  await shop.page.click(`a[href="/events/${sailing.id}/seatmap"]`);
  await shop.page.waitForSelector(seat('D2-R1-S1'));
  await expect(shop.page.getAttribute(seat('D1-R7-S3'), 'aria-label')).resolves.toMatch(name);
  if (seats === 1) {
    // Keyboard only: focus a seat, move right with the arrow key, take it with Enter.
    await shop.page.focus(seat('D1-R6-S1'));
    await shop.page.keyboard.press('ArrowRight');
    await expect(shop.page.evaluate(() => document.activeElement?.getAttribute('data-seat'))).resolves.toBe('D1-R6-S2');
    await shop.page.keyboard.press('Enter');
    await shop.page.waitForSelector(`${seat('D1-R6-S2')}[aria-checked=true]`);
  } else {
    await shop.page.selectOption('#best-count', String(seats));
    await shop.page.click('.booking__tools button');
    await shop.page.waitForFunction((n) => document.querySelectorAll('[role=checkbox][aria-checked=true]').length === n, seats);
  }
  // The seat map's structure is the same in every language; axe checks it in Chinese and in (a).
  await shop.step('03-seats-selected', { axe: lang === 'zh' });
  await shop.page.click('.booking__panel .button--large');

  await shop.page.waitForSelector('#checkout-fullName');
  await shop.step('04-checkout');
  await placeOrder(shop, buyer);
  await shop.step('05-order-summary');

  await payOnEmulator(shop, { emulator: '06-yookassa-emulator' });
  await expect(shop.page.textContent('h1')).resolves.toBe(thanks);
  await expect(shop.page.locator('[data-testid=e-ticket]').count()).resolves.toBe(seats);
  await shop.step('07-confirmation');
}

describe('(b) the same purchase in English and Chinese, in a browser far from Moscow', () => {
  it('en, on a desktop', async () => {
    const context = await newContext(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
    const shop = await ShopPage.open(context, 'b-en');
    await buyInLanguage(shop, {
      sailing: seated,
      lang: 'en',
      seats: 1,
      thanks: 'Thank you for your purchase!',
      refund: 'Refundable until',
      name: /^Deck 1, row \d+, seat \d+, ₽1,900$/,
      buyer: { fullName: 'John Smith', email: 'en@example.com', phone: '+7 921 555-12-34' },
    });
    await context.close();
  });

  it('zh, on a phone: two seats as a guest, then an account with the same email, and one seat refunded from it', async () => {
    // The "done when": buy two seats in Chinese and refund one from the account.
    const device = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
    const context = await newContext(browser, { timezoneId: 'America/New_York', locale: 'zh-CN', ...device });
    const shop = await ShopPage.open(context, 'b-zh');
    const { page } = shop;
    const email = 'zh@example.com';
    await buyInLanguage(shop, {
      sailing: refundable,
      lang: 'zh',
      seats: 2,
      thanks: '感谢您的购买！',
      refund: '前可全额退票',
      name: /^第1层甲板，第\d+排，\d+号座，₽1,900$/,
      buyer: { fullName: '王小明', email, phone: '+86 138 0013 8000' },
    });

    // The guest's confirmation: the refund deadline and where refunds are made, the ticket PDFs.
    await expect(page.textContent('[data-testid=refund-deadline]')).resolves.toContain('莫斯科时间');
    const pdfs = await page.$$eval('[data-testid=ticket-pdf]', (links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(pdfs).toHaveLength(2);
    const pdf = await fetch(`${t.baseUrl}${pdfs[0]}`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');

    // An account with the order's email; once the email is confirmed, the order is in it.
    await page.click('[data-testid=register-to-refund]');
    await expect(page.inputValue('#register-email')).resolves.toBe(email);
    await registerAccount(shop, { password: '涅瓦河上的白夜2026' });
    await shop.step('08-registered');
    const emailed = await emailedToken(t, email, 'notification.email_verification');
    await page.goto(emailed!.link.toString());
    await expect(page.textContent('[data-testid=email-verified]')).resolves.toContain('1 个订单已关联到您的账户');
    await shop.step('09-email-confirmed');
    await page.click('.page a[href="/account/orders"]');
    await page.click('[data-testid=my-order] a');

    await page.waitForSelector('[data-testid=refund-deadline]');
    await refundTicket(shop, '.tickets > li:first-child', 'PARTIALLY_REFUNDED', '10-refund-confirm');
    await expect(page.textContent('[data-order-status]')).resolves.toContain('部分船票已退');
    await expect(page.textContent('[data-testid=refund-done]')).resolves.toContain('退票成功：₽1,900');
    await shop.step('11-refunded');
    await context.close();
  });
});

it('(c) a general-admission purchase with the quantity picker, a promo code and the campaign that brought the buyer', async () => {
  const promo = await makePromo(t, { kind: 'percent', percent: 10, eventIds: [general.id] });
  const context = await newContext(browser);
  const shop = await ShopPage.open(context, 'c-ga');
  // Landing from a campaign link; the tags go with the order.
  await shop.page.goto(`${t.baseUrl}/?utm_source=vk&utm_campaign=white-nights`);
  await shop.page.waitForSelector('.card');
  await shop.page.goto(`${t.baseUrl}/events/${general.id}/seatmap`);
  await shop.page.waitForSelector('.quantity');
  await shop.step('01-picker');

  const increase = (code: string) => shop.page.click(`.quantity:has([data-testid=quantity-${code}]) button[aria-label^="Добавить"]`);
  await increase('adult');
  await shop.page.waitForSelector('[data-testid=quantity-adult]:text("1")');
  await increase('adult');
  await shop.page.waitForSelector('[data-testid=quantity-adult]:text("2")');
  await increase('child');
  await shop.page.waitForSelector('[data-testid=quantity-child]:text("1")');
  // 2 × 1 500 ₽ + 1 000 ₽, as the price list says.
  await expect(shop.page.textContent('[data-testid=selection-total]')).resolves.toBe('4\u00a0000\u00a0₽');
  await shop.step('02-quantities');
  await shop.page.click('.booking__panel .button--large');

  await shop.page.waitForSelector('#checkout-fullName');
  await shop.page.fill('#checkout-promoCode', 'NO-SUCH-CODE');
  shop.expectRefusal(422);
  await placeOrderExpectingError(shop);
  await expect(shop.page.textContent('#checkout-promoCode-error')).resolves.toBe('Такого промокода нет.');
  await shop.step('03-checkout-promo-refused');
  await shop.page.fill('#checkout-promoCode', promo);
  await placeOrder(shop, { fullName: 'Петров Пётр', email: 'petrov@example.ru', phone: '9211234567' });
  // The server's arithmetic: 10 % off each line, VAT inside — 3 600 ₽.
  await expect(shop.page.textContent('[data-testid=order-total]')).resolves.toBe('3\u00a0600\u00a0₽');
  await expect(shop.page.textContent('.summary tfoot')).resolves.toContain(promo);
  await shop.step('04-order-summary');
  const [order] = await t.db.query("SELECT utm FROM orders WHERE customer_email = 'petrov@example.ru'");
  expect(order.utm).toEqual({ source: 'vk', campaign: 'white-nights' });

  await payOnEmulator(shop, { emulator: '05-yookassa-emulator' });
  await expect(shop.page.locator('[data-testid=e-ticket]').count()).resolves.toBe(3);
  await shop.step('06-confirmation');
  await context.close();
});

it('a declined payment says so and leads back to the tickets, with the places free again', async () => {
  const context = await newContext(browser);
  const shop = await ShopPage.open(context, 'declined');
  await shop.page.goto(`${t.baseUrl}/events/${general.id}/seatmap`);
  await shop.page.click('.quantity:has([data-testid=quantity-adult]) button[aria-label^="Добавить"]');
  await shop.page.waitForSelector('[data-testid=quantity-adult]:text("1")');
  await shop.page.click('.booking__panel .button--large');
  await shop.page.waitForSelector('#checkout-fullName');
  await placeOrder(shop, { fullName: 'Сидорова Анна', email: 'anna@example.ru', phone: '+7 911 000-11-22' });
  await shop.page.click('.review button.button--large');
  await shop.page.waitForURL(/\/yookassa\/checkout\//);
  await shop.page.click('form[action$="/decline"] button');
  await shop.page.waitForSelector('text=Оплата не прошла', { timeout: 15_000 });
  await shop.step('01-payment-declined');
  await shop.page.click(`a[href="/events/${general.id}/seatmap"]`);
  await shop.page.waitForSelector('[data-testid=quantity-adult]:text("0")');
  await shop.step('02-back-to-tickets', { axe: false });
  await context.close();
});
