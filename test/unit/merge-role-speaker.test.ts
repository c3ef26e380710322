import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take when one page's headline names an office holder
// by the office alone ("The president says …") and never names her, and another page's headline
// names her ("Tolland says …", its lead "President Mira Tolland"): one speaker, one statement. A
// former holder of the office speaking is someone else.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const byRole = article('role.txt', '2024-03-08', `The president says the border will stay open

The president said on Friday the border with Varn would stay open to trade despite the dispute over fishing rights.

"We will not punish farmers and drivers for a quarrel about fish," she told a news conference in the capital, Estmark City.
`);
const byName = article('name.txt', '2024-03-08', `Tolland says border with Varn will remain open

Estmark's President Mira Tolland said on Friday that the border with Varn would remain open to trade in spite of the fishing dispute.

She said drivers and farmers should not pay for the quarrel.
`);
const former = article('former.txt', '2024-03-08', `Former president says the border will stay open only for now

The former president, Anton Reyl, said on Friday the border with Varn would stay open to trade only until the fishing dispute reaches the courts.
`);

describe('a headline naming the office and one naming its holder', () => {
  it('tell one statement', () => {
    const c = build([byRole, byName]);
    expect(eventWithHeadline(c, 'The president says').id).toBe(eventWithHeadline(c, 'Tolland says').id);
  });
  it('in any order', () => {
    expect(build([byName, byRole]).events.map((e) => e.id).sort()).toEqual(build([byRole, byName]).events.map((e) => e.id).sort());
  });
  it('while a former holder speaking stays apart', () => {
    const c = build([byName, former]);
    expect(eventWithHeadline(c, 'Former president says').id).not.toBe(eventWithHeadline(c, 'Tolland says').id);
  });
});

describe('two headlines giving their speakers by two offices', () => {
  const opposition = article('opposition.txt', '2024-03-08', `Opposition leader says keeping Varn border open is a mistake

Keeping the Varn border open while the fishing quarrel goes on rewards Varn's fleet, the opposition leader said on Friday in the capital, Estmark City, urging checks on every lorry.
`);
  it('tell two voices, though their words are the story’s', () => {
    const c = build([byRole, opposition]);
    expect(eventWithHeadline(c, 'Opposition leader says').id).not.toBe(eventWithHeadline(c, 'The president says').id);
  });
});

describe('an office with the word before it', () => {
  const vice = article('vice.txt', '2024-03-08', `Vice president says the border will stay open

The vice president said on Friday the border with Varn would stay open to trade despite the dispute over fishing rights, speaking to farmers in the capital, Estmark City.
`);
  it('is not the office without it: "Vice president says" is not President Tolland', () => {
    const c = build([byName, vice]);
    expect(eventWithHeadline(c, 'Vice president says').id).not.toBe(eventWithHeadline(c, 'Tolland says').id);
  });
});
