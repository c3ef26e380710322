import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { headlineWords } from '../../src/chronology/features';
import type { Item, Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles of one day (places invented): a fire at a cathedral that nobody does, told by
// two outlets in their own words (one in title case), and near misses: the mayor's call for an
// inquiry into it, and another fire in the same town that day.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, publisher: string, text: string): Seed => ({ name, text: `---\npublished: 2025-04-14\npublisher: ${publisher}\n---\n${text}` });

describe('one act nobody does, told by several outlets (the same scene)', () => {
  const c = build([
    page('a.txt', 'Harbour Post', `Fire breaks out at Harbourton cathedral

A fire broke out at the old cathedral in Harbourton on Monday evening and spread quickly across the roof, Dean Alric Mossvale told the Harbour Post from Quillon Street below.

Smoke could be seen from Tarrow Point. The cause was not yet clear.
`),
    page('b.txt', 'Estuary Radio', `Harbourton Cathedral On Fire

Crews from Pellingford and Oskby were called to the cathedral on Monday as flames took hold of the roof of the building, which has stood over the town for eight hundred years.

Many people came out to watch, said Brenna Holloway, who runs a cafe on Varden Square with her brother Edwy.
`),
    page('c.txt', 'Harbour Post', `Harbourton mayor calls for inquiry into cathedral fire

The mayor said on Monday night that there must be a full inquiry into how the fire started at the cathedral, which was being repaired.
`),
    page('d.txt', 'Coastal Times', `Fire destroys warehouse in Harbourton

A warehouse of the Grelling rope company near Fenwick dock in Harbourton was destroyed by fire on Monday morning, station officer Tobin Asher said. No one was hurt.
`),
  ]);
  it('joins the outlets’ accounts: the headlines share the place and the act’s noun, the leads their rare words', () => {
    const fire = eventWithHeadline(c, 'Fire breaks out at Harbourton').id;
    expect(eventWithHeadline(c, 'Harbourton Cathedral On Fire').id).toBe(fire);
  });
  it('keeps apart a call for an inquiry into it, and another fire in the same town that day (a warehouse, not the cathedral)', () => {
    const fire = eventWithHeadline(c, 'Fire breaks out at Harbourton').id;
    expect(eventWithHeadline(c, 'Harbourton mayor calls for inquiry').id).not.toBe(fire);
    expect(eventWithHeadline(c, 'Fire destroys warehouse').id).not.toBe(fire);
    expect(eventWithHeadline(c, 'Fire destroys warehouse').id).not.toBe(eventWithHeadline(c, 'Harbourton mayor calls').id);
  });
});

describe('two acts at one site, and one act whose wire headline names its source (review of the sixteenth session)', () => {
  const item = (headline: string) => ({ headline, body: '', eventDate: null, actors: [] }) as unknown as Item;
  it('counts a kind of site as where the act happened, never as its act word', () => {
    const fire = headlineWords(item('Fire breaks out at Harbourton hospital'));
    const cut = headlineWords(item('Power cut hits Harbourton hospital'));
    // They share the site; neither's act words meet the other's headline through it.
    expect(fire.sites.length).toBe(1);
    expect([...fire.sites]).toEqual([...cut.sites]);
    expect([...fire.acts].some((h) => cut.words.includes(h))).toBe(false);
    expect([...cut.acts].some((h) => fire.words.includes(h))).toBe(false);
  });
  const c = build([
    page('c.txt', 'Coastal Times', `Fire destroys rope warehouse in Fenwick

The warehouse of the Grelling rope company at Fenwick dock was destroyed by fire on Tuesday night; crews from Oskby fought the blaze for six hours and nobody was hurt.
`),
    page('d.txt', 'Harbour Post', `Blaze guts Grelling rope warehouse at Fenwick dock, fire service says

Fire destroyed the warehouse of the Grelling rope company at Fenwick dock on Tuesday night, and crews from Oskby fought the blaze for six hours; nobody was hurt.
`),
  ]);
  it('joins a wire headline naming its source to the same act told plainly', () => {
    expect(eventWithHeadline(c, 'Blaze guts Grelling rope warehouse').id).toBe(eventWithHeadline(c, 'Fire destroys rope warehouse in Fenwick').id);
  });
});

describe('a death told under a title-case headline whose name reading did not find', () => {
  const c = build([
    page('a.txt', 'Sports Wire', `Former racing champion Tamsin Orrey dies in plane crash

Racing driver Tamsin Orrey died on Monday when the light plane she was flying came down near Kell airfield, officials said. She had won the Vessby endurance race three times.
`),
    page('b.txt', 'Motor Radio', `Racing Legend Tamsin Orrey Dies In Plane Crash

The light aircraft came down in fields near Kell airfield shortly after take-off on Monday. The pilot, the former endurance champion, was killed; no one else was on board.
`),
    page('c.txt', 'Sports Wire', `Racing champion Tamsin Orrey missing after plane comes down

A search was under way on Monday morning near Kell airfield for Tamsin Orrey, the former endurance champion, after the light plane she was flying lost contact.
`),
  ]);
  it('is the same death', () => {
    expect(eventWithHeadline(c, 'Racing Legend Tamsin Orrey Dies').id).toBe(eventWithHeadline(c, 'Former racing champion Tamsin Orrey dies').id);
  });
  it('is not the search before it', () => {
    expect(eventWithHeadline(c, 'Racing champion Tamsin Orrey missing').id).not.toBe(eventWithHeadline(c, 'Former racing champion Tamsin Orrey dies').id);
  });
});
