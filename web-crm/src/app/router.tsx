import { createBrowserRouter, Navigate } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { CrashPage, HomeRedirect, NotFoundPage, RequirePermission } from './ErrorPages';
import { Layout } from './Layout';
import { lazyPage } from './lazyPage';

// Each section's pages load on first visit (their own chunks): the sign-in and the frame are
// all the first visit downloads.
const OrderListPage = lazyPage(() => import('../orders/OrderListPage'), 'OrderListPage');
const NewOrderPage = lazyPage(() => import('../orders/NewOrderPage'), 'NewOrderPage');
const OrderPage = lazyPage(() => import('../orders/OrderPage'), 'OrderPage');
const BoardingPage = lazyPage(() => import('../boarding/BoardingPage'), 'BoardingPage');
const CatalogLayout = lazyPage(() => import('../catalog/CatalogLayout'), 'CatalogLayout');
const SailingsPage = lazyPage(() => import('../catalog/SailingsPage'), 'SailingsPage');
const NewSailingPage = lazyPage(() => import('../catalog/SailingPage'), 'NewSailingPage');
const SailingPage = lazyPage(() => import('../catalog/SailingPage'), 'SailingPage');
const VesselsPage = lazyPage(() => import('../catalog/VesselsPage'), 'VesselsPage');
const VesselPage = lazyPage(() => import('../catalog/VesselPage'), 'VesselPage');
const BerthsPage = lazyPage(() => import('../catalog/BerthsPage'), 'BerthsPage');
const RoutesPage = lazyPage(() => import('../catalog/RoutesPage'), 'RoutesPage');
const TicketTypesPage = lazyPage(() => import('../catalog/TicketTypesPage'), 'TicketTypesPage');
const SeatCategoriesPage = lazyPage(() => import('../catalog/TicketTypesPage'), 'SeatCategoriesPage');
const PromosPage = lazyPage(() => import('../catalog/PromosPage'), 'PromosPage');
const EventListPage = lazyPage(() => import('../events/EventListPage'), 'EventListPage');
const SettingsLayout = lazyPage(() => import('../settings/SettingsLayout'), 'SettingsLayout');
const SettingsPage = lazyPage(() => import('../settings/SettingsPage'), 'SettingsPage');
const RequisitesPage = lazyPage(() => import('../settings/RequisitesPage'), 'RequisitesPage');
const TemplatesPage = lazyPage(() => import('../settings/TemplatesPage'), 'TemplatesPage');
const TemplatePage = lazyPage(() => import('../settings/TemplatePage'), 'TemplatePage');
const DeadJobsPage = lazyPage(() => import('../settings/DeadJobsPage'), 'DeadJobsPage');
const UsersPage = lazyPage(() => import('../users/UsersPage'), 'UsersPage');
const UserPage = lazyPage(() => import('../users/UserPage'), 'UserPage');
const AuditPage = lazyPage(() => import('../audit/AuditPage'), 'AuditPage');
const AccountPage = lazyPage(() => import('../account/AccountPage'), 'AccountPage');

/** Served under /admin/ (vite `base`); paths below are relative to it. */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage />, errorElement: <CrashPage /> },
    {
      element: <RequireAuth />,
      errorElement: <CrashPage />,
      children: [
        {
          path: '/',
          element: <Layout />,
          children: [
            { index: true, element: <HomeRedirect /> },
            { path: 'orders', element: <RequirePermission permission="orders:read"><OrderListPage /></RequirePermission> },
            { path: 'orders/new', element: <RequirePermission permission="orders:write"><NewOrderPage /></RequirePermission> },
            { path: 'orders/:orderId', element: <RequirePermission permission="orders:read"><OrderPage /></RequirePermission> },
            { path: 'boarding', element: <RequirePermission permission="orders:read"><BoardingPage /></RequirePermission> },
            {
              path: 'catalog',
              element: <RequirePermission permission="catalog:read"><CatalogLayout /></RequirePermission>,
              children: [
                { index: true, element: <Navigate to="sailings" replace /> },
                { path: 'sailings', element: <SailingsPage /> },
                { path: 'sailings/new', element: <RequirePermission permission="catalog:write"><NewSailingPage /></RequirePermission> },
                { path: 'sailings/:eventId', element: <SailingPage /> },
                { path: 'vessels', element: <VesselsPage /> },
                { path: 'vessels/:vesselId', element: <VesselPage /> },
                { path: 'berths', element: <BerthsPage /> },
                { path: 'routes', element: <RoutesPage /> },
                { path: 'ticket-types', element: <TicketTypesPage /> },
                { path: 'seat-categories', element: <SeatCategoriesPage /> },
                { path: 'promo-codes', element: <PromosPage /> },
              ],
            },
            {
              path: 'settings',
              element: <RequirePermission permission="settings:read"><SettingsLayout /></RequirePermission>,
              children: [
                { index: true, element: <SettingsPage /> },
                { path: 'requisites', element: <RequisitesPage /> },
                { path: 'templates', element: <TemplatesPage /> },
                { path: 'templates/:type/:locale/:channel', element: <TemplatePage /> },
                { path: 'jobs', element: <DeadJobsPage /> },
              ],
            },
            { path: 'events', element: <RequirePermission permission="catalog:read"><EventListPage /></RequirePermission> },
            { path: 'users', element: <RequirePermission permission="users:read"><UsersPage /></RequirePermission> },
            { path: 'users/:userId', element: <RequirePermission permission="users:read"><UserPage /></RequirePermission> },
            { path: 'audit', element: <RequirePermission permission="audit:read"><AuditPage /></RequirePermission> },
            { path: 'account', element: <AccountPage /> },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
);
