/**
 * The tables the catalog module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 *
 * runtime_setting holds the hold TTL, which the catalog settings screen edits and nothing else
 * reads from the table (seating takes the value it was built with).
 */
export const CATALOG_TABLES = [
  'berth',
  'catalog_settings',
  'deck',
  'deck_section',
  'event',
  'event_price',
  'event_ticket_type',
  'route',
  'route_stop',
  'runtime_setting',
  'seat',
  'seat_category',
  'seat_row',
  'ticket_type',
  'vat_rate',
  'vessel',
] as const;
