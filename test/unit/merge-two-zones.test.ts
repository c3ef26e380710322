import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles. A premier resigns late in the evening in her own zone: a wire copy filed from
// the other side of the date line says "Wednesday", her country's paper "Thursday" (one act, two
// calendar days). Near misses: her endorsement of a successor the next day (same person, the
// story's names), and a minister's testimony on two consecutive days (same person, same act words,
// same inquiry: the second day says so).
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\nurl: https://news.example.org/${name}\n---\n${text}` });
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;

const WIRE = page('wire.txt', '2025-06-11', `Marrowby Premier Edda Lorn announces shock resignation

June 11 (Eastwire) -- Marrowby Premier Edda Lorn announced her resignation to her party's conference in Kessby on Wednesday, saying a decade in office had left her with nothing more to give the job.

Lorn said she would hand over to an interim leader by July 1 and would not stand at the autumn election.
`);
const LOCAL = page('local.txt', '2025-06-12', `Edda Lorn resigns as Marrowby premier after a decade

Edda Lorn told stunned delegates in Kessby on Thursday that she was stepping down as Marrowby's premier, ten years after she first took office.

The 51-year-old, whose resignation takes effect by July 1, ruled out running at the autumn election.
`);
const NEXT = page('next.txt', '2025-06-13', `Lorn endorses deputy Tobin Asher as Marrowby's next premier

Outgoing Marrowby Premier Edda Lorn on Friday endorsed her deputy Tobin Asher to lead the party, a day after announcing her resignation at the Kessby conference.

Lorn told reporters Asher had "a steady hand the country will need" and urged members to back him.
`);
const DAY_ONE = page('day-one.txt', '2025-06-12', `Harbour Minister Piet Calloway testifies before dredging inquiry

Harbour Minister Piet Calloway testified before the dredging inquiry in Kessby on Thursday, telling the panel that the channel contracts were signed on his officials' advice.

Calloway said the contracts followed the usual tender and that he had never met the dredging firm's owners.
`);
const DAY_TWO = page('day-two.txt', '2025-06-13', `Harbour Minister Piet Calloway testifies before dredging inquiry for a second day

Piet Calloway returned to the dredging inquiry in Kessby on Friday for a second day of questions on the channel contracts signed in his first year as harbour minister.

Counsel pressed him on a note from his adviser; Calloway said he had not read it and denied meeting the dredging firm's owners.
`);

describe('one act dated a day apart by two time zones', () => {
  const c = build([WIRE, LOCAL, NEXT, DAY_ONE, DAY_TWO]);
  it('is one event: the same person named in both headlines, the same act word, the same rare words', () => {
    expect(eventWithHeadline(c, 'Edda Lorn resigns').id).toBe(eventWithHeadline(c, 'Marrowby Premier Edda Lorn announces').id);
  });
  it('keeps the same person’s act of the next day apart', () => {
    expect(eventWithHeadline(c, 'Lorn endorses deputy').id).not.toBe(eventWithHeadline(c, 'Edda Lorn resigns').id);
  });
  it('keeps a second day apart that says the person came back ("returned to the inquiry")', () => {
    const plain = page('day-two-plain.txt', '2025-06-13', `Harbour Minister Piet Calloway questioned by dredging inquiry

Harbour Minister Piet Calloway returned to the dredging inquiry in Kessby on Friday to answer questions over the channel contracts signed on his officials' advice.

Calloway told the panel the contracts followed the usual tender and that he had never met the dredging firm's owners.
`);
    const d = build([DAY_ONE, plain]);
    const exact = (h: string) => d.events.find((e) => e.reports.some((r) => r.headline === h))!.id;
    expect(exact('Harbour Minister Piet Calloway questioned by dredging inquiry')).not.toBe(exact('Harbour Minister Piet Calloway testifies before dredging inquiry'));
  });
  it('keeps the second day of one person’s testimony apart from the first', () => {
    const exact = (h: string) => c.events.find((e) => e.reports.some((r) => r.headline === h))!.id;
    expect(exact('Harbour Minister Piet Calloway testifies before dredging inquiry for a second day'))
      .not.toBe(exact('Harbour Minister Piet Calloway testifies before dredging inquiry'));
  });
});
