import { createBrowserRouter, Navigate } from 'react-router';
import { BerthsPage } from '../catalog/BerthsPage';
import { CatalogLayout } from '../catalog/CatalogLayout';
import { PromosPage } from '../catalog/PromosPage';
import { RoutesPage } from '../catalog/RoutesPage';
import { NewSailingPage, SailingPage } from '../catalog/SailingPage';
import { SailingsPage } from '../catalog/SailingsPage';
import { SeatCategoriesPage, TicketTypesPage } from '../catalog/TicketTypesPage';
import { VesselPage } from '../catalog/VesselPage';
import { VesselsPage } from '../catalog/VesselsPage';
import { SettingsPage } from '../settings/SettingsPage';
import { AccountPage } from '../account/AccountPage';
import { AuditPage } from '../audit/AuditPage';
import { LoginPage } from '../auth/LoginPage';
import { RequireAuth } from '../auth/RequireAuth';
import { EventListPage } from '../events/EventListPage';
import { OrderListPage } from '../orders/OrderListPage';
import { NewOrderPage } from '../orders/NewOrderPage';
import { OrderPage } from '../orders/OrderPage';
import { UserPage } from '../users/UserPage';
import { UsersPage } from '../users/UsersPage';
import { CrashPage, HomeRedirect, NotFoundPage, RequirePermission } from './ErrorPages';
import { Layout } from './Layout';

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
            { path: 'settings', element: <RequirePermission permission="settings:read"><SettingsPage /></RequirePermission> },
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
