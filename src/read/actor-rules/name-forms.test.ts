import { describe, expect, it } from 'vitest';
import { addPagePeople, findActors } from '../actors';

/**
 * Issue 11, session 23: a person's name as written in its forms (invented names; fixtures s390–s393).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);
const names = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => a.name);

/** A middle initial and a generational number after a title (hustlechronicle.com, dailycharotar.com, forbes.it, newedgetimes.com). */
describe('a titled name with a middle initial and a number', () => {
  it('is the name whole, no word of the text before it cut into it (name-shapes.ts regnalTitle)', () => {
    const found = names('Haulier enters administration', 'The group entered administration on Tuesday, its newly appointed chief Harlan P. Osterby III said in a statement.');
    expect(found).toContain('Harlan Osterby III');
    expect(found.join()).not.toMatch(/Har Harlan|hie|Osterby III.*Osterby III/);
    expect(ids('Haulier enters administration', 'The group entered administration on Tuesday, its newly appointed chief Harlan P. Osterby III said in a statement.')).toContain('harlan-osterby-iii:p');
  });

  it('keeps a monarch’s title before a name with its number', () => {
    expect(names('Crown to pass on', 'Her father King Aldric IV said on Monday the crown would pass on.')).toContain('King Aldric IV');
  });
});

/** A particle surname capitalised after the full name in lower-case particles (allinfo.space, vietnamnews.vn, channelstv.com, eurasiareview.com, bbc.com). */
describe('a surname opening on a name particle, in any case', () => {
  it('is the person named in full before, one id (name-shapes.ts particleSurnameOf)', () => {
    const found = ids('Commissioner rejects plea', 'The bloc’s trade commissioner Liesel van der Brugh said on Thursday tariffs would stay.', 'Ms Van Der Brugh said the request had come too late.');
    expect(found).toContain('liesel-van-der-brugh:p');
    expect(found.join()).not.toMatch(/(?:^|,)van-der-brugh:/);
  });

  it('stays apart from another person whose name ends otherwise', () => {
    const found = ids('Two officials speak', 'The commissioner Liesel van der Brugh said on Thursday tariffs would stay.', 'Ms Van Dellen said the request had come too late.');
    expect(found).toContain('liesel-van-der-brugh:p');
    expect(found.join()).not.toMatch(/liesel-van-der-brugh.*liesel-van-der-brugh/);
  });
});

/** Two capitalised words closing a longer capitalised phrase or after an article (dailymail.co.uk, farmersjournal.ie, news.yahoo.com, cbc.ca). */
describe('two capitalised words that only close a longer phrase', () => {
  it('are no person inside a longer capitalised run (full-name.ts insidePhrase)', () => {
    const found = ids('River councils sign water pact', 'The councils signed a water-sharing pact on Wednesday, a Midwinter Eve Brennock agreement that ends ten years of disputes, the Dellmoor Water Board said.', 'Work on Brennock will begin in the spring.');
    expect(found).toContain('dellmoor-water-board:p');
    expect(found.join()).not.toMatch(/eve-brennock/);
  });

  it('are no person after an article', () => {
    const found = ids('Island voters reject charter', 'Voters on Saturday rejected a proposal to write a Rural Charter into the constitution, the Marrow Isles Electoral Office said.', 'Charter campaigners said they would try again.');
    expect(found.join()).not.toMatch(/rural-charter/);
  });

  it('leave a full name after a title’s word or at a sentence’s start a person', () => {
    expect(ids('Port reopens', 'Harbour master Jana Horvat reopened the port on Monday.', 'Horvat said the storm had passed.')).toContain('jana-horvat:p');
    expect(ids('Port reopens', 'Yesterday Jana Horvat reopened the port.', 'Horvat said the storm had passed.')).toContain('jana-horvat:p');
  });
});

/** One capitalised word before a verb that is no body speaking (republicofmining.com, highlandradio.com; kinds of held-out U). */
describe('one word before a verb, on a page (page-people.ts)', () => {
  const post = (headline: string, ...paragraphs: string[]) => ({ headline, paragraphs, actors: findActors(headline, paragraphs) });
  const page = (...posts: Array<ReturnType<typeof post>>): string[][] => { addPagePeople(posts); return posts.map((p) => p.actors.map((a) => a.id)); };

  it('is no body after a preposition: the object of a phrase, not the verb’s subject (OBJECT_OF_PREPOSITION)', () => {
    const [first = []] = page(post('Vote lost', '“Just as the Kessel Charter from the Hearth was an offer made in hope, we must meet this result with grace,” the premier told a press conference.'));
    expect(first.join()).not.toMatch(/hearth/);
  });

  it('is no body after a nickname in quotes: the surname of that name (NICKNAME_AT_END)', () => {
    const [first = []] = page(post('Deal reached', "Regional councillor Oran 'Skip' Dellaway says it is not surprising the deal has taken so long."));
    expect(first).not.toContain('dellaway');
  });

  it('is still a place acting through a phrase after "from" or "of" with no article', () => {
    const [first = []] = page(post('Team lands', 'An 80-member rescue team from Vellmark has arrived at the airfield with sniffer dogs.', 'More crews are on standby, officials said.'));
    expect(first).toContain('vellmark');
  });

  it('is still a body speaking alone, capitalised mid-sentence', () => {
    const [first = []] = page(post('Outage', 'Customers lost service for hours, and Tamberlink said on Monday it would refund them.', 'Engineers at Tamberlink found the fault.'));
    expect(first).toContain('tamberlink');
  });
});
