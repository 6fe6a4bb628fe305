/**
 * The tables the seating module owns: only its own files read or write them; another module
 * calls its functions (checked by modules/table-ownership.test.ts).
 */
export const SEATING_TABLES = ['ga_hold_item', 'ga_inventory', 'ga_type_inventory', 'hold', 'seat_claim'] as const;
