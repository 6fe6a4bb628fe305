/** A minimal server-sent-events reader over fetch, for tests (Node 20 has no EventSource). */
export interface SseMessage {
  event: string;
  id: string | null;
  data: string;
  receivedAt: number;
}

export interface SseConnection {
  messages: SseMessage[];
  comments: string[];
  status: number;
  contentType: string | null;
  /** Resolves with the first message (from now on, or already received) that matches. */
  next(predicate: (message: SseMessage) => boolean, timeoutMs?: number): Promise<SseMessage>;
  close(): void;
}

export async function openSse(url: string, headers: Record<string, string> = {}): Promise<SseConnection> {
  const controller = new AbortController();
  const response = await fetch(url, { headers: { accept: 'text/event-stream', ...headers }, signal: controller.signal });
  const messages: SseMessage[] = [];
  const comments: string[] = [];
  const waiters = new Set<() => void>();
  const connection: SseConnection = {
    messages,
    comments,
    status: response.status,
    contentType: response.headers.get('content-type'),
    next(predicate, timeoutMs = 3_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = messages.find(predicate);
          if (found) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching SSE message within ${timeoutMs} ms; got ${messages.map((m) => m.event).join(', ')}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      });
    },
    close: () => controller.abort(),
  };
  if (!response.body) return connection;
  void (async () => {
    const decoder = new TextDecoder();
    let buffer = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        buffer += decoder.decode(chunk, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const message: SseMessage = { event: 'message', id: null, data: '', receivedAt: Date.now() };
          let isMessage = false;
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) {
              comments.push(line.slice(1).trim());
            } else if (line.startsWith('event: ')) {
              message.event = line.slice('event: '.length);
              isMessage = true;
            } else if (line.startsWith('id: ')) {
              message.id = line.slice('id: '.length);
            } else if (line.startsWith('data: ')) {
              message.data += line.slice('data: '.length);
              isMessage = true;
            }
          }
          if (isMessage) messages.push(message);
          waiters.forEach((check) => check());
        }
      }
    } catch {
      // aborted by close()
    }
  })();
  return connection;
}
