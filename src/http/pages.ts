import { Hono } from 'hono';
import { eventsFor, feedActors, feedScope, pageIsFull, summariesOf } from '../chronology/served';
import { feedCount } from '../chronology/shelf';
import { renderActorPage, renderTimeline, renderTopicPage, TIMELINE_PAGE } from '../render/timeline';
import { servedView } from './view';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * The pages a journalist reads: `/timeline` (every event by day, filtered by actor, topic, outlet
 * and words, 50 to a page), `/actors/{id}` and `/topics/{id}` (events, feeds, related actors).
 * Server-rendered HTML (render/timeline.ts); the query was checked by queryGate.
 */
export const pages = new Hono<AppEnv>();

pages.get('/timeline', async (c) => {
  const q = c.get('query');
  const served = c.get('served');
  if (q.actor && !served.actors.some((a) => a.id === q.actor)) return problem(c, 404, 'Unknown actor', `No actor has the id "${q.actor}". See /actors.json.`);
  if (q.topic && !served.topics.some((t) => t.id === q.topic)) return problem(c, 404, 'Unknown topic', `No topic has the id "${q.topic}". See /topics.json.`);
  // The events it shows: one actor's (its own feed, without mentions) or one topic's or all; with
  // words or outlets, every match is read (the page says how many there are), else the first page
  // and the count from the pieces' summaries.
  const actor = q.actor ? feedScope(served, { kind: 'actor', id: q.actor, mentions: false }) : null;
  const topic = q.topic ? feedScope(served, { kind: 'topic', id: q.topic }) : null;
  const scopes = [actor, topic].filter((s) => s !== null);
  const counted = !q.filter && !q.outlet && scopes.length < 2;
  const { events } = await eventsFor(served, {
    relevant: (s) => scopes.every((x) => x.relevant!(s)),
    match: (e) => scopes.every((x) => x.match!(e)),
    ...(counted ? { enough: pageIsFull(TIMELINE_PAGE, q.before) } : {}),
  });
  const total = !counted ? undefined : q.actor ? feedCount(summariesOf(served), feedActors(served, q.actor)) : q.topic ? served.topics.find((t) => t.id === q.topic)?.events ?? 0 : served.events;
  const body = renderTimeline(servedView(served, events), { before: q.before, actor: q.actor, topic: q.topic, filter: q.filter?.join('|') ?? null, outlet: q.outlet?.join('|') ?? null }, { siteTitle: c.get('siteTitle') }, TIMELINE_PAGE, total);
  if (body === null) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this timeline; start again without it.`);
  return cachedBody(c, { type: MEDIA.html, lastModified: served.updated, render: () => body });
});

for (const kind of ['actors', 'topics'] as const) {
  pages.get(`/${kind}/:id`, async (c) => {
    const id = c.req.param('id');
    const served = c.get('served');
    const known = kind === 'actors' ? served.actors.some((a) => a.id === id) : served.topics.some((t) => t.id === id);
    if (!known) return problem(c, 404, kind === 'actors' ? 'Unknown actor' : 'Unknown topic', `No ${kind.slice(0, -1)} has the id "${id.slice(0, 80)}". See /${kind}.json.`);
    const before = c.get('query').before;
    const scope = feedScope(served, kind === 'actors' ? { kind: 'actor', id, mentions: false } : { kind: 'topic', id });
    const { events } = await eventsFor(served, { ...scope, enough: pageIsFull(TIMELINE_PAGE, before) });
    const total = kind === 'actors' ? feedCount(summariesOf(served), feedActors(served, id)) : served.topics.find((t) => t.id === id)?.events ?? 0;
    const render = kind === 'actors' ? renderActorPage : renderTopicPage;
    const body = render(servedView(served, events), id, before, { siteTitle: c.get('siteTitle') }, TIMELINE_PAGE, total);
    if (body === null) return problem(c, 400, 'Unknown cursor', `before="${before}" is not an event of this page; start again without it.`);
    return cachedBody(c, { type: MEDIA.html, lastModified: served.updated, render: () => body });
  });
}
