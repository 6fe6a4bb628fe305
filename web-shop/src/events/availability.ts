/** Under this share of the vessel left, a sailing is flagged "few seats left". */
export const FEW_SEATS_SHARE = 0.1;

export type Availability = 'available' | 'few' | 'soldOut';

/** How full a sailing is, from the places left and the vessel's capacity. */
export function availabilityOf(remaining: number, capacity: number): Availability {
  if (remaining <= 0) return 'soldOut';
  return remaining < capacity * FEW_SEATS_SHARE ? 'few' : 'available';
}
