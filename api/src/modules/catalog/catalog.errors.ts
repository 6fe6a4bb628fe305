import { AppError } from '../../platform/errors/app-error';

export const CatalogErrors = {
  eventNotFound: (id: string) =>
    new AppError('event_not_found', 404, { detail: `No sailing with id ${id}`, params: { id } }),
  invalidCursor: () =>
    new AppError('validation_failed', 400, {
      detail: 'Invalid request: query.cursor — is not a cursor this API issued',
      errors: [{ path: 'query.cursor', message: 'is not a cursor this API issued' }],
    }),
};
