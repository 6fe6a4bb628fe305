import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

interface Pending {
  resolve(pdf: Buffer): void;
  reject(error: Error): void;
}

/**
 * One rendering thread for the process, started on the first PDF. Requests queue in order on
 * it, so rendering uses at most one core however many documents are due, and the event loop
 * of the API stays free for requests.
 */
class PdfRenderThread {
  private worker: Worker | undefined;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();

  render(definition: TDocumentDefinitions): Promise<Buffer> {
    const worker = this.worker ?? this.start();
    const id = (this.nextId += 1);
    return new Promise<Buffer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // An idle thread must not keep the process alive; a busy one must finish its PDF.
      if (this.pending.size === 1) worker.ref();
      worker.postMessage({ id, definition });
    });
  }

  private start(): Worker {
    // Compiled, the worker is a .js beside this file; under the tests' TypeScript loader a .ts.
    const extension = path.extname(__filename);
    const worker = new Worker(path.join(__dirname, `pdf-render-worker${extension}`), {
      execArgv: extension === '.ts' ? ['-r', '@swc-node/register'] : [],
    });
    worker.unref();
    worker.on('message', (message: { id: number; pdf?: Uint8Array; error?: string }) => {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (this.pending.size === 0) worker.unref();
      if (message.pdf) waiting.resolve(Buffer.from(message.pdf.buffer, message.pdf.byteOffset, message.pdf.byteLength));
      else waiting.reject(new Error(message.error ?? 'PDF rendering failed'));
    });
    // A crashed thread fails what it held; the next PDF starts a new one.
    const fail = (error: Error) => {
      this.worker = undefined;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`PDF rendering thread exited with ${code}`)));
    this.worker = worker;
    return worker;
  }
}

const thread = new PdfRenderThread();

/** Renders a document definition to PDF bytes on the rendering thread. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return thread.render(definition);
}
