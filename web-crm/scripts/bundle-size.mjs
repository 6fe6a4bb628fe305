#!/usr/bin/env node
/**
 * What the built CRM makes a browser download, from Vite's manifest, gzipped as sent: the first
 * visit (the entry chunk, its static imports and the Russian texts) and each section's own
 * chunks on top of it. The first visit must stay within its budget.
 *
 *   node web-crm/scripts/bundle-size.mjs          # a table; exit code 1 over budget
 *   node web-crm/scripts/bundle-size.mjs --json   # the same as JSON (the browser tests read it)
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { viteChunks } from '../../scripts/vite-chunks.mjs';

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist');
/** The first visit's JavaScript budget, gzipped: React, the router, i18next and the frame. */
export const INITIAL_BUDGET = 160 * 1024;
/** The texts the first visit loads (Russian, the default; English is no larger). */
const INITIAL_LOCALE = 'src/i18n/locales/ru.json';

/** Section pages by the module that defines them (web-crm/src/app/router.tsx). */
const SECTIONS = {
  '/orders': 'src/orders/OrderListPage.tsx',
  '/orders/:orderId': 'src/orders/OrderPage.tsx',
  '/orders/new': 'src/orders/NewOrderPage.tsx',
  '/boarding': 'src/boarding/BoardingPage.tsx',
  '/catalog/vessels/:vesselId': 'src/catalog/VesselPage.tsx',
  '/catalog/sailings/:eventId': 'src/catalog/SailingPage.tsx',
  '/settings': 'src/settings/SettingsPage.tsx',
  '/settings/requisites': 'src/settings/RequisitesPage.tsx',
  '/settings/templates/…': 'src/settings/TemplatePage.tsx',
  '/users/:userId': 'src/users/UserPage.tsx',
  '/audit': 'src/audit/AuditPage.tsx',
};

function load() {
  const { manifest, entry, sizeOf, closure, scripts, total } = viteChunks(DIST);
  const initial = closure(INITIAL_LOCALE, closure(entry));
  const sections = Object.entries(SECTIONS).map(([route, module]) => {
    const own = [...closure(module)].filter((file) => !initial.has(file));
    return { route, files: own, bytes: total(own, 'bytes'), gzipBytes: total(own, 'gzipBytes') };
  });
  const chunks = Object.values(manifest).filter((chunk) => chunk.file.endsWith('.js'));
  const largest = chunks.map((chunk) => ({ file: chunk.file, ...sizeOf(chunk.file) })).sort((a, b) => b.bytes - a.bytes)[0];
  return {
    initial: { files: scripts(initial), bytes: total(initial, 'bytes'), gzipBytes: total(initial, 'gzipBytes') },
    sections,
    largestChunk: largest,
    budget: INITIAL_BUDGET,
  };
}

const report = load();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report));
} else {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log('JavaScript the CRM downloads (raw / gzipped):');
  console.log(`  ${'first visit'.padEnd(28)} ${kb(report.initial.bytes).padStart(9)} / ${kb(report.initial.gzipBytes).padStart(9)}  (${report.initial.files.length} files)`);
  for (const section of report.sections) {
    console.log(`  + ${section.route.padEnd(26)} ${kb(section.bytes).padStart(9)} / ${kb(section.gzipBytes).padStart(9)}`);
  }
  console.log(`  largest chunk: ${report.largestChunk.file} ${kb(report.largestChunk.bytes)}`);
  const within = report.initial.gzipBytes <= report.budget;
  console.log(`First visit budget ${kb(report.budget)} gzipped: ${within ? 'within' : 'OVER'}`);
  if (!within) process.exitCode = 1;
}
