import { type Context, Hono } from 'hono';
import { page } from '../chronology/select';
import { renderAtom } from '../render/atom';
import { applyFilter, describeFilter } from '../render/feed-filter';
import { renderJsonFeed } from '../render/json-feed';
import { renderRss } from '../render/rss';
import { actorSpec, mainSpec, topicSpec } from '../render/specs';
import { type FeedSpec, feedView } from '../render/views';
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

feeds.get(`/${FILE}`, (c) => serveFeed(c, mainSpec(c.get('chron'))));

feeds.get(`/actors/:id/${FILE}`, (c) => {
  const id = c.req.param('id');
  const spec = actorSpec(c.get('chron'), id, c.get('query').mentions);
  return spec ? serveFeed(c, spec) : problem(c, 404, 'Unknown actor', `No actor has the id "${id.slice(0, 80)}". See /actors.json.`);
});

feeds.get(`/topics/:id/${FILE}`, (c) => {
  const id = c.req.param('id');
  const spec = topicSpec(c.get('chron'), id);
  return spec ? serveFeed(c, spec) : problem(c, 404, 'Unknown topic', `No topic has the id "${id.slice(0, 80)}". See /topics.json.`);
});

function serveFeed(c: Context<AppEnv>, spec: FeedSpec): Promise<Response> | Response {
  const q = c.get('query');
  const format = c.req.param('file')!.slice('feed.'.length) as Format;
  // Filters first (filter_time counts from the newest event of the unfiltered feed), then the page.
  const events = applyFilter(spec.events, q);
  const slice = page(events, q.limit, q.before);
  if (!slice) return problem(c, 400, 'Unknown cursor', `before="${q.before}" is not an event of this feed; start again without it.`);
  // Self and next links keep every canonical parameter but the cursor and the size (feedView adds those).
  const kept = new URLSearchParams(q.canonical);
  kept.delete('before');
  kept.delete('limit');
  const variant = [q.mentions ? 'with mentions' : '', describeFilter(q)].filter(Boolean).join(', ');
  const view = feedView(c.get('chron'), spec, slice.events, slice.next,
    { limit: q.limit, before: q.before, extraQuery: kept.toString(), variant, hub: c.env.WEBSUB_HUB || null }, c.get('origin'), c.get('siteTitle'));
  return cachedBody(c, { type: MEDIA[format], lastModified: view.updated, render: () => RENDER[format](view) });
}
