import type { Served } from '../chronology/served';
import type { Source, StaleReason, VersionRead } from './chronology-source';
import type { RequestQuery } from './query';

/** Bindings and variables, declared in wrangler.toml (secrets: `.dev.vars` locally). */
export interface Env {
  /** Cache of chronologies, rendered bodies and the id registry. */
  CHRONO_KV: KVNamespace;
  /** Pages added through the ingest API (`migrations/`). */
  DB: D1Database;
  /** Pages sent by PUT, merged by the consumer (src/queue/ingest.ts). */
  INGEST_QUEUE: Queue<{ name: string; sha256: string }>;
  /** Seconds after which a pending page is sent to the queue again (default 30; see INGEST.resendAfterS). */
  INGEST_RESEND_AFTER_S?: string;
  /** Feed and page title. Default "chronofeed". */
  SITE_TITLE?: string;
  /** Origin for permalinks and feed links (e.g. https://news.example.org). Default: the request's origin. */
  BASE_URL?: string;
  /** Curated data packs to read with (data/packs/), comma-separated. Default: none. */
  DATA_PACKS?: string;
  /** Bearer token for /admin; the admin routes are off without it. */
  ADMIN_TOKEN?: string;
  /** The one origin allowed to call /admin from a browser (CORS). Unset: admin routes send no CORS headers. */
  ADMIN_CORS_ORIGIN?: string;
  /** WebSub hub (e.g. https://pubsubhubbub.appspot.com/): feeds name it and a change of the chronology pings it. Unset: nothing. */
  WEBSUB_HUB?: string;
}

/** What the middleware gives every handler. */
export interface AppVariables {
  /** The chronology served (catalogues and its shelf of window pieces: chronology/served.ts). */
  served: Served;
  /** The page-set version the chronology was built from: part of every body's cache key. */
  version: string;
  /** Where the chronology came from for this request (`kv-body`: none was needed, the body was stored). */
  source: Source | 'kv-body';
  /** The page-set version as storedResponse read it (a request reads it at most once). */
  versionRead?: VersionRead;
  /** The body key storedResponse looked up and did not find (cachedBody does not read it again). */
  missedKey?: string;
  /** Set when an older chronology is served (see chronology-source.ts). */
  stale: StaleReason | null;
  /** The request's query, validated and in canonical form (see query.ts). */
  query: RequestQuery;
  origin: string;
  siteTitle: string;
}

export type AppEnv = { Bindings: Env; Variables: AppVariables };
