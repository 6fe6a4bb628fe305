/** React Query keys of booking: the session's own view of a sailing's seats. */
export const bookingKeys = {
  all: ['booking'] as const,
  seatStatus: (eventId: string, sessionId: string) => [...bookingKeys.all, 'seats', eventId, sessionId] as const,
};
