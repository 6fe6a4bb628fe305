import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('applies defaults: port 3000, embedded database, demo catalog outside production', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ PORT: 3000, NODE_ENV: 'development', DEMO_CATALOG: true, PUBLIC_BASE_URL: 'http://localhost:3000' });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(loadConfig({ NODE_ENV: 'production', APP_SECRET: 'x'.repeat(32) }).DEMO_CATALOG).toBe(false);
    expect(loadConfig({ DEMO_CATALOG: 'false' }).DEMO_CATALOG).toBe(false);
  });

  it('stops with a message naming every wrong variable', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url', LOG_LEVEL: 'loud' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'not a url' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/DATABASE_URL/);
    }
  });

  it('requires APP_SECRET in production, where tokens must survive restarts', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/APP_SECRET/);
    expect(() => loadConfig({ APP_SECRET: 'short' })).toThrow(/APP_SECRET/);
  });

  it('takes Matomo as a URL and a numeric site id, both or neither', () => {
    expect(loadConfig({ MATOMO_URL: 'https://stats.example.ru/', MATOMO_SITE_ID: '3' })).toMatchObject({ MATOMO_URL: 'https://stats.example.ru/', MATOMO_SITE_ID: 3 });
    expect(() => loadConfig({ MATOMO_URL: 'https://stats.example.ru/' })).toThrow(/MATOMO_SITE_ID/);
    expect(() => loadConfig({ MATOMO_URL: 'https://stats.example.ru/', MATOMO_SITE_ID: 'main' })).toThrow(/MATOMO_SITE_ID/);
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it('mails from the public host unless MAIL_FROM says otherwise, to SMTP_URL only when it is an SMTP URL', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://tickets.prichal.ru' }).MAIL_FROM).toBe('Причал <noreply@tickets.prichal.ru>');
    expect(loadConfig({ MAIL_FROM: 'Prichal <hello@prichal.ru>' }).MAIL_FROM).toBe('Prichal <hello@prichal.ru>');
    expect(() => loadConfig({ SMTP_URL: 'http://mail.example' })).toThrow(/SMTP_URL/);
    expect(loadConfig({ SMTP_URL: 'smtps://user:pass@smtp.example:465' }).SMTP_URL).toBe('smtps://user:pass@smtp.example:465');
  });

  it('takes the WhatsApp token and phone number id together', () => {
    expect(() => loadConfig({ WHATSAPP_ACCESS_TOKEN: 'token' })).toThrow(/WHATSAPP_PHONE_NUMBER_ID/);
    expect(loadConfig({ WHATSAPP_ACCESS_TOKEN: 'token', WHATSAPP_PHONE_NUMBER_ID: '1234' }).WHATSAPP_API_URL).toBe('https://graph.facebook.com/v21.0');
  });
});
