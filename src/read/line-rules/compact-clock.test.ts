import { describe, expect, it } from 'vitest';
import { compactClockPosts } from './compact-clock';
import type { PageLine } from './rule';

const page = (...texts: string[]): PageLine[] => texts.map((text, i) => ({ no: i * 2 + 1, text, blockSize: 1, inBlock: 0 }));

describe('compact clock post times ("1410 – …")', () => {
  it('reads three or more times printed newest first as post starts', () => {
    const got = compactClockPosts(page(
      '1410 – That ends our coverage of the final, and the last word goes to the coach.',
      '“We gave everything,” she said.',
      '1405 – The winning captain tells reporters she is proud.',
      '1340 – A former player says the team will inspire a generation.',
    ));
    expect(got.map((g) => g.time.clock)).toEqual(['14:10', '14:05', '13:40']);
    expect(got[0]!.time.rest).toBe('That ends our coverage of the final, and the last word goes to the coach.');
  });

  it('finds nothing in a timeline of years, in fewer than three, or in invalid times', () => {
    expect(compactClockPosts(page('1995 – The treaty is signed.', '2001 – The canal reopens.', '2010 – The port is sold.'))).toEqual([]);
    expect(compactClockPosts(page('2001 – The canal reopens.', '2005 – The port is sold.', '2010 – The bridge opens.'))).toEqual([]);
    expect(compactClockPosts(page('1410 – The coach speaks.', '1405 – The captain speaks.'))).toEqual([]);
    expect(compactClockPosts(page('2470 – One.', '2460 – Two.', '2450 – Three.'))).toEqual([]);
  });

  it('reads dotted 24-hour times run into the post\'s first sentence, newest first, as post starts', () => {
    const got = compactClockPosts(page(
      '21.45 We expect the Harbour Party to top the count in the coastal wards.',
      'Turnout looks higher in the valley towns:',
      '21.40 Most ballots were counted earlier, but nothing can be announced before ten.',
      '21.35 Good evening from the count at Vessby town hall.',
    ));
    expect(got.map((g) => g.time.clock)).toEqual(['21:45', '21:40', '21:35']);
    expect(got[2]!.time.rest).toBe('Good evening from the count at Vessby town hall.');
  });

  it('takes no figures for dotted times: oldest first, fewer than three, or a lower-case word after', () => {
    expect(compactClockPosts(page('10.30 Officials met.', '11.15 Officials left.', '12.05 Officials spoke.'))).toEqual([]);
    expect(compactClockPosts(page('21.45 We expect a result.', '21.40 Counting goes on.'))).toEqual([]);
    expect(compactClockPosts(page('21.45 million people voted.', '12.50 per cent turned out.', '10.20 per cent spoiled ballots.'))).toEqual([]);
  });
});
