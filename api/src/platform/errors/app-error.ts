/** One field-level problem inside a 400 response. */
export interface FieldProblem {
  /** Where the bad value is, e.g. `query.dateFrom` or `body.customer.email`. */
  path: string;
  message: string;
}

/**
 * The one error class of the application. `code` is stable and machine-readable; the SPAs
 * translate it (with `params`) through i18next, so `detail` is for developers and logs.
 *
 * @example
 * throw new AppError('event_not_found', 404, { params: { id } });
 */
export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly params: Record<string, unknown> | undefined;
  readonly errors: FieldProblem[] | undefined;

  constructor(
    code: string,
    status: number,
    options: { detail?: string; params?: Record<string, unknown>; errors?: FieldProblem[] } = {},
  ) {
    super(options.detail ?? code);
    this.name = 'AppError';
    this.code = code;
    this.status = status;
    this.params = options.params;
    this.errors = options.errors;
  }
}

/** Errors shared by every module. */
export const CommonErrors = {
  validation: (errors: FieldProblem[]) =>
    new AppError('validation_failed', 400, {
      detail: `Invalid request: ${errors.map((e) => `${e.path} — ${e.message}`).join('; ')}`,
      errors,
    }),
  routeNotFound: (method: string, path: string) =>
    new AppError('route_not_found', 404, {
      detail: `No route for ${method} ${path}`,
      params: { method, path },
    }),
  unavailable: (dependency: string) =>
    new AppError('service_unavailable', 503, {
      detail: `${dependency} is not reachable`,
      params: { dependency },
    }),
};
