import type { RouteObject } from 'react-router';
import { lazyPage } from './lazyPage';

/**
 * The shop's pages, grouped by domain; each page is its own chunk. Customer-account pages
 * (login, register, profile, orders, tickets, refunds) are added as `accountRoutes` beside
 * these — under `/account/…` — without touching the others.
 */
export const eventRoutes: RouteObject[] = [
  { path: 'events', Component: lazyPage(() => import('../events/EventListPage'), 'EventListPage') },
  { path: 'events/:id', Component: lazyPage(() => import('../events/EventPage'), 'EventPage') },
];

export const bookingRoutes: RouteObject[] = [
  { path: 'events/:id/seatmap', Component: lazyPage(() => import('../booking/BookingPage'), 'BookingPage') },
  { path: 'events/:id/checkout', Component: lazyPage(() => import('../checkout/CheckoutPage'), 'CheckoutPage') },
];

export const orderRoutes: RouteObject[] = [
  { path: 'orders/:id/return', Component: lazyPage(() => import('../orders/PaymentReturnPage'), 'PaymentReturnPage') },
  { path: 'orders/:id', Component: lazyPage(() => import('../orders/OrderPage'), 'OrderPage') },
];

export const legalRoutes: RouteObject[] = [
  { path: 'legal/offer', Component: lazyPage(() => import('../legal/LegalPage'), 'OfferPage') },
  { path: 'legal/privacy', Component: lazyPage(() => import('../legal/LegalPage'), 'PrivacyPage') },
];
