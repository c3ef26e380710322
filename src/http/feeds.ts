import { type Context, Hono } from 'hono';
import { actorOf, page, topicOf } from '../chronology/select';
import { eventsFor, type FeedOf, feedScope, pageIsFull, viewOf } from '../chronology/served';
import { renderAtom } from '../render/atom';
import { applyFilter, describeFilter } from '../render/feed-filter';
import { renderJsonFeed } from '../render/json-feed';
import { renderRss } from '../render/rss';
import { actorSpec, mainSpec, topicSpec } from '../render/specs';
import { feedView } from '../render/views';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';

/**
 * `/feed.*`, `/actors/{id}/feed.*`, `/topics/{id}/feed.*`: one page of a feed in one format. The
 * query was validated by queryGate (query.ts) before the chronology was loaded.
 */
export const feeds = new Hono<AppEnv>();

const FILE = ':file{feed\\.(?:rss|atom|json)}';
export const RENDER = { rss: renderRss, atom: renderAtom, json: renderJsonFeed } as const;
type Format = keyof typeof RENDER;

feeds.get(`/${FILE}`, (c) => serveFeed(c, { kind: 'main' }));

feeds.get(`/actors/:id/${FILE}`, (c) => {
  const id = c.req.param('id');
  if (!actorOf(viewOf(c.get('served'), []), id)) return problem(c, 404, 'Unknown actor', `No actor has the id "${id.slice(0, 80)}". See /actors.json.`);
  return serveFeed(c, { kind: 'actor', id, mentions: c.get('query').mentions });
});

feeds.get(`/topics/:id/${FILE}`, (c) => {
  const id = c.req.param('id');
  if (!topicOf(viewOf(c.get('served'), []), id)) return problem(c, 404, 'Unknown topic', `No topic has the id "${id.slice(0, 80)}". See /topics.json.`);
  return serveFeed(c, { kind: 'topic', id });
});

/**
 * One page of a feed: its events read from the pieces that may hold them, newest first, until the
 * page is full (filters first: filter_time counts from the newest event of the unfiltered feed).
 */
async function serveFeed(c: Context<AppEnv>, feed: FeedOf): Promise<Response> {
  const q = c.get('query');
  const served = c.get('served');
  const format = c.req.param('file')!.slice('feed.'.length) as Format;
  const scope = feedScope(served, feed);
  const { events } = await eventsFor(served, { ...scope, enough: pageIsFull(q.limit, q.before, (e) => applyFilter(e, q)) });
  const view = viewOf(served, events);
  const spec = { ...(feed.kind === 'main' ? mainSpec(view) : feed.kind === 'actor' ? actorSpec(view, feed.id, feed.mentions)! : topicSpec(view, feed.id)!), updated: scope.updated };
  const slice = page(applyFilter(spec.events, q), q.limit, q.before);
  if (!slice) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this feed; start again without it.`);
  // Self and next links keep every canonical parameter but the cursor and the size (feedView adds those).
  const kept = new URLSearchParams(q.canonical);
  kept.delete('before');
  kept.delete('limit');
  const variant = [q.mentions ? 'with mentions' : '', describeFilter(q)].filter(Boolean).join(', ');
  const rendered = feedView(view, spec, slice.events, slice.next,
    { limit: q.limit, before: q.before, extraQuery: kept.toString(), variant, hub: c.env.WEBSUB_HUB || null }, c.get('origin'), c.get('siteTitle'));
  return cachedBody(c, { type: MEDIA[format], lastModified: rendered.updated, render: () => RENDER[format](rendered) });
}
