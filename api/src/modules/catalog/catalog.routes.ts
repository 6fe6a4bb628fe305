import { createRoute } from '@hono/zod-openapi';
import { jsonResponse } from '../../platform/http/openapi-content';
import { problemResponses } from '../../platform/http/problem-responses';
import {
  EventFiltersSchema, EventIdParams, EventListSchema, EventSchema, LangQuery, ListEventsQuery, PriceListSchema, SeatLayoutSchema,
  TicketTypeListSchema,
} from './catalog.schemas';

const notModified = { 304: { description: 'Not modified since the ETag given in If-None-Match' } };

export const listEventsRoute = createRoute({
  method: 'get',
  path: '/events',
  operationId: 'listEvents',
  tags: ['catalog'],
  summary: 'Upcoming sailings, filtered, searched and paginated by departure',
  request: { query: ListEventsQuery },
  responses: { 200: jsonResponse(EventListSchema, 'A page of sailings'), ...notModified, ...problemResponses(400) },
});

export const getEventRoute = createRoute({
  method: 'get',
  path: '/events/{id}',
  operationId: 'getEvent',
  tags: ['catalog'],
  summary: 'One sailing with its route, berth, vessel and VAT',
  request: { params: EventIdParams, query: LangQuery },
  responses: { 200: jsonResponse(EventSchema, 'The sailing'), ...notModified, ...problemResponses(400, 404) },
});

export const getSeatLayoutRoute = createRoute({
  method: 'get',
  path: '/events/{id}/seat-layout',
  operationId: 'getSeatLayout',
  tags: ['catalog'],
  summary: "The vessel's decks, sections, rows and seats with categories and accessibility",
  request: { params: EventIdParams, query: LangQuery },
  responses: { 200: jsonResponse(SeatLayoutSchema, 'The seat layout'), ...notModified, ...problemResponses(400, 404) },
});

export const getTicketTypesRoute = createRoute({
  method: 'get',
  path: '/events/{id}/ticket-types',
  operationId: 'getTicketTypes',
  tags: ['catalog'],
  summary: 'Ticket types sold on the sailing',
  request: { params: EventIdParams, query: LangQuery },
  responses: { 200: jsonResponse(TicketTypeListSchema, 'Ticket types'), ...notModified, ...problemResponses(400, 404) },
});

export const getPricesRoute = createRoute({
  method: 'get',
  path: '/events/{id}/prices',
  operationId: 'getPrices',
  tags: ['catalog'],
  summary: 'Prices per ticket type and seat category with VAT',
  request: { params: EventIdParams },
  responses: { 200: jsonResponse(PriceListSchema, 'The price list'), ...notModified, ...problemResponses(400, 404) },
});

export const getEventFiltersRoute = createRoute({
  method: 'get',
  path: '/event-filters',
  operationId: 'getEventFilters',
  tags: ['catalog'],
  summary: "What the sailing list can be filtered by: routes, berths and the price range of upcoming sailings",
  request: { query: LangQuery },
  responses: { 200: jsonResponse(EventFiltersSchema, 'Filter options'), ...notModified, ...problemResponses(400) },
});
