import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Where `npm start -w api` listens; in production the API serves this SPA under /admin/. */
const API_ORIGIN = 'http://localhost:3000';
const apiProxy = { '/api': { target: API_ORIGIN, changeOrigin: true } };

export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  // dist/.vite/manifest.json lets scripts/bundle-size.mjs add up what the first visit loads.
  build: { manifest: true },
  server: { port: 5174, proxy: apiProxy },
  preview: { port: 4174, proxy: apiProxy },
});
