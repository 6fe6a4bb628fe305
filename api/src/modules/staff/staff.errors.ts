import { AppError } from '../../platform/errors/app-error';

export const StaffErrors = {
  authenticationRequired: (reason: 'missing' | 'invalid' | 'revoked' = 'missing') =>
    new AppError('authentication_required', 401, {
      detail: reason === 'missing' ? 'Sign in to the CRM first' : reason === 'revoked' ? 'This sign-in has ended' : 'The access token is not valid',
      params: { reason },
    }),
  invalidCredentials: () => new AppError('invalid_credentials', 401, { detail: 'Wrong e-mail or password' }),
  invalidRefreshToken: () => new AppError('invalid_refresh_token', 401, { detail: 'The refresh token is unknown, used, expired or revoked' }),
  permissionDenied: (permission: string) =>
    new AppError('permission_denied', 403, { detail: `This needs the ${permission} permission`, params: { permission } }),
  passwordChangeRequired: () =>
    new AppError('password_change_required', 403, { detail: 'Choose a new password before anything else' }),
  wrongPassword: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: body.currentPassword — is not your current password',
      errors: [{ path: 'body.currentPassword', message: 'is not your current password' }],
    }),
  weakPassword: (message: string, path = 'body.newPassword') =>
    new AppError('validation_failed', 400, { detail: `Invalid request: ${path} — ${message}`, errors: [{ path, message }] }),
  userNotFound: (id: string) => new AppError('staff_user_not_found', 404, { detail: `No staff user ${id}`, params: { userId: id } }),
  emailTaken: (email: string) =>
    new AppError('staff_email_taken', 409, { detail: `A staff user with ${email} exists`, params: { email } }),
  administratorOnly: () =>
    new AppError('administrator_only', 403, { detail: 'Only an administrator may create, change or deactivate administrators' }),
  escalation: (permissions: string[]) =>
    new AppError('permission_escalation', 403, {
      detail: `You cannot grant permissions you do not hold: ${permissions.join(', ')}`,
      params: { permissions },
    }),
  notYourself: () => new AppError('cannot_change_own_access', 409, { detail: 'Nobody can deactivate themselves or change their own role' }),
  lastAdministrator: () =>
    new AppError('last_administrator', 409, { detail: 'The last active administrator cannot be deactivated or demoted' }),
};
