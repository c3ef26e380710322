import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A headline opening on quoted words before a dash: the quote's clause ("what the judges have
// found") is the speaker's words, not the headline's doer and verb (merge-report.ts
// `withoutOpeningQuote`, read by `doerVerbs`): invented pages in the shape of fixture s449.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a minister’s word under a headline opening on quoted words', () => {
  const c = build([
    page('s1.txt', '2025-04-08T14:00:00Z', `HARNBY — Alva Renning said she "deeply regrets" the tribunal's finding that she acted unlawfully but added she would respect it.

Speaking in Harnby before a meeting of port owners, the minister said: "We will respect this judgment and we respect the tribunal.

"But our ministry objects to what the judges have found. I do not think it is right, and we will look at the flights again."
`),
    page('s2.txt', '2025-04-08T15:00:00Z', `‘Our ministry objects to what the judges have found’ – Alva Renning reacts to Supreme Tribunal ruling

Alva Renning has said she "deeply regrets" the tribunal's finding but that the ministry will look at the flights again.

Speaking in Harnby, the transport minister said: "We will respect this judgment and we respect the tribunal.

"But our ministry objects to what the judges have found. I do not think it is right, and we will look at the flights again."
`),
  ]);
  it('is one statement, not the judges’ act', () => {
    expect(eventWithHeadline(c, '‘Our ministry objects').id).toBe(eventWithHeadline(c, 'HARNBY — Alva Renning said').id);
  });
});
