import request from 'supertest';
import { startTestApp, type TestApp } from '../../test/test-app';
import { startSmtpReceiver, type SmtpReceiver } from '../../test/smtp-receiver';
import { enqueue, pause, until } from '../../test/notifications-factory';
import { auditRows, makeStaff, type StaffLogin } from '../../test/staff-factory';

/**
 * The CRM's settings owned by other modules — company requisites, message templates, dead
 * jobs — each change checked by its owner and audited with the fields before and after.
 */
let t: TestApp;
let smtp: SmtpReceiver;
let admin: StaffLogin;
let reader: StaffLogin;
beforeAll(async () => {
  smtp = await startSmtpReceiver();
  t = await startTestApp({ workers: { smtpUrl: smtp.url } });
  admin = await makeStaff(t, { grants: { settings: 'write' } });
  reader = await makeStaff(t, { grants: { settings: 'read' } });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const api = (method: 'get' | 'put' | 'post', path: string, staff: StaffLogin = admin) => request(t.server)[method](`/api/v1/admin${path}`).set(staff.auth);

describe('company requisites', () => {
  it('saves checked requisites, which the documents print from then on, and audits the changed fields only', async () => {
    const before = (await api('get', '/settings/requisites', reader)).body;
    expect(before).toEqual(await t.services.documents.requisites.get());
    const res = await api('put', '/settings/requisites').send({ ...before, bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ...before, bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' });
    expect(await t.services.documents.requisites.get()).toEqual(res.body);
    const rows = await auditRows(t, 'settings', 'requisites');
    expect(rows.map((r) => [r.action, r.actor_id, r.before, r.after])).toEqual([
      ['settings.requisites_change', admin.id, { bankName: before.bankName, phone: before.phone }, { bankName: 'ПАО «Балтийский банк»', phone: '+7 812 600-00-01' }],
    ]);
  });

  it('refuses a wrong ИНН or an account that does not match the БИК, naming the fields, and changes nothing', async () => {
    const current = (await api('get', '/settings/requisites')).body;
    const res = await api('put', '/settings/requisites').send({ ...current, inn: '7707083890', settlementAccount: '40702810900000000001' });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['body.inn', 'body.settlementAccount']);
    expect(await t.services.documents.requisites.get()).toEqual(current);
    expect(await auditRows(t, 'settings', 'requisites')).toHaveLength(1);
    expect((await api('put', '/settings/requisites', reader).send(current)).status).toBe(403);
  });
});

describe('message templates', () => {
  it('lists the templates of a type with the placeholders it may use, and saves an edit the next message uses', async () => {
    const list = await api('get', '/settings/notification-templates?type=payment_link', reader);
    expect(list.status).toBe(200);
    expect(list.body.items.map((i: { locale: string; channel: string }) => `${i.locale}/${i.channel}`)).toEqual([
      'en/email', 'en/messenger', 'ru/email', 'ru/messenger', 'zh/email', 'zh/messenger',
    ]);
    expect(list.body.items[0]).toMatchObject({ placeholders: expect.arrayContaining(['paymentLink', 'paymentDeadline', 'orderNumber']), requiredPlaceholders: ['paymentLink'] });

    const path = '/settings/notification-templates/sailing_cancelled/en/messenger';
    const before = (await api('get', path, reader)).body;
    const saved = await api('put', path).send({ bodyText: 'Cancelled: {{sailingTitle}}. {{cancellationRefund}}' });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ type: 'sailing_cancelled', locale: 'en', channel: 'messenger', bodyText: 'Cancelled: {{sailingTitle}}. {{cancellationRefund}}', updatedBy: admin.email });
    expect((await t.services.notifications.templates.get('sailing_cancelled', 'en', 'messenger')).bodyText).toBe(saved.body.bodyText);
    const [row] = await auditRows(t, 'notification_template', 'sailing_cancelled/en/messenger');
    expect(row).toMatchObject({ action: 'settings.template_change', actor_id: admin.id, before: { bodyText: before.bodyText }, after: { bodyText: saved.body.bodyText } });
  });

  it('refuses placeholders the type has no value for, a payment link without its link, and an email without its subject', async () => {
    const email = { subject: 'Order {{orderNumber}}', bodyText: 'Pay at {{paymentLink}}', bodyHtml: '<p>Pay at {{paymentLink}}</p>' };
    const unknown = await api('put', '/settings/notification-templates/payment_link/en/email').send({ ...email, bodyText: 'Pay {{refundAmount}} at {{paymentLink}}' });
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'template_placeholder_unknown', params: { placeholders: ['refundAmount'] } });
    const noLink = await api('put', '/settings/notification-templates/payment_link/en/email').send({ ...email, bodyHtml: '<p>Please pay</p>' });
    expect(noLink.body).toMatchObject({ status: 422, code: 'template_placeholder_missing', params: { placeholders: ['paymentLink'] } });
    const noSubject = await api('put', '/settings/notification-templates/payment_link/en/email').send({ ...email, subject: null });
    expect(noSubject.body).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: 'body.subject', message: 'is required' }] });
    expect(await auditRows(t, 'notification_template', 'payment_link/en/email')).toEqual([]);
    expect((await t.services.notifications.templates.get('payment_link', 'en', 'email')).bodyText).not.toContain('refundAmount');
  });
});

describe('dead jobs', () => {
  it('lists a job that failed every attempt, and a replay runs it again once, audited', async () => {
    smtp.refuseNext(3);
    const email = `dead.${Date.now()}@example.ru`;
    const jobId = await enqueue(t, 'notification.password_reset', { email, locale: 'en', link: 'https://prichal.example/account/reset?token=x' });
    let dead: any[] = [];
    await until(async () => {
      dead = (await api('get', '/jobs/dead', reader)).body.items;
      return dead.some((job) => job.id === jobId);
    }, 15_000, 'dead job listed');
    expect(dead.find((job) => job.id === jobId)).toEqual({
      id: jobId, topic: 'notification.password_reset', orderId: null, lastError: expect.stringMatching(/451/), createdAt: expect.any(String), deadAt: expect.any(String),
    });
    expect((await api('post', `/jobs/${jobId}/replay`, reader)).status).toBe(403);

    const replayed = await api('post', `/jobs/${jobId}/replay`);
    expect(replayed.status).toBe(200);
    expect(replayed.body).toEqual({ id: jobId, topic: 'notification.password_reset', replayed: true });
    const resets = () => smtp.mails.filter((m) => m.to && !Array.isArray(m.to) && m.to.value[0]?.address === email);
    await until(() => resets().length > 0, 15_000, 'mail after the replay');
    await pause(300);
    expect(resets().map((m) => m.subject)).toEqual(['Reset your password']);
    expect((await api('get', '/jobs/dead')).body.items.map((job: { id: string }) => job.id)).not.toContain(jobId);
    expect((await auditRows(t, 'job', jobId)).map((r) => [r.action, r.actor_id, r.before.lastError, r.after])).toEqual([
      ['job.replay', admin.id, expect.stringMatching(/451/), { topic: 'notification.password_reset', deadAt: null }],
    ]);
    const again = await api('post', `/jobs/${jobId}/replay`);
    expect(again.status).toBe(404);
    expect(again.body.code).toBe('dead_job_not_found');
  });
});
