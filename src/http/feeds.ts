import { type Context, Hono } from 'hono';
import { eventsOfActor, eventsOfTopic, page } from '../chronology/select';
import type { ChronoEvent } from '../model/types';
import { renderAtom } from '../render/atom';
import { renderJsonFeed } from '../render/json-feed';
import { renderRss } from '../render/rss';
import { type FeedSpec, feedView } from '../render/views';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';
import { type FeedQuery, feedQuery } from './query';

/** `/feed.*`, `/actors/{id}/feed.*`, `/topics/{id}/feed.*`: one page of a feed in one format. */
export const feeds = new Hono<AppEnv>();

const FILE = ':file{feed\\.(?:rss|atom|json)}';
const RENDER = { rss: renderRss, atom: renderAtom, json: renderJsonFeed } as const;
type Format = keyof typeof RENDER;

feeds.get(`/${FILE}`, feedQuery, (c) => {
  const chron = c.get('chron');
  return serveFeed(c, {
    base: '/',
    title: 'All events',
    description: 'Every event in the merged chronology, newest first, with every outlet’s report.',
    events: chron.events,
  });
});

feeds.get(`/actors/:id/${FILE}`, feedQuery, (c) => {
  const chron = c.get('chron');
  const id = c.req.param('id');
  const actor = chron.actors.find((a) => a.id === id);
  if (!actor) return problem(c, 404, 'Unknown actor', `No actor has the id "${id.slice(0, 80)}". See /actors.json.`);
  const q = c.req.valid('query') as FeedQuery;
  const members = new Map(chron.actors.filter((a) => a.affiliation === id).map((a) => [a.id, a.name]));
  return serveFeed(c, {
    base: `/actors/${encodeURIComponent(id)}/`,
    title: actor.name,
    description: `Events in which ${actor.name} acts or speaks${members.size ? `, and those of its officials and bodies` : ''}${q.mentions ? ', and those that mention it' : ''}.`,
    events: eventsOfActor(chron, id, q.mentions),
    note: (e: ChronoEvent) => {
      if (e.actors.some((a) => a.id === id && a.role === 'principal')) return null;
      const via = e.actors.find((a) => members.has(a.id) && a.role === 'principal');
      return via ? `In this feed through ${via.name} (${actor.name})` : `Mentions ${actor.name}`;
    },
  });
});

feeds.get(`/topics/:id/${FILE}`, feedQuery, (c) => {
  const chron = c.get('chron');
  const id = c.req.param('id');
  const topic = chron.topics.find((t) => t.id === id);
  if (!topic) return problem(c, 404, 'Unknown topic', `No topic has the id "${id.slice(0, 80)}". See /topics.json.`);
  return serveFeed(c, {
    base: `/topics/${encodeURIComponent(id)}/`,
    title: topic.name,
    description: `Events on ${topic.name}.`,
    events: eventsOfTopic(chron, id),
  });
});

function serveFeed(c: Context<AppEnv, string, { out: { query: FeedQuery } }>, spec: FeedSpec): Promise<Response> | Response {
  const q = c.req.valid('query');
  const format = c.req.param('file')!.slice('feed.'.length) as Format;
  const slice = page(spec.events, q.limit, q.before);
  if (!slice) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this feed; start again without it.`);
  const view = feedView(c.get('chron'), spec, slice.events, slice.next,
    { limit: q.limit, before: q.before, extraQuery: q.mentions ? 'include=mentions' : '' }, c.get('origin'), c.get('siteTitle'));
  return cachedBody(c, { type: MEDIA[format], lastModified: view.updated, render: () => RENDER[format](view) });
}
