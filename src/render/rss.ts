import { escapeText } from './escape';
import type { EntryView, FeedView } from './feed-view';
import { textElement, xmlDocument, type XmlElement } from './xml';

const RSS_NAMESPACES: ReadonlyArray<readonly [string, string]> = [
  ['version', '2.0'],
  ['xmlns:dc', 'http://purl.org/dc/elements/1.1/'],
  ['xmlns:content', 'http://purl.org/rss/1.0/modules/content/'],
  ['xmlns:atom', 'http://www.w3.org/2005/Atom'],
];

/**
 * RSS 2.0, with what it lacks borrowed as readers expect: `<atom:link rel="self">`, `rel="next"` for
 * paging (RFC 5005 style) and `rel="hub"`, the full HTML in `<content:encoded>`, the outlets in
 * `<dc:creator>` (RSS `<author>` must be an e-mail address), the time of the event in `<pubDate>`.
 */
export function renderRss(view: FeedView): string {
  return xmlDocument({
    name: 'rss',
    attrs: RSS_NAMESPACES,
    children: [{
      name: 'channel',
      children: [
        { name: 'title', text: view.title },
        { name: 'link', text: view.homeUrl },
        { name: 'description', text: view.description },
        { name: 'lastBuildDate', text: new Date(view.updated).toUTCString() },
        { name: 'docs', text: 'https://validator.w3.org/feed/docs/rss2.html' },
        { name: 'generator', text: 'chronofeed' },
        ...textElement('language', view.language || undefined),
        { name: 'ttl', text: String(view.ttlMinutes) },
        { name: 'atom:link', attrs: [['href', view.urls.rss], ['rel', 'self'], ['type', 'application/rss+xml']] },
        ...(view.next ? [{ name: 'atom:link', attrs: [['href', view.next.rss], ['rel', 'next'], ['type', 'application/rss+xml']] } as XmlElement] : []),
        ...(view.hub ? [{ name: 'atom:link', attrs: [['href', view.hub], ['rel', 'hub']] } as XmlElement] : []),
        ...view.entries.map(rssItem),
      ],
    }],
  });
}

function rssItem(e: EntryView): XmlElement {
  return {
    name: 'item',
    children: [
      { name: 'title', cdata: escapeText(e.title) },
      { name: 'link', text: e.id },
      { name: 'guid', attrs: [['isPermaLink', 'false']], text: e.id },
      { name: 'pubDate', text: new Date(e.date).toUTCString() },
      ...(e.summary ? [{ name: 'description', cdata: escapeText(e.summary) } as XmlElement] : []),
      { name: 'content:encoded', cdata: e.contentHtml },
      ...e.categories.map((c): XmlElement => ({ name: 'category', attrs: [['domain', c.scheme]], text: c.label })),
      ...e.authors.map((name): XmlElement => ({ name: 'dc:creator', text: name })),
    ],
  };
}
