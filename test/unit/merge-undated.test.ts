import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles without any date (no front matter, no dateline; "on Thursday" with no page date
// to count from): an official's arrest told by four outlets, and his charge days later. Nothing says
// which day each tells, and the charge shares the arrest's people and words.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const undated = (name: string, text: string): Seed => ({ name, text });

const ARREST = `Police arrest harbour official Tomas Keld in port bribery inquiry

Police in Marrowby arrested Tomas Keld, a senior harbour official, on Thursday as part of an inquiry into bribes paid for berth permits, the Marrowby prosecutor's office said.

"We followed the money from the shipping agents to his private accounts, and it led to his desk," prosecutor Ines Varro told reporters outside the harbour office.

Keld, 54, has run the permits office since 2019. His lawyer could not be reached for comment.
`;

describe('reports of unknown day', () => {
  const c = build([
    undated('arrest-a.txt', ARREST),
    undated('arrest-b.txt', `Harbour official Tomas Keld arrested in Marrowby bribery inquiry

Tomas Keld, who heads the harbour permits office in Marrowby, was detained by police at his home on Thursday in a widening inquiry into kickbacks from shipping agents.

Officers carried boxes of files from the house, neighbours said.
`),
    undated('wire.txt', ARREST.replace('Police in Marrowby arrested', 'Marrowby police arrested').replace('His lawyer could not be reached for comment.', 'He has not commented.')),
    undated('quote.txt', `Shipping agents' payments traced to permits chief, prosecutor says

"We followed the money from the shipping agents to his private accounts, and it led to his desk," prosecutor Ines Varro told reporters of the inquiry that saw harbour official Tomas Keld taken into custody.
`),
    undated('charged.txt', `Tomas Keld charged with taking bribes, remanded in custody

Tomas Keld, the senior harbour official arrested by Marrowby police in the port bribery inquiry, was charged on Monday with taking bribes from shipping agents for berth permits, prosecutor Ines Varro said.

Keld did not enter a plea at the Marrowby court and was remanded in custody until a hearing next month.
`),
  ]);
  it('join by wire copy, the same headline act or a shared quote', () => {
    const arrest = eventWithHeadline(c, 'Police arrest harbour official').id;
    expect(eventWithHeadline(c, 'Harbour official Tomas Keld arrested').id).toBe(arrest);
    expect(eventWithHeadline(c, "Shipping agents' payments traced").id).toBe(arrest);
    expect(c.events.find((e) => e.id === arrest)!.reports.map((r) => r.seed).sort()).toEqual(['arrest-a.txt', 'arrest-b.txt', 'quote.txt', 'wire.txt']);
  });
  it('keep the story’s next act apart, though it shares the people, the place and the story’s words', () => {
    expect(eventWithHeadline(c, 'Tomas Keld charged').id).not.toBe(eventWithHeadline(c, 'Police arrest harbour official').id);
  });
});
