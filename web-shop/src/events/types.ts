import type { Schemas } from '@prichal/sdk';

export type EventSummary = Schemas['EventSummary'];
export type EventList = Schemas['EventList'];
export type EventDetail = Schemas['Event'];
export type EventFilterOptions = Schemas['EventFilters'];
export type { EventListFilters } from './filters';
