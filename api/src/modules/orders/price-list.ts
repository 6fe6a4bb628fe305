import type { Queryable } from '../../platform/db/sql-client';
import { localize, type Lang, type LocalizedText } from '../../platform/http/locale';
import type { VatMode } from '../catalog/vat';
import { OrderErrors } from './orders.errors';

export interface SailingPrices {
  title: LocalizedText;
  startsAt: Date;
  vatMode: VatMode;
  vatPercent: number;
  /** The first ticket type by the catalog's order (usually "adult"). */
  defaultTicketTypeId: string;
  priceOf(ticketTypeId: string, seatCategoryId: string | null): number;
  ticketTypeName(ticketTypeId: string, lang: Lang): string;
}

/** The sailing's price list, read inside the order's transaction: prices come only from here. */
export async function loadSailingPrices(tx: Queryable, eventId: string): Promise<SailingPrices> {
  const [event] = (await tx.query(
    `SELECT e.title, e.starts_at, COALESCE(e.vat_mode, s.default_vat_mode) AS vat_mode,
            COALESCE(e.vat_percent, s.default_vat_percent) AS vat_percent
       FROM event e CROSS JOIN catalog_settings s WHERE e.id = $1`,
    [eventId],
  )) as Array<{ title: LocalizedText; starts_at: Date; vat_mode: VatMode; vat_percent: number }>;
  if (!event) throw OrderErrors.holdNotFound([]);
  const rows = (await tx.query(
    `SELECT p.ticket_type_id, p.seat_category_id, p.amount_kopecks, t.name, t.sort_order
       FROM event_price p JOIN ticket_type t ON t.id = p.ticket_type_id
      WHERE p.event_id = $1 AND t.deleted_at IS NULL
      ORDER BY t.sort_order, t.code`,
    [eventId],
  )) as Array<{ ticket_type_id: string; seat_category_id: string | null; amount_kopecks: number; name: LocalizedText }>;
  const prices = new Map(rows.map((r) => [`${r.ticket_type_id}/${r.seat_category_id ?? ''}`, r.amount_kopecks]));
  const names = new Map(rows.map((r) => [r.ticket_type_id, r.name]));
  const first = rows[0];
  if (!first) throw OrderErrors.priceMissing('', null);
  return {
    title: event.title,
    startsAt: event.starts_at,
    vatMode: event.vat_mode,
    vatPercent: event.vat_percent,
    defaultTicketTypeId: first.ticket_type_id,
    priceOf(ticketTypeId, seatCategoryId) {
      if (!names.has(ticketTypeId)) throw OrderErrors.unknownTicketType(ticketTypeId);
      // A price for the seat's category wins over the type's any-seat price.
      const price = prices.get(`${ticketTypeId}/${seatCategoryId ?? ''}`) ?? prices.get(`${ticketTypeId}/`);
      if (price === undefined) throw OrderErrors.priceMissing(ticketTypeId, seatCategoryId);
      return price;
    },
    ticketTypeName(ticketTypeId, lang) {
      return localize(names.get(ticketTypeId), lang);
    },
  };
}
