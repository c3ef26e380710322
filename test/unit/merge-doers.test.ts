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
  it('is no one for a passive told in full, with its auxiliary (a lead read for a headline)', () => {
    expect(headlineDoer('Premier Anja Lund was removed as party leader on Tuesday', [lund], generic)).toBeNull();
    expect(headlineDoer('Lund has been ousted by her own party', [lund], generic)).toBeNull();
    // The perfect active is her act; so is a verb after "is" that is no participle.
    expect(headlineDoer('Lund has ousted her deputy', [lund], generic)?.who).toEqual(['lund']);
    expect(headlineDoer('Lund is ready to talk to the court', [court, lund], generic)?.who).toEqual(['lund']);
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

// Invented articles in the shapes real ones take on a new premier's first day: two outlets on his
// speech outside his office, two on the cabinet he named that afternoon (one headline naming the
// minister who stays on), two on his predecessor's farewell speech that morning.
const article = (name: string, text: string): Seed => ({ name, text: `---\npublished: 2024-10-22\n---\n${text}` });
describe('one premier’s two acts of a day, and his predecessor’s farewell', () => {
  const c = build([
    article('a1.txt', `Tomas Brandt vows to repair the damage of Edda Norum's budget in first speech as premier

The new premier warned of "hard choices to come" as he made his first speech outside the Chancery in Vessby after meeting the Regent.

"Some mistakes were made, not out of ill will, but mistakes all the same," Brandt said. "I was chosen in part to fix them, and that work starts today."

He said the country faced a deep economic crisis and promised to put stability at the heart of his government.
`),
    article('a2.txt', `Tomas Brandt promises to fix mistakes in first address outside the Chancery

Tomas Brandt has said he was chosen to fix the mistakes of his predecessor in his first speech as premier.

"Some mistakes were made, not out of ill will, but mistakes all the same," he said, warning of hard choices to come.

Brandt praised Edda Norum's aim of faster growth but said the country now faced a deep economic crisis.
`),
    article('b1.txt', `Tomas Brandt names unity cabinet as Ilse Varga stays and Ivo Marsh returns

Premier Tomas Brandt has kept Ilse Varga as finance minister and brought Ivo Marsh back to the interior ministry in a cabinet that balances the Unity Party's wings.

Varga will present the autumn budget next week. Marsh left the interior ministry only a week ago after a row over leaked papers.

Five ministers who served under Edda Norum lost their posts on Tuesday afternoon.
`),
    article('b2.txt', `Ilse Varga stays on as finance minister in Brandt reshuffle

Premier Tomas Brandt has kept Ilse Varga at the finance ministry as he named his first cabinet on Tuesday, removing five of Edda Norum's ministers.

Ivo Marsh returns to the interior ministry a week after leaving it. The markets rose as Varga's place was confirmed.
`),
    article('c1.txt', `Edda Norum makes farewell speech wishing Tomas Brandt every success

Outgoing premier Edda Norum said "better days lie ahead" as she made her last speech outside the Chancery before handing power to Tomas Brandt.

"We are still sailing through a storm, but I believe in this country," Norum said. She then drove to the palace to resign.
`),
    article('c2.txt', `Edda Norum says better days lie ahead as she leaves the Chancery

Edda Norum said "we are still sailing through a storm, but I believe in this country" in her farewell speech on Tuesday morning, and that "better days lie ahead".

She did not apologise for the budget that ended her 49 days as premier, and wished Tomas Brandt every success.
`),
  ]);
  it('his speech and his cabinet are two acts, each told by two outlets', () => {
    const speech = eventWithHeadline(c, 'Tomas Brandt vows').id;
    const cabinet = eventWithHeadline(c, 'Tomas Brandt names unity cabinet').id;
    expect(eventWithHeadline(c, 'Tomas Brandt promises').id).toBe(speech);
    expect(eventWithHeadline(c, 'Ilse Varga stays on').id).toBe(cabinet);
    expect(cabinet).not.toBe(speech);
  });
  it('his predecessor’s farewell is her act, not his speech', () => {
    const farewell = eventWithHeadline(c, 'Edda Norum makes farewell').id;
    expect(eventWithHeadline(c, 'Edda Norum says better days').id).toBe(farewell);
    expect(farewell).not.toBe(eventWithHeadline(c, 'Tomas Brandt vows').id);
    expect(farewell).not.toBe(eventWithHeadline(c, 'Tomas Brandt names unity cabinet').id);
  });
});

describe('a doer by the shape of a name', () => {
  const none = () => false;
  it('is two to four capitalised words before a verb in lower case, when reading found no one', () => {
    expect(headlineDoer('Edda Norum makes farewell speech', [], none)?.who).toEqual(['edda', 'norum']);
    expect(headlineDoer('Suella Varga re-appointed finance minister', [], none)).toBeNull();
    expect(headlineDoer('Floods hit the north', [], none)).toBeNull();
    expect(headlineDoer('Premier Norum Makes Farewell Speech', [], none)).toBeNull();
  });
});
