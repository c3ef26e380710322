import type { Chronology } from '../model/types';
import { actorsOf } from './catalogue';
import { escapeHtml as x } from './escape';

/**
 * OPML 2.0 (http://opml.org/spec2.opml) of every feed: the whole chronology, then one outline per
 * actor and per topic, each `type="rss"` with `xmlUrl` (its Atom feed: one format per feed, so a
 * reader that imports it subscribes once) and `htmlUrl` (its page). Written by hand: the format is
 * a dozen lines and every attribute goes through the XML escaper.
 */
export function renderOpml(chron: Chronology, origin: string, siteTitle: string): string {
  const abs = (path: string) => new URL(path, origin).toString();
  const outline = (text: string, base: string, page: string, indent: string) =>
    `${indent}<outline type="rss" text="${x(text)}" title="${x(text)}" xmlUrl="${x(abs(`${base}feed.atom`))}" htmlUrl="${x(abs(page))}"/>`;
  const actors = actorsOf(chron).filter((a) => a.events > 0);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${x(siteTitle)}: every feed</title>`,
    `    <dateModified>${new Date(chron.updated).toUTCString()}</dateModified>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
    outline(`${siteTitle} — all events`, '/', '/', '    '),
    `    <outline text="Actors" title="Actors">`,
    ...actors.map((a) => outline(`${siteTitle} — ${a.name}`, `/actors/${encodeURIComponent(a.id)}/`, `/actors/${encodeURIComponent(a.id)}`, '      ')),
    '    </outline>',
    `    <outline text="Topics" title="Topics">`,
    ...chron.topics.map((t) => outline(`${siteTitle} — ${t.name}`, `/topics/${encodeURIComponent(t.id)}/`, `/topics/${encodeURIComponent(t.id)}`, '      ')),
    '    </outline>',
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
