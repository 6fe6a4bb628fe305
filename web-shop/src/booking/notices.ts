import { ApiError } from '@prichal/sdk';

/** A message on the booking page: `alert` interrupts a screen reader, `status` waits its turn. */
export interface Notice {
  role: 'alert' | 'status';
  text: string;
}

/** The seats an error says someone else has (409 seats_taken names them). */
export function takenSeatsOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.problem.code !== 'seats_taken') return [];
  const seats = error.problem.params?.seats;
  return Array.isArray(seats) ? seats.filter((s): s is string => typeof s === 'string') : [];
}
