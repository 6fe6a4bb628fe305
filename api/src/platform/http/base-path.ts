/**
 * Where the versioned API is mounted. Kept apart from app.ts so that whoever builds URLs into
 * the API (document links in e-mails, the composition root) needs no import of the routers.
 *
 * @example
 * const link = `${PUBLIC_BASE_URL}${API_BASE_PATH}/orders/${id}/documents`;
 */
export const API_BASE_PATH = '/api/v1';
