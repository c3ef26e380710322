import { env } from 'cloudflare:workers';
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import ICAL from 'ical.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from '../../src/app';
import { call } from '../call';
import { settled } from '../ingest';
import harbour from '../fixtures/liveblog-captions.txt?raw';

type Feed = { title: string; items: Array<{ id: string; title: string; summary: string; content_html: string; date_published: string; authors: Array<{ name: string }> }>; hubs?: Array<{ type: string; url: string }>; feed_url: string; next_url?: string };
const json = async (path: string) => { const r = await call(path); expect(r.status, path).toBe(200); return r.json() as Promise<Feed>; };

describe('OPML', () => {
  it('lists every main, actor and topic feed once, as OPML 2.0, each feed answering 200', async () => {
    const res = await call('/feeds.opml');
    expect(res.headers.get('Content-Type')).toBe('text/x-opml; charset=utf-8');
    const xml = await res.text();
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    const urls = [...xml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]!);
    const actors = (await (await call('/actors.json')).json() as { actors: Array<{ id: string; events: number }> }).actors.filter((a) => a.events > 0);
    const topics = (await (await call('/topics.json')).json() as { topics: Array<{ id: string }> }).topics;
    expect(urls.length).toBe(1 + actors.length + topics.length);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toContain('http://chronofeed.test/actors/sergey-lavrov/feed.atom');
    for (const u of [urls[0]!, urls[1]!, urls[urls.length - 1]!]) expect((await call(new URL(u).pathname)).status).toBe(200);
  });
});

describe('iCalendar', () => {
  it('holds every scheduled event once, with a stable UID, an all-day DTSTART, a summary and the event page, parsed by ical.js', async () => {
    const res = await call('/calendar.ics');
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const cal = new ICAL.Component(ICAL.parse(ics));
    const vevents = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const chron = await (await call('/chronology.json')).json() as { events: Array<{ id: string; title: string; scheduled_date: string | null }> };
    const scheduled = chron.events.filter((e) => e.scheduled_date && /^\d{4}-\d\d-\d\d$/.test(e.scheduled_date));
    expect(scheduled.length).toBeGreaterThan(0);
    expect(vevents.length).toBe(scheduled.length);
    for (const e of scheduled) {
      const v = vevents.find((x) => x.uid === `${e.id}@chronofeed.test`)!;
      expect(v, e.id).toBeTruthy();
      expect(v.summary).toBe(e.title);
      expect(v.startDate.isDate).toBe(true);
      expect(v.startDate.toString()).toBe(e.scheduled_date);
      expect(v.component.getFirstPropertyValue('url')).toBe(`http://chronofeed.test/events/${e.id}`);
    }
    expect(await (await call('/calendar.ics')).text()).toBe(ics);
  });

  it('has a calendar per actor and per topic, and 404s for unknown ids', async () => {
    const actor = await call('/actors/united-states/calendar.ics');
    expect(actor.status).toBe(200);
    expect(new ICAL.Component(ICAL.parse(await actor.text())).getFirstPropertyValue('x-wr-calname')).toBe('chronofeed — United States');
    expect((await call('/topics/nord-stream-2/calendar.ics')).status).toBe(200);
    expect((await call('/actors/nobody-at-all/calendar.ics')).status).toBe(404);
  });
});

describe('feed filters', () => {
  it('keeps events with one of the `filter` words in title or text, case-insensitively, and drops those with `filterout`', async () => {
    const all = (await json('/feed.json?limit=500')).items;
    const has = (i: Feed['items'][number], w: string) => `${i.title}\n${i.content_html}`.toLowerCase().includes(w);
    const swift = (await json('/feed.json?filter=SWIFT&limit=500')).items;
    expect(swift.length).toBeGreaterThan(0);
    expect(swift.length).toBeLessThan(all.length);
    expect(swift.every((i) => has(i, 'swift'))).toBe(true);
    const either = (await json('/feed.json?filter=swift|nord%20stream&limit=500')).items;
    expect(either.length).toBeGreaterThan(swift.length);
    const without = (await json('/feed.json?filterout=swift&limit=500')).items;
    expect(without.length + swift.length).toBe(all.length);
    expect(without.some((i) => has(i, 'swift'))).toBe(false);
  });

  it('treats a filter as plain text, never as a pattern', async () => {
    expect((await json('/feed.json?filter=(a%2B)%2B%24&limit=500')).items).toEqual([]);
    expect((await json('/feed.json?filter=.*&limit=500')).items).toEqual([]);
  });

  it('keeps an outlet’s events with `outlet`, and events within N seconds of the feed’s newest with `filter_time`', async () => {
    const cnn = (await json('/feed.json?outlet=CNN&limit=500')).items;
    expect(cnn.length).toBeGreaterThan(0);
    expect(cnn.every((i) => i.authors.some((a) => a.name === 'CNN'))).toBe(true);
    const all = (await json('/feed.json?limit=500')).items;
    const newest = Math.max(...all.map((i) => Date.parse(i.date_published)));
    const day = (await json('/feed.json?filter_time=86400&limit=500')).items;
    expect(day.length).toBeGreaterThan(0);
    expect(day.length).toBeLessThan(all.length);
    expect(day.every((i) => Date.parse(i.date_published) >= newest - 86_400_000)).toBe(true);
    expect(day.length).toBe(all.filter((i) => Date.parse(i.date_published) >= newest - 86_400_000).length);
  });

  it('refuses `format`, bad values and unknown parameters with a 400 naming them', async () => {
    for (const [path, says] of [['/feed.json?format=atom', '"format"'], ['/feed.rss?filter_time=-5', 'filter_time'], ['/feed.atom?filter=|', 'filter'], ['/actors/russia/feed.json?utm_source=x', '"utm_source"']]) {
      const res = await call(path!);
      expect(res.status, path).toBe(400);
      expect((await res.json() as { detail: string }).detail).toContain(says);
    }
  });

  it('keys cached bodies by the canonical filter: other spellings of one filter share one body', async () => {
    const a = await call('/feed.atom?filter=Nord%20Stream|SWIFT&outlet=CNN');
    expect(a.headers.get('X-Cache')).toBe('miss');
    const b = await call('/feed.atom?outlet=cnn&filter=swift|%20nord%20%20stream');
    expect(b.headers.get('X-Cache')).toBe('hit');
    expect(await b.text()).toBe(await a.text());
  });

  it('keeps the filters on self and next links, and pages through the filtered events', async () => {
    const first = await json('/feed.json?filter=russia&limit=5');
    expect(first.feed_url).toBe('http://chronofeed.test/feed.json?filter=russia&limit=5');
    expect(first.next_url).toMatch(/^http:\/\/chronofeed\.test\/feed\.json\?filter=russia&limit=5&before=/);
    const second = await json(new URL(first.next_url!).pathname + new URL(first.next_url!).search);
    expect(second.items.length).toBe(5);
    expect(second.items.some((i) => first.items.some((j) => j.id === i.id))).toBe(false);
  });
});

describe('WebSub', () => {
  afterEach(() => vi.restoreAllMocks());

  const serve = async (path: string, extra: Record<string, string> = {}) => {
    const ctx = createExecutionContext();
    const res = await createApp().fetch(new Request(`http://chronofeed.test${path}`), { ...env, ...extra }, ctx);
    const body = await res.text();
    await waitOnExecutionContext(ctx);
    return { status: res.status, body };
  };

  it('names no hub and pings nothing without WEBSUB_HUB', async () => {
    const spy = vi.spyOn(globalThis, 'fetch');
    expect((await serve('/feed.json')).status).toBe(200);
    expect(await (await call('/feed.atom')).text()).not.toContain('rel="hub"');
    expect(spy).not.toHaveBeenCalled();
  });

  it('names the hub in all three formats and pings it once per change of the chronology, with each touched feed', async () => {
    const hub = 'https://hub.example.net/';
    const pings: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      expect(String(input)).toBe(hub);
      expect(init?.method).toBe('POST');
      const form = new URLSearchParams(String(init?.body));
      expect(form.get('hub.mode')).toBe('publish');
      pings.push(form.get('hub.url')!);
      return new Response(null, { status: 204 });
    });
    const withHub = { WEBSUB_HUB: hub };
    const atom = (await serve('/actors/russia/feed.atom?limit=3', withHub)).body;
    expect(atom).toContain(`<link rel="hub" href="${hub}"/>`);
    const rss = (await serve('/feed.rss?limit=3', withHub)).body;
    expect(rss).toMatch(/<atom:link href="https:\/\/hub\.example\.net\/" rel="hub"\/>/);
    const jf = JSON.parse((await serve('/feed.json?limit=3', withHub)).body) as Feed;
    expect(jf.hubs).toEqual([{ type: 'WebSub', url: hub }]);
    // First chronology this hub hears of: the main feeds.
    expect(pings.sort()).toEqual(['http://chronofeed.test/feed.atom', 'http://chronofeed.test/feed.json', 'http://chronofeed.test/feed.rss']);
    // The same chronology again: nothing.
    await serve('/feed.json', withHub);
    expect(pings.length).toBe(3);
    // A page added: the main feeds and the feeds of the actors and topics of its new events.
    const put = await call('/admin/seeds/harbour.txt', { method: 'PUT', body: harbour, headers: { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}`, 'Content-Type': 'text/plain' } });
    expect(put.status).toBe(202);
    await settled(['harbour.txt']);
    pings.length = 0;
    await serve('/feed.json', withHub);
    expect(pings).toContain('http://chronofeed.test/feed.atom');
    expect(pings).toContain('http://chronofeed.test/actors/marta-quintela/feed.atom');
    expect(pings).not.toContain('http://chronofeed.test/actors/sergey-lavrov/feed.atom');
    expect(pings.length).toBeLessThanOrEqual(60);
  });
});
