import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';
import { slugWords, spellsSlug } from './url-slug';

describe('url-slug: the headline a page’s URL spells', () => {
  it('takes the path segment of most words, without its ending, numbers or ids', () => {
    expect(slugWords('https://news.example/2023/06/22/world/harbour-firm-halts-all-dives.html')).toEqual(['harbour', 'firm', 'halts', 'all', 'dives']);
    expect(slugWords('https://news.example/news/harbour-firm-halts-all-dives-after-loss-12345?ref=home')).toEqual(['harbour', 'firm', 'halts', 'all', 'dives', 'after', 'loss']);
  });

  it('finds no slug in an id, a short tag or no URL', () => {
    expect(slugWords('https://news.example/news/world-65967464')).toEqual([]);
    expect(slugWords('https://news.example/Pages/NewsDetails.aspx?nid=3610')).toEqual([]);
    expect(slugWords('https://news.example/live-news/')).toEqual([]);
    expect(slugWords('not a url')).toEqual([]);
    expect(slugWords(null)).toEqual([]);
  });

  it('matches a line that holds most of the slug’s words and little else, accents and apostrophes as a slug writes them', () => {
    const slug = slugWords('https://news.example/2023/zurich-bank-agrees-rescue-by-rival');
    expect(spellsSlug('Zürich bank agrees to rescue by its rival', slug)).toBe(true);
    expect(spellsSlug('More: Harbour firm halts all dives', slug)).toBe(false);
    expect(spellsSlug('The Zürich bank agrees, after a weekend of talks with regulators and the central bank, to a rescue by its largest rival in the country.', slug)).toBe(false);
  });
});

describe('url-slug: the title under site chrome', () => {
  const page = (url: string, title?: string) => readSeed({ name: 'page.txt', text: `---\nurl: ${url}\npublished: 2023-03-19\npublisher: Example News\n${title ? `title: ${title}\n` : ''}---\nMarkets\n\nRival bank shares slide as investors weigh the deal\n\nZurich bank agrees to rescue by its rival\n\nBy Jo Reed\n\nThe Zurich bank agreed on Sunday to be taken over by its largest rival in a deal brokered by regulators, the two banks said.\n\nThe deal was announced after a weekend of talks in the capital, the finance minister told reporters.` });

  it('takes the line the slug spells as the title, not a related headline above it', () => {
    const r = page('https://news.example/business/2023/03/19/zurich-bank-agrees-rescue-by-rival');
    expect(r.items.map((i) => i.headline)).toEqual(['Zurich bank agrees to rescue by its rival']);
    expect(r.items[0]!.line).toBe(10);
  });

  it('takes the front matter’s title with the site’s name after a bar or a dash as the bare line', () => {
    for (const title of ['Zurich bank agrees to rescue by its rival | Example News', 'Zurich bank agrees to rescue by its rival - Example News']) {
      const r = page('https://news.example/b/123', title);
      expect(r.items.map((i) => i.headline)).toEqual(['Zurich bank agrees to rescue by its rival']);
    }
  });
});
