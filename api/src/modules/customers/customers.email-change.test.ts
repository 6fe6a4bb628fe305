import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { until } from '../../test/notifications-factory';
import { makeSeatedSailing, type SeatedSailing } from '../../test/seating-factory';
import { orderSeat } from '../../test/orders-factory';
import { awaitEmailedToken, bearer, emailedToken, newEmail, PASSWORD, register, verifiedCustomer } from '../../test/customers-factory';
import { DAY, HOUR } from '../../test/catalog-factory';

/**
 * Changing the account's email: the current password to ask, a link to the new address to
 * confirm, a notice to the old one; the account, its logins and its orders follow the move.
 */
let now = new Date();
let t: TestApp;
let smtp: SmtpReceiver;
let sailing: SeatedSailing;
let nextSeat = 0;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ clock: () => now, workers: { smtpUrl: smtp.url } });
  sailing = await makeSeatedSailing(t, { rows: 4, seatsPerRow: 10, startsAt: new Date(Date.now() + 5 * DAY) });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});
afterEach(() => {
  now = new Date();
});

const api = () => request(t.server);
const askToChange = (accessToken: string, body: object) => api().post('/api/v1/me/email').set(bearer(accessToken)).send(body);
const confirm = (token: string, accessToken?: string) => {
  const req = api().post('/api/v1/customers/email-change/confirm');
  if (accessToken) req.set(bearer(accessToken));
  return req.send({ token });
};
const login = (email: string, password = PASSWORD) => api().post('/api/v1/customers/login').send({ email, password });
const profile = (accessToken: string) => api().get('/api/v1/me').set(bearer(accessToken));
const mailsTo = (email: string) => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
const linkIn = (text: string | false | undefined) => new URL(/https?:\/\/\S+/.exec(text || '')![0]);

/** Checks out one seat, as a guest or as the logged-in customer of `accessToken`. */
const order = (email: string, accessToken?: string) => orderSeat(t, { eventId: sailing.eventId, seatCode: sailing.seatCodes[nextSeat++]!, email, accessToken });

it('moves the account only when the link mailed to the new address is opened, and tells the old address', async () => {
  const { email: oldEmail, session } = await verifiedCustomer(t, { preferredLang: 'en' });
  const otherDevice = (await login(oldEmail)).body;
  const placedLoggedIn = await order(oldEmail, session.accessToken);
  const movedTo = newEmail('maria.new');
  const guestWithNewEmail = await order(movedTo.toUpperCase());

  const asked = await askToChange(session.accessToken, { newEmail: movedTo.toUpperCase(), currentPassword: PASSWORD });
  expect(asked.status).toBe(202);
  expect(asked.body.newEmail).toBe(movedTo);
  expect(new Date(asked.body.expiresAt).getTime() - now.getTime()).toBe(24 * HOUR);

  // Both mails arrive in the account's language: the link to the new address, the notice to the old.
  await until(() => mailsTo(movedTo).length === 1 && mailsTo(oldEmail).some((m) => m.subject?.includes('change')), 10_000, 'both mails');
  const confirmation = mailsTo(movedTo)[0]!;
  expect(confirmation.subject).toBe('Confirm your new email address');
  const link = linkIn(confirmation.text);
  expect(`${link.origin}${link.pathname}`).toBe(`${t.baseUrl}/account/confirm-email`);
  const notice = mailsTo(oldEmail).find((m) => m.subject === 'A change of your email address was requested')!;
  expect(notice.text).toContain(movedTo);
  expect(notice.text).not.toContain(link.searchParams.get('token'));

  // Until the link is opened nothing has moved.
  expect((await profile(session.accessToken)).body.email).toBe(oldEmail);
  expect((await login(oldEmail)).status).toBe(200);
  expect((await login(movedTo)).status).toBe(401);

  const confirmed = await confirm(link.searchParams.get('token')!, session.accessToken);
  expect(confirmed.status).toBe(200);
  expect(confirmed.body).toMatchObject({ email: movedTo, linkedOrders: 1 });
  expect((await profile(session.accessToken)).body).toMatchObject({ email: movedTo, emailVerified: true });
  // The login that opened the link stays; every other one ends.
  expect((await profile(otherDevice.accessToken)).status).toBe(401);
  expect((await api().post('/api/v1/customers/refresh').send({ refreshToken: otherDevice.refreshToken })).status).toBe(401);
  expect((await login(oldEmail)).status).toBe(401);
  expect((await login(movedTo)).status).toBe(200);

  // The guest order placed with the new address joined; the upcoming order now writes to it.
  const mine = (await api().get('/api/v1/me/orders').set(bearer(session.accessToken))).body.items.map((o: { id: string }) => o.id);
  expect(mine.sort()).toEqual([placedLoggedIn.id, guestWithNewEmail.id].sort());
  expect((await api().get(`/api/v1/orders/${placedLoggedIn.id}`).set(bearer(session.accessToken))).body.customer.email).toBe(movedTo);

  const again = await confirm(link.searchParams.get('token')!);
  expect(again.status).toBe(422);
  expect(again.body.code).toBe('email_change_token_invalid');
});

it('asks for the current password and refuses an address that is not new or belongs to another account', async () => {
  const { email, session } = await register(t);
  const someoneElse = await register(t);
  const wrong = await askToChange(session.accessToken, { newEmail: newEmail(), currentPassword: 'не-тот-пароль-1' });
  expect(wrong.status).toBe(403);
  expect(wrong.body.code).toBe('current_password_incorrect');

  const same = await askToChange(session.accessToken, { newEmail: email.toUpperCase(), currentPassword: PASSWORD });
  expect(same.status).toBe(400);
  expect(same.body.errors).toEqual([{ path: 'body.newEmail', message: 'is already the email of this account' }]);

  const taken = await askToChange(session.accessToken, { newEmail: someoneElse.email, currentPassword: PASSWORD });
  expect(taken.status).toBe(409);
  expect(taken.body.code).toBe('email_already_registered');

  const notAnEmail = await askToChange(session.accessToken, { newEmail: 'not-an-email', currentPassword: PASSWORD });
  expect(notAnEmail.status).toBe(400);
  expect(notAnEmail.body.errors[0].path).toBe('body.newEmail');
  expect((await api().post('/api/v1/me/email').send({ newEmail: newEmail(), currentPassword: PASSWORD })).status).toBe(401);
  expect(await emailedToken(t, someoneElse.email, 'notification.email_change')).toBeNull();
});

it('ends every login when the link is opened without one, and confirms an address never confirmed before', async () => {
  const { session } = await register(t);
  const movedTo = newEmail();
  await askToChange(session.accessToken, { newEmail: movedTo, currentPassword: PASSWORD });
  const { token } = (await emailedToken(t, movedTo, 'notification.email_change'))!;
  // A login token that no longer works is refused, not taken for none: nothing happens yet.
  const dead = await confirm(token, `${session.accessToken}x`);
  expect(dead.status).toBe(401);
  expect(dead.body.code).toBe('invalid_access_token');
  expect((await profile(session.accessToken)).body.email).not.toBe(movedTo);
  expect((await confirm(token)).status).toBe(200);
  expect((await profile(session.accessToken)).status).toBe(401);
  const relogged = (await login(movedTo)).body;
  expect(relogged.customer).toMatchObject({ email: movedTo, emailVerified: true });
});

it('works only with the newest link, for a day, and not after the password changes', async () => {
  const { email, session } = await register(t);
  const change = (to: string) => askToChange(session.accessToken, { newEmail: to, currentPassword: PASSWORD });
  const first = newEmail('first');
  const second = newEmail('second');
  await change(first);
  await change(second);
  const firstToken = (await emailedToken(t, first, 'notification.email_change'))!.token;
  const secondToken = (await emailedToken(t, second, 'notification.email_change'))!.token;
  expect((await confirm(firstToken)).body.code).toBe('email_change_token_invalid');

  // Whoever asked knew the password; once it changes, the move they asked for is off.
  const changed = await api().post('/api/v1/me/password').set(bearer(session.accessToken)).send({ currentPassword: PASSWORD, newPassword: 'совсем-другой-пароль-7' });
  expect(changed.status).toBe(204);
  expect((await confirm(secondToken)).body.code).toBe('email_change_token_invalid');

  const third = newEmail('third');
  const askedAt = new Date();
  now = askedAt;
  expect((await askToChange(session.accessToken, { newEmail: third, currentPassword: 'совсем-другой-пароль-7' })).status).toBe(202);
  now = new Date(askedAt.getTime() + 24 * HOUR + 1_000);
  expect((await confirm((await emailedToken(t, third, 'notification.email_change'))!.token)).body.code).toBe('email_change_token_invalid');
  expect((await login(email, 'совсем-другой-пароль-7')).body.customer.email).toBe(email);

  // Three links an hour at most, against filling someone's mailbox.
  now = askedAt;
  const limited = await askToChange(session.accessToken, { newEmail: newEmail(), currentPassword: 'совсем-другой-пароль-7' });
  expect(limited.status).toBe(429);
  expect(limited.body.code).toBe('too_many_requests');
});

it('keeps the account where it is when the new address was registered meanwhile; links to the old address stop working after a move', async () => {
  const { email, session } = await verifiedCustomer(t);
  const movedTo = newEmail();
  await askToChange(session.accessToken, { newEmail: movedTo, currentPassword: PASSWORD });
  const { token } = (await emailedToken(t, movedTo, 'notification.email_change'))!;
  await register(t, { email: movedTo });
  const refused = await confirm(token, session.accessToken);
  expect(refused.status).toBe(409);
  expect(refused.body.code).toBe('email_already_registered');
  expect((await profile(session.accessToken)).body.email).toBe(email);

  // A reset link sent to the old mailbox must not open the account once it has moved.
  const mover = await verifiedCustomer(t);
  expect((await api().post('/api/v1/customers/password-reset').send({ email: mover.email })).status).toBe(202);
  // The workers of this app issue the link in the background.
  const reset = (await awaitEmailedToken(t, mover.email, 'notification.password_reset')).token;
  const destination = newEmail();
  await askToChange(mover.session.accessToken, { newEmail: destination, currentPassword: PASSWORD });
  expect((await confirm((await emailedToken(t, destination, 'notification.email_change'))!.token, mover.session.accessToken)).status).toBe(200);
  const late = await api().post('/api/v1/customers/password-reset/confirm').send({ token: reset, newPassword: 'захват-аккаунта-2026' });
  expect(late.status).toBe(422);
  expect(late.body.code).toBe('reset_token_invalid');
});

it('leaves the orders of sailings already gone with the address they were made with', async () => {
  const { email, session } = await verifiedCustomer(t);
  const upcoming = await order(email, session.accessToken);
  const past = await makeSeatedSailing(t, { rows: 1, seatsPerRow: 2, startsAt: new Date(Date.now() + 2 * DAY) });
  const departed = await orderSeat(t, { eventId: past.eventId, seatCode: past.seatCodes[0]!, email, accessToken: session.accessToken });
  // That sailing has since sailed.
  await t.db.query("UPDATE event SET starts_at = now() - interval '3 hours' WHERE id = $1", [past.eventId]);

  const movedTo = newEmail();
  await askToChange(session.accessToken, { newEmail: movedTo, currentPassword: PASSWORD });
  await confirm((await emailedToken(t, movedTo, 'notification.email_change'))!.token, session.accessToken);
  const contact = async (id: string) => (await api().get(`/api/v1/orders/${id}`).set(bearer(session.accessToken))).body.customer.email;
  expect(await contact(upcoming.id)).toBe(movedTo);
  expect(await contact(departed.id)).toBe(email);
});
