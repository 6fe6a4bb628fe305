import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { startSession } from './account/session';
import { initAnalytics } from './analytics/matomo';
import { createQueryClient } from './app/queryClient';
import { router } from './app/router';
import { parseRuntimeConfig } from './app/runtimeConfig';
import { initI18n } from './i18n';
import { captureUtm } from './lib/utm';
import './styles.css';

initI18n();
captureUtm(window.location.search);
startSession();
const config = parseRuntimeConfig(document.getElementById('runtime-config')?.textContent, {
  VITE_MATOMO_URL: import.meta.env.VITE_MATOMO_URL as string | undefined,
  VITE_MATOMO_SITE_ID: import.meta.env.VITE_MATOMO_SITE_ID as string | undefined,
});
initAnalytics(config.matomo);
const queryClient = createQueryClient();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
