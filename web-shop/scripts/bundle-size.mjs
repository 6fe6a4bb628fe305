#!/usr/bin/env node
/**
 * What each page of the built shop loads, from Vite's manifest: the entry chunk and its static
 * imports, plus the page's own lazily loaded chunk and its static imports — gzipped, as the
 * browser downloads them. The list page must stay within its budget.
 *
 *   node web-shop/scripts/bundle-size.mjs          # a table; exit code 1 over budget
 *   node web-shop/scripts/bundle-size.mjs --json   # the same as JSON (the browser tests read it)
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

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
  const manifest = JSON.parse(readFileSync(path.join(DIST, '.vite/manifest.json'), 'utf8'));
  const gzipped = new Map();
  const sizeOf = (file) => {
    if (!gzipped.has(file)) gzipped.set(file, gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length);
    return gzipped.get(file);
  };
  /** A chunk and everything it imports statically (what loads before it runs). */
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry');
  const pages = Object.entries(PAGES).map(([route, module]) => {
    const files = closure(module, closure(entry));
    const js = [...files].filter((file) => file.endsWith('.js'));
    return { route, files: js, gzipBytes: js.reduce((sum, file) => sum + sizeOf(file), 0) };
  });
  return { entryGzipBytes: [...closure(entry)].reduce((sum, file) => sum + sizeOf(file), 0), pages, budget: LIST_PAGE_BUDGET };
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
