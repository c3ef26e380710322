import { escapeText } from './escape';
import type { EntryView, FeedView } from './feed-view';
import { textElement, xmlDocument, type XmlElement } from './xml';

/**
 * Atom 1.0 (RFC 4287): the feed's `updated` always given (the newest change, never the time of the
 * request), `<link rel="next">` for paging (RFC 5005), titles, summaries and content as HTML in CDATA
 * (`type="html"`, HTML-escaped first so text reads back exactly and markup in a page never becomes
 * markup in a reader), one `<author>` per outlet, a `<category>` per actor and topic.
 */
export function renderAtom(view: FeedView): string {
  return xmlDocument({
    name: 'feed',
    attrs: [['xmlns', 'http://www.w3.org/2005/Atom']],
    children: [
      { name: 'id', text: view.urls.atom },
      { name: 'title', text: view.title },
      { name: 'updated', text: new Date(view.updated).toISOString() },
      { name: 'generator', text: 'chronofeed' },
      { name: 'link', attrs: [['rel', 'alternate'], ['href', view.homeUrl]] },
      { name: 'link', attrs: [['rel', 'self'], ['href', view.urls.atom]] },
      ...(view.next ? [{ name: 'link', attrs: [['rel', 'next'], ['href', view.next.atom], ['type', 'application/atom+xml']] } as XmlElement] : []),
      ...(view.hub ? [{ name: 'link', attrs: [['rel', 'hub'], ['href', view.hub]] } as XmlElement] : []),
      ...textElement('subtitle', view.description || undefined),
      ...view.entries.map(atomEntry),
    ],
  });
}

function atomEntry(e: EntryView): XmlElement {
  return {
    name: 'entry',
    children: [
      { name: 'title', attrs: [['type', 'html']], cdata: escapeText(e.title) },
      { name: 'id', text: e.id },
      { name: 'link', attrs: [['href', e.id]] },
      { name: 'updated', text: new Date(e.updated).toISOString() },
      ...(e.summary ? [{ name: 'summary', attrs: [['type', 'html']], cdata: escapeText(e.summary) } as XmlElement] : []),
      { name: 'content', attrs: [['type', 'html']], cdata: e.contentHtml },
      ...e.authors.map((name): XmlElement => ({ name: 'author', children: [{ name: 'name', text: name }] })),
      ...e.categories.map((c): XmlElement => ({ name: 'category', attrs: [['label', c.label], ['scheme', c.scheme], ['term', c.term]] })),
      { name: 'published', text: new Date(e.date).toISOString() },
    ],
  };
}
