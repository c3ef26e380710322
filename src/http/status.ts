import { type Context, Hono } from 'hono';
import { page } from '../chronology/select';
import { documentsOf, eventsFor, liveIds, newestDocuments, pageIsFull, type Served } from '../chronology/served';
import { piecesHeld } from '../store/pieces';
import { servedView } from './view';
import { renderIndex } from '../render/html';
import { type IdChanges, readIdChangesSince } from '../store/event-changes';
import { BUNDLED_SEEDS } from '../generated/seeds';
import { kvHealth } from '../store/kv';
import { pageCounts } from '../store/pages';
import { assembled, lastBuildMs, registryHeld } from '../store/served-merge';
import { lastMerge } from '../queue/ingest';
import { callerIsAdmin } from './admin-auth';
import { cachedBody, MEDIA } from './cached-body';
import { chronologies, type StaleReason } from './chronology-source';
import type { AppEnv } from './env';
import { RETRY_AFTER_S } from './deadlines';
import { recentBodiesHeld } from './recent-bodies';
import { problem } from './problem';

/** `/`, `/chronology.json` and `/status.json`. */
export const status = new Hono<AppEnv>();

status.get('/', async (c) => {
  const served = c.get('served');
  const { events } = await eventsFor(served, { enough: (e) => e.length >= INDEX_EVENTS });
  return cachedBody(c, {
    type: MEDIA.html,
    lastModified: served.updated,
    render: () => renderIndex(servedView(served, events), { siteTitle: c.get('siteTitle') }),
  });
});

status.get('/chronology.json', async (c) => {
  const served = c.get('served');
  const { seeds_digest, actors, topics, updated } = served;
  const q = c.get('query');
  if (!q.paged) {
    // The contract's whole chronology: every piece read, one at a time.
    return cachedBody(c, {
      type: MEDIA.plainJson,
      lastModified: updated,
      render: async () => {
        const documents = await documentsOf(served, null);
        const { events } = await eventsFor(served, {});
        return JSON.stringify({ seeds_digest, updated, documents, events, actors, topics }, null, 1);
      },
    });
  }
  // A page (limit, before) of the events newest first, or with `since` the events changed at or after
  // it, oldest change first; the first page of a sync also lists the ids that stopped being events.
  const listed = q.since === null
    ? (await eventsFor(served, { enough: pageIsFull(q.limit, q.before) })).events
    : (await eventsFor(served, { relevant: (s) => s.updated >= q.since!, match: (e) => e.updated >= q.since! })).events
      .sort((a, b) => (a.updated < b.updated ? -1 : a.updated > b.updated ? 1 : a.id < b.id ? -1 : 1));
  const slice = page(listed, q.limit, q.before);
  if (!slice) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this listing; start again without it.`);
  let changes: IdChanges | null = null;
  if (q.since !== null && q.before === null) {
    try {
      changes = await readIdChangesSince(c.env.DB, q.since);
    } catch (err) {
      console.error('read id changes', err);
      const res = problem(c, 503, 'Storage unavailable', 'The record of deleted and merged ids could not be read. Try again shortly.');
      res.headers.set('Retry-After', String(RETRY_AFTER_S));
      return res;
    }
  }
  const live = changes ? liveIds(served) : new Set<string>();
  const next = new URLSearchParams();
  if (slice.next) {
    next.set('before', slice.next);
    next.set('limit', String(q.limit));
    if (q.since !== null) next.set('since', q.since);
  }
  const seeds = new Set(slice.events.flatMap((e) => e.reports.map((r) => r.seed)));
  const actorIds = new Set(slice.events.flatMap((e) => e.actors.map((a) => a.id)));
  const topicIds = new Set(slice.events.flatMap((e) => e.topics.map((t) => t.id)));
  const body = {
    seeds_digest,
    updated,
    // The contract's shape, limited to what this page's events refer to.
    documents: await documentsOf(served, seeds),
    events: slice.events,
    actors: actors.filter((a) => actorIds.has(a.id)),
    topics: topics.filter((t) => topicIds.has(t.id)),
    next_url: slice.next ? `${c.get('origin')}/chronology.json?${next}` : null,
    ...(changes ? {
      since: q.since,
      redirects: changes.redirects.filter((r) => !live.has(r.id)),
      deleted: changes.deleted.filter((d) => !live.has(d.id)),
    } : {}),
  };
  return cachedBody(c, { type: MEDIA.plainJson, lastModified: updated, render: () => JSON.stringify(body, null, 1) });
});

/** Events the front page shows. */
const INDEX_EVENTS = 20;

/** What anyone may read about a failure; the error text itself is for the admin only. */
const REASON: Record<StaleReason, string> = {
  'build-pending': 'the chronology of the current pages is still being built',
  'build-failed': 'the chronology of the current pages could not be built',
  'store-unavailable': 'the page store could not be read',
};

/**
 * How many pages' reports /status.json lists: the newest (by publication, then name). A poll costs
 * the same at any size of the archive; a page's own report is at GET /admin/seeds/{name}, and every
 * page's at /chronology.json. `documents_total` counts them all.
 */
export const STATUS_DOCUMENTS = 100;

/** Placeholders for the parts of /status.json that are serialised once per chronology (see heavyParts). */
const HEAVY = { documents: '\u0000documents', merge_trace: '\u0000merge_trace', redirects: '\u0000redirects' } as const;
/** The served chronology's heavy parts: one chronology's only (older versions' are let go). */
let heavyJson: { served: Served; parts: Record<keyof typeof HEAVY, string> } | null = null;
/** A chronology's newest pages' reports, merge decisions and redirects as JSON, once per chronology (never changed). */
async function heavyParts(served: Served): Promise<Record<keyof typeof HEAVY, string>> {
  if (heavyJson?.served !== served) {
    const newest = await newestDocuments(served, STATUS_DOCUMENTS);
    heavyJson = { served, parts: { documents: JSON.stringify(newest), merge_trace: JSON.stringify(served.trace), redirects: JSON.stringify(served.redirects) } };
  }
  return heavyJson.parts;
}

/** This isolate's id, drawn on its first status request (randomness is not allowed at global scope). */
let isolate: string | null = null;
const isolateId = () => (isolate ??= crypto.randomUUID().slice(0, 8));

/** Live state: never cached. Raw KV and build error text only with the admin bearer token. */
status.get('/status.json', async (c) => {
  const served = c.get('served');
  const admin = await callerIsAdmin(c);
  const failure = chronologies.stats.lastFailure;
  const stale = c.get('stale');
  const body = JSON.stringify({
    seeds_digest: served.seeds_digest,
    version: c.get('version'),
    built_at: chronologies.stats.lastGood?.builtAt ?? null,
    updated: served.updated,
    events: served.events,
    pages: await pagesCount(c),
    documents_total: served.documents,
    documents: HEAVY.documents,
    cache: {
      chronology: c.get('source'),
      builds_in_this_isolate: chronologies.stats.builds,
      // Of them, builds that took up the stored assembly instead of assembling every page (a cold isolate).
      builds_adopting_stored_assembly: chronologies.stats.adopted,
      // Which isolate answered: a new one (workerd replaced it, e.g. past its memory limit) has another.
      isolate: isolateId(),
      // Per build of this isolate (the last 20): how many windows it assembled again, or `all`.
      windows_assembled: assembled,
      // Where the last build of this isolate spent its time, ms (served-merge.ts `lastBuildMs`).
      last_build_ms: lastBuildMs,
      // This isolate's last batch of pages merged into the events by the queue consumer or the sweep (queue/ingest.ts).
      last_merge: lastMerge,
      // What this isolate holds: pieces (and their events) and summaries (pieces.ts).
      held: piecesHeld(),
      // The id registry: its ids, and how many of them this isolate holds with their report keys (served-merge.ts).
      registry: registryHeld(),
      // Rendered bodies this isolate keeps for its hits, bounded in bytes (recent-bodies.ts).
      bodies: recentBodiesHeld(),
      kv: { ...kvHealth, lastError: admin || !kvHealth.lastError ? kvHealth.lastError : 'hidden (send the admin token to see it)' },
    },
    live: live(c, stale, failure, admin),
    merge_trace: HEAVY.merge_trace,
    redirects: HEAVY.redirects,
  }, null, 1);
  // The parts that grow with the archive are bounded, and serialised once per chronology, not on every poll.
  const heavy = await heavyParts(served);
  return c.body(body.replace(/"\\u0000(documents|merge_trace|redirects)"/g, (_, part: keyof typeof HEAVY) => heavy[part]), 200, { 'Content-Type': MEDIA.plainJson, 'Cache-Control': 'no-store' });
});

/**
 * Pages: bundled and added; `pending` are stored and wait for the queue consumer (not served yet),
 * `failed` were given up on (GET /admin/seeds/{name} says why). Null when D1 cannot be read.
 */
async function pagesCount(c: Context<AppEnv>) {
  try {
    const added = await pageCounts(c.env.DB);
    return { total: BUNDLED_SEEDS.length + added.total, bundled: BUNDLED_SEEDS.length, added: added.total, pending: added.pending, failed: added.failed };
  } catch {
    return null;
  }
}

function live(c: Context<AppEnv>, stale: StaleReason | null, failure: typeof chronologies.stats.lastFailure, admin: boolean) {
  const serving = c.get('served').seeds_digest;
  if (!stale) return { serving };
  const why = REASON[stale];
  const detail = failure && failure.reason === stale && admin ? { error: failure.error, version: failure.version, since: failure.at } : {};
  return { serving, stale: true, why, ...detail };
}
