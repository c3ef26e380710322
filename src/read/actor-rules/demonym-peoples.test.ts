import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * A country's people acting for it, as election and referendum pages write them: the plural demonym
 * ("Chileans on Sunday rejected …"), or the demonym before voters, citizens or people ("Chilean voters
 * rejected …", "the Chilean people said"); seen on five outlets in the eighteenth session (fixture s185); only by the acts of a people (`peopleActs`).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('a country by its people', () => {
  it('under the plural demonym, acting as a sentence’s subject, after a dateline’s dash too', () => {
    expect(ids('Referendum result', 'Norwegians on Sunday rejected a proposal to lengthen the school year.')).toContain('norway:p');
    expect(ids('Referendum result', 'OSLO (Wire) — Norwegians voted to keep the present calendar.')).toContain('norway:p');
  });

  it('as its voters, citizens or people speaking or acting', () => {
    expect(ids('Referendum result', 'Norwegian voters resoundingly rejected the plan.')).toContain('norway:p');
    expect(ids('Referendum result', 'The Norwegian people said clearly that they wanted change.')).toContain('norway:p');
  });

  it('never a plural that is no demonym, nor people acted on or counted', () => {
    expect(ids('Match', 'The Kestrels beat the Rovers on Sunday.').join()).not.toMatch(/norway/);
    expect(ids('Poll', 'Norwegians questioned by pollsters were split.').join()).not.toMatch(/norway/);
    expect(ids('Poll', 'Four in five Norwegians voted for the plan.').join()).not.toMatch(/norway/);
  });

  it('never its people as those things are done to: detained, killed, urged, stranded', () => {
    for (const p of ['Norwegians detained in the port were released on Monday.', 'Norwegians killed in the attack were buried on Friday.', 'Norwegians urged to leave the region boarded ferries.', 'Norwegian people killed in the crash were named.']) {
      expect(ids('Travel news', p).join(), p).not.toMatch(/norway:p/);
    }
  });
});
