import { xmlSafe } from './escape';
import type { FeedView } from './feed-view';

/**
 * JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written here (the `feed` package, used until
 * the thirteenth session for Atom and RSS, emits 1.0: single `author`, no `authors` or `language`). Plain JSON: the serializer escapes what JSON
 * needs; `content_html` is already escaped HTML.
 */
export function renderJsonFeed(view: FeedView): string {
  const doc = {
    version: 'https://jsonfeed.org/version/1.1',
    title: view.title,
    home_page_url: view.homeUrl,
    feed_url: view.urls.json,
    description: view.description,
    language: view.language,
    ...(view.next ? { next_url: view.next.json } : {}),
    ...(view.hub ? { hubs: [{ type: 'WebSub', url: view.hub }] } : {}),
    authors: [{ name: 'chronofeed' }],
    items: view.entries.map((e) => ({
      id: e.id,
      url: e.id,
      title: e.title,
      summary: e.summary,
      content_html: e.contentHtml,
      date_published: e.date,
      date_modified: e.updated,
      authors: e.authors.map((name) => ({ name })),
      tags: e.categories.map((c) => c.label),
      _chronofeed: { categories: e.categories.map((c) => ({ id: c.term, name: c.label })), note: e.note },
    })),
  };
  return xmlSafe(JSON.stringify(doc, null, 1));
}
