import type { RouteObject } from 'react-router';
import { lazyPage } from './lazyPage';

/** The shop's pages, grouped by domain; each page is its own chunk. */
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

/**
 * Customer accounts: the pages anyone can open (log in, register, the emailed links), and the
 * signed-in part under one layout that sends anyone else to the login page and back.
 */
export const accountRoutes: RouteObject[] = [
  { path: 'account/login', Component: lazyPage(() => import('../account/LoginPage'), 'LoginPage') },
  { path: 'account/register', Component: lazyPage(() => import('../account/RegisterPage'), 'RegisterPage') },
  { path: 'account/verify', Component: lazyPage(() => import('../account/VerifyEmailPage'), 'VerifyEmailPage') },
  { path: 'account/confirm-email', Component: lazyPage(() => import('../account/ConfirmEmailChangePage'), 'ConfirmEmailChangePage') },
  { path: 'account/forgot', Component: lazyPage(() => import('../account/ForgotPasswordPage'), 'ForgotPasswordPage') },
  { path: 'account/reset', Component: lazyPage(() => import('../account/ResetPasswordPage'), 'ResetPasswordPage') },
  {
    path: 'account',
    Component: lazyPage(() => import('../account/AccountLayout'), 'AccountLayout'),
    children: [
      { index: true, Component: lazyPage(() => import('../account/ProfilePage'), 'ProfilePage') },
      { path: 'orders', Component: lazyPage(() => import('../account/MyOrdersPage'), 'MyOrdersPage') },
      { path: 'orders/:id', Component: lazyPage(() => import('../account/MyOrderPage'), 'MyOrderPage') },
    ],
  },
];
