import { newIdempotencyKey } from '@prichal/sdk';
import { readJson, writeJson } from './storage';

const KEY = 'prichal.shop.session';
/** What the API accepts as a session id. */
const SESSION_ID = /^[A-Za-z0-9_-]{8,128}$/;
let memory: string | null = null;

function isSessionId(value: unknown): value is string {
  return typeof value === 'string' && SESSION_ID.test(value);
}

/**
 * The browser's session: seat and place holds belong to it. Kept in localStorage so holds
 * survive a reload and other tabs of the shop; each browser (profile) has its own.
 */
export function browserSessionId(): string {
  memory ??= readJson('local', KEY, isSessionId);
  if (!memory) {
    memory = newIdempotencyKey().replace(/[^A-Za-z0-9_-]/g, '');
    writeJson('local', KEY, memory);
  }
  return memory;
}
