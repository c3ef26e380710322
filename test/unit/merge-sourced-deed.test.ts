import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A deed told with its source after it (merge-rule.ts `sourcedDeed`), and a live post in which
// another doer acts, against an event of articles (`otherDoer` for a post against articles):
// invented pages in the shapes a takeover day's pages take (fixtures s420, s421, s425, s426–s429).
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a deed told with its source after it', () => {
  const c = build([
    page('d1.txt', '2025-02-11T14:00:00Z', `Harrowgate Systems agrees to buy Quillfeather Games in $12.4 billion deal

Harrowgate Systems Inc. said on Tuesday it had agreed to buy the game publisher Quillfeather Games Inc. for $12.4 billion in cash, its largest purchase to date.
`),
    page('d2.txt', '2025-02-11T15:00:00Z', `Harrowgate Systems on Tuesday agreed to buy the game publisher Quillfeather Games for $12.4 billion in cash, Harrowgate's chief executive Mara Lindt said.

The purchase, the biggest the games business has seen, would make Harrowgate the fourth-biggest games company by revenue.
`),
  ]);
  // Not yet: exempting such a deed from the statement rules (merge-rule.ts `otherAct`) joined these two
  // in the static build but not in the Worker's D1 path when the short-named page came first (the D1
  // path resolves bodies step by step, so "Harrowgate" and "Harrowgate Systems Inc." keep two ids
  // there, and test/e2e/merge-state.test.ts saw the two paths group them differently). Turn back to
  // `it` once a step's bodies are resolved against the bodies of earlier steps.
  it.fails('is the deed, not its source’s statement', () => {
    expect(eventWithHeadline(c, 'Harrowgate Systems on Tuesday agreed').id).toBe(eventWithHeadline(c, 'Harrowgate Systems agrees to buy').id);
  });
});

describe('a live post in which another doer acts, after the articles on a person’s word', () => {
  const c = build([
    page('h1.txt', '2025-03-03T15:00:00Z', `Aron Falk or not, former chair Greta Holm will not be returning to Lindqvist Media.

Ms. Holm told Radio Kessby on Monday that she will keep writing her own newsletter and has no plans to go back to Lindqvist Media, whose board dismissed her two years ago.
`),
    page('h2.txt', '2025-03-03T16:00:00Z', `Greta Holm says she will not return to Lindqvist Media after Falk takeover

Former chair Greta Holm has said she will not go back to Lindqvist Media now that Aron Falk has agreed to buy the group.
`),
    page('l1.txt', '2025-03-03T22:00:00Z', `Lindqvist Media sale: live updates

By the Kessby Business Desk

4:40 p.m., March 3, 2025

Lindqvist Media staff ask chief if Holm will be welcomed back after Falk deal

Lindqvist Media staff asked chief executive Jonas Berg at a company town hall on Monday whether former chair Greta Holm, who writes her own newsletter, would return to Lindqvist Media and go back to the board once Aron Falk owns the group.

Berg told staff that was a question for Aron Falk. Holm was dismissed by the board two years ago.

2:15 p.m., March 3, 2025

Lindqvist board accepts Falk's offer

The board of Lindqvist Media has accepted Aron Falk's $8.2 billion bid for the group, it said in a statement on Monday.
`),
  ]);
  it('is the staff’s question, not her word', () => {
    expect(eventWithHeadline(c, 'Greta Holm says').id).toBe(eventWithHeadline(c, 'Aron Falk or not').id);
    expect(eventWithHeadline(c, 'Lindqvist Media staff ask chief').id).not.toBe(eventWithHeadline(c, 'Greta Holm says').id);
  });
});
