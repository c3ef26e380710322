import { type Context, Hono } from 'hono';
import { renderIndex } from '../render/html';
import { kvHealth } from '../store/kv';
import { callerIsAdmin } from './admin-auth';
import { cachedBody, MEDIA } from './cached-body';
import { chronologies, type StaleReason } from './chronology-source';
import type { AppEnv } from './env';

/** `/`, `/chronology.json` and `/status.json`. */
export const status = new Hono<AppEnv>();

status.get('/', (c) => cachedBody(c, {
  type: MEDIA.html,
  lastModified: c.get('chron').updated,
  render: () => renderIndex(c.get('chron'), { siteTitle: c.get('siteTitle') }),
}));

status.get('/chronology.json', (c) => {
  const { seeds_digest, documents, events, actors, topics, updated } = c.get('chron');
  return cachedBody(c, {
    type: MEDIA.plainJson,
    lastModified: updated,
    render: () => JSON.stringify({ seeds_digest, updated, documents, events, actors, topics }, null, 1),
  });
});

/** What anyone may read about a failure; the error text itself is for the admin only. */
const REASON: Record<StaleReason, string> = {
  'build-pending': 'the chronology of the current pages is still being built',
  'build-failed': 'the chronology of the current pages could not be built',
  'store-unavailable': 'the page store could not be read',
};

/** Live state: never cached. Raw KV and build error text only with the admin bearer token. */
status.get('/status.json', async (c) => {
  const chron = c.get('chron');
  const admin = await callerIsAdmin(c);
  const failure = chronologies.stats.lastFailure;
  const stale = c.get('stale');
  return c.body(JSON.stringify({
    seeds_digest: chron.seeds_digest,
    version: c.get('version'),
    built_at: chronologies.stats.lastGood?.builtAt ?? null,
    updated: chron.updated,
    events: chron.events.length,
    documents: chron.documents,
    cache: {
      chronology: c.get('source'),
      builds_in_this_isolate: chronologies.stats.builds,
      kv: { ...kvHealth, lastError: admin || !kvHealth.lastError ? kvHealth.lastError : 'hidden (send the admin token to see it)' },
    },
    live: live(c, stale, failure, admin),
    merge_trace: chron.trace,
    redirects: chron.redirects,
  }, null, 1), 200, { 'Content-Type': MEDIA.plainJson, 'Cache-Control': 'no-store' });
});

function live(c: Context<AppEnv>, stale: StaleReason | null, failure: typeof chronologies.stats.lastFailure, admin: boolean) {
  const serving = c.get('chron').seeds_digest;
  if (!stale) return { serving };
  const why = REASON[stale];
  const detail = failure && failure.reason === stale && admin ? { error: failure.error, version: failure.version, since: failure.at } : {};
  return { serving, stale: true, why, ...detail };
}
