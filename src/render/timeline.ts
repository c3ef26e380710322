import { eventsOfActor, eventsOfTopic } from '../chronology/select';
import type { ChronoEvent, Chronology } from '../model/types';
import { actorsOf } from './catalogue';
import { applyFilter, describeFilter, type FeedFilter, NO_FILTER } from './feed-filter';
import { actorPath, eventsByDay, type FeedLink, feedLinks, feedList, layout, type PageOptions, searchForm, type SearchValues, topicPath } from './html';
import { cat, html, type Markup, plural } from './markup';


/** Events per timeline page. */
export const TIMELINE_PAGE = 50;

export interface TimelineQuery extends SearchValues {
  before: string | null;
}

/** One page of a list of events after a cursor (an event id), or null when the cursor is not in it. */
export function pageOf(events: readonly ChronoEvent[], before: string | null, size = TIMELINE_PAGE): { events: ChronoEvent[]; next: string | null } | null {
  let start = 0;
  if (before) {
    start = events.findIndex((e) => e.id === before) + 1;
    if (start === 0) return null;
  }
  const slice = events.slice(start, start + size);
  return { events: slice, next: start + size < events.length && slice.length ? slice[slice.length - 1]!.id : null };
}

/** The query string of a page (without `before`), in a fixed order, for links that keep the filters. */
function queryOf(v: SearchValues): string {
  const p = new URLSearchParams();
  for (const k of ['actor', 'filter', 'outlet', 'topic'] as const) if (v[k]) p.set(k, v[k]!);
  const s = p.toString().replace(/%7C/g, '|');
  return s;
}

function pager(path: string, query: string, first: boolean, next: string | null): Markup {
  const join = (extra: string) => `${path}?${[query, extra].filter(Boolean).join('&')}`.replace(/\?$/, '');
  return html`<nav class="pager" aria-label="Pages">${first ? html`<span></span>` : html`<a href="${join('')}">Newest events</a>`}${next ? html`<a href="${join(`before=${encodeURIComponent(next)}`)}" rel="next">Older events</a>` : html`<span>End of the timeline</span>`}</nav>`;
}

/**
 * `/timeline`: every event, grouped by day, newest first, 50 to a page; filtered by actor, topic,
 * outlet and words. Its feed links are the feeds that hold what it shows (the actor's or topic's
 * feed, with the same word and outlet filters).
 */
export function renderTimeline(chron: Chronology, q: TimelineQuery, o: PageOptions, size = TIMELINE_PAGE, total?: number): string | null {
  const filter: FeedFilter = { ...NO_FILTER, filter: q.filter ? q.filter.split('|') : null, outlet: q.outlet ? q.outlet.split('|') : null };
  const actor = q.actor ? actorsOf(chron).find((a) => a.id === q.actor) : null;
  const topic = q.topic ? chron.topics.find((t) => t.id === q.topic) : null;
  let events = actor ? eventsOfActor(chron, actor.id, false) : chron.events;
  if (topic) events = events.filter((e) => e.topics.some((t) => t.id === topic.id));
  events = applyFilter(events, filter);
  const page = pageOf(events, q.before, size);
  if (!page) return null;
  const feedQuery = new URLSearchParams();
  if (q.filter) feedQuery.set('filter', q.filter);
  if (q.outlet) feedQuery.set('outlet', q.outlet);
  const fq = feedQuery.toString() ? `?${feedQuery.toString().replace(/%7C/g, '|')}` : '';
  const scope = actor ? { title: actor.name, base: `${actorPath(actor.id)}/` } : topic ? { title: topic.name, base: `${topicPath(topic.id)}/` } : { title: 'All events', base: '/' };
  const described = [actor && `by ${actor.name}`, topic && `on ${topic.name}`, describeFilter(filter)].filter(Boolean).join(', ');
  const feeds: FeedLink[] = feedLinks(described ? `${scope.title}${fq ? ` (${describeFilter(filter)})` : ''}` : 'All events', scope.base, fq);
  const body = cat(html`<h1>Timeline${described ? `: events ${described}` : ''}</h1>`,
    html`<p>${plural(total ?? events.length, 'event')}${q.before ? ', older page' : ''}. Newest first, grouped by the day they happened.</p>`,
    searchForm(chron, q),
    html`<p>Follow ${described ? 'these events' : 'every event'} in a feed reader:</p>${feedList(feeds)}`,
    (page.events.length ? eventsByDay(page.events) : html`<p>No event matches. Try fewer words or another outlet.</p>`),
    pager('/timeline', queryOf(q), !q.before, page.next));
  return layout(`Timeline${described ? ` — events ${described}` : ''} — ${o.siteTitle}`, o, feeds, body);
}

/** Actors who lead the same events, most shared first (at most `n`). */
function relatedActors(events: readonly ChronoEvent[], self: string | null, n = 12): Array<{ id: string; name: string; shared: number }> {
  const seen = new Map<string, { id: string; name: string; shared: number }>();
  for (const e of events) for (const a of e.actors) {
    if (a.role !== 'principal' || a.id === self) continue;
    const s = seen.get(a.id) ?? { id: a.id, name: a.name, shared: 0 };
    s.shared++;
    seen.set(a.id, s);
  }
  return [...seen.values()].sort((a, b) => b.shared - a.shared || a.name.localeCompare(b.name)).slice(0, n);
}

function subjectPage(chron: Chronology, kind: 'actor' | 'topic', id: string, name: string, intro: string, events: ChronoEvent[], before: string | null, o: PageOptions, size: number, total = events.length): string | null {
  const page = pageOf(events, before, size);
  if (!page) return null;
  const path = kind === 'actor' ? actorPath(id) : topicPath(id);
  const feeds = feedLinks(name, `${path}/`);
  // Related actors and topics: among the events up to the end of this page (newest first), so a
  // page needs no event older than the next one (the Worker reads no further).
  const upTo = events.slice(0, page.events.length ? events.indexOf(page.events.at(-1)!) + 1 : 0);
  const related = relatedActors(upTo, kind === 'actor' ? id : null);
  const topics = kind === 'actor' ? [...new Map(upTo.flatMap((e) => e.topics).map((t) => [t.id, t])).values()].slice(0, 12) : [];
  const body = cat(html`<h1>${name}</h1><p>${intro}</p><p>${plural(total, 'event')}. Follow them in a feed reader:</p>${feedList(feeds)}`,
    html`<p><a href="${path}/calendar.ics">Scheduled events as a calendar</a> · <a href="/timeline?${kind}=${encodeURIComponent(id)}">Search these events</a></p>`,
    (related.length ? html`<h2>Related actors</h2><ul class="feeds">${related.map((a) => html`<li><a href="${actorPath(a.id)}">${a.name}</a> <small>(${plural(a.shared, 'shared event')})</small></li>`)}</ul>` : ''),
    (topics.length ? html`<h2>Topics</h2><ul class="feeds">${topics.map((t) => html`<li><a href="${topicPath(t.id)}">${t.name}</a></li>`)}</ul>` : ''),
    html`<h2 id="events">Events</h2>`, eventsByDay(page.events, 'h3'), pager(path, '', !before, page.next));
  return layout(`${name} — ${o.siteTitle}`, o, feeds, body);
}

/** `/actors/{id}`: the actor's events (as its feed holds them), feeds, related actors; null for an unknown id or cursor. */
export function renderActorPage(chron: Chronology, id: string, before: string | null, o: PageOptions, size = TIMELINE_PAGE, total?: number): string | null {
  const actor = actorsOf(chron).find((a) => a.id === id);
  if (!actor) return null;
  const members = chron.actors.filter((a) => a.affiliation === id);
  const role = [actor.role, actor.affiliation && chron.actors.find((a) => a.id === actor.affiliation)?.name].filter(Boolean).join(', ');
  const intro = `${actor.name} — ${actor.kind}${role ? `, ${role}` : ''}.${members.length ? ` Includes the events its officials and bodies lead (${members.slice(0, 5).map((m) => m.name).join(', ')}${members.length > 5 ? ', …' : ''}).` : ''}`;
  return subjectPage(chron, 'actor', id, actor.name, intro, eventsOfActor(chron, id, false), before, o, size, total);
}

/** `/topics/{id}`: the topic's events, feeds, the actors who lead them; null for an unknown id or cursor. */
export function renderTopicPage(chron: Chronology, id: string, before: string | null, o: PageOptions, size = TIMELINE_PAGE, total?: number): string | null {
  const topic = chron.topics.find((t) => t.id === id);
  if (!topic) return null;
  return subjectPage(chron, 'topic', id, topic.name, `Events on ${topic.name}.`, eventsOfTopic(chron, id), before, o, size, total);
}
