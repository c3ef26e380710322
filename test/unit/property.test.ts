import fc from 'fast-check';
import { xml2js } from 'xml-js';
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { renderAtom } from '../../src/render/atom';
import { escapeHtml, xmlSafe } from '../../src/render/escape';
import { renderEventPage, renderIndex } from '../../src/render/html';
import { renderJsonFeed } from '../../src/render/json-feed';
import { renderRss } from '../../src/render/rss';
import { mainSpec } from '../../src/render/specs';
import { feedView } from '../../src/render/views';

/** Lines a page is made of: arbitrary code points (controls, lone surrogates, U+FFFE…) and news-like lines carrying markup. */
const line = fc.oneof(
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  {
    weight: 2,
    arbitrary: fc.tuple(fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(' said on Monday that the plan “was dead”.', ' told reporters ]]> the vote <b>failed</b> on Thursday.'))
      .map(([a, b]) => `Officials in ${a}${b}`),
  },
  {
    weight: 5,
    arbitrary: fc.constantFrom(
      'Minister says talks will go on',
      'The minister said on Monday that “talks ]]> will go on” </script><script>alert(1)</script> & more.',
      'Officials told reporters on Thursday that the <x-evil onload=1> plan would be delayed]]>.',
      '', '', '', '', '\uFEFFBy Press Association', 'Read more here.', '\u0000\u0001\u0008\u000B\u001F\u007F\uFFFE',
    ),
  },
);
const page = fc.tuple(fc.array(line, { minLength: 4, maxLength: 40 }), fc.constantFrom('\n', '\r\n', '\r'))
  .map(([lines, eol]) => lines.join(eol));

const parseXml = (xml: string) => xml2js(xml, { compact: false });

function renderAll(text: string) {
  const { chronology } = buildChronology([{ name: 'arbitrary.txt', text }, { name: 'other.txt', text: `Other page\n\n${text}` }],
    { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:x' });
  const spec = mainSpec(chronology);
  const view = feedView(chronology, spec, spec.events, null, { limit: 50, before: null, extraQuery: '' }, 'https://example.org', 'chronofeed');
  return { chronology, rss: renderRss(view), atom: renderAtom(view), json: renderJsonFeed(view) };
}

describe('any text through the whole pipeline', () => {
  it('keeps RSS and Atom well-formed XML 1.0', () => {
    let withEntries = 0;
    fc.assert(fc.property(page, (text) => {
      const { rss, atom, chronology } = renderAll(text);
      if (chronology.events.length) withEntries++;
      expect(() => parseXml(rss)).not.toThrow();
      expect(() => parseXml(atom)).not.toThrow();
      // eslint-disable-next-line no-control-regex
      expect(rss + atom).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    }), { numRuns: 150 });
    // The property must be exercised on feeds that hold entries, not only on empty ones.
    expect(withEntries).toBeGreaterThan(30);
  });

  it('keeps JSON Feed valid 1.1 with an id and a url on every item', () => {
    fc.assert(fc.property(page, (text) => {
      const feed = JSON.parse(renderAll(text).json) as { version: string; items: Array<{ id: string; url: string; content_html: string; date_published: string }> };
      expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
      for (const item of feed.items) {
        expect(item.id).toMatch(/^https:\/\/example\.org\/events\/[a-z0-9-]+$/);
        expect(item.url).toBe(item.id);
        expect(Number.isNaN(Date.parse(item.date_published))).toBe(false);
        expect(item.content_html).not.toMatch(/<script|<x-evil/);
      }
    }), { numRuns: 150 });
  });

  it('escapes text in the HTML pages', () => {
    fc.assert(fc.property(page, (text) => {
      const { chronology } = renderAll(text);
      const pages = [renderIndex(chronology, { siteTitle: 'chronofeed' }), ...chronology.events.map((e) => renderEventPage(e, { siteTitle: 'chronofeed' }))];
      for (const html of pages) {
        expect(html).not.toMatch(/<script|<x-evil|<\/script>/);
      }
    }), { numRuns: 150 });
  });

  it('escapes as the plain rule would: the pre-checks skip only text with nothing to change', () => {
    // The rule the pre-checks in render/escape.ts stand for: every forbidden character removed, then the five replaced.
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
    const plain = (s: string) => s.replace(forbidden, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: fc.constantFrom('a', ' ', '&', '<', '"', "'", '\uD83D', '\uDE00', '\u0007', '\uFFFE'), maxLength: 30 }));
    fc.assert(fc.property(text, (s) => {
      expect(escapeHtml(s)).toBe(plain(s));
      expect(xmlSafe(s)).toBe(s.replace(forbidden, ''));
    }), { numRuns: 500 });
  });

  it('never throws, and gives every event a date or null and at least one report', () => {
    fc.assert(fc.property(page, (text) => {
      const { chronology } = renderAll(text);
      for (const e of chronology.events) {
        expect(e.event_date === null || /^\d{4}-\d{2}(-\d{2})?$/.test(e.event_date)).toBe(true);
        expect(e.reports.length).toBeGreaterThan(0);
      }
    }), { numRuns: 150 });
  });
});
