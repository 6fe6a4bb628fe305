/** Writes docs/architecture.md from the code (see architecture-map.ts). Run by `npm run gen:docs`. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderArchitectureMap } from './architecture-map';

const target = path.resolve(__dirname, '../../../docs/architecture.md');
writeFileSync(target, renderArchitectureMap());
console.log(`wrote ${path.relative(process.cwd(), target)}`);
