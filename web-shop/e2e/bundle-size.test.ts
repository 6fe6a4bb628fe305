import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureShopBuilt, SHOP_DIR } from './support/build';

/** What the production build makes each page download, from Vite's manifest (scripts/bundle-size.mjs). */
interface Report {
  budget: number;
  pages: Array<{ route: string; files: string[]; gzipBytes: number }>;
}

const script = path.join(SHOP_DIR, 'scripts/bundle-size.mjs');
let report: Report;
const page = (route: string) => {
  const found = report.pages.find((p) => p.route === route);
  if (!found) throw new Error(`no page ${route} in the report`);
  return found;
};

beforeAll(() => {
  ensureShopBuilt();
  report = JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' })) as Report;
  // The sizes, for the CI artifacts and the change log of the budget.
  const table = execFileSync(process.execPath, [script], { encoding: 'utf8' });
  const results = path.resolve(SHOP_DIR, '../test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, 'web-shop-bundle-size.txt'), table);
});

it('the list page loads at most 200 KB of gzipped JavaScript', () => {
  expect(page('/events').gzipBytes).toBeLessThanOrEqual(200 * 1024);
  expect(report.budget).toBe(200 * 1024);
});

it('splits the code by route: the list page does not load the seat map or the checkout', () => {
  const list = new Set(page('/events').files);
  const own = (route: string) => page(route).files.filter((file) => !list.has(file));
  expect(own('/events/:id/seatmap').some((file) => file.includes('BookingPage'))).toBe(true);
  expect(own('/events/:id/checkout').some((file) => file.includes('CheckoutPage'))).toBe(true);
  expect([...list].some((file) => /BookingPage|CheckoutPage|OrderPage|LoginPage|RegisterPage|ProfilePage|MyOrdersPage|ConfirmEmailChangePage/.test(file))).toBe(false);
  expect(own('/account/orders/:id').some((file) => file.includes('MyOrderPage'))).toBe(true);
  expect(own('/account/confirm-email').some((file) => file.includes('ConfirmEmailChangePage'))).toBe(true);
  expect(page('/account').files.some((file) => file.includes('ConfirmEmailChangePage'))).toBe(false);
});
