import { describe, expect, it } from 'vitest';
import type { Item, Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { addressWords, subjectPhrases } from '../../src/chronology/emerging-topics';

/** Articles by several outlets (invented people, places and outlets; real countries where a country is the point). */
const page = (k: number, day: number, title: string, body: string, url = `https://outlet-${k}.example/news/p${k}`): Seed => ({
  name: `p${k}.txt`, text: `---\npublished: 2024-06-${String(day).padStart(2, '0')}\npublisher: Outlet ${'ABCDEFGH'[k]}\nurl: ${url}\n---\n${title}\n\n${body}\n`,
});
const build = (ss: Seed[], registry = emptyRegistry()) => buildChronology(ss, { registry, now: '2026-01-01T00:00:00Z', digest: 'sha256:test' });
const stories = (c: ReturnType<typeof build>['chronology']) => c.topics.filter((t) => t.found_by?.startsWith('recurrence'));
const holders = (c: ReturnType<typeof build>['chronology'], id: string) => c.events.filter((e) => e.topics.some((t) => t.id === id)).flatMap((e) => e.reports.map((r) => r.seed)).sort();

describe('a name with its number (NUMBERED_NAME)', () => {
  it('is a subject phrase, written in capitals whatever its case, never a quarter or a road', () => {
    const p = (headline: string) => [...subjectPhrases({ headline, body: '', pageTitle: null } as Item)];
    expect(p('Delegates gather as Tarn12 talks open')).toContain('TARN12');
    expect(p('Leaders arrive for the K30 summit')).toContain('K30');
    expect(p('Profits rise in Q3 as sales of A1 paper grow')).not.toContain('Q3');
    expect(p('Profits rise in Q3 as sales of A1 paper grow')).not.toContain('A1');
  });

  it('is kept in an address, where other words with digits are not', () => {
    expect(addressWords('https://x.example/2024/06/01/delegates-back-tarn12-text-live-3759380')).toBe('delegates back tarn12 text live');
  });

  it('makes a story of three pages that share no other phrase, each page held once', () => {
    const pages = [
      page(0, 3, 'Ministers arrive as Tarn12 talks open', 'Chair Oren Vasco opened the Tarn12 talks on Monday, giving delegates ten days to agree river quotas.'),
      page(1, 12, 'River talks end with a deal on quotas', 'The TARN12 conference ended on Wednesday with a deal capping river quotas at 2015 levels.'),
      page(2, 13, 'Campaigners say river deal falls short', 'Campaign groups said on Thursday that the deal struck at the Tarn12 talks left too much water to industry.'),
      page(3, 13, 'Dellby council approves new tram line', 'Dellby council on Thursday approved a tram line to the airport, to open in 2027.'),
    ];
    const c = build(pages).chronology;
    const t = stories(c).find((x) => x.name === 'TARN12');
    expect(t).toBeDefined();
    expect(holders(c, t!.id)).toEqual(['p0.txt', 'p1.txt', 'p2.txt']);
  });
});

describe('a country’s story no phrase names (countryStories)', () => {
  const quake = [
    page(0, 7, 'Strong earthquake shakes Fiji, no tsunami threat', 'A magnitude 7.0 earthquake struck under the sea south of the main island on Friday, damaging homes and cutting power, the government of Fiji said.'),
    page(1, 7, 'Fiji declares state of emergency after quake', 'Fiji declared a state of emergency on Friday after the earthquake destroyed homes in coastal villages, the prime minister’s office said.'),
    page(2, 9, 'Fiji to rebuild schools damaged in earthquake', 'Fiji’s education ministry said on Sunday it would rebuild 14 schools damaged in Friday’s earthquake.'),
  ];

  it('is a topic of its reports, named by the country and the act most of their leads give', () => {
    const c = build(quake).chronology;
    const t = stories(c).find((x) => x.name === 'Fiji earthquake');
    expect(t?.id).toBe('subject-fiji-earthquake');
    expect(holders(c, t!.id)).toEqual(['p0.txt', 'p1.txt', 'p2.txt']);
  });

  it('holds the posts of a live page whose title, not their headlines, names the country', () => {
    const live: Seed = {
      name: 'p9.txt',
      text: '---\npublished: 2024-06-08\npublisher: Outlet Live\nurl: https://outlet-live.example/world/aid-reaches-fiji-live\n---\nAid reaches Fiji after quake – live updates\nUpdated 8 June 2024\n\n10:42\nRelief flights land\nTwo relief flights landed on Saturday morning carrying tents and water, Fiji’s disaster office said.\n\n09:55\nCalls restored\nA telecom company, Lagonet, said it had restored mobile calls on the main island.\n\n09:10\nToll rises to three\nFiji’s health ministry said a third person had died of injuries from Friday’s earthquake.\n',
    };
    const c = build([...quake, live]).chronology;
    expect(holders(c, 'subject-fiji-earthquake').filter((s) => s === 'p9.txt').length).toBe(c.events.filter((e) => e.reports.some((r) => r.seed === 'p9.txt')).length);
    expect(holders(c, 'subject-fiji-earthquake')).toContain('p9.txt');
  });

  it('keeps its id when later pages lead with another act of it', () => {
    const first = build(quake);
    const more = [...quake, page(3, 10, 'Fiji counts cost of tsunami', 'Fiji said on Monday the tsunami that followed the quake had flooded 40 villages.'), page(4, 10, 'Fiji warns of tsunami risk', 'Fiji warned on Monday of a further tsunami risk.'), page(5, 11, 'Fiji lifts tsunami warning', 'Fiji lifted its tsunami warning on Tuesday.'), page(6, 11, 'Aid reaches Fiji after tsunami', 'Aid for Fiji arrived on Tuesday, four days after the tsunami.')];
    const c = build(more, first.registry).chronology;
    expect(stories(c).map((t) => t.id)).toContain('subject-fiji-earthquake');
    expect(stories(c).map((t) => t.id)).not.toContain('subject-fiji-tsunami');
  });

  it('is not made of a country’s news that shares no act', () => {
    const c = build([
      page(0, 7, 'Fiji signs trade pact with neighbours', 'Fiji signed a trade pact with three neighbours on Friday, cutting tariffs on fish.'),
      page(1, 8, 'Fiji names new central bank governor', 'Fiji named Mara Tovel governor of its central bank on Saturday.'),
      page(2, 9, 'Fiji opens new embassy in Keldor', 'Fiji opened an embassy in Keldor on Sunday, its foreign ministry said.'),
    ]).chronology;
    expect(stories(c).filter((t) => t.name.startsWith('Fiji'))).toEqual([]);
  });

  it('is not made of reports that tell a story of the chosen data pack (their topic is that story)', () => {
    // The russia-ukraine-2022 pack names Crimea as a story; without the pack the same reports are the country's war.
    const ps = [
      page(0, 7, 'Fighting spreads to Crimea, Ukraine says', 'Ukraine said on Friday the war had spread to two towns in Crimea, where shelling cut power overnight.'),
      page(1, 7, 'Ukraine reports shelling in Crimea', 'Ukraine reported heavy shelling in Crimea on Friday as the war entered a new phase, its army said.'),
      page(2, 9, 'Ukraine sends aid convoy to Crimea', 'Ukraine sent an aid convoy to Crimea on Sunday, two days after the war reached its towns, officials said.'),
    ];
    expect(stories(build(ps).chronology).map((t) => t.name)).toContain('Ukraine war');
    const withPack = buildChronology(ps, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test', packs: ['russia-ukraine-2022'] }).chronology;
    expect(stories(withPack).filter((t) => t.name.startsWith('Ukraine'))).toEqual([]);
  });

  it('is not made of a country’s several acts of one noun a country sees many of (three attacks)', () => {
    const c = build([
      page(0, 3, 'Gunman attacks Fiji embassy in Keldor', 'A gunman attacked the Fiji embassy in Keldor on Monday, wounding a guard, Fiji’s foreign ministry said.'),
      page(1, 5, 'Cyber attack halts Fiji ports', 'A cyber attack halted cargo handling at Fiji’s two main ports on Wednesday, the ports authority said.'),
      page(2, 8, 'Drone attack on Fiji patrol boat', 'A drone attack damaged a Fiji patrol boat off the northern islands on Saturday, Fiji’s navy said.'),
    ]).chronology;
    expect(stories(c).filter((t) => t.name.startsWith('Fiji'))).toEqual([]);
  });
});
