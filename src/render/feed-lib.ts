import type { Feed } from 'feed';
import { escapeText } from './escape';
import type { FeedView } from './feed-view';

const xmlSafeText = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

/**
 * Adds entries to a `feed` instance. Every string is HTML-escaped first: `feed` writes titles and
 * content as CDATA (Atom: `type="html"`), so escaped text reads back exactly, never holds `]]>`,
 * and markup in a seed never becomes markup in a reader.
 */
export function fillFeed(feed: Feed, view: FeedView, withAuthors: boolean): Feed {
  for (const e of view.entries) {
    feed.addItem({
      id: e.id,
      guid: e.id,
      link: e.id,
      title: escapeText(e.title),
      description: escapeText(e.summary),
      content: e.contentHtml,
      date: new Date(e.updated),
      published: new Date(e.date),
      // RSS <author> must be an e-mail address; outlets go in <dc:creator> there (see renderRss).
      author: withAuthors ? e.authors.map((name) => ({ name: escapeText(name) })) : undefined,
      extensions: withAuthors ? undefined : [{ name: 'dc:creator', objects: e.authors.map((name) => ({ _text: xmlSafeText(name) })) as unknown as Record<string, unknown> }],
      category: e.categories.map((c) => ({ name: escapeText(c.label), term: c.term, scheme: c.scheme, domain: c.scheme })),
    });
  }
  return feed;
}
