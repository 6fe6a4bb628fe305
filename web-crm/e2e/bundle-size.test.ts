import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureCrmBuilt } from './build';

/** What the CRM's production build makes a browser download, from Vite's manifest (scripts/bundle-size.mjs). */
interface Report {
  budget: number;
  initial: { files: string[]; bytes: number; gzipBytes: number };
  sections: Array<{ route: string; files: string[]; gzipBytes: number }>;
  largestChunk: { file: string; bytes: number };
}

const CRM_DIR = path.resolve(__dirname, '..');
const script = path.join(CRM_DIR, 'scripts/bundle-size.mjs');
let report: Report;

beforeAll(() => {
  ensureCrmBuilt();
  report = JSON.parse(execFileSync(process.execPath, [script, '--json'], { encoding: 'utf8' })) as Report;
  const results = path.resolve(CRM_DIR, '../test-results');
  mkdirSync(results, { recursive: true });
  writeFileSync(path.join(results, 'web-crm-bundle-size.txt'), execFileSync(process.execPath, [script], { encoding: 'utf8' }));
});

it('the first visit loads at most 160 KB of gzipped JavaScript, and no chunk reaches Vite’s 500 KB warning', () => {
  expect(report.budget).toBe(160 * 1024);
  expect(report.initial.gzipBytes).toBeLessThanOrEqual(report.budget);
  expect(report.largestChunk.bytes).toBeLessThan(500 * 1000);
});

it('splits the code by section: the first visit loads no section page, each section brings its own', () => {
  expect(report.initial.files.some((file) => /OrderPage|OrderListPage|SeatLayoutEditor|VesselPage|SettingsPage|TemplatePage|AuditPage|BoardingPage/.test(file))).toBe(false);
  for (const section of report.sections) expect({ route: section.route, own: section.files.length > 0 }).toEqual({ route: section.route, own: true });
  // Only one language's texts: English comes when chosen.
  expect(report.initial.files.filter((file) => /\/(ru|en)-[\w-]+\.js$/.test(file))).toHaveLength(1);
});
