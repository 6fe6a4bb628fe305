import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { PASSWORD_RESET_REQUESTED } from '../modules/customers/customers.events';
import { until } from './notifications-factory';
import { runWaitingJobs } from './outbox-jobs';
import type { TestApp } from './test-app';

export const PASSWORD = 'морской-бриз-2026';

export const newEmail = (name = 'anna') => `${name}.${randomUUID().slice(0, 8)}@example.ru`;

/** Registers a customer; returns the session the API answered with and the credentials. */
export async function register(t: TestApp, body: Record<string, unknown> = {}) {
  const email = (body.email as string | undefined) ?? newEmail();
  const res = await request(t.server).post('/api/v1/customers/register').send({ email, password: PASSWORD, ...body });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { email, password: (body.password as string | undefined) ?? PASSWORD, session: res.body, customerId: res.body.customer.id as string };
}

/** The token of the newest emailed link of `topic` to `email`, read from the outbox row the email goes out from. */
export async function emailedToken(t: TestApp, email: string, topic: 'notification.email_verification' | 'notification.password_reset' | 'notification.email_change') {
  const rows = await t.db.query(
    "SELECT payload FROM outbox WHERE topic = $1 AND lower(payload->>'email') = lower($2) ORDER BY created_at DESC, id DESC LIMIT 1",
    [topic, email],
  );
  if (!rows[0]) return null;
  const link = new URL(rows[0].payload.link);
  return { token: link.searchParams.get('token')!, link, payload: rows[0].payload };
}

/** The newest emailed link of `topic` to `email` once it is there: for apps whose workers issue it in the background. */
export async function awaitEmailedToken(t: TestApp, email: string, topic: Parameters<typeof emailedToken>[2], timeoutMs = 10_000) {
  let emailed: Awaited<ReturnType<typeof emailedToken>> = null;
  await until(async () => (emailed = await emailedToken(t, email, topic)) !== null, timeoutMs, `${topic} for ${email}`);
  return emailed!;
}

/**
 * Asks for a password-reset link as the shop's form does, then runs the job that decides
 * whether to mail it (test apps without workers would otherwise never send it).
 */
export async function requestPasswordReset(t: TestApp, email: string) {
  const res = await request(t.server).post('/api/v1/customers/password-reset').send({ email });
  await runWaitingJobs(t, PASSWORD_RESET_REQUESTED.name);
  return res;
}

/** A registered customer whose email is confirmed. */
export async function verifiedCustomer(t: TestApp, body: Record<string, unknown> = {}) {
  const customer = await register(t, body);
  const emailed = await emailedToken(t, customer.email, 'notification.email_verification');
  const res = await request(t.server).post('/api/v1/customers/verify-email').send({ token: emailed!.token });
  if (res.status !== 200) throw new Error(`verify failed: ${JSON.stringify(res.body)}`);
  return customer;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
