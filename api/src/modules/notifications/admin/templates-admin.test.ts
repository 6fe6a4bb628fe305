import request from 'supertest';
import { startTestApp, type TestApp } from '../../../test/test-app';
import { auditRows, makeStaff, type StaffLogin } from '../../../test/staff-factory';

/** The CRM's message templates: checked by the notifications module, audited with the texts before and after. */
let t: TestApp;
let admin: StaffLogin;
let reader: StaffLogin;
beforeAll(async () => {
  t = await startTestApp();
  admin = await makeStaff(t, { grants: { settings: 'write' } });
  reader = await makeStaff(t, { grants: { settings: 'read' } });
});
afterAll(() => t.close());

const api = (method: 'get' | 'put' | 'post', path: string, staff: StaffLogin = admin) => request(t.server)[method](`/api/v1/admin${path}`).set(staff.auth);

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
