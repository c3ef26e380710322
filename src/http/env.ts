import type { Chronology } from '../model/types';

/** Bindings and variables, declared in wrangler.toml (secrets: `.dev.vars` locally). */
export interface Env {
  /** Cache of chronologies, rendered bodies, the id registry and pages added through the API. */
  CHRONO_KV: KVNamespace;
  /** Feed and page title. Default "chronofeed". */
  SITE_TITLE?: string;
  /** Origin for permalinks and feed links (e.g. https://news.example.org). Default: the request's origin. */
  BASE_URL?: string;
  /** Curated data packs to read with (data/packs/), comma-separated. Default: none. */
  DATA_PACKS?: string;
  /** Bearer token for /admin; the admin routes are off without it. */
  ADMIN_TOKEN?: string;
}

/** What the chronology middleware gives every handler. */
export interface AppVariables {
  chron: Chronology;
  digest: string;
  /** Where the chronology came from for this request. */
  source: 'memory' | 'kv' | 'built' | 'fallback';
  origin: string;
  siteTitle: string;
}

export type AppEnv = { Bindings: Env; Variables: AppVariables };
