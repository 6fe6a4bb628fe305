import { createBrowserRouter, Navigate } from 'react-router';
import { CrashPage, NotFoundPage } from './ErrorPages';
import { Layout } from './Layout';
import { accountRoutes, bookingRoutes, eventRoutes, legalRoutes, orderRoutes } from './routes';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <CrashPage />,
    children: [
      { index: true, element: <Navigate to="/events" replace /> },
      ...eventRoutes,
      ...bookingRoutes,
      ...orderRoutes,
      ...legalRoutes,
      ...accountRoutes,
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
