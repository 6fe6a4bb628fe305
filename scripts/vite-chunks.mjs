/**
 * A built Vite app's JavaScript as a browser downloads it, read from `.vite/manifest.json`:
 * what a module pulls in before it runs (its chunk and every static import, transitively) and
 * each file's size raw and gzipped. The SPAs' bundle-size scripts measure their pages with it.
 *
 * @example
 * const build = viteChunks(path.resolve('web-shop/dist'));
 * const files = build.closure('src/events/EventListPage.tsx', build.closure(build.entry));
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export function viteChunks(distDir) {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8'));
  const sizes = new Map();
  /** `{ bytes, gzipBytes }` of one built file, gzipped at the level a server would use. */
  const sizeOf = (file) => {
    if (!sizes.has(file)) {
      const content = readFileSync(path.join(distDir, file));
      sizes.set(file, { bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length });
    }
    return sizes.get(file);
  };
  /** A chunk and everything it imports statically (what loads before it runs), added to `files`. */
  const closure = (key, files = new Set()) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the Vite manifest`);
    if (files.has(chunk.file)) return files;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) closure(imported, files);
    return files;
  };
  /** The JavaScript among `files`. */
  const scripts = (files) => [...files].filter((file) => file.endsWith('.js'));
  /** The summed `field` ('bytes' or 'gzipBytes') of the JavaScript among `files`. */
  const total = (files, field) => scripts(files).reduce((sum, file) => sum + sizeOf(file)[field], 0);
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  if (!entry) throw new Error('the Vite manifest has no entry');
  return { manifest, entry, sizeOf, closure, scripts, total };
}
