import { ApiError } from '@prichal/sdk';

/** What the API would say about a sailing id it cannot find, without asking it. */
export function notFound(id: string): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Not Found', status: 404, detail: `No sailing with id ${id}`, code: 'event_not_found' });
}
