import type { Schemas } from '@prichal/sdk';

export type EventSummary = Schemas['EventSummary'];
export type EventList = Schemas['EventList'];
export type EventDetail = Schemas['Event'];

/** What narrows the list; grows with dates, routes, berths and prices later. */
export interface EventListFilters {
  q: string;
}
