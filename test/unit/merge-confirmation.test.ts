import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { headlineActTerms } from '../../src/chronology/features';
import { headlineDoer } from '../../src/chronology/headline-speaker';
import { wordStem } from '../../src/chronology/similarity';
import { fnv1a } from '../../src/read/fingerprint';
import { readSeed } from '../../src/read/read-seed';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented articles in the shapes real ones take on a confirmation vote's day: the chamber
// "confirms" the nominee, "votes 51-48 to confirm" her, she is "Confirmed as …" (a headline in title
// case, its participle capitalised). "Confirms" is a reporting verb in "Ministry confirms talks"; next
// to a person's name it is the act done to her (`appointmentVerbs`), and a title-case participle
// after the name is a passive ("X Confirmed as"), not X acting.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('one confirmation vote in three wordings', () => {
  const c = build([
    article('confirms.txt', '2022-05-12', `Assembly confirms Mara Ilves as health secretary

The Vessland Assembly on Thursday confirmed Mara Ilves as health secretary by 51 votes to 48, with one opposition member crossing the floor. Ilves, a former hospital director, takes charge of a department struggling with waiting lists.
`),
    article('votes.txt', '2022-05-12', `Assembly votes 51-48 to confirm Ilves

Lawmakers voted narrowly on Thursday to confirm Mara Ilves, the former hospital director nominated by Premier Oskar Lind, to run the health department. Opposition leaders said she lacked political experience.
`),
    article('passive.txt', '2022-05-12', `Mara Ilves Confirmed as Health Secretary After Narrow Vote

Mara Ilves was confirmed as health secretary on Thursday after a 51-48 vote in the Vessland Assembly. The former hospital director will be sworn in next week.
`),
  ]);
  it('are one act', () => {
    const id = eventWithHeadline(c, 'Assembly confirms Mara Ilves').id;
    expect(eventWithHeadline(c, 'Assembly votes 51-48').id).toBe(id);
    expect(eventWithHeadline(c, 'Mara Ilves Confirmed').id).toBe(id);
  });
});

describe('a participle in a title-case headline', () => {
  const generic = (w: string) => ['the', 'as'].includes(w.toLowerCase());
  const ilves = { name: 'Mara Ilves', kind: 'person' };
  it('is a passive: the name after which it stands does not act', () => {
    expect(headlineDoer('Mara Ilves Confirmed as Health Secretary', [ilves], generic)).toBeNull();
    expect(headlineDoer('Mara Ilves confirmed as health secretary', [ilves], generic)).toBeNull();
  });
  it('while a verb in the present still names its doer, in title case or not', () => {
    expect(headlineDoer('Mara Ilves Launches Plan to Cut Waiting Lists', [ilves], generic)?.who).toEqual(['mara', 'ilves']);
    expect(headlineDoer('Mara Ilves launches plan to cut waiting lists', [ilves], generic)?.who).toEqual(['mara', 'ilves']);
  });
  it('and a capitalised word in -ed in a sentence-case headline is no participle', () => {
    expect(headlineDoer('Mara Ilves Red Cross appeal raises record sum', [ilves], generic)).not.toBeNull();
  });
});

describe('"confirms" among a headline’s act words', () => {
  const heads = (headline: string, body: string): Uint32Array => headlineActTerms(readSeed(article('x.txt', '2022-05-12', `${headline}\n\n${body}\n`)).items[0]!);
  const confirm = fnv1a(`${wordStem('confirm')}:ilves`);
  it('counts next to a person’s name: the act done to the nominee', () => {
    expect(heads('Vessland Assembly confirms Mara Ilves as health secretary', 'The Vessland Assembly on Thursday confirmed Mara Ilves as health secretary by 51 votes to 48.')).toContain(confirm);
    expect(heads('Vessland Assembly votes 51-48 to confirm Mara Ilves', 'The Vessland Assembly voted on Thursday to confirm Mara Ilves as health secretary.')).toContain(confirm);
  });
  it('does not when it reports: what is confirmed is no person', () => {
    expect(heads('Vessland ministry confirms talks with Ostmark on fishing rights', 'The Vessland foreign ministry on Thursday confirmed that talks with Ostmark would open next month.')).not.toContain(confirm);
    expect(heads('Vessland ministry confirms talks with Ostmark on fishing rights', 'The Vessland foreign ministry on Thursday confirmed that talks with Ostmark would open next month.')).not.toContain(fnv1a(wordStem('confirm')));
  });
  it('is the act done to one person: two nominees’ confirmations share no act word', () => {
    expect(heads('Vessland Assembly confirms Jon Arvik as trade envoy', 'The Vessland Assembly on Thursday confirmed Jon Arvik as trade envoy.')).not.toContain(confirm);
  });
});
