import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/** Words and shapes news prose gives that are nobody (invented names throughout). */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => a.id);

describe('an aircraft’s maker and model', () => {
  it('makes no person of a company’s noun and the maker after a demonym (“Vestrian Airlines Kestrel 410-8 LRX”)', () => {
    const found = ids('Jet crashes after takeoff', 'A new Danish Airlines Kestrel 410-8 LRX crashed after takeoff. It is the second time in a year that Kestrel 410-8 LRX has crashed.');
    expect(found.join()).not.toMatch(/airlines-kestrel/);
    // a person whose surname stands alone is still found
    expect(ids('Jet crashes', 'Pilot Ana Kestrel radioed the tower. Kestrel asked to return.')).toContain('ana-kestrel');
  });

  it('makes no body of the letters after a model number (“Kestrel 410-8 LRX has crashed”)', () => {
    expect(ids('Jet crashes', 'A Kestrel 410-8 LRX has crashed near Vell.').join()).not.toMatch(/(?:^|,)lrx(?:,|$)/);
    expect(ids('Jet crashes', 'The Harbour A321 XLR said to be lost.').join()).not.toMatch(/xlr/);
    // after a year the letters speak as a body
    expect(ids('Talks', 'In 2021 HDRA said it would grow.')).toContain('hdra');
  });
});

describe('honorific styles', () => {
  it('are no person of their own (“His Royal Highness died”)', () => {
    const found = ids('Prince Aldric dies at 99', 'Her Majesty the Queen announced that her husband, His Royal Highness, Prince Aldric, has died.', '“His Royal Highness died peacefully this morning.”');
    expect(found).toContain('prince-aldric');
    expect(found.join()).not.toMatch(/highness|majesty/);
  });
});

describe('an outlet cited as a source', () => {
  it('after an article, speaking, is no person (“the Kessby Ledger reported”)', () => {
    const found = ids('Premier quits', 'Vell told the caucus she was tired, the Kessby Ledger reported.');
    expect(found.join()).not.toMatch(/kessby-ledger/);
    // a name without an article before the verb is a person
    expect(ids('Premier quits', 'Vell quit, Ana Ostrand reported.')).toContain('ana-ostrand');
  });
});

describe('a body’s field after its noun and “of”', () => {
  it('is no person (“Vestria’s Ministry of Coastal Affairs said”), and the state’s body is found whole', () => {
    const found = ids('Ferry sinks', 'The ferry sank off Kessby, Denmark’s Ministry of Coastal Rescue Affairs said.');
    expect(found.join()).not.toMatch(/(?:^|,)coastal-rescue-affairs(?:,|$)/);
    expect(found).toContain('denmark-coastal-rescue-affairs-ministry');
    // one word of field as before, and a person after a title of a place still found
    expect(ids('Ferry sinks', 'The ferry sank, Denmark’s Ministry of Health said.')).toContain('denmark-health-ministry');
    expect(ids('Ferry sinks', 'Secretary of State Ana Vell said the ferry sank.')).toContain('ana-vell');
  });
});

describe('a legislator’s role in letters', () => {
  it('is a title, no body, alone (“The Harbourton MSP announced”) and before a name', () => {
    const found = ids('Member quits', 'The Harbourton MSP announced her resignation. The MLA declared his resignation too. Kessby MLA Ana Vell resigned on Monday.');
    expect(found.join()).not.toMatch(/(?:^|,)(?:msp|mla)(?:,|$)/);
    expect(found).toContain('ana-vell');
  });
});

describe('a regnal number', () => {
  it('of fourteen and more stays in the name after a title (“Pope Pius XIV”, “King Aldric XVI”)', () => {
    expect(ids('Tributes', 'Pope Pius XIV died on Saturday.')).toContain('pope-pius-xiv');
    expect(ids('Tributes', 'Crowds cheered King Aldric XVI on Saturday.')).toContain('king-aldric-xvi');
  });

  it('is no body speaking or acting after the name (“Pius XIV was 95”)', () => {
    expect(ids('Tributes', 'Crowds mourned Pius XIV on Saturday. Pius XIV was 95.').join()).not.toMatch(/(?:^|,)xiv(?:,|$)/);
    // letters after a word in lower case still speak
    expect(ids('Talks', 'Unions and XIV said they would strike.')).toContain('xiv');
  });
});

describe('a headline’s subject the body names again', () => {
  it('is a person when a sentence goes on about them as “He” or “She”, after a post’s time too', () => {
    expect(ids('10.47pm: Ana Vell concedes', 'Ana Vell has called her rival to concede. She thanked voters.')).toContain('ana-vell');
    expect(ids('Tomas Reyel set to keep his seat', 'Analysts expect Tomas Reyel to hold on.', 'He won it twice.')).toContain('tomas-reyel');
  });

  it('never a company or a side told of otherwise (“its chief said he”), nor a plural’s name', () => {
    // the company its shares name (company-officers.ts), never a person
    const kestrel = findActors('Kestrel Aerospace posts record profit', ['Shares in Kestrel Aerospace rose; its chief said he was pleased.']).filter((a) => a.id === 'kestrel-aerospace');
    expect(kestrel).toHaveLength(1);
    expect(kestrel[0]!.kind).toBe('organisation');
    // without its shares, a headline's subject the body tells of as a company's ("its chief said he") is no person
    expect(findActors('Kestrel Aerospace posts record profit', ['Kestrel Aerospace grew; its chief said he was pleased.']).filter((a) => a.kind === 'person').map((a) => a.id)).not.toContain('kestrel-aerospace');
    expect(ids('Tarnow Rovers take the lead', 'A late goal put Tarnow Rovers ahead. He scored twice.').join()).not.toMatch(/tarnow-rovers/);
  });
});

describe('a surname in capitals after a title and a given name', () => {
  it('ends that person’s name and is no body (“police chief Aru KB told”)', () => {
    const found = ids('Crash', 'Speaking from the site, Vell police chief Aru KB told reporters that the search went on.');
    expect(found).toContain('aru-kb');
    expect(found.join()).not.toMatch(/(?:^|,)kb(?:,|$)/);
    // an acronym right after a title's word speaks as a body
    expect(ids('Crash', 'Unions and HDRA said the search went on.')).toContain('hdra');
  });
});

describe('a title for one elected, in title case', () => {
  it('is a title before the name (“Vice President-Elect Tomas Reyel”), no word of it', () => {
    const found = ids('Count ends', 'Congress confirmed that Vice President-Elect Tomas Reyel won the election.');
    expect(found).toContain('tomas-reyel');
    expect(found.join()).not.toMatch(/elect-tomas/);
  });
});
