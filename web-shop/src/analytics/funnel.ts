/**
 * The purchase funnel as Matomo events (category "funnel"), in the order a buyer moves
 * through it. Matomo's funnel report is built from these actions; keep the names stable.
 */
export const FUNNEL_STEPS = [
  'list_viewed',
  'search',
  'event_viewed',
  'seat_selected',
  'checkout_started',
  'payment_started',
  'paid',
] as const;

export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export const FUNNEL_CATEGORY = 'funnel';
