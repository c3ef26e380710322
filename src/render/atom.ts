import { Feed } from 'feed';
import { escapeHtml, escapeText, xmlSafe } from './escape';
import type { FeedView } from './feed-view';
import { fillFeed } from './feed-lib';

/**
 * Atom 1.0 (RFC 4287) through `feed`, with `<link rel="next">` added for paging and the feed's
 * `updated` always given (left out, `feed` stamps the time of the request).
 */
export function renderAtom(view: FeedView): string {
  const feed = fillFeed(new Feed({
    id: view.urls.atom,
    title: escapeText(view.title),
    description: escapeText(view.description),
    link: view.homeUrl,
    language: view.language,
    updated: new Date(view.updated),
    generator: 'chronofeed',
    ...(view.hub ? { hub: view.hub } : {}),
    copyright: '',
    feedLinks: { atom: view.urls.atom },
  }), view, true);
  let xml = xmlSafe(feed.atom1());
  if (view.next) {
    xml = xml.replace(/(<link rel="self"[^>]*\/>)/u, `$1\n    <link rel="next" href="${escapeHtml(view.next.atom)}" type="application/atom+xml"/>`);
  }
  return xml;
}
