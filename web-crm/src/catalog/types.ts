import type { Schemas } from '@prichal/sdk';

export type LocalizedText = Schemas['LocalizedText'];
export type Berth = Schemas['AdminBerth'];
export type Route = Schemas['AdminRoute'];
export type TicketType = Schemas['AdminTicketType'];
export type SeatCategory = Schemas['AdminSeatCategory'];
export type Vessel = Schemas['AdminVessel'];
export type VesselDetail = Schemas['AdminVesselDetail'];
export type SeatLayout = Schemas['SeatLayoutInput'];
export type Sailing = Schemas['AdminSailing'];
export type Promo = Schemas['AdminPromo'];
export type VatMode = Schemas['VatMode'];

/** A catalog text in the user's language, else Russian (always present). */
export function localized(text: { ru: string; en?: string | null; zh?: string | null } | null | undefined, lang: 'ru' | 'en'): string {
  if (!text) return '';
  return (lang === 'en' && text.en) || text.ru;
}

/** Drops empty optional translations, which the API would store as empty strings. */
export function cleanText<T extends { ru: string; en?: string | null; zh?: string | null }>(text: T): T {
  return { ...text, ru: text.ru.trim(), en: text.en?.trim() || null, zh: text.zh?.trim() || null };
}

export const emptyText = (): LocalizedText => ({ ru: '', en: null, zh: null });
