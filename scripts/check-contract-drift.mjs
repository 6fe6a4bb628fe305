#!/usr/bin/env node
// Fails when openapi/openapi.json or the SDK's generated types differ from what the code
// produces now: regenerates both into a temporary folder and compares byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const temp = mkdtempSync(path.join(tmpdir(), 'prichal-contract-'));
const run = (cwd, command, args) => execFileSync(command, args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

try {
  const spec = path.join(temp, 'openapi.json');
  const schema = path.join(temp, 'schema.d.ts');
  run(path.join(root, 'api'), process.execPath, ['-r', '@swc-node/register', 'src/scripts/write-openapi.ts', '--out', spec]);
  run(path.join(root, 'sdk'), process.execPath, [path.join(root, 'node_modules/openapi-typescript/bin/cli.js'), spec, '-o', schema]);
  const drift = [
    [spec, 'openapi/openapi.json'],
    [schema, 'sdk/src/schema.d.ts'],
  ].filter(([fresh, committed]) => readFileSync(fresh, 'utf8') !== readFileSync(path.join(root, committed), 'utf8'));
  if (drift.length > 0) {
    console.error(`Contract drift: ${drift.map(([, file]) => file).join(', ')} differ from the code. Run \`npm run gen\` and commit.`);
    process.exit(1);
  }
  console.log('openapi/openapi.json and sdk/src/schema.d.ts match the code');
} finally {
  rmSync(temp, { recursive: true, force: true });
}
