import { Hono } from 'hono';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';

/** `/actors.json` and `/topics.json`: catalogues sorted by event count, with each entry's feed URLs. */
export const catalogue = new Hono<AppEnv>();

const feedUrls = (origin: string, base: string) => ({
  rss: new URL(`${base}feed.rss`, origin).toString(),
  atom: new URL(`${base}feed.atom`, origin).toString(),
  json: new URL(`${base}feed.json`, origin).toString(),
});

catalogue.get('/actors.json', (c) => {
  const chron = c.get('chron');
  return cachedBody(c, {
    type: MEDIA.plainJson,
    lastModified: chron.updated,
    render: () => JSON.stringify({
      actors: chron.actors.map((a) => ({ ...a, feeds: feedUrls(c.get('origin'), `/actors/${encodeURIComponent(a.id)}/`) })),
    }, null, 1),
  });
});

catalogue.get('/topics.json', (c) => {
  const chron = c.get('chron');
  return cachedBody(c, {
    type: MEDIA.plainJson,
    lastModified: chron.updated,
    render: () => JSON.stringify({
      topics: chron.topics.map((t) => ({ ...t, feeds: feedUrls(c.get('origin'), `/topics/${encodeURIComponent(t.id)}/`) })),
    }, null, 1),
  });
});
