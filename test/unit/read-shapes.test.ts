import { describe, expect, it } from 'vitest';
import { readSeed } from '../../src/read/read-seed';
import liveblog from '../fixtures/liveblog-captions.txt?raw';
import wire from '../fixtures/wire-headline-list.txt?raw';
import damaged from '../fixtures/encoding-damage.txt?raw';
import noYear from '../fixtures/no-year.txt?raw';

const read = (name: string, text: string) => readSeed({ name, text });
const allText = (r: ReturnType<typeof read>) => r.items.flatMap((i) => [i.headline, i.body]).join('\n');

describe('a live blog with captions and a related-links tail', () => {
  const r = read('liveblog.txt', liveblog);

  it('is recognised as a live blog from its shape', () => {
    expect(r.page?.kind).toBe('liveblog');
  });

  it('makes one item per post, headline and only its own body', () => {
    expect(r.items.map((i) => i.headline)).toEqual([
      'Port authority offers 4 percent raise',
      'Union rejects offer as ‘insulting’',
      'Trucks queue for miles outside harbour',
      'Mayor will visit strikers on Monday',
    ]);
    expect(r.items[0]!.body).not.toMatch(/Quintela/);
  });

  it('keeps the title, standfirst and opening summary out of the posts', () => {
    expect(r.page?.title).toMatch(/^Live: Harbour strike/);
    expect(r.page?.description).toMatch(/Union leaders said on Thursday/);
    expect(allText(r)).not.toMatch(/Union leaders said on Thursday/);
  });

  it('leaves captions, credits, teasers, chrome and the link list out of every item', () => {
    const text = allText(r);
    for (const junk of [/Ana Ruiz/, /Luis Prado\/AP/, /Read more here/, /Take a look/, /live blog is now closed/, /Source:/, /tram line/, /Learn more/, /Related article/, /Lorries parked/]) {
      expect(text).not.toMatch(junk);
    }
  });

  it('drops a post that only points elsewhere, and says so in the report', () => {
    expect(r.items.some((i) => /Explainer/.test(i.headline))).toBe(false);
    expect(r.report.dropped_samples.some((d) => d.reason === 'pointer-post')).toBe(true);
  });

  it('reads the publisher from the source line and the date from the page', () => {
    expect(r.page?.publisher).toBe('Coastline News');
    expect(r.page?.published).toBe('2023-03-09');
  });

  it('points each item at the line of its headline', () => {
    const lines = liveblog.split('\n');
    for (const it of r.items) expect(lines[it.line - 1]).toBe(it.headline);
  });
});

describe('a wire article with a headline list after it', () => {
  const r = read('wire.txt', wire);

  it('is one article item with title and body, nothing from the list', () => {
    expect(r.page?.kind).toBe('article');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.headline).toBe('Regulator fines Northgate Bank over data breach');
    const text = allText(r);
    expect(text).toMatch(/fined Northgate Bank £12 million/);
    expect(text).not.toMatch(/Rail strike|Heatwave|Festival|Latest UK News|Search our site|Picture: PA/);
  });

  it('takes publisher from the byline and date and time from the dateline', () => {
    expect(r.page?.publisher).toBe('Press Association');
    expect(r.page?.published).toBe('2023-06-14');
    expect(r.items[0]!.time).toBe('2023-06-14T09:30:00Z');
    expect(r.items[0]!.timeBasis).toBe('stated');
  });

  it('finds people and bodies the catalogue does not know', () => {
    const ids = r.items[0]!.actors.map((a) => a.id);
    expect(ids).toEqual(expect.arrayContaining(['helen-marsh', 'financial-conduct-authority', 'northgate-bank']));
  });
});

describe('a page with encoding damage', () => {
  // The names it restores are those of the pack a deployment reads with (data/packs/).
  const r = readSeed({ name: 'damaged.txt', text: damaged }, { packs: ['russia-ukraine-2022'] });
  const text = allText(r);

  it('restores lost spaces and drops junk after a sentence', () => {
    expect(text).toMatch(/would meet in Istanbul next week to discuss the grain corridor\.$/m);
    expect(text).toMatch(/The meeting is set to take place on Tuesday/);
    expect(text).toMatch(/as Ankara shows no sign/);
  });

  it('restores names the catalogue knows', () => {
    expect(text).toMatch(/Mevlüt Çavuşoğlu/);
    expect(text).toMatch(/Erdoğan/);
  });

  it('keeps real questions and removes a stray mark from a statement', () => {
    expect(r.items.map((i) => i.headline)).toContain('Can the corridor survive the summer?');
    expect(r.items.map((i) => i.headline)).toContain('A group of exporters are warning of shortages');
  });

  it('records the repair as a warning', () => {
    expect(r.report.warnings.join(' ')).toMatch(/repaired encoding damage/);
  });
});

describe('a page without a year', () => {
  const r = read('storm.txt', noYear);

  it('is not dated from the clock of the machine that reads it: no year on the page, no date', () => {
    expect(r.page?.published).toBeNull();
    expect(r.items.every((i) => i.eventDate === null && i.time === null)).toBe(true);
    expect(r.report.warnings.join(' ')).toMatch(/publication date unknown/);
    expect(r.report.warnings.join(' ')).toMatch(/relative to a date the page does not give/);
  });

  it('takes its year from a year the page states elsewhere (a copyright line), with that basis recorded', () => {
    const dated = read('storm.txt', `${noYear}\n© 2023 Coast Weather Service\n`);
    expect(dated.page?.published).toBe('2023-10-06');
    expect(dated.page?.publishedBasis).toBe('weekday-year');
  });

  describe('with the day given in its front matter', () => {
    const withFront = read('storm.txt', `---\npublished: 2023-10-06\n---\n${noYear}`);

    it('dates each post by the day it tells of (news rule: past weekdays look back)', () => {
      const byHead = Object.fromEntries(withFront.items.map((i) => [i.headline, i]));
      expect(byHead['Met office extends red warning']!.eventDate).toBe('2023-10-06');
      expect(byHead['Coast road closed after landslide']!.eventDate).toBe('2023-10-05');
      expect(byHead['Ferry services cancelled']!.eventDate).toBe('2023-10-04');
    });

    it('keeps an announced future day as the scheduled date, not the event date', () => {
      const road = withFront.items.find((i) => i.headline.startsWith('Coast road'))!;
      expect(road.scheduledDate).toBe('2023-10-09');
      expect(road.eventDate).toBe('2023-10-05');
    });

    it('counts the block in line numbers: every line points into the file as stored', () => {
      const road = withFront.items.find((i) => i.headline.startsWith('Coast road'))!;
      expect(`---\npublished: 2023-10-06\n---\n${noYear}`.split('\n')[road.line - 1]).toBe('Coast road closed after landslide');
      expect(withFront.page?.publishedBasis).toBe('metadata');
    });
  });
});

describe('pages that hold nothing', () => {
  it('an empty page gives no items and a warning, and does not throw', () => {
    const r = read('empty.txt', '');
    expect(r.items).toEqual([]);
    expect(r.report.warnings.join(' ')).toMatch(/no title|no items/);
  });

  it('a list of short headlines only gives no items', () => {
    const r = read('list.txt', 'Top stories\n\nCouncil approves budget\n\nLocal team wins cup\n\nNew bridge opens\n');
    expect(r.items).toEqual([]);
  });
});

describe('a short article', () => {
  it('keeps a short closing paragraph that attributes or quotes; a link list after it stays out', () => {
    const r = read('short.txt', 'Port authority suspends night shifts\n\nThe harbour authority said on Monday it would suspend night shifts at the container terminal.\n\nIts director, Ana Brest, said the measure would last a week.\n\nMore from the port\n\nFerry prices rise again\n');
    expect(r.items).toHaveLength(1);
    expect(r.items[0]!.body).toMatch(/Ana Brest, said/);
    expect(r.items[0]!.body).not.toMatch(/Ferry prices/);
    expect(r.items[0]!.actors.map((a) => a.id)).toContain('ana-brest');
  });
});

describe('a copy that starts below its title, with the title in its front matter', () => {
  const r = read('no-title-line.txt', '---\npublished: 2023-04-02\npublisher: Coastline News\ntitle: Harbour strike enters third week\n---\nDock workers stayed off the job on Sunday as talks with the port authority stalled, union leaders said.\n\nThe authority said it would make a new offer on Monday.\n');

  it('takes the front matter’s title for the page and its reports, without a warning that it has none', () => {
    expect(r.page?.title).toBe('Harbour strike enters third week');
    expect(r.page?.titleLine).toBeNull();
    expect(r.items.every((i) => i.pageTitle === 'Harbour strike enters third week')).toBe(true);
    expect(r.report.warnings.filter((w) => w.startsWith('no title'))).toEqual([]);
  });
});
