import { Berth } from './berth.entity';
import { CatalogEvent, EventPrice, EventTicketType } from './event.entity';
import { Route, RouteStop } from './route.entity';
import { Deck, DeckSection, Seat, SeatCategory, SeatRow } from './seat-layout.entity';
import { TicketType } from './ticket-type.entity';
import { Vessel } from './vessel.entity';

export { Berth, CatalogEvent, EventPrice, EventTicketType, Route, RouteStop, Deck, DeckSection, Seat, SeatCategory, SeatRow, TicketType, Vessel };

export const catalogEntities = [
  Berth, Vessel, SeatCategory, Deck, DeckSection, SeatRow, Seat, Route, RouteStop, TicketType,
  CatalogEvent, EventTicketType, EventPrice,
] as const;
