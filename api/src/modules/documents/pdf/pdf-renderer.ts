import { readFileSync } from 'node:fs';
import path from 'node:path';
import type * as PdfMake from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { woff2ToSfnt } from './woff2-to-sfnt';

/**
 * pdfmake 0.3 on Node: one module-level instance with fonts given as file paths, `createPdf()`
 * returning a document whose `getBuffer()` resolves to the PDF.
 *
 * Two fonts, both from npm so `npm install` is all a machine needs: Roboto (shipped inside
 * pdfmake) for Latin and Cyrillic, and Source Han Sans CN (@librescore/fonts, a 3.5 MB WOFF2
 * with the CJK ideographs and punctuation but no Latin or Cyrillic) for Chinese. pdfmake picks
 * one font per text run, so `withCjkRuns` splits text into runs by script: a Chinese ticket
 * for a buyer with a Cyrillic name renders both. The single fonts that cover all three
 * scripts ship at 40–95 MB per npm package.
 */
// pdfmake exports an instance whose methods live on its prototype; an ES namespace import
// would copy only own properties and lose them, so it is required as is.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfmake = require('pdfmake') as typeof PdfMake;

const robotoDir = path.join(path.dirname(require.resolve('pdfmake/package.json')), 'fonts', 'Roboto');
const cjkFile = require.resolve('@librescore/fonts/SourceHanSansCN.min.woff2');

/** pdfmake's in-memory file system: fonts are read once per process and served from there. */
const virtualfs = (pdfmake as unknown as { virtualfs: { writeFileSync(name: string, content: Buffer): void } }).virtualfs;

const FONTS = {
  Roboto: { normal: 'Roboto-Regular.ttf', bold: 'Roboto-Medium.ttf', italics: 'Roboto-Italic.ttf', bolditalics: 'Roboto-MediumItalic.ttf' },
  // One weight only: bold Chinese renders regular rather than as empty boxes.
  Cjk: { normal: 'SourceHanSansCN.otf', bold: 'SourceHanSansCN.otf', italics: 'SourceHanSansCN.otf', bolditalics: 'SourceHanSansCN.otf' },
};

let fontsLoaded = false;
function loadFonts(): void {
  if (fontsLoaded) return;
  for (const file of Object.values(FONTS.Roboto)) virtualfs.writeFileSync(file, readFileSync(path.join(robotoDir, file)));
  const woff2 = readFileSync(cjkFile);
  virtualfs.writeFileSync(FONTS.Cjk.normal, woff2ToSfnt(woff2) ?? woff2);
  pdfmake.setFonts(FONTS);
  // Documents take nothing from outside: buyer-supplied text is text, never a URL or a path.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  fontsLoaded = true;
}

/** CJK ideographs, kana, CJK punctuation and full-width forms: what the CJK font draws. */
const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3ffff}]/u;
const CJK_RUN = /([\u2e80-\u2fff\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3ffff}])+/gu;

/**
 * Text as pdfmake inlines, with every run of CJK characters in the CJK font and the rest in
 * Roboto; plain text stays a plain string.
 *
 * @example
 * withCjkRuns('电子票 № 5') // [{ text: '电子票', font: 'Cjk' }, ' № 5']
 */
export function withCjkRuns(text: string): string | Content[] {
  if (!CJK.test(text)) return text;
  const runs: Content[] = [];
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const start = match.index ?? 0;
    if (start > last) runs.push(text.slice(last, start));
    runs.push({ text: match[0], font: 'Cjk' });
    last = start + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

/**
 * Renders a document definition to PDF bytes on the calling thread. The service renders
 * through pdf-render-pool.ts, which runs this on a thread of its own.
 */
export async function renderPdfHere(definition: TDocumentDefinitions): Promise<Buffer> {
  loadFonts();
  return pdfmake.createPdf({ ...definition, defaultStyle: { font: 'Roboto', fontSize: 9, ...definition.defaultStyle } }).getBuffer();
}
