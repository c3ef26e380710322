import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take when an act falls in the evening of its own
// country: its outlet dates it "late Tuesday", outlets in zones some hours ahead "on Wednesday"
// on the next day's pages, in other words and without a quote in common, the doer (a body) read
// under two ids ("Senate", "Varossa's Senate"). One act (GUIDELINES: same actor, same act). The
// same speaker's statement of the next day on another matter stays apart (kind 4 of issue 12).
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const evening = article('evening.txt', '2024-02-13', `Senate approves $40 billion aid package for Ardenia

WESTPORT, Varossa (Capitol Wire) — The Varossan Senate late Tuesday approved a $40 billion aid package for Ardenia, sending the measure to the lower house after weeks of delay.

The bill passed 70 to 29, with a group of opposition senators joining the majority.
`);
const ahead = article('ahead.txt', '2024-02-14', `Varossa's Senate passes Ardenia aid bill worth $40 billion

Varossa's Senate on Wednesday passed a $40 billion package of aid for Ardenia by 70 votes to 29, after opposition senators dropped their months-long resistance.

The bill now goes to the lower house, where its fate is less certain.
`);
const sameDayEvening = article('same-day.txt', '2024-02-13', evening.text.split('\n---\n')[1]!.replace('late Tuesday', 'on Tuesday'));

describe('an act of the evening, dated the next day in a zone ahead', () => {
  it('is one act with its report from that zone', () => {
    const c = build([evening, ahead]);
    expect(eventWithHeadline(c, 'Senate approves $40 billion').id).toBe(eventWithHeadline(c, "Varossa's Senate passes").id);
    expect(c.trace.some((t) => t.startsWith('merged') && t.includes('time zones'))).toBe(true);
  });
  it('in any order', () => {
    const c = build([evening, ahead]), d = build([ahead, evening]);
    expect(d.events.map((e) => e.id).sort()).toEqual(c.events.map((e) => e.id).sort());
  });
  it('but not without the evening in its words', () => {
    const c = build([sameDayEvening, ahead]);
    expect(eventWithHeadline(c, 'Senate approves $40 billion').id).not.toBe(eventWithHeadline(c, "Varossa's Senate passes").id);
  });
});

describe('the same speaker’s statements on two days', () => {
  const friday = article('friday.txt', '2024-03-08', `Tolland says border with Varn will remain open

Estmark's President Mira Tolland said on Friday that the border with Varn would remain open to trade in spite of the fishing dispute.

She said drivers and farmers should not pay for the quarrel.
`);
  const saturday = article('saturday.txt', '2024-03-09', `Tolland says fishing talks with Varn to start next week

Estmark's President Mira Tolland said on Saturday that talks with Varn over fishing rights would begin next week in a neutral port.

She said both fleets would stay in harbour until then.
`);
  it('stay apart though her name, country and story are the same', () => {
    const c = build([friday, saturday]);
    expect(eventWithHeadline(c, 'Tolland says border').id).not.toBe(eventWithHeadline(c, 'Tolland says fishing talks').id);
  });
});

describe('a minister’s vow about a ruling, the same day as another outlet’s account of the ruling', () => {
  const ruling = article('ruling.txt', '2025-05-09', `Calvera top court halts port tariffs in blow to cabinet

Calvera's Supreme Court on Friday halted the cabinet's new port tariffs, ruling by five votes to two that only parliament could impose such duties.

Shipping lines had warned the duties would add a third to the cost of moving a container through Port Adrano.
`);
  const vow = article('vow.txt', '2025-05-09', `Calvera trade minister vows new tariff law after court setback

Calvera's trade minister, Ilan Moravec, said on Friday the government would put a port tariff law before parliament within a month, after the Supreme Court struck down the cabinet's duties.
`);
  it('is the minister’s statement (a headline speech verb: vows), not the ruling, though they share its rare words', () => {
    const c = build([ruling, vow]);
    expect(eventWithHeadline(c, 'Calvera trade minister vows').id).not.toBe(eventWithHeadline(c, 'Calvera top court halts').id);
  });
});
