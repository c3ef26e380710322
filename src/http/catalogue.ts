import { Hono } from 'hono';
import { actorsOf, topicCatalogue } from '../render/catalogue';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { servedView } from './view';

/** `/actors.json` and `/topics.json`: catalogues sorted by event count, with each entry's feed and page URLs. */
export const catalogue = new Hono<AppEnv>();

const links = (origin: string, base: string) => ({
  rss: new URL(`${base}/feed.rss`, origin).toString(),
  atom: new URL(`${base}/feed.atom`, origin).toString(),
  json: new URL(`${base}/feed.json`, origin).toString(),
});

/** Both catalogues have one shape: entries by event count (as many as their feed holds), each with its feed URLs. */
for (const kind of ['actors', 'topics'] as const) {
  catalogue.get(`/${kind}.json`, (c) => {
    const chron = servedView(c.get('served'), []);
    const entries = kind === 'actors' ? actorsOf(chron) : topicCatalogue(chron);
    return cachedBody(c, {
      type: MEDIA.plainJson,
      lastModified: chron.updated,
      render: () => JSON.stringify({
        [kind]: entries.map((e) => {
          const base = `/${kind}/${encodeURIComponent(e.id)}`;
          return { ...e, page: new URL(base, c.get('origin')).toString(), feeds: links(c.get('origin'), base) };
        }),
      }, null, 1),
    });
  });
}
