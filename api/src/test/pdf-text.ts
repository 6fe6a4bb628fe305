import { spawn } from 'node:child_process';
import path from 'node:path';

const CLI = path.join(__dirname, 'pdf-text-cli.mjs');

/**
 * The text a reader copies out of a PDF (pdf.js through pdf-parse, in a child process), with
 * every run of whitespace — line breaks, the non-breaking spaces in "1 500,00" — as one plain
 * space, so tests can look for phrases.
 */
export async function pdfText(pdf: Buffer): Promise<string> {
  const child = spawn(process.execPath, [CLI], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const exited = new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  child.stdin.end(pdf);
  const code = await exited;
  if (code !== 0) throw new Error(`pdf text extraction failed: ${Buffer.concat(err).toString()}`);
  return Buffer.concat(out).toString('utf8').replace(/-- \d+ of \d+ --/g, ' ').replace(/\s+/gu, ' ');
}
