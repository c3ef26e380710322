import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * A country's people acting for it, as election and referendum pages write them: the plural demonym
 * ("Chileans on Sunday rejected …"), or the demonym before voters, citizens or people ("Chilean voters
 * rejected …", "the Chilean people said"); seen on five outlets in the eighteenth session (fixture s185).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('a country by its people', () => {
  it('under the plural demonym, acting as a sentence’s subject, after a dateline’s dash too', () => {
    expect(ids('Referendum result', 'Uruguayans on Sunday rejected a proposal to lower the retirement age.')).toContain('uruguay:p');
    expect(ids('Referendum result', 'MONTEVIDEO (Wire) — Uruguayans voted to keep the current system.')).toContain('uruguay:p');
  });

  it('as its voters, citizens or people speaking or acting', () => {
    expect(ids('Referendum result', 'Uruguayan voters resoundingly rejected the plan.')).toContain('uruguay:p');
    expect(ids('Referendum result', 'The Uruguayan people said clearly that they wanted change.')).toContain('uruguay:p');
  });

  it('never a plural that is no demonym, nor people acted on or counted', () => {
    expect(ids('Match', 'The Kestrels beat the Rovers on Sunday.').join()).not.toMatch(/uruguay/);
    expect(ids('Poll', 'Uruguayans questioned by pollsters were split.').join()).not.toMatch(/uruguay/);
    expect(ids('Poll', 'Four in five Uruguayans voted for the plan.').join()).not.toMatch(/uruguay/);
  });
});
