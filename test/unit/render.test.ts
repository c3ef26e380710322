import { xml2js } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { renderAtom } from '../../src/render/atom';
import { renderJsonFeed } from '../../src/render/json-feed';
import { renderRss } from '../../src/render/rss';
import { feedView } from '../../src/render/views';
import { chronology, event } from '../helpers';

const ORIGIN = 'https://feeds.example.org';

function view(events = [event()], next: string | null = null) {
  const chron = chronology(events);
  return feedView(chron, { base: '/', title: 'All', description: 'All events', events }, events, next,
    { limit: 50, before: null, extraQuery: '' }, ORIGIN, 'chronofeed');
}

/** Strict parse: throws on anything that is not well-formed XML. */
const parse = (xml: string) => xml2js(xml, { compact: false });

describe('feed rendering: Atom and RSS written as XML text (render/xml.ts), JSON Feed', () => {
  it('uses one absolute id, the permalink, in all three formats', () => {
    const v = view();
    const id = `${ORIGIN}/events/minister-speaks-abc123`;
    expect(renderRss(v)).toContain(`<guid isPermaLink="false">${id}</guid>`);
    expect(renderAtom(v)).toContain(`<id>${id}</id>`);
    expect(JSON.parse(renderJsonFeed(v)).items[0].id).toBe(id);
  });

  it('never stamps the time of the request: the channel date is the newest change', async () => {
    const a = renderAtom(view());
    await new Promise((r) => setTimeout(r, 5));
    expect(renderAtom(view())).toBe(a);
    expect(a).toContain('<updated>2023-05-03T08:00:00.000Z</updated>');
    expect(renderRss(view())).toContain('<lastBuildDate>Wed, 03 May 2023 08:00:00 GMT</lastBuildDate>');
  });

  it('drops characters XML 1.0 forbids', () => {
    const e = event({ title: 'Bad\u0001 title\u0008', summary: 'x\u001Fy', reports: [{ ...event().reports[0]!, text: 'ctrl\u000B here' }] });
    for (const xml of [renderRss(view([e])), renderAtom(view([e]))]) {
      expect(() => parse(xml)).not.toThrow();
      expect(xml).not.toMatch(/[\u0001\u0008\u000B\u001F]/);
    }
  });

  it('keeps every "]]>" from closing a CDATA section early, not only the first', () => {
    const e = event({ title: 'a ]]> b ]]> c', reports: [{ ...event().reports[0]!, text: 'x ]]> y ]]> z </script>' }] });
    for (const xml of [renderRss(view([e])), renderAtom(view([e]))]) {
      expect(() => parse(xml)).not.toThrow();
      expect(xml).toContain('a ]]&gt; b ]]&gt; c');
    }
  });

  it('writes Atom categories with a label, scheme and term', () => {
    const atom = renderAtom(view());
    expect(atom).toMatch(/<category label="Jane Doe" scheme="https:\/\/feeds\.example\.org\/actors\/" term="jane-doe"\/>/);
  });

  it('escapes names once: an outlet or actor with &, < and " reads back exactly in every XML place', () => {
    const name = 'Smith & Sons <Holdings> "Q"';
    const e = event({
      actors: [{ id: 'smith-sons', name, kind: 'organisation', role: 'principal' }],
      reports: [{ ...event().reports[0]!, publisher: name }],
    });
    type El = { name?: string; attributes?: Record<string, string>; elements?: El[]; text?: string };
    const all = (el: El, tag: string): El[] => [...(el.name === tag ? [el] : []), ...(el.elements ?? []).flatMap((c) => all(c, tag))];
    const text = (el: El) => (el.elements ?? []).map((c) => c.text ?? '').join('');
    const atom = parse(renderAtom(view([e]))) as El;
    expect(all(atom, 'category').map((c) => c.attributes?.label)).toContain(name);
    expect(all(atom, 'name').map(text)).toContain(name);
    const rss = parse(renderRss(view([e]))) as El;
    expect(all(rss, 'category').map(text)).toContain(name);
    expect(all(rss, 'dc:creator').map(text)).toEqual([name]);
  });

  it('adds paging links next to the self link in every format', () => {
    const v = view([event()], 'minister-speaks-abc123');
    expect(renderAtom(v)).toContain('<link rel="next" href="https://feeds.example.org/feed.atom?before=minister-speaks-abc123"');
    expect(renderRss(v)).toContain('<atom:link href="https://feeds.example.org/feed.rss?before=minister-speaks-abc123" rel="next"');
    expect(JSON.parse(renderJsonFeed(v)).next_url).toBe('https://feeds.example.org/feed.json?before=minister-speaks-abc123');
  });

  it('writes JSON Feed 1.1, with authors and language, not 1.0', () => {
    const j = JSON.parse(renderJsonFeed(view()));
    expect(j.version).toBe('https://jsonfeed.org/version/1.1');
    expect(j.language).toBe('en');
    expect(j.authors).toEqual([{ name: 'chronofeed' }]);
    expect(j.items[0].authors).toEqual([{ name: 'Example News' }]);
    expect(j.items[0].author).toBeUndefined();
    expect(j.items[0].date_published).toBe('2023-05-02T10:00:00Z');
  });

  it('shows every outlet under its own name in the content of every format', () => {
    const e = event({ reports: ['Alpha Post', 'Beta Times', 'Gamma Wire', 'Delta Daily'].map((p, i) => ({ ...event().reports[0]!, seed: `${i}.txt`, publisher: p })) });
    const v = view([e]);
    for (const body of [renderRss(v), renderAtom(v), renderJsonFeed(v)]) {
      for (const p of ['Alpha Post', 'Beta Times', 'Gamma Wire', 'Delta Daily']) expect(body).toContain(p);
    }
  });

  it('shows each report’s outlet, page title and a link to its page in every format', () => {
    const v = view();
    const html = JSON.parse(renderJsonFeed(v)).items[0].content_html as string;
    expect(html).toContain('<h3>Example News</h3>');
    expect(html).toContain('<a href="https://news.example.org/2023/05/02/minister">“Minister speaks”</a>');
    expect(renderAtom(v)).toContain('<a href="https://news.example.org/2023/05/02/minister">');
    expect(renderRss(v)).toContain('https://news.example.org/2023/05/02/minister');
  });

  it('escapes markup from a page so it never becomes markup in a reader', () => {
    const e = event({ reports: [{ ...event().reports[0]!, text: '<script>alert(1)</script> & <b>bold</b>' }] });
    const json = JSON.parse(renderJsonFeed(view([e])));
    expect(json.items[0].content_html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;');
    expect(json.items[0].content_html).not.toContain('<script>');
  });
});
