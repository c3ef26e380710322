import type { ChronoEvent, EventReport } from '../model/types';
import { escapeHtml } from './escape';

/** Everything a feed shows, before it is written in one format. */
export interface FeedView {
  title: string;
  description: string;
  /** The HTML page the feed belongs to. */
  homeUrl: string;
  /** Absolute URLs of this feed in each format (self links and autodiscovery). */
  urls: { rss: string; atom: string; json: string };
  /** Absolute URLs of the next page in each format, or null on the last page. */
  next: { rss: string; atom: string; json: string } | null;
  /** WebSub hub the feed names (`rel="hub"`, JSON Feed `hubs`), or null. */
  hub: string | null;
  /** Newest change in the feed, RFC 3339 (never the time of the request). */
  updated: string;
  language: string;
  /** Minutes a reader may wait between polls (RSS `<ttl>`). */
  ttlMinutes: number;
  entries: EntryView[];
}

export interface EntryView {
  /** Absolute, canonical permalink: the one id in all three formats. */
  id: string;
  title: string;
  summary: string;
  /** HTML: each outlet's account under the outlet's name. */
  contentHtml: string;
  /** The event's time (publication date of the entry). */
  date: string;
  updated: string;
  authors: string[];
  categories: Array<{ term: string; label: string; scheme: string }>;
  /** Set in an affiliation feed: why the entry is in this actor's feed. */
  note: string | null;
}

export interface ViewContext {
  origin: string;
  /** Scheme URL prefix for categories, e.g. `https://host/actors/`. */
  note?: (e: ChronoEvent) => string | null;
}

/** The permalink of an event: `/events/{id}` on the service's origin, canonical form. */
export const permalink = (origin: string, id: string): string => new URL(`/events/${encodeURIComponent(id)}`, origin).toString();

export function toEntry(e: ChronoEvent, ctx: ViewContext): EntryView {
  const note = ctx.note?.(e) ?? null;
  const publishers = [...new Set(e.reports.map((r) => r.publisher ?? 'Unknown publisher'))];
  return {
    id: permalink(ctx.origin, e.id),
    title: e.title,
    summary: e.summary,
    contentHtml: eventHtml(e, note),
    date: e.time ?? `${(e.event_date ?? '1970-01-01').slice(0, 10).padEnd(10, '-01')}T00:00:00Z`,
    updated: e.updated,
    authors: publishers,
    categories: [
      ...e.actors.filter((a) => a.role === 'principal').map((a) => ({ term: a.id, label: a.name, scheme: new URL('/actors/', ctx.origin).toString() })),
      ...e.topics.map((t) => ({ term: t.id, label: t.name, scheme: new URL('/topics/', ctx.origin).toString() })),
    ],
    note,
  };
}

/** The entry body: date line, then every report under its outlet's name, with provenance. */
export function eventHtml(e: ChronoEvent, note: string | null = null): string {
  const when = [
    e.event_date ? `<p><strong>When:</strong> ${escapeHtml(e.event_date)}${e.time_basis === 'stated' && e.time ? ` ${escapeHtml(e.time.slice(11, 16))} UTC` : ''}</p>` : '',
    e.scheduled_date ? `<p><strong>Scheduled:</strong> ${escapeHtml(e.scheduled_date)}</p>` : '',
    note ? `<p><em>${escapeHtml(note)}</em></p>` : '',
  ].join('');
  const reports = e.reports.map((r) => {
    const paras = r.text.split(/\n{2,}/).filter(Boolean).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
    return `<h3>${escapeHtml(r.publisher ?? 'Unknown publisher')}</h3><p><strong>${escapeHtml(r.headline)}</strong></p>${paras}<p><small>${reportSource(r)}</small></p>`;
  }).join('');
  return when + reports;
}

/**
 * Where a report comes from, as a journalist checks it: the outlet's page (its title, linked to its
 * URL when the page's front matter gives one), when it was published, and the file and line it was read from.
 */
function reportSource(r: EventReport): string {
  const title = r.page_title ? `“${escapeHtml(r.page_title)}”` : 'the page';
  const page = r.url && /^https?:\/\//i.test(r.url) ? `<a href="${escapeHtml(r.url)}">${title}</a>` : title;
  const published = r.published ? `, published ${escapeHtml(r.published)}` : '';
  return `Source: ${page}${published} (${escapeHtml(r.seed)}, line ${r.line})`;
}
