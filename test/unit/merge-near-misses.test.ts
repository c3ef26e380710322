import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a story's next act told in another time zone, the
// same person's second act of the day told in title-case headlines.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a reaction told the next day in another zone', () => {
  const c = build([
    article('jets.txt', '2025-03-01', `Vestmark Air Force shoots down Ruritanian drone over the coast

Vestmark Air Force jets shot down a Ruritanian surveillance drone over the coast on Saturday, the defence ministry said.
`),
    article('airship.txt', '2025-03-02', `Vestmark Air Force shoots down Ruritanian drone over the sea

The Vestmark Air Force has shot down a large Ruritanian drone that it says was spying on military sites along its coast.
`),
    article('protest.txt', '2025-03-02', `Ruritania protests Vestmark Air Force move to shoot down drone

Ruritania's foreign ministry said on Sunday that it protested against Vestmark's use of force to shoot down its civilian drone.
`),
  ]);
  it('stays apart from the act: its words date it a day after every report the words of which date the act', () => {
    const act = [eventWithHeadline(c, 'Vestmark Air Force shoots down Ruritanian drone over the coast').id, eventWithHeadline(c, 'Vestmark Air Force shoots down Ruritanian drone over the sea').id];
    expect(act).not.toContain(eventWithHeadline(c, 'Ruritania protests').id);
  });
});

describe('the same person’s second act of the day, in title-case headlines', () => {
  const c = build([
    article('ousted.txt', '2025-06-03', `Tomas Reeve Ousted As Assembly Speaker

Tomas Reeve was voted out as speaker of the Vestmark assembly on Tuesday after hardliners in his own party joined the opposition, 216 to 210.
`),
    article('removed.txt', '2025-06-03', `Assembly Removes Speaker Tomas Reeve In Historic Vote

The Vestmark assembly voted on Tuesday to remove its speaker Tomas Reeve, 216 to 210, the first such vote in its history.
`),
    article('not-run.txt', '2025-06-03', `Reeve Says He Will Not Run For Speaker Again

Tomas Reeve, who was removed as speaker of the Vestmark assembly on Tuesday, told reporters he would not run for the post again.

"I will not run for speaker again. I'll have the party pick somebody else," Reeve said. "I do not regret negotiating. Our assembly is designed to find compromise."
`),
  ]);
  it('is his statement (“X Says …” names him speaking), not the act the others lead with', () => {
    expect(eventWithHeadline(c, 'Tomas Reeve Ousted').id).toBe(eventWithHeadline(c, 'Assembly Removes').id);
    expect(eventWithHeadline(c, 'Reeve Says').id).not.toBe(eventWithHeadline(c, 'Tomas Reeve Ousted').id);
  });
});

describe('an article on an act whose story goes on to the next act', () => {
  const c = build([
    article('ousted.txt', '2025-06-03', `Tomas Reeve Ousted As Assembly Speaker

Tomas Reeve was voted out as speaker of the Vestmark assembly on Tuesday after hardliners in his own party joined the opposition, 216 to 210.
`),
    article('not-run.txt', '2025-06-03', `Reeve Says He Will Not Run For Speaker Again

Tomas Reeve, who was removed as speaker of the Vestmark assembly on Tuesday, told reporters he would not run for the post again.

"I will not run for speaker again. I'll have the party pick somebody else," Reeve said. "I do not regret negotiating. Our assembly is designed to find compromise."
`),
    article('vote.txt', '2025-06-03', `Vestmark assembly votes to remove speaker Tomas Reeve after budget revolt
The Vestmark assembly voted on Tuesday to remove speaker Tomas Reeve, 216 to 210, after hardliners revolted over a stopgap budget.
It was the first time the assembly had removed its speaker, and the chamber has no clear successor in sight.
Following the vote, Reeve said he would not run for the post again.
"I will not run for speaker again. I'll have the party pick somebody else. I do not regret negotiating," he told reporters.
`),
  ]);
  it('belongs to the act it leads with: the quotes it gives further down are the next act’s', () => {
    expect(eventWithHeadline(c, 'Vestmark assembly votes').id).not.toBe(eventWithHeadline(c, 'Reeve Says').id);
  });
});

const live = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('live posts of two pages leading with other counts', () => {
  const c = build([
    live('floods-a.txt', '2025-02-11', `Live: floods in Norvenia

Follow the latest on the floods.

Dyke gives way at Ostervik, 9,000 told to leave

A dyke on the Dalmer collapsed at Ostervik on Tuesday morning, Interior Minister Tomas Okkerlund said, and all 9,000 residents were ordered out.

Rail line along the Dalmer closed

Trains between Brelsk and Ostervik have been stopped as water covers the track, the rail operator said.
`),
    live('floods-b.txt', '2025-02-11', `Live: Norvenia floods latest

All the updates on the floods.

Schools shut across the Dalmer valley

All schools in the Dalmer valley will stay closed until Friday, the education ministry said.

Ostervik dyke breach: 9,000 residents evacuated

Interior Minister Tomas Okkerlund said a dyke on the Dalmer had given way at Ostervik and 9,000 people were leaving the town.
`),
    live('floods-c.txt', '2025-02-11', `Live: Norvenia floods

The latest on the floods.

Six dead in the floods, Okkerlund says

At least six people have died in the floods, Interior Minister Tomas Okkerlund told reporters in Brelsk, two of them volunteers whose boat capsized near Ostervik.

Power cut to villages downstream

Thousands of homes downstream of Brelsk are without power, the grid operator said.
`),
  ]);
  it('tell two moments: the toll is not the dyke breach, though the minister and the place are the same', () => {
    expect(eventWithHeadline(c, 'Dyke gives way').id).toBe(eventWithHeadline(c, 'Ostervik dyke breach').id);
    expect(eventWithHeadline(c, 'Six dead').id).not.toBe(eventWithHeadline(c, 'Dyke gives way').id);
  });
});
