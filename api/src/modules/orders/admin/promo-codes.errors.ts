import { AppError, type FieldProblem } from '../../../platform/errors/app-error';

/** The problems of promo code management (the codes and answers catalog management gave them before they moved here). */
export const PromoCodeErrors = {
  notFound: (id: string) => new AppError('promo_not_found', 404, { detail: `No promo ${id}`, params: { id } }),
  invalid: (errors: FieldProblem[]) =>
    new AppError('validation_failed', 400, { detail: `Invalid request: ${errors.map((e) => `${e.path} — ${e.message}`).join('; ')}`, errors }),
  codeTaken: (code: string) => new AppError('promo_code_taken', 409, { detail: `The code ${code} is taken`, params: { code } }),
};
