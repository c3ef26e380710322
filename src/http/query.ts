import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * Query parameters, checked before anything is read from or written to a cache: a route accepts only
 * the parameters listed for it in ROUTE_PARAMS, each once; anything else is a 400 naming the
 * parameter. The values are parsed here too, and written back in canonical form (defaults dropped,
 * sorted by name), which is what a body's cache key holds — never the raw query.
 */

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,159}$/;
/** Longest query accepted (characters after "?"): room for every known parameter, nothing to fill KV with. */
export const MAX_QUERY_CHARS = 512;

export type ParamName = 'limit' | 'before' | 'include';

/** The parameters each route takes. A new filter (issues 13/14) is a name here and a parser below. */
export const ROUTE_PARAMS: ReadonlyArray<{ route: RegExp; params: readonly ParamName[] }> = [
  { route: /^\/feed\.(?:rss|atom|json)$/, params: ['limit', 'before'] },
  { route: /^\/actors\/[^/]+\/feed\.(?:rss|atom|json)$/, params: ['limit', 'before', 'include'] },
  { route: /^\/topics\/[^/]+\/feed\.(?:rss|atom|json)$/, params: ['limit', 'before'] },
  { route: /^\/(?:|chronology\.json|actors\.json|topics\.json|status\.json)$/, params: [] },
  { route: /^\/events\/[^/]+$/, params: [] },
];

/** A validated query. `canonical` is "" or "?a=…&b=…": sorted, defaults dropped. */
export interface RequestQuery {
  limit: number;
  before: string | null;
  mentions: boolean;
  canonical: string;
}

type Parsed = Omit<RequestQuery, 'canonical'>;
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
};

const TITLE: Record<ParamName, string> = { limit: 'Bad limit', before: 'Bad cursor', include: 'Bad include' };

/** Canonical form: only non-default values, sorted by name (the order of ParamName's values). */
function canonical(q: Parsed): string {
  const p = new URLSearchParams();
  if (q.before !== null) p.set('before', q.before);
  if (q.mentions) p.set('include', 'mentions');
  if (q.limit !== DEFAULT_LIMIT) p.set('limit', String(q.limit));
  const s = p.toString();
  return s ? `?${s}` : '';
}

/** Middleware, before the chronology and any cache: refuses what no route reads. */
export const queryGate = createMiddleware<AppEnv>(async function queryGate(c, next) {
  const url = new URL(c.req.url);
  if (url.search.length - 1 > MAX_QUERY_CHARS) {
    return problem(c, 400, 'Query too long', `A query may be at most ${MAX_QUERY_CHARS} characters.`);
  }
  const rule = ROUTE_PARAMS.find((r) => r.route.test(url.pathname));
  if (!rule) return next(); // no such route: the 404 says so
  const q: Parsed = { limit: DEFAULT_LIMIT, before: null, mentions: false };
  const seen = new Set<string>();
  for (const [name, value] of url.searchParams) {
    const shown = JSON.stringify(name.slice(0, 40));
    if (!(rule.params as readonly string[]).includes(name)) {
      const known = rule.params.length ? `It takes ${rule.params.join(', ')}.` : 'It takes no parameters.';
      return problem(c, 400, 'Unknown parameter', `${url.pathname} does not know the parameter ${shown}. ${known}`);
    }
    if (seen.has(name)) return problem(c, 400, 'Repeated parameter', `The parameter ${shown} may be given once.`);
    seen.add(name);
    const why = PARSE[name as ParamName](value, q);
    if (why) return problem(c, 400, TITLE[name as ParamName], why);
  }
  c.set('query', { ...q, canonical: canonical(q) });
  return next();
});
