import { createBrowserRouter, Navigate } from 'react-router';
import { EventListPage } from '../events/EventListPage';
import { EventPage } from '../events/EventPage';
import { Layout } from './Layout';
import { CrashPage, NotFoundPage } from './ErrorPages';

export const router = createBrowserRouter([
  {
    path: '/',
    element: <Layout />,
    errorElement: <CrashPage />,
    children: [
      { index: true, element: <Navigate to="/events" replace /> },
      { path: 'events', element: <EventListPage /> },
      { path: 'events/:id', element: <EventPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);
