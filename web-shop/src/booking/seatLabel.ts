import type { TFunction } from 'i18next';
import type { SeatInfo, SeatStatus } from './types';

/**
 * A seat's accessible name in the current language — "Deck 1, row 3, seat 12, 1 500 ₽" —
 * followed by why it cannot be taken and its accessibility features.
 */
export function seatLabel(t: TFunction, seat: SeatInfo, priceText: string | null, status: SeatStatus): string {
  const place = { deck: seat.deckLevel, row: seat.rowLabel, seat: seat.number };
  const parts = [priceText ? t('seatmap.seatName', { ...place, price: priceText }) : t('seatmap.seatNameNoPrice', place)];
  if (status === 'sold' || status === 'reserved' || status === 'unknown') parts.push(t(`seatmap.status.${status}`));
  if (seat.accessibility.wheelchair) parts.push(t('seatmap.access.wheelchair'));
  if (seat.accessibility.companion) parts.push(t('seatmap.access.companion'));
  if (seat.accessibility.restrictedView) parts.push(t('seatmap.access.restrictedView'));
  return parts.join(t('seatmap.separator'));
}

/** "row 3, seat 12" for notices and the selection list. */
export function seatShortName(t: TFunction, seat: SeatInfo): string {
  return t('seatmap.seatShort', { deck: seat.deckLevel, row: seat.rowLabel, seat: seat.number });
}
