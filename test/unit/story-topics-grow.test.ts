/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import meta from '../fixtures/shapes/meta.json';
import { withFrontMatter } from '../front-matter-block';

/**
 * A bank's story told by four pages over three days (test/fixtures/shapes s280–s283, written blind
 * before the rule): its shares slump, a markets live page's numbered posts (the bank's shares, other
 * lenders, the central bank), a rival agrees to buy it, the minister approves the takeover. Beside it
 * another company's shares on one page (s284), a story of its own. The judge's line (issue 11): the
 * story has a topic holding ≥ 80 % of its events and ≤ 10 % from other stories; its id stays as pages
 * are added in any order.
 */
const pages = import.meta.glob('../fixtures/shapes/s28[0-4]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const seeds: Seed[] = Object.entries(pages).map(([path, text]) => withFrontMatter(path.split('/').at(-1)!, text, meta)).sort((a, b) => a.name.localeCompare(b.name));
const build = (ss: Seed[]) => buildChronology(ss, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' });
const story = (seed: string) => seed < 's284';

/** The best story topic (one found in the pages) of the story's events: [its id, share of the story's events, share of its events from other stories]. */
function best(c: ReturnType<typeof build>['chronology']): [string, number, number] | undefined {
  const mine = new Set(c.events.filter((e) => e.reports.some((r) => story(r.seed))).map((e) => e.id));
  let out: [string, number, number] | undefined;
  for (const t of c.topics.filter((x) => x.found_by?.startsWith('recurrence'))) {
    const held = c.events.filter((e) => e.topics.some((x) => x.id === t.id));
    if (!held.length) continue;
    const cover = held.filter((e) => mine.has(e.id)).length / mine.size, other = held.filter((e) => !mine.has(e.id)).length / held.length;
    if (!out || cover - other > out[1] - out[2]) out = [t.id, cover, other];
  }
  return out;
}

describe('a story topic grows over the reports that lead with its name', () => {
  const c = build(seeds).chronology;

  it('holds at least 80 % of the story’s events and at most 10 % from another story', () => {
    const [, cover, other] = best(c)!;
    expect(cover).toBeGreaterThanOrEqual(0.8);
    expect(other).toBeLessThanOrEqual(0.1);
  });

  it('is not given to another company’s shares', () => {
    const t = best(c)![0];
    expect(c.events.filter((e) => e.reports.some((r) => r.seed.startsWith('s284'))).some((e) => e.topics.some((x) => x.id === t))).toBe(false);
  });
});

describe('a story topic’s id', () => {
  it('stays as pages are added, in other orders', () => {
    const ids = new Set<string>();
    let registry = emptyRegistry();
    // Pages added one day after another, and the same pages in another order.
    for (const order of [[0, 1, 2, 3, 4], [3, 2, 4, 1, 0]]) {
      registry = emptyRegistry();
      for (let n = 3; n <= order.length; n++) {
        const r = buildChronology(order.slice(0, n).map((k) => seeds[k]!), { registry, now: '2026-01-01T00:00:00Z', digest: 'sha256:test' });
        registry = r.registry;
        const b = best(r.chronology);
        if (b) ids.add(b[0]);
      }
    }
    expect([...ids]).toEqual(['subject-marrowgate-bank']);
  });
});

describe('a story phrase’s topic', () => {
  const page = (k: number, day: number, title: string, body: string): Seed => ({
    name: `p${k}.txt`, text: `---\npublished: 2024-03-0${day}\npublisher: Outlet ${'ABCDEF'[k]}\nurl: https://outlet-${k}.example/news/p${k}\n---\n${title}\n\n${body}\n`,
  });
  // A bank's takeover: the shares falling the day before name the bank in their lead, not the deal.
  const pages = [
    page(0, 4, 'Lender’s shares plunge after warning', 'Shares in Ostrelian bank Castel Verrin fell by a fifth on Monday after it warned of heavy losses on its property loans.'),
    page(1, 5, 'Regulator clears Castel Verrin takeover', 'The regulator on Tuesday cleared the takeover of the bank Castel Verrin by Harlow Bank, saying savers would be protected.'),
    page(2, 5, 'Harlow Bank completes Castel Verrin takeover', 'Harlow Bank said on Tuesday it had completed its takeover of rival bank Castel Verrin.'),
    page(3, 5, 'Dellby council approves new tram line', 'Dellby council on Tuesday approved a tram line to the airport, to open in 2027.'),
  ];
  const holders = (ps: Seed[]) => {
    const c = build(ps).chronology;
    const t = c.topics.find((x) => x.found_by?.startsWith('recurrence'));
    return { id: t?.id, seeds: c.events.filter((e) => t && e.topics.some((x) => x.id === t.id)).flatMap((e) => e.reports.map((r) => r.seed)).sort() };
  };

  it('grows over the reports that lead with its name, never over one that does not', () => {
    expect(holders(pages).seeds).toEqual(['p0.txt', 'p1.txt', 'p2.txt']);
  });

  it('keeps its id as pages are added one at a time, in any order', () => {
    for (const order of [[1, 2, 0, 3], [0, 3, 2, 1], [3, 2, 1, 0]]) {
      let registry = emptyRegistry();
      const ids: string[] = [];
      for (let n = 1; n <= order.length; n++) {
        const r = buildChronology(order.slice(0, n).map((k) => pages[k]!), { registry, now: '2026-01-01T00:00:00Z', digest: 'sha256:test' });
        registry = r.registry;
        const t = r.chronology.topics.find((x) => x.found_by?.startsWith('recurrence'));
        if (t) ids.push(t.id);
      }
      expect(ids.length).toBeGreaterThan(0);
      expect(new Set(ids).size).toBe(1);
    }
  });
});
