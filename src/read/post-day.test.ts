import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const blog = [
  'Harbour strike live: talks resume',
  '',
  'Sunday 25 June',
  '',
  '09:10',
  '',
  'Union leaders arrived at the ministry for a second round of talks with the operator.',
  '',
  'Saturday 24 June',
  '',
  '22:40',
  '',
  'The operator has agreed to resume talks with the union, its chief executive said.',
  '',
  '21:05',
  '',
  'About 400 strikers marched through the old town to the harbour gates, police said.',
].join('\n');

describe('post days: day headers printed without a year', () => {
  it('take the page’s own year', () => {
    const r = readSeed({ name: 'page.txt', text: `---\npublished: 2023-06-25\n---\n${blog}` });
    expect(r.items.map((i) => i.eventDate)).toEqual(['2023-06-25', '2023-06-24', '2023-06-24']);
  });

  it('take the year before when the day would fall after the page’s date', () => {
    const r = readSeed({ name: 'page.txt', text: `---\npublished: 2024-01-02\n---\n${blog.replace('Sunday 25 June', 'Monday 1 January').replace('Saturday 24 June', 'Sunday 31 December')}` });
    expect(r.items.map((i) => i.eventDate)).toEqual(['2024-01-01', '2023-12-31', '2023-12-31']);
  });

  it('give nothing without a page date: no year is guessed', () => {
    const r = readSeed({ name: 'page.txt', text: blog });
    expect(r.items.map((i) => i.eventDate)).toEqual([null, null, null]);
  });
});

describe('post days: update stamps printed without a year (issue 10, session 24)', () => {
  const updated = [
    'Pass road stays shut',
    '',
    'Update from January 1 at 6:15 p.m.:',
    '',
    'Forty drivers were taken down from the pass shelter by the rescue team, the fire brigade said.',
    '',
    'Update from December 31 at 11:05 p.m.:',
    '',
    'The roads office closed the pass in both directions after a lorry slid across the road.',
  ].join('\n');

  it('take the year that puts the day nearest the page’s date: the year before across a new year', () => {
    const r = readSeed({ name: 'page.txt', text: `---\npublished: 2023-01-02\n---\n${updated}` });
    expect(r.items.map((i) => i.eventDate)).toEqual(['2023-01-01', '2022-12-31']);
  });

  it('keep the page’s year for an update a day after the page’s first date', () => {
    const r = readSeed({ name: 'page.txt', text: `---\npublished: 2022-12-31\n---\n${updated}` });
    expect(r.items.map((i) => i.eventDate)).toEqual(['2023-01-01', '2022-12-31']);
  });
});
