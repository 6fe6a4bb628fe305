import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Messenger } from '../notification-types';
import type { MessengerAdapter, MessengerMessage } from './messenger-port';

/**
 * A messenger with no provider configured (the embedded default): each message is written as
 * JSON under `${dir}/{channel}/`, so a developer sees exactly what would have been sent.
 */
export class FileMessenger implements MessengerAdapter {
  readonly kind = 'files' as const;

  constructor(
    readonly channel: Messenger,
    private readonly dir: string,
  ) {}

  async send(handle: string, message: MessengerMessage): Promise<{ providerMessageId: string }> {
    const dir = path.join(this.dir, this.channel);
    await mkdir(dir, { recursive: true });
    const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${message.recordId}.json`;
    await writeFile(path.join(dir, name), `${JSON.stringify({ channel: this.channel, handle, ...message }, null, 2)}\n`);
    return { providerMessageId: `file:${name}` };
  }
}
