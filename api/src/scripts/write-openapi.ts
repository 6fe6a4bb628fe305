/**
 * Writes openapi/openapi.json from the route definitions, without a server or a database.
 * Run by `npm run gen`; `npm run check:contract` writes it elsewhere (`--out`) and compares.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildOpenApiDocument } from '../app';

const outFlag = process.argv.indexOf('--out');
const target = outFlag > 0 && process.argv[outFlag + 1]
  ? path.resolve(process.argv[outFlag + 1] as string)
  : path.resolve(__dirname, '../../../openapi/openapi.json');
writeFileSync(target, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${path.relative(process.cwd(), target)}`);
