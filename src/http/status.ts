import { Hono } from 'hono';
import { renderIndex } from '../render/html';
import { kvHealth } from '../store/kv';
import { cachedBody, MEDIA } from './cached-body';
import { buildStats } from './chronology-source';
import type { AppEnv } from './env';
import { STYLE_NONCE } from './events';

/** `/`, `/chronology.json` and `/status.json`. */
export const status = new Hono<AppEnv>();

status.get('/', (c) => cachedBody(c, {
  type: MEDIA.html,
  lastModified: c.get('chron').updated,
  render: () => renderIndex(c.get('chron'), { siteTitle: c.get('siteTitle'), nonce: STYLE_NONCE }),
}));

status.get('/chronology.json', (c) => {
  const { seeds_digest, documents, events, actors, topics, updated } = c.get('chron');
  return cachedBody(c, {
    type: MEDIA.plainJson,
    lastModified: updated,
    render: () => JSON.stringify({ seeds_digest, updated, documents, events, actors, topics }, null, 1),
  });
});

/** Live state: never cached. */
status.get('/status.json', (c) => {
  const chron = c.get('chron');
  const failure = buildStats.lastFailure;
  return c.body(JSON.stringify({
    seeds_digest: chron.seeds_digest,
    built_at: buildStats.lastGood?.builtAt ?? null,
    updated: chron.updated,
    events: chron.events.length,
    documents: chron.documents,
    cache: {
      chronology: c.get('source'),
      builds_in_this_isolate: buildStats.builds,
      kv: { ...kvHealth },
    },
    live: failure && failure.digest !== chron.seeds_digest
      ? { serving: chron.seeds_digest, not_serving: failure.digest, why: failure.error, since: failure.at }
      : { serving: chron.seeds_digest },
    merge_trace: chron.trace,
    redirects: chron.redirects,
  }, null, 1), 200, { 'Content-Type': MEDIA.plainJson, 'Cache-Control': 'no-store' });
});
