import { describe, expect, it } from 'vitest';
import { lostBulletSummary } from './lost-bullets';
import { readSeed } from './read-seed';

const FRONT = '---\nurl: https://example.test/news/live/gale-on-the-coast\npublished: 2023-02-10\n---\n';
const read = (text: string) => readSeed({ name: 'page.txt', text: `${FRONT}${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

// A live page's summary printed as bare lines (its bullets and stops lost by the copy), then one headed post.
const SUMMARY = [
  'The harbour master at Osterby says winds of more than 80mph have been measured on the pier, and that ferries to the outer islands will stay in port until the',
  'About 20,000 homes in the county have lost power since the early morning, according to the grid operator, which says some may wait until Sunday for repairs',
  'The rail company has cancelled all trains north of Wendal for the rest of the day after fallen trees blocked the line in two places near the coast',
  'A red warning for wind is in place along the whole coast until midnight, forecasters say, with gusts of up to 100mph possible on the high ground',
  'Schools in two districts closed early and sent their pupils home at lunchtime, and the council has asked parents to keep children indoors for the rest of the day',
  'Police have asked drivers to stay off the coast road between Osterby and Wendal until the gales ease, after several lorries were blown onto their sides this morning',
];
const POST = "Wendal residents 'shaken' by gusts\nFirefighters in Wendal say the roof of the town's market hall was torn off by a gust shortly after noon.\nNo one was inside at the time, the fire service said.";

describe('a live summary that lost its bullets (lost-bullets.ts)', () => {
  it('reads the headline under the bare summary lines as a post, not the page as an article under its title', () => {
    const r = read(`Gale live: ferries halted on the coast\n${SUMMARY.join('\n')}\n${POST}`);
    expect(r.report.kind).toBe('liveblog');
    expect(lines(r)).toEqual([8]);
  });
  it('finds the run right under the title, three lines at least, none ending on a stop', () => {
    const kept = ['Gale live', ...SUMMARY, "Wendal residents 'shaken' by gusts"].map((text, i) => ({ no: i + 1, text, inBlock: i, blockSize: 8 }));
    expect([...lostBulletSummary(kept as never, kept[0] as never)]).toEqual([2, 3, 4, 5, 6, 7]);
    const two = kept.slice(0, 3).concat(kept.slice(-1));
    expect(lostBulletSummary(two as never, two[0] as never).size).toBe(0);
    const stopped = kept.map((l) => ({ ...l, text: l.no > 1 && l.no < 8 ? `${l.text}.` : l.text }));
    expect(lostBulletSummary(stopped as never, stopped[0] as never).size).toBe(0);
  });
});

describe('a summary that kept its bullets', () => {
  it('is no lost-bullet run: the page\'s own reading of summaries stands', () => {
    const kept = ['Gale live', ...SUMMARY.map((t) => `• ${t}`)].map((text, i) => ({ no: i + 1, text, inBlock: i, blockSize: 7 }));
    expect(lostBulletSummary(kept as never, kept[0] as never).size).toBe(0);
  });
});
