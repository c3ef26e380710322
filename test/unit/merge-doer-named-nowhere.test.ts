import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { genericWord } from '../../src/chronology/features';
import { headlineDoer } from '../../src/chronology/headline-speaker';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// A person's own words on the day of another's act, told with the person second in the headline
// (headline-speaker.ts `afterOpening`, merge-rule.ts `doerNamedNowhere`), and her statement of what
// she will do told as the doing, which joins her statement (`otherAct` with `ownWords`): invented pages
// in the shapes a takeover day's pages take (fixtures s426–s429).
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const page = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });

describe('a headline’s doer after a short opening phrase', () => {
  const isGeneric = genericWord();
  const horvat = [{ name: 'Ana Horvat', kind: 'person', id: 'ana-horvat' }, { name: 'Piet Lund', kind: 'person', id: 'piet-lund' }];
  it('is the person the clause after the phrase and its comma opens with', () => {
    expect(headlineDoer('Rival bid or not, former chair Ana Horvat will not return to the board', horvat, isGeneric)?.id).toBe('ana-horvat');
  });
  it('is none after a list of names, nor in a headline in title case', () => {
    expect(headlineDoer('Horvat, Lund meet on the board’s future', horvat, isGeneric)?.id).not.toBe('piet-lund');
    expect(headlineDoer('Rival Bid Or Not, Former Chair Ana Horvat Will Not Return', horvat, isGeneric)).toBeNull();
  });
});

describe('a person the event’s reports never name', () => {
  const c = build([
    page('a1.txt', '2025-03-03T15:00:00Z', `Lindqvist Media's board accepts Aron Falk's $8.2 billion takeover bid

The board of Lindqvist Media said on Monday it had accepted billionaire Aron Falk's $8.2 billion offer for the news group, which will become a privately held company once the deal closes.
`),
    page('a2.txt', '2025-03-03T16:00:00Z', `Aron Falk's $8.2-billion bid to buy Lindqvist Media and take the news group private has been accepted by its board of directors, the company announced Monday.

The board will recommend the deal, which values each share at $31.40, to its stockholders.
`),
    page('h1.txt', '2025-03-03T17:00:00Z', `Aron Falk or not, former chair Greta Holm will not be returning to Lindqvist Media.

Ms. Holm told Radio Kessby on Monday that she will keep writing her own newsletter and has no plans to go back to the group whose board dismissed her two years ago.

"I am not going back to Lindqvist, I am staying with my readers," Ms. Holm said.
`),
    page('h2.txt', '2025-03-03T18:00:00Z', `Greta Holm says she will not return to Lindqvist Media after Falk takeover

Former chair Greta Holm has said she will not go back to Lindqvist Media now that Aron Falk has agreed to buy the group.

"I am not going back to Lindqvist, I am staying with my readers," she told Radio Kessby on Monday.
`),
  ]);
  it('acts in a headline of her own: her words stay apart from the takeover and join her words’ other account', () => {
    const takeover = eventWithHeadline(c, 'Lindqvist Media\'s board accepts').id;
    expect(eventWithHeadline(c, 'Aron Falk\'s $8.2-billion bid').id).toBe(takeover);
    const holm = eventWithHeadline(c, 'Aron Falk or not').id;
    expect(holm).not.toBe(takeover);
    expect(eventWithHeadline(c, 'Greta Holm says').id).toBe(holm);
  });
});

describe('a person the event’s reports name by office alone', () => {
  it('is named: "Premier Edda Norum resigns" joins "Vessland premier quits"', () => {
    const c = build([
      page('p1.txt', '2023-03-09T10:00:00Z', `Vessland premier quits after 50 days in office

The premier of Vessland resigned on Thursday after 50 days in office, the shortest tenure on record, saying she had lost the confidence of her party.
`),
      page('p2.txt', '2023-03-09T12:00:00Z', `Premier Edda Norum resigns after 50 days in office

Vessland Premier Edda Norum resigned on Thursday after 50 days in office, the shortest tenure on record, saying she no longer had her party's confidence.
`),
    ]);
    expect(eventWithHeadline(c, 'Premier Edda Norum resigns').id).toBe(eventWithHeadline(c, 'Vessland premier quits').id);
  });
});
