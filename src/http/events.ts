import { Hono } from 'hono';
import { eventById } from '../chronology/served';
import { renderEventPage } from '../render/html';
import { cachedBody, MEDIA } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';
import { ID_PATTERN } from './query';

/**
 * `/events/{id}` (HTML permalink, the `link` of every feed entry) and `/events/{id}.json`.
 * The id of an event merged into another answers with a permanent redirect to the survivor.
 */
export const events = new Hono<AppEnv>();

events.get('/events/:file', async (c) => {
  const file = c.req.param('file');
  const json = file.endsWith('.json');
  const id = json ? file.slice(0, -'.json'.length) : file;
  if (!ID_PATTERN.test(id)) return problem(c, 404, 'Unknown event', 'Event ids are lower-case letters, digits and hyphens.');
  const served = c.get('served');
  // Only the piece that holds it is read.
  const event = await eventById(served, id);
  if (!event) {
    const to = served.redirects[id];
    if (to) return c.redirect(`/events/${encodeURIComponent(to)}${json ? '.json' : ''}`, 308);
    return problem(c, 404, 'Unknown event', `No event has the id "${id}". It may have left the chronology with its seed.`);
  }
  return cachedBody(c, json
    ? { type: MEDIA.plainJson, lastModified: event.updated, render: () => JSON.stringify(event, null, 1) }
    : { type: MEDIA.html, lastModified: event.updated, render: () => renderEventPage(event, { siteTitle: c.get('siteTitle') }) });
});

