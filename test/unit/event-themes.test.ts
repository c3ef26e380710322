import { describe, expect, it } from 'vitest';
import type { Seed } from '../../src/model/types';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';

/**
 * A broad theme is filed by a phrase in one report's lead: an event three outlets told is not the
 * markets' because one of them names the currency in passing (build.ts uniteTopics, LONE_THEME_REPORTS).
 */
const page = (k: number, title: string, body: string): Seed => ({
  name: `t${k}.txt`, text: `---\npublished: 2023-08-15\npublisher: Outlet ${'ABCD'[k]}\nurl: https://outlet-${k}.example/news/t${k}\n---\n${title}\n\n${body}\n`,
});
const build = (ps: Seed[]) => buildChronology(ps, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;

describe('an event’s broad themes', () => {
  const declared = [
    page(0, 'Odo Vell declared winner of Ostrelia presidential election', 'Odo Vell was declared the winner of Ostrelia’s presidential election on Monday, the electoral commission said.'),
    page(1, 'Electoral commission declares Odo Vell winner of presidential election', 'Ostrelia’s electoral commission on Monday declared Odo Vell the winner of the presidential election with 52% of the vote.'),
    page(2, 'Odo Vell wins Ostrelia presidential election as currency rallies', 'Odo Vell won Ostrelia’s presidential election, the electoral commission said on Monday, and the currency rallied on the news.'),
  ];

  it('leaves out a theme one report of three names in passing, keeps the one they share', () => {
    const c = build(declared);
    const e = c.events.find((x) => x.reports.length === 3);
    expect(e).toBeDefined();
    const ids = e!.topics.map((t) => t.id);
    expect(ids).toContain('elections');
    expect(ids).not.toContain('markets');
  });

  it('keeps a theme the one report of an event holds', () => {
    const c = build([declared[2]!]);
    expect(c.events[0]!.topics.map((t) => t.id)).toContain('markets');
  });
});
