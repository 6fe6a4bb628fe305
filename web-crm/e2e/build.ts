import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const CRM_DIR = path.resolve(__dirname, '..');
export const CRM_DIST = path.join(CRM_DIR, 'dist');
const SOURCES = [path.join(CRM_DIR, 'src'), path.join(CRM_DIR, 'index.html'), path.join(CRM_DIR, 'vite.config.ts'), path.resolve(CRM_DIR, '../sdk/src')];

function newestChange(target: string): number {
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(target).reduce((newest, name) => Math.max(newest, newestChange(path.join(target, name))), stat.mtimeMs);
}

/**
 * The production build of the CRM, as the API serves it. CI builds before testing; on a
 * developer's machine a missing or stale build (sources newer than dist) is rebuilt here, so
 * the browser tests never test yesterday's CRM.
 */
export function ensureCrmBuilt(): string {
  const index = path.join(CRM_DIST, 'index.html');
  const manifest = path.join(CRM_DIST, '.vite/manifest.json');
  const stale = !existsSync(index) || !existsSync(manifest) || Math.max(...SOURCES.map(newestChange)) > statSync(index).mtimeMs;
  // jest sets NODE_ENV=test, which would make Vite bundle React's development build.
  if (stale) execFileSync('npm', ['run', 'build', '--silent'], { cwd: CRM_DIR, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return CRM_DIST;
}
