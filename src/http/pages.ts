import { Hono } from 'hono';
import { renderActorPage, renderTimeline, renderTopicPage } from '../render/timeline';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * The pages a journalist reads: `/timeline` (every event by day, filtered by actor, topic, outlet
 * and words, 50 to a page), `/actors/{id}` and `/topics/{id}` (events, feeds, related actors).
 * Server-rendered HTML (render/timeline.ts); the query was checked by queryGate.
 */
export const pages = new Hono<AppEnv>();

pages.get('/timeline', (c) => {
  const q = c.get('query');
  const chron = c.get('chron');
  if (q.actor && !chron.actors.some((a) => a.id === q.actor)) return problem(c, 404, 'Unknown actor', `No actor has the id "${q.actor}". See /actors.json.`);
  if (q.topic && !chron.topics.some((t) => t.id === q.topic)) return problem(c, 404, 'Unknown topic', `No topic has the id "${q.topic}". See /topics.json.`);
  const body = renderTimeline(chron, { before: q.before, actor: q.actor, topic: q.topic, filter: q.filter?.join('|') ?? null, outlet: q.outlet?.join('|') ?? null }, { siteTitle: c.get('siteTitle') });
  if (body === null) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this timeline; start again without it.`);
  return cachedBody(c, { type: MEDIA.html, lastModified: chron.updated, render: () => body });
});

for (const kind of ['actors', 'topics'] as const) {
  pages.get(`/${kind}/:id`, (c) => {
    const id = c.req.param('id');
    const chron = c.get('chron');
    const known = kind === 'actors' ? chron.actors.some((a) => a.id === id) : chron.topics.some((t) => t.id === id);
    if (!known) return problem(c, 404, kind === 'actors' ? 'Unknown actor' : 'Unknown topic', `No ${kind.slice(0, -1)} has the id "${id.slice(0, 80)}". See /${kind}.json.`);
    const before = c.get('query').before;
    const render = kind === 'actors' ? renderActorPage : renderTopicPage;
    const body = render(chron, id, before, { siteTitle: c.get('siteTitle') });
    if (body === null) return problem(c, 400, 'Unknown cursor', `before="${before}" is not an event of this page; start again without it.`);
    return cachedBody(c, { type: MEDIA.html, lastModified: chron.updated, render: () => body });
  });
}
