import type { ReactNode } from 'react';
import { createBrowserRouter, Navigate, Outlet } from 'react-router';
import { LoginPage } from '../auth/LoginPage';
import type { Permission } from '../auth/permissions';
import { RequireAuth } from '../auth/RequireAuth';
import { CrashPage, HomeRedirect, NotFoundPage, RequirePermission } from './ErrorPages';
import { Layout } from './Layout';
import { lazyPage, PageLoading } from './lazyPage';

/** A pathless route letting its pages through only for a user holding `permission`. */
const guarded = (permission: Permission, children: Array<{ path?: string; index?: true; element?: ReactNode; lazy?: ReturnType<typeof lazyPage> }>) => ({
  element: <RequirePermission permission={permission}><Outlet /></RequirePermission>,
  children,
});

// Each section's pages load on first visit (their own chunks): the sign-in and the frame are
// all the first visit downloads.
/** Served under /admin/ (vite `base`); paths below are relative to it. */
export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginPage />, errorElement: <CrashPage /> },
    {
      element: <RequireAuth />,
      errorElement: <CrashPage />,
      HydrateFallback: PageLoading,
      children: [
        {
          path: '/',
          element: <Layout />,
          children: [
            { index: true, element: <HomeRedirect /> },
            guarded('orders:read', [
              { path: 'orders', lazy: lazyPage(() => import('../orders/OrderListPage'), 'OrderListPage') },
              { path: 'orders/:orderId', lazy: lazyPage(() => import('../orders/OrderPage'), 'OrderPage') },
              { path: 'boarding', lazy: lazyPage(() => import('../boarding/BoardingPage'), 'BoardingPage') },
            ]),
            guarded('orders:write', [{ path: 'orders/new', lazy: lazyPage(() => import('../orders/NewOrderPage'), 'NewOrderPage') }]),
            {
              path: 'catalog',
              element: <RequirePermission permission="catalog:read"><Outlet /></RequirePermission>,
              children: [
                {
                  lazy: lazyPage(() => import('../catalog/CatalogLayout'), 'CatalogLayout'),
                  children: [
                    { index: true, element: <Navigate to="sailings" replace /> },
                    { path: 'sailings', lazy: lazyPage(() => import('../catalog/SailingsPage'), 'SailingsPage') },
                    guarded('catalog:write', [{ path: 'sailings/new', lazy: lazyPage(() => import('../catalog/SailingPage'), 'NewSailingPage') }]),
                    { path: 'sailings/:eventId', lazy: lazyPage(() => import('../catalog/SailingPage'), 'SailingPage') },
                    { path: 'vessels', lazy: lazyPage(() => import('../catalog/VesselsPage'), 'VesselsPage') },
                    { path: 'vessels/:vesselId', lazy: lazyPage(() => import('../catalog/VesselPage'), 'VesselPage') },
                    { path: 'berths', lazy: lazyPage(() => import('../catalog/BerthsPage'), 'BerthsPage') },
                    { path: 'routes', lazy: lazyPage(() => import('../catalog/RoutesPage'), 'RoutesPage') },
                    { path: 'ticket-types', lazy: lazyPage(() => import('../catalog/TicketTypesPage'), 'TicketTypesPage') },
                    { path: 'seat-categories', lazy: lazyPage(() => import('../catalog/TicketTypesPage'), 'SeatCategoriesPage') },
                    { path: 'promo-codes', lazy: lazyPage(() => import('../catalog/PromosPage'), 'PromosPage') },
                  ],
                },
              ],
            },
            {
              path: 'settings',
              element: <RequirePermission permission="settings:read"><Outlet /></RequirePermission>,
              children: [
                {
                  lazy: lazyPage(() => import('../settings/SettingsLayout'), 'SettingsLayout'),
                  children: [
                    { index: true, lazy: lazyPage(() => import('../settings/SettingsPage'), 'SettingsPage') },
                    { path: 'requisites', lazy: lazyPage(() => import('../settings/RequisitesPage'), 'RequisitesPage') },
                    { path: 'templates', lazy: lazyPage(() => import('../settings/TemplatesPage'), 'TemplatesPage') },
                    { path: 'templates/:type/:locale/:channel', lazy: lazyPage(() => import('../settings/TemplatePage'), 'TemplatePage') },
                    { path: 'jobs', lazy: lazyPage(() => import('../settings/DeadJobsPage'), 'DeadJobsPage') },
                  ],
                },
              ],
            },
            guarded('catalog:read', [{ path: 'events', lazy: lazyPage(() => import('../events/EventListPage'), 'EventListPage') }]),
            guarded('users:read', [
              { path: 'users', lazy: lazyPage(() => import('../users/UsersPage'), 'UsersPage') },
              { path: 'users/:userId', lazy: lazyPage(() => import('../users/UserPage'), 'UserPage') },
            ]),
            guarded('audit:read', [{ path: 'audit', lazy: lazyPage(() => import('../audit/AuditPage'), 'AuditPage') }]),
            { path: 'account', lazy: lazyPage(() => import('../account/AccountPage'), 'AccountPage') },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
);
