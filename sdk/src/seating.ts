/**
 * Typed seating calls: lock and unlock seats, best available, GA holds, seat status. Each
 * returns the API's body or throws an ApiError carrying the problem (e.g. `seats_taken` with
 * `params.seats`).
 *
 * @example
 * const seating = seatingApi(api);
 * const hold = await seating.lockSeats(eventId, sessionId, ['D1-R3-S12']);
 */
import type { Client } from 'openapi-fetch';
import type { components, paths } from './schema.js';
import { unwrap } from './unwrap.js';

type Schemas = components['schemas'];

export function seatingApi(api: Client<paths>) {
  const path = (id: string) => ({ path: { id } });
  return {
    async seatStatus(eventId: string, sessionId?: string): Promise<Schemas['Availability']> {
      return unwrap(await api.GET('/events/{id}/seats', { params: { ...path(eventId), query: sessionId ? { sessionId } : {} } }));
    },
    async lockSeats(eventId: string, sessionId: string, seats: string[]): Promise<Schemas['SeatHold']> {
      return unwrap(await api.POST('/events/{id}/seats/lock', { params: path(eventId), body: { sessionId, seats } }));
    },
    async unlockSeats(eventId: string, sessionId: string, seats: string[]): Promise<Schemas['ReleasedSeats']> {
      return unwrap(await api.POST('/events/{id}/seats/unlock', { params: path(eventId), body: { sessionId, seats } }));
    },
    async lockBestSeats(eventId: string, request: Schemas['BestSeatsRequest']): Promise<Schemas['SeatHold']> {
      return unwrap(await api.POST('/events/{id}/seats/best', { params: path(eventId), body: request }));
    },
    async holdPlaces(eventId: string, sessionId: string, items: Schemas['GaHoldRequest']['items']): Promise<Schemas['GaHold']> {
      return unwrap(await api.POST('/events/{id}/holds', { params: path(eventId), body: { sessionId, items } }));
    },
    async releaseHold(eventId: string, holdId: string, sessionId: string): Promise<void> {
      const result = await api.DELETE('/events/{id}/holds/{holdId}', { params: { path: { id: eventId, holdId }, query: { sessionId } } });
      if (result.error !== undefined) unwrap(result);
    },
  };
}
