import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderArchitectureMap } from './architecture-map';

/** The committed map is what the code declares: a new table, topic or workflow step shows up there or this fails. */
it('docs/architecture.md matches the code (run `npm run gen:docs` after changing tables, topics or workflows)', () => {
  const committed = readFileSync(path.resolve(__dirname, '../../../docs/architecture.md'), 'utf8');
  expect(committed).toBe(renderArchitectureMap());
});

it('lists every outbox topic with its writers', () => {
  const map = renderArchitectureMap();
  expect(map).toContain('| `notification.order_confirmation` | orderId | notifications | payments |');
  expect(map).toContain('| `documents.regenerate` | orderId | documents | documents |');
});
