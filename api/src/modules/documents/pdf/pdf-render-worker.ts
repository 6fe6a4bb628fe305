/**
 * The thread PDFs are rendered on (see pdf-render-pool.ts). pdfmake lays out and compresses
 * synchronously — tens of milliseconds a page — so on the API's own thread every PDF would
 * stall every request in flight.
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdfHere } from './pdf-renderer';

/**
 * Documents are background work: on Linux this thread asks for a lower scheduling priority
 * (nice 10), so when CPU is short the API's requests run first and PDFs wait.
 */
function lowerThisThreadsPriority(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: render at normal priority.
  }
}

lowerThisThreadsPriority();
parentPort?.on('message', (message: { id: number; definition: TDocumentDefinitions }) => {
  renderPdfHere(message.definition).then(
    (pdf) => parentPort?.postMessage({ id: message.id, pdf }),
    (error: unknown) => parentPort?.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
