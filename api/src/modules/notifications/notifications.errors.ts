import { AppError } from '../../platform/errors/app-error';

export const NotificationErrors = {
  templateNotFound: (type: string, locale: string, channel: string) =>
    new AppError('notification_template_not_found', 404, {
      detail: `No ${channel} template for ${type} in ${locale}`,
      params: { type, locale, channel },
    }),
  unknownPlaceholders: (field: string, placeholders: string[], allowed: readonly string[]) =>
    new AppError('template_placeholder_unknown', 422, {
      detail: `Unknown placeholders ${placeholders.map((p) => `{{${p}}}`).join(', ')}; this message knows ${allowed.join(', ')}`,
      params: { placeholders, allowed: [...allowed] },
      errors: [{ path: `body.${field}`, message: `unknown placeholders: ${placeholders.join(', ')}` }],
    }),
  missingPlaceholders: (field: string, placeholders: string[]) =>
    new AppError('template_placeholder_missing', 422, {
      detail: `This message needs ${placeholders.map((p) => `{{${p}}}`).join(', ')}`,
      params: { placeholders },
      errors: [{ path: `body.${field}`, message: `must use: ${placeholders.join(', ')}` }],
    }),
  malformedPlaceholders: (field: string, fragments: string[]) =>
    new AppError('template_placeholder_malformed', 422, {
      detail: `Not a placeholder: ${fragments.join(', ')} (write {{name}})`,
      params: { fragments },
      errors: [{ path: `body.${field}`, message: `malformed: ${fragments.join(', ')}` }],
    }),
};
