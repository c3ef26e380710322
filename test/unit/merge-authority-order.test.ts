import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take on the day of a natural event or an accident: two
// outlets' reports of the event itself, and two of an authority's warning, order or inquiry about
// it, published the same day, sharing its place, its day and its words, the event named in their
// headline's background ("… after volcano erupts"). The warning is the authority's act, not the
// eruption (GUIDELINES: same actor, same act); two outlets on one warning are one act.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

const eruption = article('eruption.txt', '2024-04-10', `Mount Kelvar erupts, sending ash column over Drenn island

Mount Kelvar on the island of Drenn erupted on Wednesday, throwing a column of ash and steam about 15 kilometres into the sky, the island's volcano observatory said.

Residents of the port town of Ossay reported a loud boom followed by falling ash and small stones.
`);
const eruption2 = article('eruption-2.txt', '2024-04-10', `Ash plume rises as Kelvar volcano erupts on Drenn

OSSAY, Drenn (Tide Wire) — The Kelvar volcano on Drenn erupted violently on Wednesday, sending a plume of ash high over the island and raining grit on the port of Ossay.

The observatory said the eruption began shortly after noon.
`);
const warning = article('warning.txt', '2024-04-10', `Drenn issues tsunami warning after Kelvar volcano erupts

The Drenn Meteorological Service issued a tsunami warning for the whole island on Wednesday after Mount Kelvar erupted, telling people in coastal areas to move to higher ground.

Waves of up to a metre could reach the shore within an hour, the service said. The eruption had sent ash over the port town of Ossay.
`);
const warning2 = article('warning-2.txt', '2024-04-10', `Tsunami warning issued for Drenn coast following Kelvar eruption

A tsunami warning was issued for the coast of Drenn on Wednesday following the eruption of Mount Kelvar, the island's meteorological service said.

Coastal residents in Ossay were told to head inland. The volcano threw ash and stones over the port after it erupted around midday.
`);
const quake = article('quake.txt', '2024-05-02', `Magnitude 6.4 quake hits Valmora, damaging buildings in Bressa

BRESSA (Tide Wire) — A strong earthquake of magnitude 6.4 hit the Valmora region on Thursday, cracking walls and bringing down roofs in Bressa, the seismology institute said.
`);
const order = article('order.txt', '2024-05-02', `Evacuation ordered in Bressa as Valmora quake damages buildings

An evacuation was ordered in the old town of Bressa on Thursday after a magnitude 6.4 earthquake struck the Valmora region, the regional government said.
`);
const crash = article('crash.txt', '2024-06-11', `Cargo plane crashes near Lindor airport, killing two crew

A cargo plane crashed into a field near Lindor airport on Tuesday shortly after take-off, killing both crew members, the airport operator said.
`);
const crash2 = article('crash-2.txt', '2024-06-11', `Two crew killed as cargo plane crashes after take-off from Lindor

LINDOR (Tide Wire) — A cargo plane crashed just after take-off from Lindor airport on Tuesday, killing its two crew, the airport operator said.
`);
const inquiry = article('inquiry.txt', '2024-06-11', `Investigation opened into Lindor cargo plane crash

The national air accident board opened an investigation on Tuesday into the crash of a cargo plane near Lindor airport that killed its two crew.
`);

describe('an authority’s warning about a natural event the same day', () => {
  const c = build([eruption, eruption2, warning, warning2]);
  it('is the authority’s act, not the eruption', () => {
    const event = eventWithHeadline(c, 'Mount Kelvar erupts').id;
    expect(eventWithHeadline(c, 'Ash plume rises').id).toBe(event);
    expect(eventWithHeadline(c, 'Drenn issues tsunami warning').id).not.toBe(event);
    expect(eventWithHeadline(c, 'Tsunami warning issued').id).not.toBe(event);
  });
  it('while two outlets on the warning are one act', () => {
    expect(eventWithHeadline(c, 'Tsunami warning issued').id).toBe(eventWithHeadline(c, 'Drenn issues tsunami warning').id);
  });
  it('in any order', () => {
    const d = build([warning2, eruption2, warning, eruption]);
    expect(d.events.map((e) => e.id).sort()).toEqual(c.events.map((e) => e.id).sort());
  });
});

describe('an evacuation order after a quake, an investigation opened into a crash', () => {
  it('stay apart from the quake and the crash, and the refusal explains itself', () => {
    const c = build([quake, order, crash, crash2, inquiry]);
    expect(eventWithHeadline(c, 'Evacuation ordered in Bressa').id).not.toBe(eventWithHeadline(c, 'Magnitude 6.4 quake hits').id);
    expect(eventWithHeadline(c, 'Investigation opened into').id).not.toBe(eventWithHeadline(c, 'Cargo plane crashes').id);
    expect(eventWithHeadline(c, 'Two crew killed').id).toBe(eventWithHeadline(c, 'Cargo plane crashes').id);
    expect(c.trace.some((t) => t.startsWith('kept apart') && t.includes('a follow-up act'))).toBe(true);
  });
});
