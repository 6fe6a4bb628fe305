#!/usr/bin/env node
/**
 * What each page of the built shop loads, from Vite's manifest: the entry chunk and its static
 * imports, plus the page's own lazily loaded chunk and its static imports — gzipped, as the
 * browser downloads them. The list page must stay within its budget.
 *
 *   node web-shop/scripts/bundle-size.mjs          # a table; exit code 1 over budget
 *   node web-shop/scripts/bundle-size.mjs --json   # the same as JSON (the browser tests read it)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { viteChunks } from '../../scripts/vite-chunks.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
/** The list page's JavaScript budget, gzipped (issue #7). */
export const LIST_PAGE_BUDGET = 200 * 1024;

/** Route pages by the module that defines them (web-shop/src/app/routes.tsx). */
const PAGES = {
  '/events': 'src/events/EventListPage.tsx',
  '/events/:id': 'src/events/EventPage.tsx',
  '/events/:id/seatmap': 'src/booking/BookingPage.tsx',
  '/events/:id/checkout': 'src/checkout/CheckoutPage.tsx',
  '/orders/:id/return': 'src/orders/PaymentReturnPage.tsx',
  '/orders/:id': 'src/orders/OrderPage.tsx',
  '/account/login': 'src/account/LoginPage.tsx',
  '/account/register': 'src/account/RegisterPage.tsx',
  '/account/confirm-email': 'src/account/ConfirmEmailChangePage.tsx',
  '/account': 'src/account/ProfilePage.tsx',
  '/account/orders': 'src/account/MyOrdersPage.tsx',
  '/account/orders/:id': 'src/account/MyOrderPage.tsx',
};

function load() {
  const { entry, closure, scripts, total } = viteChunks(DIST);
  const pages = Object.entries(PAGES).map(([route, module]) => {
    const files = closure(module, closure(entry));
    return { route, files: scripts(files), gzipBytes: total(files, 'gzipBytes') };
  });
  return { entryGzipBytes: total(closure(entry), 'gzipBytes'), pages, budget: LIST_PAGE_BUDGET };
}

const report = load();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('JavaScript each page loads (gzipped):');
  for (const page of report.pages) console.log(`  ${page.route.padEnd(22)} ${kb(page.gzipBytes).padStart(9)}  (${page.files.length} files)`);
  const list = report.pages.find((page) => page.route === '/events');
  console.log(`List page budget ${kb(report.budget)}: ${list.gzipBytes <= report.budget ? 'within' : 'OVER'}`);
  if (list.gzipBytes > report.budget) process.exitCode = 1;
}
