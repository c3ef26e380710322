import { Hono } from 'hono';
import { eventsOfActor, eventsOfTopic } from '../chronology/select';
import { renderCalendar } from '../render/icalendar';
import { renderOpml } from '../render/opml';
import { cachedBody } from './cached-body';
import type { AppEnv } from './env';
import { problem } from './problem';

/** `/feeds.opml` (every feed, for a reader's import) and the calendars of scheduled events. */
export const subscriptions = new Hono<AppEnv>();

/** OPML has no registered type; `text/x-opml` is what readers and OPML tools send and expect. */
const OPML = 'text/x-opml; charset=utf-8';
const ICS = 'text/calendar; charset=utf-8';

subscriptions.get('/feeds.opml', (c) => {
  const chron = c.get('chron');
  return cachedBody(c, { type: OPML, lastModified: chron.updated, render: () => renderOpml(chron, c.get('origin'), c.get('siteTitle')) });
});

subscriptions.get('/calendar.ics', (c) => {
  const chron = c.get('chron');
  return cachedBody(c, { type: ICS, lastModified: chron.updated, render: () => renderCalendar(chron.events, { origin: c.get('origin'), name: `${c.get('siteTitle')} — scheduled events` }) });
});

subscriptions.get('/actors/:id/calendar.ics', (c) => {
  const chron = c.get('chron');
  const actor = chron.actors.find((a) => a.id === c.req.param('id'));
  if (!actor) return problem(c, 404, 'Unknown actor', `No actor has the id "${c.req.param('id').slice(0, 80)}". See /actors.json.`);
  return cachedBody(c, { type: ICS, lastModified: chron.updated, render: () => renderCalendar(eventsOfActor(chron, actor.id, false), { origin: c.get('origin'), name: `${c.get('siteTitle')} — ${actor.name}` }) });
});

subscriptions.get('/topics/:id/calendar.ics', (c) => {
  const chron = c.get('chron');
  const topic = chron.topics.find((t) => t.id === c.req.param('id'));
  if (!topic) return problem(c, 404, 'Unknown topic', `No topic has the id "${c.req.param('id').slice(0, 80)}". See /topics.json.`);
  return cachedBody(c, { type: ICS, lastModified: chron.updated, render: () => renderCalendar(eventsOfTopic(chron, topic.id), { origin: c.get('origin'), name: `${c.get('siteTitle')} — ${topic.name}` }) });
});
