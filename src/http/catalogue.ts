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

/** Both catalogues have one shape: entries by event count, each with its feed URLs. */
for (const kind of ['actors', 'topics'] as const) {
  catalogue.get(`/${kind}.json`, (c) => {
    const chron = c.get('chron');
    return cachedBody(c, {
      type: MEDIA.plainJson,
      lastModified: chron.updated,
      render: () => JSON.stringify({
        [kind]: chron[kind].map((e) => ({ ...e, feeds: feedUrls(c.get('origin'), `/${kind}/${encodeURIComponent(e.id)}/`) })),
      }, null, 1),
    });
  });
}
