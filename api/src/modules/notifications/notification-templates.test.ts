import { startTestApp, type TestApp } from '../../test/test-app';
import { LANGS } from '../../platform/http/locale';
import { MessageRenderer } from './message-renderer';
import { checkTemplate } from './notification-templates.service';
import { NOTIFICATION_TYPES, PLACEHOLDERS, TEMPLATE_CHANNELS } from './notification-types';

/** The seeded templates, and staff edits to them (the CRM will call this service). */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
const templates = () => t.services.notifications.templates;

it('has an email and a messenger template for every message type in Russian, English and Chinese, each written in its language', async () => {
  const all = await templates().list();
  expect(all).toHaveLength(NOTIFICATION_TYPES.length * LANGS.length * TEMPLATE_CHANNELS.length);
  const renderer = new MessageRenderer(templates());
  for (const type of NOTIFICATION_TYPES) {
    const values = Object.fromEntries(PLACEHOLDERS[type].map((name) => [name, `<${name}>`]));
    for (const locale of LANGS) {
      // Only known placeholders, and every one of them renders.
      for (const channel of TEMPLATE_CHANNELS) checkTemplate(type, channel, await templates().get(type, locale, channel));
      const message = await renderer.render(type, locale, values);
      const texts = [message.email.subject, message.email.text, message.email.html, message.messenger.text];
      expect(texts.join('\n')).not.toMatch(/\{\{|\}\}/);
      expect(message.email.html).not.toMatch(/<(?!\/?(p|br|a|strong|blockquote|div|body|html|head|meta|title)\b|!doctype)/i);
      const script = { ru: /[а-яё]/i, en: /^[^а-яё\u4e00-\u9fff]*$/i, zh: /[\u4e00-\u9fff]/ }[locale];
      for (const text of texts) expect(text.replace(/<[^>]+>|&lt;\w+&gt;/g, '')).toMatch(script);
    }
  }
});

it('saves an edit and renders the next message with it', async () => {
  const saved = await templates().update('order_confirmation', 'en', 'messenger', { bodyText: 'Paid: {{orderNumber}}, see {{orderLink}}' }, 'staff:anna');
  expect(saved).toMatchObject({ bodyText: 'Paid: {{orderNumber}}, see {{orderLink}}', updatedBy: 'staff:anna', subject: null });
  const message = await new MessageRenderer(templates()).render('order_confirmation', 'en', Object.fromEntries(PLACEHOLDERS.order_confirmation.map((n) => [n, n.toUpperCase()])));
  expect(message.messenger.text).toBe('Paid: ORDERNUMBER, see ORDERLINK');
});

describe('an edit is refused', () => {
  const email = { subject: 'Order {{orderNumber}}', bodyText: 'Hello {{customerName}}', bodyHtml: '<p>Hello {{customerName}}</p>' };

  it('when it uses a placeholder the message type has no value for, naming it', async () => {
    const attempt = templates().update('order_confirmation', 'ru', 'email', { ...email, bodyHtml: '<p>{{customerName}} {{password}}</p>' });
    await expect(attempt).rejects.toMatchObject({
      code: 'template_placeholder_unknown', status: 422, params: { placeholders: ['password'] },
      errors: [{ path: 'body.bodyHtml', message: 'unknown placeholders: password' }],
    });
    // A refund amount means nothing in a reminder.
    await expect(templates().update('reminder_2h', 'ru', 'messenger', { bodyText: 'Вернём {{refundAmount}}' })).rejects.toMatchObject({ code: 'template_placeholder_unknown' });
    expect((await templates().get('order_confirmation', 'ru', 'email')).bodyHtml).not.toContain('password');
  });

  it('when a placeholder is malformed', async () => {
    await expect(templates().update('order_confirmation', 'ru', 'email', { ...email, subject: 'Заказ {{orderNumber' })).rejects.toMatchObject({
      code: 'template_placeholder_malformed', params: { fragments: ['{{orderNumber'] },
    });
  });

  it('when account mail loses its link', async () => {
    await expect(templates().update('password_reset', 'en', 'email', { subject: 'Reset', bodyText: 'Reset at {{link}}', bodyHtml: '<p>Reset now</p>' })).rejects.toMatchObject({
      code: 'template_placeholder_missing', params: { placeholders: ['link'] }, errors: [{ path: 'body.bodyHtml', message: 'must use: link' }],
    });
  });

  it('when an email lacks its subject or HTML, or a messenger template has them', async () => {
    await expect(templates().update('reminder_24h', 'zh', 'email', { bodyText: '提醒', subject: ' ' })).rejects.toMatchObject({
      code: 'validation_failed', errors: [{ path: 'body.subject', message: 'is required' }, { path: 'body.bodyHtml', message: 'is required' }],
    });
    await expect(templates().update('reminder_24h', 'zh', 'messenger', { bodyText: '提醒', subject: 'x' })).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
