import { describe, expect, it } from '@jest/globals';
import { ApiError } from '@prichal/sdk';
import i18next from 'i18next';
import ru from '../i18n/locales/ru.json';
import { apiFieldErrors, emailChangeFieldErrors, newPasswordError } from './formErrors';

/** The shop's Russian texts, through i18next as the shop uses them. */
const i18n = i18next.createInstance();
void i18n.init({ lng: 'ru', resources: { ru: { translation: ru } }, initAsync: false, interpolation: { escapeValue: false } });
const t = i18n.t;

const problem = (code: string, status: number, extra: Record<string, unknown> = {}) =>
  new ApiError({ type: 'about:blank', title: 'x', status, detail: 'x', code, ...extra });

describe('account form errors', () => {
  it('puts the password policy’s reason beside the password field it names', () => {
    const error = problem('password_too_weak', 400, { params: { reason: 'too_common', minLength: 10 }, errors: [{ path: 'body.newPassword', message: 'is one of the most common passwords' }] });
    expect(apiFieldErrors(t, error)).toEqual({ newPassword: 'Это один из самых распространённых паролей — придумайте другой.' });
  });

  it('names the field of a refused phone, a wrong current password and a taken email, in Russian', () => {
    expect(apiFieldErrors(t, problem('validation_failed', 400, { errors: [{ path: 'body.phone', message: 'is not a valid phone number' }] }))).toEqual({
      phone: 'Проверьте номер телефона, например +7 921 123-45-67.',
    });
    expect(apiFieldErrors(t, problem('current_password_incorrect', 403))).toEqual({ currentPassword: 'Текущий пароль указан неверно.' });
    expect(apiFieldErrors(t, problem('email_already_registered', 409))?.email).toMatch(/уже есть/);
  });

  it('puts the refusals of an email change beside the new address or the current password', () => {
    const unchanged = problem('validation_failed', 400, { errors: [{ path: 'body.newEmail', message: 'is already the email of this account' }] });
    expect(emailChangeFieldErrors(t, unchanged, 'Maria@Example.ru ', 'maria@example.ru')).toEqual({ newEmail: 'Это и есть адрес вашего аккаунта.' });
    const malformed = problem('validation_failed', 400, { errors: [{ path: 'body.newEmail', message: 'Invalid email address' }] });
    expect(emailChangeFieldErrors(t, malformed, 'maria@', 'maria@example.ru')).toEqual({ newEmail: 'Проверьте адрес эл. почты, например maria@example.ru.' });
    expect(emailChangeFieldErrors(t, problem('email_already_registered', 409, { params: { email: 'olga@example.ru' } }), 'olga@example.ru', 'maria@example.ru')).toEqual({
      newEmail: 'Этот адрес уже занят другим аккаунтом.',
    });
    expect(emailChangeFieldErrors(t, problem('current_password_incorrect', 403), 'olga@example.ru', 'maria@example.ru')).toEqual({ currentPassword: 'Текущий пароль указан неверно.' });
    expect(emailChangeFieldErrors(t, problem('too_many_requests', 429, { params: { retryAfterSeconds: 60 } }), 'olga@example.ru', 'maria@example.ru')).toBeNull();
  });

  it('leaves problems about no field to the form-level message', () => {
    expect(apiFieldErrors(t, problem('too_many_requests', 429, { params: { retryAfterSeconds: 60 } }))).toBeNull();
    expect(apiFieldErrors(t, new TypeError('Failed to fetch'))).toBeNull();
  });

  it('checks a new password’s length in characters before asking the API', () => {
    expect(newPasswordError(t, 'короткий')).toBe('Пароль должен быть не короче 10 символов.');
    expect(newPasswordError(t, '白夜涅瓦河上的船2026')).toBeUndefined();
  });
});
