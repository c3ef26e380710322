import { createMiddleware } from 'hono/factory';
import { type FeedFilter, parseAlternatives } from '../render/feed-filter';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * Query parameters, checked before anything is read from or written to a cache: a route accepts only
 * the parameters listed for it in ROUTE_PARAMS, each once; anything else is a 400 naming the
 * parameter. The values are parsed here too, and written back in canonical form (defaults dropped,
 * sorted by name, filter alternatives lower-cased and sorted), which is what a body's cache key
 * holds — never the raw query.
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;
/** Longest query accepted (characters after "?"): room for every known parameter, nothing to fill KV with. */
export const MAX_QUERY_CHARS = 512;
/** Longest `filter_time` window: ten years, in seconds. */
export const MAX_FILTER_TIME_S = 10 * 366 * 24 * 3600;

export type ParamName = 'actor' | 'before' | 'filter' | 'filter_time' | 'filterout' | 'include' | 'limit' | 'outlet' | 'since' | 'topic';

/** What every feed takes (RSSHub's names for the filters; see feed-filter.ts). `format` is not one. */
const FEED: readonly ParamName[] = ['limit', 'before', 'filter', 'filterout', 'filter_time', 'outlet'];

/** The parameters each route takes. A new filter is a name here and a parser below. */
export const ROUTE_PARAMS: ReadonlyArray<{ route: RegExp; params: readonly ParamName[]; form?: true; wholeByDefault?: true }> = [
  { route: /^\/feed\.(?:rss|atom|json)$/, params: FEED },
  { route: /^\/actors\/[^/]+\/feed\.(?:rss|atom|json)$/, params: [...FEED, 'include'] },
  { route: /^\/topics\/[^/]+\/feed\.(?:rss|atom|json)$/, params: FEED },
  // An HTML form sends its empty fields (`topic=`): there, empty means not given.
  { route: /^\/timeline$/, params: ['before', 'filter', 'outlet', 'actor', 'topic'], form: true },
  { route: /^\/(?:actors|topics)\/[^/]+$/, params: ['before'] },
  // Whole without parameters (the contract); any of these makes it a page (see status.ts).
  { route: /^\/chronology\.json$/, params: ['limit', 'before', 'since'], wholeByDefault: true },
  { route: /^\/(?:|actors\.json|topics\.json|status\.json|feeds\.opml|calendar\.ics)$/, params: [] },
  { route: /^\/(?:actors|topics)\/[^/]+\/calendar\.ics$/, params: [] },
  { route: /^\/events\/[^/]+$/, params: [] },
];

/** A validated query. `canonical` is "" or "?a=…&b=…": sorted, defaults dropped. */
export interface RequestQuery extends FeedFilter {
  limit: number;
  before: string | null;
  mentions: boolean;
  /** Timeline: one actor's or topic's events. */
  actor: string | null;
  topic: string | null;
  /** `since`, as an RFC 3339 instant in UTC (`…Z`, milliseconds kept): events changed at or after it. */
  since: string | null;
  /** On a route whole by default (`/chronology.json`): a paging parameter was given, so this is a page. */
  paged: boolean;
  canonical: string;
}

type Parsed = Omit<RequestQuery, 'canonical'>;

const alternatives = (key: 'filter' | 'filterout' | 'outlet') => (v: string, q: Parsed): string | null => {
  const parsed = parseAlternatives(v);
  if (typeof parsed === 'string') return `${key}: ${parsed}`;
  q[key] = parsed;
  return null;
};

const id = (key: 'actor' | 'topic') => (v: string, q: Parsed): string | null => {
  if (!ID_PATTERN.test(v)) return `${key} must be an id from /${key}s.json (lower-case letters, digits and hyphens).`;
  q[key] = v;
  return null;
};

/** Each parameter's parser: writes the value or returns why it is refused. */
const PARSE: Record<ParamName, (v: string, q: Parsed) => string | null> = {
  limit: (v, q) => {
    if (!/^\d{1,4}$/.test(v) || +v < 1 || +v > MAX_LIMIT) return `limit must be a whole number from 1 to ${MAX_LIMIT}; got "${v.slice(0, 40)}".`;
    q.limit = +v;
    return null;
  },
  before: (v, q) => {
    if (!ID_PATTERN.test(v)) return 'before must be the id of an event in this feed (lower-case letters, digits and hyphens).';
    q.before = v;
    return null;
  },
  include: (v, q) => {
    if (v !== 'mentions') return 'include takes one value: mentions.';
    q.mentions = true;
    return null;
  },
  filter: alternatives('filter'),
  filterout: alternatives('filterout'),
  outlet: alternatives('outlet'),
  filter_time: (v, q) => {
    if (!/^\d{1,9}$/.test(v) || +v < 1 || +v > MAX_FILTER_TIME_S) return `filter_time must be a number of seconds from 1 to ${MAX_FILTER_TIME_S}; got "${v.slice(0, 40)}".`;
    q.filterTime = +v;
    return null;
  },
  actor: id('actor'),
  topic: id('topic'),
  since: (v, q) => {
    // RFC 3339 date-time: a full date, a time, and Z or an offset (no local times: they name no instant).
    const t = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?(?:Z|[+-]\d{2}:\d{2})$/i.test(v) ? Date.parse(v) : NaN;
    if (Number.isNaN(t)) return `since must be an RFC 3339 timestamp with a zone, e.g. 2026-01-27T10:00:00Z; got "${v.slice(0, 40)}".`;
    q.since = new Date(t).toISOString();
    return null;
  },
};

const TITLE: Record<ParamName, string> = {
  limit: 'Bad limit', before: 'Bad cursor', include: 'Bad include', filter: 'Bad filter', filterout: 'Bad filter',
  outlet: 'Bad outlet', filter_time: 'Bad filter_time', actor: 'Bad actor', topic: 'Bad topic', since: 'Bad since',
};

/**
 * Canonical form: only non-default values, sorted by name. On a route whole by default, a page keeps
 * its limit even at the default, so it never shares a key with the whole.
 */
export function canonicalQuery(q: Omit<Parsed, 'before' | 'since' | 'paged'> & { before?: string | null; since?: string | null; paged?: boolean }): string {
  const p = new URLSearchParams();
  if (q.actor) p.set('actor', q.actor);
  if (q.before) p.set('before', q.before);
  if (q.filter) p.set('filter', q.filter.join('|'));
  if (q.filterTime !== null) p.set('filter_time', String(q.filterTime));
  if (q.filterout) p.set('filterout', q.filterout.join('|'));
  if (q.mentions) p.set('include', 'mentions');
  if (q.limit !== DEFAULT_LIMIT || q.paged) p.set('limit', String(q.limit));
  if (q.outlet) p.set('outlet', q.outlet.join('|'));
  if (q.since) p.set('since', q.since);
  if (q.topic) p.set('topic', q.topic);
  const s = p.toString().replace(/%7C/g, '|');
  return s ? `?${s}` : '';
}

/**
 * Reads a request's query against its route: the query in canonical form, why it is refused, or null
 * for a path no route serves (the 404 says so). Pure, so the cache-first path can judge a query
 * before any middleware that would answer a refusal has run.
 */
export function parseQuery(url: URL): { query: RequestQuery } | { title: string; detail: string } | null {
  if (url.search.length - 1 > MAX_QUERY_CHARS) {
    return { title: 'Query too long', detail: `A query may be at most ${MAX_QUERY_CHARS} characters.` };
  }
  const rule = ROUTE_PARAMS.find((r) => r.route.test(url.pathname));
  if (!rule) return null;
  const q: Parsed = { limit: DEFAULT_LIMIT, before: null, mentions: false, filter: null, filterout: null, filterTime: null, outlet: null, actor: null, topic: null, since: null, paged: false };
  if (!url.search) return { query: { ...q, canonical: '' } };
  const seen = new Set<string>();
  for (const [name, value] of url.searchParams) {
    const shown = JSON.stringify(name.slice(0, 40));
    if (!(rule.params as readonly string[]).includes(name)) {
      const known = rule.params.length ? `It takes ${rule.params.join(', ')}.` : 'It takes no parameters.';
      return { title: 'Unknown parameter', detail: `${url.pathname} does not know the parameter ${shown}. ${known}` };
    }
    if (seen.has(name)) return { title: 'Repeated parameter', detail: `The parameter ${shown} may be given once.` };
    seen.add(name);
    if (rule.form && value.trim() === '') continue;
    const why = PARSE[name as ParamName](value, q);
    if (why) return { title: TITLE[name as ParamName], detail: why };
  }
  q.paged = Boolean(rule.wholeByDefault) && seen.size > 0;
  return { query: { ...q, canonical: canonicalQuery(q) } };
}

/** Middleware, before the chronology and any cache: refuses what no route reads. */
export const queryGate = createMiddleware<AppEnv>(async function queryGate(c, next) {
  if (c.get('query')) return next(); // judged already (cache-first.ts)
  const parsed = parseQuery(new URL(c.req.url));
  if (!parsed) return next(); // no such route: the 404 says so
  if ('title' in parsed) return problem(c, 400, parsed.title, parsed.detail);
  c.set('query', parsed.query);
  return next();
});
