import type { ChronoEvent, Chronology } from '../model/types';
import { type FeedView, toEntry } from './feed-view';

/** Which slice of the chronology a feed shows, and how it is titled. */
export interface FeedSpec {
  /** Path prefix of the feed: `/` or `/actors/{id}/` or `/topics/{id}/`. */
  base: string;
  title: string;
  description: string;
  events: ChronoEvent[];
  /** Why an entry is in the feed, when not obvious (affiliation feeds). */
  note?: (e: ChronoEvent) => string | null;
}

export interface PageParams {
  limit: number;
  before: string | null;
  /** Query string kept on self and next links (e.g. `include=mentions`). */
  extraQuery: string;
}

/** Builds the format-neutral view of one page of a feed. */
export function feedView(chron: Chronology, spec: FeedSpec, slice: ChronoEvent[], next: string | null, params: PageParams, origin: string, siteTitle: string): FeedView {
  const url = (fmt: string, before: string | null) => {
    const u = new URL(`${spec.base}feed.${fmt}`, origin);
    if (params.extraQuery) for (const [k, v] of new URLSearchParams(params.extraQuery)) u.searchParams.set(k, v);
    if (params.limit !== 50) u.searchParams.set('limit', String(params.limit));
    if (before) u.searchParams.set('before', before);
    return u.toString();
  };
  const urls = { rss: url('rss', params.before), atom: url('atom', params.before), json: url('json', params.before) };
  const updated = spec.events.reduce((m, e) => (e.updated > m ? e.updated : m), '') || chron.updated;
  return {
    title: spec.base === '/' ? siteTitle : `${spec.title} — ${siteTitle}`,
    description: spec.description,
    homeUrl: new URL(spec.base === '/' ? '/' : spec.base.replace(/\/$/, '') === spec.base ? spec.base : '/', origin).toString(),
    urls,
    next: next ? { rss: url('rss', next), atom: url('atom', next), json: url('json', next) } : null,
    updated,
    language: 'en',
    ttlMinutes: 15,
    entries: slice.map((e) => toEntry(e, { origin, note: spec.note })),
  };
}
