import type { ActorEntry, ChronoEvent, Chronology, EventReport, TopicEntry } from '../model/types';
import { actorsOf } from './catalogue';
import { cat, html, Markup, plural, raw } from './markup';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../read/lexicon';

/**
 * The HTML pages, server-rendered, no script, no external resource: they pass a strict CSP
 * (`default-src 'none'`) whose only allowance is the SHA-256 of this one style block (styleHash),
 * so a cached body needs no per-request nonce. Contrast: every text colour is ≥ 7:1 on its background.
 */
export const STYLE = [
  'body{font:1.0625rem/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1a1a1a;background:#fff;max-width:48rem;margin:0 auto;padding:0 1rem 3rem}',
  'a{color:#0645ad}a:visited{color:#4b2a86}a:focus{outline:3px solid #ffbf47}',
  'header{border-bottom:1px solid #ccc;padding:.75rem 0;margin-bottom:1rem}header a{font-weight:700;text-decoration:none}',
  'nav ul,.feeds{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}',
  'h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin:.2rem 0}',
  '.meta,small{color:#4a4a4a}ol.events,ul.plain{list-style:none;padding:0}ol.events>li{margin:.2rem 0 1rem}',
  'form{display:grid;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr));gap:.5rem 1rem;background:#f3f3f3;padding:1rem;border-radius:.4rem}',
  'label{display:flex;flex-direction:column;font-weight:600;font-size:.95rem}input,select,button{font:inherit;padding:.35rem;margin-top:.2rem;min-height:2.5rem}',
  'button{background:#0645ad;color:#fff;border:0;border-radius:.3rem;align-self:end}',
  'article.report{border-left:4px solid #ccc;padding-left:.8rem;margin:1.2rem 0}.pager{display:flex;justify-content:space-between;margin-top:2rem}',
].join('');

/** The CSP source for STYLE: `'sha256-<base64>'` (CSP Level 2, hash of the element's text). */
export async function styleHash(): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(STYLE)));
  return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
}

export interface PageOptions {
  siteTitle: string;
}

/** A feed the page links to, for autodiscovery and as a visible link. */
export interface FeedLink {
  title: string;
  /** Path with query, e.g. `/actors/x/feed.atom?filter=gas`. */
  path: string;
  type: 'rss' | 'atom' | 'json';
}

const TYPE = { rss: 'application/rss+xml', atom: 'application/atom+xml', json: 'application/feed+json' } as const;
const LABEL = { rss: 'RSS', atom: 'Atom', json: 'JSON Feed' } as const;

/** The three formats of a feed at `base` (`/`, `/actors/x/`), with a query kept on each. */
export function feedLinks(title: string, base: string, query = ''): FeedLink[] {
  return (['atom', 'rss', 'json'] as const).map((type) => ({ title: `${title} (${LABEL[type]})`, path: `${base}feed.${type}${query}`, type }));
}

export function layout(title: string, o: PageOptions, feeds: readonly FeedLink[], body: Markup | string): string {
  return cat(html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    html`<title>${title}</title>${feeds.map((f) => html`<link rel="alternate" type="${TYPE[f.type]}" title="${f.title}" href="${f.path}">`)}`,
    html`<style>${raw(STYLE)}</style></head><body>`,
    html`<header><a href="/">${o.siteTitle}</a><nav aria-label="Site"><ul><li><a href="/timeline">Timeline</a></li><li><a href="/#actors">Actors</a></li><li><a href="/#topics">Topics</a></li><li><a href="/feeds.opml">All feeds (OPML)</a></li><li><a href="/calendar.ics">Calendar</a></li></ul></nav></header>`,
    html`<main>${typeof body === 'string' ? raw(body) : body}</main></body></html>`).value;
}

/** Visible feed links: "Subscribe: Atom · RSS · JSON Feed". */
export function feedList(feeds: readonly FeedLink[]): Markup {
  return html`<ul class="feeds" aria-label="Feeds">${feeds.map((f) => html`<li><a href="${f.path}" type="${TYPE[f.type]}">${LABEL[f.type]}</a></li>`)}</ul>`;
}


/** `2022-01-27` → "Thursday 27 January 2022"; `2022-01` → "January 2022"; null → "Undated". */
export function dayLabel(date: string | null): string {
  if (!date) return 'Undated';
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m) return date;
  if (!d) return `${MONTH_NAMES[m - 1]} ${y}`;
  return `${WEEKDAY_NAMES[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]} ${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** "10:42 UTC", "about 10:42 UTC" (time estimated), or "" for a day-only event. */
export function clockLabel(e: ChronoEvent): string {
  if (!e.time || e.time_basis === 'day') return '';
  return `${e.time_basis === 'estimated' ? 'about ' : ''}${e.time.slice(11, 16)} UTC`;
}

export const eventPath = (id: string) => `/events/${encodeURIComponent(id)}`;
export const actorPath = (id: string) => `/actors/${encodeURIComponent(id)}`;
export const topicPath = (id: string) => `/topics/${encodeURIComponent(id)}`;

/** One event in a list: its title linked, when, outlets, principal actors. */
export function eventItem(e: ChronoEvent): Markup {
  const outlets = [...new Set(e.reports.map((r) => r.publisher ?? 'Unknown outlet'))];
  const principals = e.actors.filter((a) => a.role === 'principal');
  const when = clockLabel(e);
  return cat(html`<li><h3><a href="${eventPath(e.id)}">${e.title}</a></h3><div class="meta">${when ? html`<time datetime="${e.time}">${when}</time> · ` : ''}${plural(e.reports.length, 'report')} · ${outlets.join(', ')}`,
    html`${principals.length ? html` · ${principals.map((a, i) => html`${i ? ', ' : ''}<a href="${actorPath(a.id)}">${a.name}</a>`)}` : ''}</div></li>`);
}

/** Events grouped under a heading per day, in the order given (newest first). */
export function eventsByDay(events: readonly ChronoEvent[], level: 'h2' | 'h3' = 'h2'): Markup {
  const groups: Array<{ day: string | null; events: ChronoEvent[] }> = [];
  for (const e of events) {
    const last = groups[groups.length - 1];
    if (last && last.day === e.event_date) last.events.push(e);
    else groups.push({ day: e.event_date, events: [e] });
  }
  return html`${groups.map((g) => html`<section>${raw(`<${level}>`)}${g.day ? html`<time datetime="${g.day}">${dayLabel(g.day)}</time>` : 'Undated'}${raw(`</${level}>`)}<ol class="events">${g.events.map(eventItem)}</ol></section>`)}`;
}

/** `/`: what this is, the main feeds, the latest days, the actor and topic directories. */
/** What a page says of the whole chronology: how many pages and events, and their outlets. */
export interface Totals { documents: number; events: number; outlets: string[] }
const totals = new WeakMap<Chronology, Totals>();
/** A view holding some of a chronology's events and pages (the Worker's requests) is given the totals of all. */
export const knownTotals = (chron: Chronology, t: Totals): void => { totals.set(chron, t); };
function totalsOf(chron: Chronology): Totals {
  return totals.get(chron) ?? { documents: chron.documents.length, events: chron.events.length, outlets: [...new Set(chron.documents.map((d) => d.publisher).filter((p): p is string => Boolean(p)))].sort() };
}

export function renderIndex(chron: Chronology, o: PageOptions): string {
  const feeds = feedLinks('All events', '/');
  const actors = actorsOf(chron).filter((a) => a.events > 0);
  const latest = chron.events.slice(0, 20);
  const body = cat(html`<h1>${o.siteTitle}</h1>`,
    html`<p>One merged, dated chronology of events read from ${plural(totalsOf(chron).documents, 'news page')}: who did what, when, reported by whom. ${plural(totalsOf(chron).events, 'event')} so far. Read it below, or subscribe to everything or to one actor or topic.</p>`,
    html`<h2>Subscribe</h2><p>All events:</p>${feedList(feeds)}<p><a href="/feeds.opml">Every feed as OPML</a> (import it in your feed reader) · <a href="/calendar.ics">Scheduled events as a calendar</a> · <a href="/chronology.json">chronology.json</a> · <a href="/status.json">status</a></p>`,
    html`<h2>Search the timeline</h2>${searchForm(chron, {})}`,
    html`<h2>Latest events</h2>${eventsByDay(latest, 'h3')}<p><a href="/timeline">The whole timeline</a></p>`,
    html`<h2 id="actors">Actors</h2><ul class="plain">${actors.map((a) => html`<li><a href="${actorPath(a.id)}">${a.name}</a> <small>${a.kind}, ${plural(a.events, 'event')}</small></li>`)}</ul>`,
    html`<h2 id="topics">Topics</h2><ul class="plain">${chron.topics.map((t) => html`<li><a href="${topicPath(t.id)}">${t.name}</a> <small>${plural(t.events, 'event')}</small></li>`)}</ul>`);
  return layout(o.siteTitle, o, feeds, body);
}

export interface SearchValues {
  filter?: string | null;
  outlet?: string | null;
  actor?: string | null;
  topic?: string | null;
}

/** The timeline's filter form (GET /timeline), every field labelled. */
export function searchForm(chron: Chronology, v: SearchValues): Markup {
  const outlets = totalsOf(chron).outlets;
  const option = (value: string, label: string, selected: string | null | undefined) => html`<option value="${value}"${selected === value ? raw(' selected') : ''}>${label}</option>`;
  const actors: ActorEntry[] = actorsOf(chron).filter((a) => a.events > 0);
  const topics: TopicEntry[] = chron.topics;
  return cat(html`<form method="get" action="/timeline" role="search">`,
    html`<label>Words <input type="search" name="filter" value="${v.filter ?? ''}" placeholder="gas | pipeline"></label>`,
    html`<label>Actor <select name="actor"><option value="">Any actor</option>${actors.map((a) => option(a.id, a.name, v.actor))}</select></label>`,
    html`<label>Topic <select name="topic"><option value="">Any topic</option>${topics.map((t) => option(t.id, t.name, v.topic))}</select></label>`,
    html`<label>Outlet <select name="outlet"><option value="">Any outlet</option>${outlets.map((p) => option(p.toLowerCase(), p, v.outlet))}</select></label>`,
    html`<button type="submit">Show events</button></form>`);
}

/** `/events/{id}`: one event, every report with its outlet, page title, link and time. */
export function renderEventPage(e: ChronoEvent, o: PageOptions): string {
  const principals = e.actors.filter((a) => a.role === 'principal');
  const mentioned = e.actors.filter((a) => a.role === 'mentioned');
  const links = (list: typeof e.actors) => list.map((a, i) => html`${i ? ', ' : ''}<a href="${actorPath(a.id)}">${a.name}</a>`);
  const feeds = [
    ...principals.slice(0, 3).flatMap((a) => feedLinks(`${a.name}`, `${actorPath(a.id)}/`).slice(0, 1)),
    ...e.topics.slice(0, 3).flatMap((t) => feedLinks(`${t.name}`, `${topicPath(t.id)}/`).slice(0, 1)),
    ...feedLinks('All events', '/').slice(0, 1),
  ];
  const when = clockLabel(e);
  const body = cat(html`<h1>${e.title}</h1><p class="meta">${e.event_date ? html`<time datetime="${e.event_date}">${dayLabel(e.event_date)}</time>` : 'Undated'}${when ? html`, <time datetime="${e.time}">${when}</time>` : ''} · ${plural(e.reports.length, 'report')}</p>`,
    html`<p>${e.summary}</p>`,
    (e.scheduled_date ? html`<p><strong>Scheduled for</strong> <time datetime="${e.scheduled_date}">${dayLabel(e.scheduled_date)}</time></p>` : html``),
    html`<dl><dt>Who</dt><dd>${principals.length ? links(principals) : '—'}${mentioned.length ? html` <small>(also mentioned: ${links(mentioned)})</small>` : ''}</dd>`,
    html`<dt>Topics</dt><dd>${e.topics.length ? e.topics.map((t, i) => html`${i ? ', ' : ''}<a href="${topicPath(t.id)}">${t.name}</a>`) : '—'}</dd></dl>`,
    html`<h2>Reports</h2>${e.reports.map(reportArticle)}`,
    html`<h2>Follow</h2><ul class="plain">${feeds.map((f) => html`<li><a href="${f.path}">${f.title}</a></li>`)}</ul>`,
    html`<p><small>Event id ${e.id} · updated <time datetime="${e.updated}">${e.updated}</time> · <a href="${eventPath(e.id)}.json">JSON</a></small></p>`);
  return layout(`${e.title} — ${o.siteTitle}`, o, feeds, body);
}

/** One outlet's report: the outlet, its page's title linked to the page, when, and what it said. */
function reportArticle(r: EventReport): Markup {
  const outlet = r.publisher ?? 'Unknown outlet';
  const page = r.page_title ?? r.headline;
  const link = r.url && /^https?:\/\//i.test(r.url) ? html`<a href="${r.url}" rel="noopener noreferrer">${page}</a>` : html`${page}`;
  return cat(html`<article class="report"><h3>${outlet}</h3><p class="meta">${link}${r.published ? html` · published <time datetime="${r.published}">${r.published.replace('T', ' ').replace(/:00Z$|Z$/, ' UTC')}</time>` : ''}</p>`,
    html`<p><strong>${r.headline}</strong></p>${r.text.split(/\n{2,}/).filter(Boolean).map((p) => html`<p>${p}</p>`)}`,
    html`<p><small>Read from ${r.seed}, line ${r.line}</small></p></article>`);
}
