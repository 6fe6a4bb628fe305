import type { Page } from 'playwright-core';
import type { ShopPage } from './browser';

export interface Buyer {
  fullName: string;
  email: string;
  phone: string;
}

const SOMEONE: Buyer = { fullName: 'Тестов Тест', email: 'test@example.ru', phone: '+7 921 000-00-00' };

async function fillAndSubmit(shop: ShopPage, buyer: Buyer): Promise<void> {
  const { page } = shop;
  await page.fill('#checkout-fullName', buyer.fullName);
  await page.fill('#checkout-email', buyer.email);
  await page.fill('#checkout-phone', buyer.phone);
  await page.check('#checkout-consent');
  await page.click('form.checkout button[type=submit]');
}

/** Fills in the checkout form, accepts the offer and places the order; resolves on the order summary. */
export async function placeOrder(shop: ShopPage, buyer: Buyer): Promise<void> {
  await fillAndSubmit(shop, buyer);
  await shop.page.waitForSelector('.review [data-testid=order-total]');
}

/** Submits the checkout form and waits for the API's refusal to show beside a field. */
export async function placeOrderExpectingError(shop: ShopPage, buyer: Buyer = SOMEONE): Promise<void> {
  await fillAndSubmit(shop, buyer);
  await shop.page.waitForSelector('.field__error');
}

/**
 * Pays on the YooKassa emulator's page (its "Pay" button) and follows the return to the
 * order confirmation; resolves when the e-tickets' QR codes have loaded.
 */
export async function payOnEmulator(shop: ShopPage, screenshots: { emulator: string }): Promise<void> {
  const { page } = shop;
  await page.click('.review button.button--large');
  await page.waitForURL(/\/yookassa\/checkout\//);
  // The emulator stands in for YooKassa's page: a screenshot, but none of the shop's checks.
  await shop.screenshot(screenshots.emulator);
  await page.click('button.pay');
  await page.waitForURL(/\/orders\/[0-9a-f-]+$/, { timeout: 15_000 });
  await page.waitForSelector('[data-testid=e-ticket]');
  await waitForImages(page, '[data-testid=e-ticket] img');
}

export async function waitForImages(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (sel) => [...document.querySelectorAll<HTMLImageElement>(sel)].every((img) => img.complete && img.naturalWidth > 0),
    selector,
  );
}

export interface NewAccount {
  email: string;
  password: string;
  fullName?: string;
  phone?: string;
}

/** Fills in the registration form (email prefilled when `email` is omitted) and lands on the profile. */
export async function registerAccount(shop: ShopPage, account: Partial<NewAccount> & { password: string }): Promise<void> {
  const { page } = shop;
  await page.waitForSelector('#register-email');
  if (account.email) await page.fill('#register-email', account.email);
  await page.fill('#register-password', account.password);
  if (account.fullName) await page.fill('#register-fullName', account.fullName);
  if (account.phone) await page.fill('#register-phone', account.phone);
  await page.check('#register-consent');
  await page.click('form button[type=submit]');
  await page.waitForSelector('[data-testid=profile-email]');
}

/** The bytes of the next download `trigger` starts (a link with `download`, or a fetched PDF saved by the shop). */
export async function downloaded(page: Page, trigger: () => Promise<void>): Promise<{ filename: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Uint8Array));
  return { filename: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
}

/**
 * Refunds one ticket on the account's order page — `ticket` selects its card — through its
 * button and the confirmation; resolves when the order shows `status`.
 */
export async function refundTicket(shop: ShopPage, ticket: string, status: string, screenshot: string): Promise<void> {
  const { page } = shop;
  await page.click(`${ticket} [data-testid=refund-ticket]`);
  await page.waitForSelector('[data-testid=refund-confirm]');
  await expect(page.locator('[data-testid=refund-confirm] li').count()).resolves.toBe(1);
  await shop.step(screenshot);
  await page.click('[data-testid=refund-confirm-button]');
  await page.waitForSelector('[data-testid=refund-done]');
  await page.waitForSelector(`[data-order-status=${status}]`);
}
