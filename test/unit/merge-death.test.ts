import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take: a former premier shot at a rally, and his death
// announced hours later the same day; the same person, place and story words, two acts.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a person’s death and the attack before it', () => {
  const c = build([
    article('shot.txt', '2025-04-11', `Former premier Aldo Brandt shot at campaign rally in Vessby

Former premier Aldo Brandt was shot from behind while giving a campaign speech in Vessby on Friday, police said. He collapsed and was taken to hospital by helicopter.

"We heard two loud bangs and he fell," a witness told local radio. A man was arrested at the scene.
`),
    article('gunman.txt', '2025-04-11', `Gunman shoots former premier Aldo Brandt during Vessby speech

Aldo Brandt, the former premier, was shot twice during a campaign speech in Vessby on Friday and rushed to hospital, local media reported.

"We heard two loud bangs and he fell," a witness said. Police arrested a man at the scene.
`),
    article('feared.txt', '2025-04-11', `Aldo Brandt feared dead after Vessby shooting

Former premier Aldo Brandt is feared dead after he was shot during a campaign speech in Vessby on Friday, with no signs of life when he reached hospital.
`),
    article('dies.txt', '2025-04-11', `Former premier Aldo Brandt dies after being shot at rally

Former premier Aldo Brandt has died in hospital hours after he was shot during a campaign speech in Vessby on Friday, his party said.

"We heard two loud bangs and he fell," a witness said of the attack.
`),
    article('confirmed.txt', '2025-04-11', `Aldo Brandt confirmed dead after Vessby shooting

Vessby hospital said on Friday that former premier Aldo Brandt, who was shot during a campaign speech, had been confirmed dead at 5.03pm.
`),
  ]);
  it('keeps the death apart from the shooting, though they share the person, the place and a witness’s words', () => {
    const shooting = eventWithHeadline(c, 'Former premier Aldo Brandt shot').id;
    const death = eventWithHeadline(c, 'Former premier Aldo Brandt dies').id;
    expect(eventWithHeadline(c, 'Gunman shoots').id).toBe(shooting);
    expect(eventWithHeadline(c, 'Aldo Brandt confirmed dead').id).toBe(death);
    expect(death).not.toBe(shooting);
  });
  it('reads a feared death as the shooting’s report, not the death', () => {
    expect(eventWithHeadline(c, 'Aldo Brandt feared dead').id).not.toBe(eventWithHeadline(c, 'Former premier Aldo Brandt dies').id);
  });
});

describe('one person’s death told in other words, the next morning in another zone', () => {
  const c = build([
    article('dies.txt', '2025-04-11', `Former premier Aldo Brandt dies after being shot at rally

Former premier Aldo Brandt has died in hospital hours after he was shot during a campaign speech in Vessby on Friday, his party said.
`),
    article('flags.txt', '2025-04-12', `Vestmark mourns former premier Aldo Brandt

Former premier Aldo Brandt has died, aged 67. Crowds laid flowers outside parliament overnight and flags flew at half mast on public buildings.
`),
  ]);
  it('is one act: a person dies once', () => {
    expect(eventWithHeadline(c, 'Vestmark mourns').id).toBe(eventWithHeadline(c, 'Former premier Aldo Brandt dies').id);
  });
});

describe('a death told in the active voice', () => {
  const c = build([
    article('killed.txt', '2025-09-02', `Governor Mira Solberg killed in attack on her residence

Governor Mira Solberg was killed in an attack on her residence in Port Elda in the early hours of Tuesday, her office said.
`),
    article('gunmen.txt', '2025-09-02', `Gunmen assassinate Port Elda governor Mira Solberg

Unknown gunmen on Tuesday assassinated Governor Mira Solberg at her residence in Port Elda, her office said in a statement.
`),
    article('plot.txt', '2025-09-02', `Police foil plot to kill Governor Mira Solberg

Police in Port Elda said on Tuesday they had arrested three men suspected of planning to kill Governor Mira Solberg at a rally.
`),
  ]);
  it('is her death as the passive is (“gunmen assassinate the governor”), and a plot to kill her is not', () => {
    expect(eventWithHeadline(c, 'Gunmen assassinate').id).toBe(eventWithHeadline(c, 'Governor Mira Solberg killed').id);
    expect(eventWithHeadline(c, 'Police foil plot').id).not.toBe(eventWithHeadline(c, 'Governor Mira Solberg killed').id);
  });
});


// Invented: a crash, and days later an authority confirming the death in the noun, the way wire
// pages often put it; the same act as "X confirmed dead", not the crash before it.
describe('a death confirmed, told by the noun', () => {
  const c = build([
    article('crash.txt', '2025-05-07', `Plane carrying tycoon Ivo Marsk crashes north of Tallby

A private jet with businessman Ivo Marsk on its passenger list crashed in a forest north of Tallby on Wednesday, the aviation agency said. All ten people on board are believed to have died.
`),
    article('noun.txt', '2025-05-11', `Forensic tests confirm death of tycoon Ivo Marsk

Forensic tests have confirmed the death of businessman Ivo Marsk, investigators said on Sunday, after the bodies recovered from the jet were identified.
`),
    article('possessive.txt', '2025-05-11', `Ivo Marsk's death confirmed by investigators

Investigators said on Sunday that forensic tests had identified all ten bodies recovered from the jet that crashed north of Tallby, among them businessman Ivo Marsk.
`),
    article('dead.txt', '2025-05-11', `Ivo Marsk confirmed dead after forensic tests

Businessman Ivo Marsk has been confirmed dead after forensic tests on the bodies from the crashed jet, investigators said on Sunday.
`),
    article('certainty.txt', '2025-05-11', `Tests show tycoon Ivo Marsk is officially dead

"The identities of all ten victims have been established," investigators said on Sunday of the bodies from the crashed jet.
`),
    article('mourns.txt', '2025-05-11', `Tallby mourns the death of Ivo Marsk

Hundreds laid flowers outside the Marsk foundation in Tallby on Sunday, four days after the crash.
`),
  ]);
  it('is one act with "X confirmed dead", apart from the crash', () => {
    const death = eventWithHeadline(c, 'Ivo Marsk confirmed dead').id;
    expect(eventWithHeadline(c, 'Forensic tests confirm death').id).toBe(death);
    expect(eventWithHeadline(c, "Ivo Marsk's death confirmed").id).toBe(death);
    expect(eventWithHeadline(c, 'Tests show tycoon Ivo Marsk is officially dead').id).toBe(death);
    expect(eventWithHeadline(c, 'Plane carrying tycoon').id).not.toBe(death);
  });
  it('not a mourning of the death (no confirming verb)', () => {
    expect(eventWithHeadline(c, 'Tallby mourns').id).not.toBe(eventWithHeadline(c, 'Ivo Marsk confirmed dead').id);
  });
});
