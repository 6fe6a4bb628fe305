import { createBrowserRouter, Navigate } from 'react-router';
import { EventListPage } from '../events/EventListPage';
import { CrashPage, NotFoundPage } from './ErrorPages';
import { Layout } from './Layout';

/** Served under /admin/ (vite `base`); paths below are relative to it. */
export const router = createBrowserRouter(
  [
    {
      path: '/',
      element: <Layout />,
      errorElement: <CrashPage />,
      children: [
        { index: true, element: <Navigate to="/events" replace /> },
        { path: 'events', element: <EventListPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ],
  { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
);
