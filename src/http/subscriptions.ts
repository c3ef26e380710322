import { Hono } from 'hono';
import { eventsFor, type FeedOf, feedScope, type Served } from '../chronology/served';
import { renderCalendar } from '../render/icalendar';
import { renderOpml } from '../render/opml';
import { cachedBody } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';
import { servedView } from './view';

/** `/feeds.opml` (every feed, for a reader's import) and the calendars of scheduled events. */
export const subscriptions = new Hono<AppEnv>();

/** OPML has no registered type; `text/x-opml` is what readers and OPML tools send and expect. */
const OPML = 'text/x-opml; charset=utf-8';
const ICS = 'text/calendar; charset=utf-8';

subscriptions.get('/feeds.opml', (c) => {
  const served = c.get('served');
  return cachedBody(c, { type: OPML, lastModified: served.updated, render: () => renderOpml(servedView(served, []), c.get('origin'), c.get('siteTitle')) });
});

/** The scheduled events of a feed, read from the pieces that hold any (a calendar shows those only). */
async function scheduled(served: Served, feed: FeedOf) {
  const scope = feedScope(served, feed);
  return (await eventsFor(served, {
    relevant: (s) => s.scheduled > 0 && (scope.relevant?.(s) ?? true),
    match: (e) => Boolean(e.scheduled_date) && (scope.match?.(e) ?? true),
  })).events;
}

subscriptions.get('/calendar.ics', (c) => {
  const served = c.get('served');
  return cachedBody(c, { type: ICS, lastModified: served.updated, render: async () => renderCalendar(await scheduled(served, { kind: 'main' }), { origin: c.get('origin'), name: `${c.get('siteTitle')} — scheduled events` }) });
});

subscriptions.get('/actors/:id/calendar.ics', (c) => {
  const served = c.get('served');
  const actor = served.actors.find((a) => a.id === c.req.param('id'));
  if (!actor) return problem(c, 404, 'Unknown actor', `No actor has the id "${c.req.param('id').slice(0, 80)}". See /actors.json.`);
  return cachedBody(c, { type: ICS, lastModified: served.updated, render: async () => renderCalendar(await scheduled(served, { kind: 'actor', id: actor.id, mentions: false }), { origin: c.get('origin'), name: `${c.get('siteTitle')} — ${actor.name}` }) });
});

subscriptions.get('/topics/:id/calendar.ics', (c) => {
  const served = c.get('served');
  const topic = served.topics.find((t) => t.id === c.req.param('id'));
  if (!topic) return problem(c, 404, 'Unknown topic', `No topic has the id "${c.req.param('id').slice(0, 80)}". See /topics.json.`);
  return cachedBody(c, { type: ICS, lastModified: served.updated, render: async () => renderCalendar(await scheduled(served, { kind: 'topic', id: topic.id }), { origin: c.get('origin'), name: `${c.get('siteTitle')} — ${topic.name}` }) });
});
