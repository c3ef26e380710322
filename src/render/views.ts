import type { ChronoEvent, Chronology } from '../model/types';
import { type FeedView, toEntry } from './feed-view';

/** Which slice of the chronology a feed shows, and how it is titled. */
export interface FeedSpec {
  /** Path prefix of the feed: `/` or `/actors/{id}/` or `/topics/{id}/`. */
  base: string;
  title: string;
  description: string;
  events: ChronoEvent[];
  /** The newest change among all its events, when `events` holds only the first of them (the Worker's feeds). */
  updated?: string;
  /** Why an entry is in the feed, when not obvious (affiliation feeds). */
  note?: (e: ChronoEvent) => string | null;
}

/** Size of a feed page when the query names none (see http/query.ts). */
export const DEFAULT_PAGE = 50;

export interface PageParams {
  /** Page size; `null` for a feed written whole (the static build): its links carry no `limit`. */
  limit: number | null;
  before: string | null;
  /** Canonical query kept on self and next links, without `before` and `limit` (e.g. `include=mentions&filter=gas`). */
  extraQuery: string;
  /** Words added to the title for a variant of the feed (filters, mentions), so no two feeds share a title. */
  variant?: string;
  /** WebSub hub URL, when one is configured. */
  hub?: string | null;
}

/** Builds the format-neutral view of one page of a feed. */
export function feedView(chron: Chronology, spec: FeedSpec, slice: ChronoEvent[], next: string | null, params: PageParams, origin: string, siteTitle: string): FeedView {
  const url = (fmt: string, before: string | null) => {
    const u = new URL(`${spec.base}feed.${fmt}`, origin);
    if (params.extraQuery) for (const [k, v] of new URLSearchParams(params.extraQuery)) u.searchParams.set(k, v);
    if (params.limit !== null && params.limit !== DEFAULT_PAGE) u.searchParams.set('limit', String(params.limit));
    if (before) u.searchParams.set('before', before);
    return u.toString().replace(/%7C/g, '|');
  };
  const urls = { rss: url('rss', params.before), atom: url('atom', params.before), json: url('json', params.before) };
  const updated = (spec.updated ?? spec.events.reduce((m, e) => (e.updated > m ? e.updated : m), '')) || chron.updated;
  const name = spec.base === '/' ? siteTitle : `${siteTitle} — ${spec.title}`;
  return {
    title: params.variant ? `${name} (${params.variant})` : name,
    description: spec.description,
    homeUrl: new URL(spec.base === '/' ? '/' : spec.base.replace(/\/$/, ''), origin).toString(),
    urls,
    next: next ? { rss: url('rss', next), atom: url('atom', next), json: url('json', next) } : null,
    hub: params.hub ?? null,
    updated,
    language: 'en',
    ttlMinutes: 15,
    entries: slice.map((e) => toEntry(e, { origin, note: spec.note })),
  };
}
