import { isRecord } from '../lib/storage';

/** Settings of this deployment that the built shop reads when it starts. */
export interface RuntimeConfig {
  /** Self-hosted Matomo; null = no tracking. */
  matomo: { url: string; siteId: string } | null;
}

/** Build-time fallbacks (`vite dev`), from VITE_MATOMO_URL / VITE_MATOMO_SITE_ID. */
export interface BuildEnv {
  VITE_MATOMO_URL?: string | undefined;
  VITE_MATOMO_SITE_ID?: string | undefined;
}

function matomoOf(url: unknown, siteId: unknown): RuntimeConfig['matomo'] {
  if (typeof url !== 'string' || !/^https?:\/\//.test(url)) return null;
  const id = typeof siteId === 'number' ? String(siteId) : siteId;
  if (typeof id !== 'string' || !/^\d+$/.test(id)) return null;
  return { url: url.endsWith('/') ? url : `${url}/`, siteId: id };
}

/**
 * The config the API writes into index.html (`<script type="application/json"
 * id="runtime-config">`, from MATOMO_URL and MATOMO_SITE_ID), else the build's env: one build
 * serves every deployment, and `vite dev` can still try tracking.
 */
export function parseRuntimeConfig(json: string | null | undefined, env: BuildEnv = {}): RuntimeConfig {
  if (json) {
    try {
      const value: unknown = JSON.parse(json);
      if (isRecord(value)) {
        const matomo = isRecord(value.matomo) ? matomoOf(value.matomo.url, value.matomo.siteId) : null;
        return { matomo };
      }
    } catch {
      // A broken element counts as none.
    }
  }
  return { matomo: matomoOf(env.VITE_MATOMO_URL, env.VITE_MATOMO_SITE_ID) };
}
