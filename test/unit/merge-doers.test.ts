import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { headlineDoer, twoDoers } from '../../src/chronology/headline-speaker';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented pages in the shapes real ones take (test/fixtures/shapes s89–s92): a court strikes down
// the premier's rent freeze, told by two outlets; hours later the premier announces a bill to save
// it, told by two more. The four share the freeze's words, the court and the premier; the
// headlines say who acts.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const names = ['s89_article_court_strikes_plan_2023-06-16.txt', 's90_wire_court_rent_ruling_2023-06-16.txt',
  's91_article_premier_new_effort_2023-06-16.txt', 's92_article_premier_announces_bill_2023-06-16.txt'];
const pages = import.meta.glob('../fixtures/shapes/s{89,90,91,92}_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixture = (name: string): Seed => ({ name, text: `---\npublished: 2023-06-16\n---\n${pages[`../fixtures/shapes/${name}`]!}` });

describe('an article belongs to the act its headline says someone does', () => {
  const c = build(names.map(fixture));
  it('the premier’s new plan after the ruling is not the ruling', () => {
    const ruling = eventWithHeadline(c, 'Ostmark High Court strikes down').id;
    expect(eventWithHeadline(c, 'High Court rules rent freeze unlawful').id).toBe(ruling);
    expect(eventWithHeadline(c, 'Premier Lund launches new effort').id).not.toBe(ruling);
    expect(eventWithHeadline(c, 'Lund announces a new rent freeze plan').id).not.toBe(ruling);
  });
  it('and two outlets’ accounts of the plan are one act', () => {
    expect(eventWithHeadline(c, 'Premier Lund launches new effort').id).toBe(eventWithHeadline(c, 'Lund announces a new rent freeze plan').id);
  });
});

describe('a headline’s doer', () => {
  const generic = (w: string) => ['the', 'us', 'u.s.'].includes(w.toLowerCase());
  const court = { name: 'US High Court', kind: 'organisation' };
  const lund = { name: 'Anja Lund', kind: 'person' };
  const xi = { name: 'Tan Xi', kind: 'person' };
  it('is the person or body that opens the headline before a verb, after titles', () => {
    expect(headlineDoer('The U.S. High Court strikes down Premier Lund’s rent freeze', [court, lund], generic)?.who).toEqual(['high', 'court']);
    expect(headlineDoer('Premier Lund launches new effort to save rent freeze', [court, lund], generic)?.who).toEqual(['lund']);
    expect(headlineDoer('READ: High Court rules rent freeze unlawful', [court], generic)?.who).toEqual(['high', 'court']);
  });
  it('is no one for an owner or two acting together', () => {
    expect(headlineDoer('Lund’s rent freeze struck down by court', [court, lund], generic)).toBeNull();
    expect(headlineDoer('Lund and Xi agree to keep talking', [lund, xi], generic)).toBeNull();
  });
  it('acting on or with the other is one act told from either side', () => {
    const a = headlineDoer('Xi tells Lund to drop the tariff', [lund, xi], generic)!;
    const b = headlineDoer('Lund warns Xi over tariffs in call', [lund, xi], generic)!;
    expect(twoDoers(a, b)).toBe(false);
    const ruling = headlineDoer('High Court rules rent freeze unlawful in blow to Lund government', [court, lund], generic)!;
    const plan = headlineDoer('Premier Lund launches new effort to save rent freeze', [court, lund], generic)!;
    expect(twoDoers(ruling, plan)).toBe(true);
  });
});
