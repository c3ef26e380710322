import { Feed } from 'feed';
import { escapeHtml, escapeText, xmlSafe } from './escape';
import type { FeedView } from './feed-view';
import { fillFeed } from './feed-lib';

/**
 * RSS 2.0 through `feed`, with what it lacks added around it: `<atom:link rel="next">` for paging
 * (RFC 5005 style), and text made safe for XML before it goes in.
 */
export function renderRss(view: FeedView): string {
  const feed = fillFeed(new Feed({
    id: view.urls.rss,
    title: escapeText(view.title),
    description: escapeText(view.description),
    link: view.homeUrl,
    language: view.language,
    updated: new Date(view.updated),
    ttl: view.ttlMinutes,
    generator: 'chronofeed',
    ...(view.hub ? { hub: view.hub } : {}),
    copyright: '',
    feedLinks: { rss: view.urls.rss },
  }), view, false);
  let xml = xmlSafe(feed.rss2());
  if (view.next) {
    xml = xml.replace(/(<atom:link [^>]*rel="self"[^>]*\/>)/u, `$1\n        <atom:link href="${escapeHtml(view.next.rss)}" rel="next" type="application/rss+xml"/>`);
  }
  return xml;
}
