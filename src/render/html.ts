import type { ChronoEvent, Chronology } from '../model/types';
import { escapeHtml as h } from './escape';
import { eventHtml } from './feed-view';

/** No inline script, no external resource: the pages pass a strict CSP (`default-src 'none'`). */
const STYLE = 'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}h1{font-size:1.6rem}small{color:#555}li{margin:.3rem 0}';

function layout(title: string, head: string, body: string, styleNonce: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${h(title)}</title>${head}<style nonce="${h(styleNonce)}">${STYLE}</style></head><body>${body}</body></html>`;
}

export interface IndexOptions {
  siteTitle: string;
  /** Nonce for the one inline style block. */
  nonce: string;
}

/** `/`: what this is, the main feeds with autodiscovery links, and the actor and topic directories. */
export function renderIndex(chron: Chronology, o: IndexOptions): string {
  const head = [
    '<link rel="alternate" type="application/rss+xml" title="All events (RSS)" href="/feed.rss">',
    '<link rel="alternate" type="application/atom+xml" title="All events (Atom)" href="/feed.atom">',
    '<link rel="alternate" type="application/feed+json" title="All events (JSON Feed)" href="/feed.json">',
  ].join('');
  const feeds = (base: string) => `<a href="${base}feed.rss">RSS</a> · <a href="${base}feed.atom">Atom</a> · <a href="${base}feed.json">JSON</a>`;
  const actors = chron.actors.filter((a) => a.events > 0).map((a) =>
    `<li>${h(a.name)} <small>(${h(a.kind)}, ${a.events} events)</small> ${feeds(`/actors/${encodeURIComponent(a.id)}/`)}</li>`).join('');
  const topics = chron.topics.map((t) =>
    `<li>${h(t.name)} <small>(${t.events} events)</small> ${feeds(`/topics/${encodeURIComponent(t.id)}/`)}</li>`).join('');
  const latest = chron.events.slice(0, 20).map((e) =>
    `<li><a href="/events/${encodeURIComponent(e.id)}">${h(e.title)}</a> <small>${h(e.event_date ?? 'undated')} · ${e.reports.length} report(s)</small></li>`).join('');
  const body = `<h1>${h(o.siteTitle)}</h1>` +
    `<p>One merged, dated chronology of events read from ${chron.documents.length} news pages: who did what, when, reported by whom. Subscribe to everything or to one actor or topic.</p>` +
    `<h2>All events</h2><p>${feeds('/')} · <a href="/chronology.json">chronology.json</a> · <a href="/status.json">status</a></p>` +
    `<h2>Latest</h2><ul>${latest}</ul><h2>Actors</h2><ul>${actors}</ul><h2>Topics</h2><ul>${topics}</ul>`;
  return layout(o.siteTitle, head, body, o.nonce);
}

/** `/events/{id}`: the permalink of one event, every report with its provenance. */
export function renderEventPage(e: ChronoEvent, o: IndexOptions): string {
  const who = e.actors.map((a) => `<a href="/actors/${encodeURIComponent(a.id)}/feed.atom">${h(a.name)}</a>${a.role === 'mentioned' ? ' <small>(mentioned)</small>' : ''}`).join(', ');
  const topics = e.topics.map((t) => `<a href="/topics/${encodeURIComponent(t.id)}/feed.atom">${h(t.name)}</a>`).join(', ');
  const body = `<p><a href="/">${h(o.siteTitle)}</a></p><h1>${h(e.title)}</h1><p>${h(e.summary)}</p>` +
    `<p><strong>Actors:</strong> ${who || '—'}<br><strong>Topics:</strong> ${topics || '—'}</p>${eventHtml(e)}` +
    `<p><small>Event id ${h(e.id)} · updated ${h(e.updated)} · <a href="/events/${encodeURIComponent(e.id)}.json">JSON</a></small></p>`;
  return layout(`${e.title} — ${o.siteTitle}`, '', body, o.nonce);
}
