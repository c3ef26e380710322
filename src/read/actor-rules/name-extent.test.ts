import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * Issue 11, session 19: where a body's name starts and which id a service named by its role takes
 * (invented names; fixtures s250–s252).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

/** A post's title-case headline run into its first sentence on one line (people.com, policemag.com, mynewstech.com). */
describe('a body whose name opens on its own "The" inside a run of capitals', () => {
  it('is named from that "The", the headline’s words before it left out', () => {
    const found = ids('Search for Missing Ferry Called Off Copy Link The Vell Coast Guard said on Monday it had ended the search.');
    expect(found).toContain('vell-coast-guard:p');
    expect(found.join()).not.toMatch(/link|called-off/);
    expect(ids('Wreckage Found Near Orran Reef The Harbour Salvage Board confirmed that a diving team had found parts of the hull close to the reef on Monday.')).toContain('harbour-salvage-board:p');
  });

  it('keeps a name with no inner "The" whole, and names no body by its noun alone', () => {
    expect(ids('Storm', 'The Harbour Salvage Board said the pier was closed.')).toContain('harbour-salvage-board:p');
    expect(ids('Pier Closed Until Friday The Board said repairs would take days.').join()).not.toMatch(/(?:^|,)board:|friday-the-board/);
  });
});

/** A state's service in lower case given its name right after it (citytoday.news, kashmirreader.com, devdiscourse.com). */
describe('a service named by its role, then by its name', () => {
  it('is the named body, in brackets in any case or bare in capitals', () => {
    const found = ids('Chilean space agency delays lander launch', 'The Chilean space agency (Cevra) said on Thursday it had postponed the launch.');
    expect(found).toContain('cevra:p');
    expect(found.join()).not.toMatch(/chile-space-agency/);
    expect(ids('Launch on schedule', 'US space agency NASA said its probe would launch on schedule.')).toContain('nasa:p');
  });

  it('stays the state’s service when no name follows it', () => {
    expect(ids('Launch delayed', 'The Chilean space agency said on Thursday it had postponed the launch.')).toContain('chile-space-agency:p');
  });
});

/** A body's run opening on common words the item writes in lower case, its rest named alone (necn.com, yourerie.com, mycg.uscg.mil). */
describe('a body named after common words run into its name', () => {
  it('is the rest the item names alone', () => {
    const found = ids('Search ends', 'Speaking at a press conference, the commander of the First Harbour Guard District said it was the first sign of the wreck. What the Harbour Guard calls a loss was confirmed.');
    expect(found.join()).toMatch(/(?:^|,)harbour-guard:/);
    expect(found.join()).not.toMatch(/first-harbour-guard/);
  });

  it('keeps a place’s word before a body, which the item never writes in lower case', () => {
    expect(ids('Ruling', 'The Kessby District Court ruled on Monday. The District Court said the new law was void.').join()).toMatch(/(?:^|,)kessby-district-court:/);
  });
});

/** A titled person whose surname is a body's noun, misspelt in the headline or a later line. */
describe('one person of an item under two spellings', () => {
  it('is a person after a whole title, not a body, and one id with the spelling the item writes more', () => {
    const found = ids('Premier Ana Trust steps down', 'Premier Ana Trost has resigned after six weeks.', 'Trost said she could not deliver her programme.');
    expect(found).toContain('ana-trost:p');
    expect(found.join()).not.toMatch(/ana-trust|premier-ana/);
  });

  it('takes a misspelling read as a body’s name ("Ana Trust told") for the person', () => {
    const found = ids('Premier Ana Trost resigns', 'Trost quit after six weeks.', 'Asked when she would go, Ana Trust told the assembly she would stay until a successor was chosen.');
    expect(found).toContain('ana-trost:p');
    expect(found.join()).not.toMatch(/ana-trust/);
  });

  it('leaves two people of one family apart', () => {
    const found = ids('Couple detained', 'Foreign Minister Anna Petrov said the two were detained.', 'Judge Anna Petrova said the case would be heard on Monday.');
    expect(found).toEqual(expect.arrayContaining(['anna-petrov:p', 'anna-petrova:p']));
  });
});
