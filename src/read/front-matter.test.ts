import { describe, expect, it } from 'vitest';
import { parseFrontMatter, publishedParts } from './front-matter';

describe('front matter', () => {
  it('reads the four keys and counts the block lines', () => {
    const fm = parseFrontMatter('---\nurl: https://news.example.org/a\npublished: 2022-01-27T11:54:00Z\npublisher: Example News\ntitle: "A title"\n---\nA title\n');
    expect(fm.fields).toEqual({ url: 'https://news.example.org/a', published: '2022-01-27T11:54:00Z', publisher: 'Example News', title: 'A title' });
    expect(fm.bodyStart).toBe(6);
    expect(fm.errors).toEqual([]);
  });

  it('accepts CRLF line ends, a BOM and an offset date-time', () => {
    const fm = parseFrontMatter('\uFEFF---\r\npublished: 2021-03-24T09:30+02:00\r\n---\r\nTitle\r\n');
    expect(fm.fields.published).toBe('2021-03-24T09:30+02:00');
    expect(publishedParts(fm.fields.published!)).toEqual({ day: '2021-03-24', instant: '2021-03-24T07:30:00Z' });
  });

  it('names the line of a bad date, an unknown key and a relative url, and keeps the good values', () => {
    const fm = parseFrontMatter('---\npublisher: Example\npublished: 27/01/2022\nauthor: Someone\nurl: /news/a\n---\nTitle\n');
    expect(fm.fields).toEqual({ publisher: 'Example' });
    expect(fm.errors.map((e) => e.line)).toEqual([3, 4, 5]);
    expect(fm.errors[0]!.message).toMatch(/line 3: published/);
    expect(fm.errors[1]!.message).toMatch(/unknown key "author"/);
  });

  it('refuses days that do not exist', () => {
    expect(parseFrontMatter('---\npublished: 2022-02-30\n---\n').errors).toHaveLength(1);
    expect(parseFrontMatter('---\npublished: 2022-01-27T25:00:00Z\n---\n').errors).toHaveLength(1);
  });

  it('reports a block that is never closed and reads the page as text', () => {
    const fm = parseFrontMatter('---\nurl: https://news.example.org/a\nTitle\n\nBody.\n');
    expect(fm.bodyStart).toBe(0);
    expect(fm.fields).toEqual({});
    expect(fm.errors[0]).toMatchObject({ line: 1 });
    expect(fm.errors[0]!.message).toMatch(/never closed/);
  });
});

describe('front matter: text that is not a block', () => {
  for (const text of ['', 'Title\n---\nurl: x\n---\n', ' ---\nurl: https://a.example\n---\n', '----\nurl: https://a.example\n----\n', 'Title only']) {
    it(`gives nothing for ${JSON.stringify(text.slice(0, 20))}`, () => {
      expect(parseFrontMatter(text)).toEqual({ fields: {}, bodyStart: 0, errors: [] });
    });
  }
});
