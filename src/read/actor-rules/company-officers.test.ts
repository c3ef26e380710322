import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('companies by the shapes of news', () => {
  it('the name before an officer’s title, possessive or not, is the company, and names it again alone', () => {
    const got = actors('Harbourline CEO admits mistake', 'Harbourline’s CEO, Ana Reyes, acknowledged the fault.', 'Harbourline will hold a safety meeting on Tuesday.');
    expect(got).toContain('harbourline:p');
    expect(got).toContain('ana-reyes:p');
    expect(actors('Results', 'Profits rose, Kestrel chief executive Jo Reed said.')).toContain('kestrel:p');
  });

  it('but not a demonym, a title’s word or a sentence opener before the title', () => {
    expect(actors('Deal', 'The CEO said the Chilean founder Jo Reed agreed.').join()).not.toMatch(/chilean|^the/);
    expect(actors('Deal', 'Deputy CEO Jo Reed said.').join()).not.toMatch(/deputy/);
  });

  it('the name before a company’s shares, or after “shares in”, is the company, even shaped like a person’s', () => {
    const got = actors('Orla Brenn shares sink 12% after warning', 'Orla Brenn shares fell on Monday after the retailer cut its forecast.');
    expect(got).toContain('orla-brenn:p');
    expect(got.join()).not.toMatch(/brenn:.*person/);
    expect(actors('Miner slides', 'Shares in Tavel Mining slid 9% on Tuesday.', 'Tavel’s share price has halved.')).toContain('tavel-mining:p');
    // a demonym or a weekday before the shares is no company
    expect(actors('Markets', 'Chilean shares rose. European shares fell. Other Chilean shares slid.').join()).not.toMatch(/chilean|europe|other/);
    // a holding word before a market's noun names a market
    expect(actors('Markets', 'Other Vestrian stock markets fell. Nearby Kessby share index rose.').join()).not.toMatch(/vestrian|kessby/);
  });

  it('a name of two words, a collective noun and a legal form before its shares is the company whole', () => {
    const got = actors('Bank shares slide', 'Halden Ostra Group AG shares fell 9% on Thursday after the lender cut its forecast.');
    expect(got).toContain('halden-ostra-group-ag:p');
    expect(got.join()).not.toMatch(/^ostra|,ostra/);
    // a sentence opener before a name of three words is no part of it
    expect(actors('Bank shares slide', 'But Ostra Group AG shares fell 9% on Thursday.').join()).not.toMatch(/but/);
  });

  it('but not a person who shares something, a titled person, or a street’s stock', () => {
    const ids = (h: string, p: string) => findActors(h, [p]).map((a) => `${a.id}:${a.kind}`);
    expect(ids('Prize', 'Ada Berg shares the prize with Tom Lind.').join()).not.toMatch(/berg:organisation/);
    expect(ids('Photo', 'Prime Minister Ana Reyes shares a photo of the summit.').join()).not.toMatch(/organisation/);
    expect(ids('Video', 'Toma Vell shares a new video with fans.').join()).not.toMatch(/vell:organisation/);
    // a move right after the holding, or the sentence's end, still names the company
    expect(ids('Miner', 'Orla Brenn shares were down 4% at midday.')).toContain('orla-brenn:organisation');
    expect(ids('Miner', 'Traders sold Orla Brenn stock.')).toContain('orla-brenn:organisation');
  });

  it('one word with capitals inside, named twice and standing alone, is a company', () => {
    expect(actors('HarbourLink loses its test rocket', 'HarbourLink said the booster broke up.', 'HarbourLink will fly again.')).toContain('harbourlink:p');
    // twice only, a hashtag or a surname's prefix: no company
    expect(actors('Launch', 'HarbourLink said it went well. HarbourLink said.').join()).not.toMatch(/harbourlink/);
    expect(actors('Cup', '#HarbourCup — Harbour Cup (@HarbourCupLive) June 11. #HarbourCup').join()).not.toMatch(/harbourcup/);
    expect(actors('Vote', 'McAlister said no. McAlister left.').join()).not.toMatch(/mcalister/);
  });
});

describe('people by the shapes of news', () => {
  it('a name, an appositive of a body and a role without article, and a reporting verb', () => {
    expect(actors('Report out', 'Ana Reyes, HMSA chair, told reporters the bolts were missing.')).toContain('ana-reyes:p');
  });

  it('a title before one surname names the person given in full, or a person by that surname alone', () => {
    expect(actors('Threat level raised', 'On Wednesday Home Secretary Marsh said the police were clear.', 'Marsh says the decision was independent.')).toContain('marsh:p');
    expect(actors('Ana Vellan wins', 'President Vellan said she won. Ana Vellan is 50.')).toEqual(['ana-vellan:p']);
    expect(actors('Talks', 'The Director-General Dr Mekdes Alem Tarek spoke. Dr Mekdes said more.').filter((a) => a.startsWith('mekdes'))).toEqual(['mekdes-alem-tarek:p']);
  });

  it('but not a title inside a longer name, a lower-case role, a verb of a headline in title case, a cut name or a body', () => {
    expect(actors('Talks', 'They met at the Hotel President Wilton. It said on his official Harbourbook page.').join()).not.toMatch(/wilton|harbourbook/);
    expect(actors('Prime Minister Resigns After Vote', 'The vote was lost.')).toEqual([]);
    expect(actors('Talks', '[Harbour Secretary General Jens] Marsh spoke. Foreign Minister Ana ?avu?o said.').join()).not.toMatch(/jens|ana/);
    expect(actors('Deal', 'General Motors said it would sell.').join()).not.toMatch(/motors/);
    // A title before a given name names the person by both ("Queen Ana"), never by the given name alone.
    expect(actors('Funeral', 'Crowds lined the route of Queen Ana’s coffin. He renamed himself ‘Captain Byte’ online.')).toEqual(['queen-ana:m']);
  });

  it('of two titles in a row the second introduces the whole name', () => {
    expect(actors('Emergency declared', 'The agency’s Director-General Dr Marta Ines Vellan has determined that the outbreak is an emergency.')).toContain('marta-ines-vellan:p');
  });
});

describe('places and tournaments are no actors', () => {
  it('a country after a place’s noun and "of", and a country or body opening a tournament’s name', () => {
    expect(actors('Ship lost', 'It blew up over the Gulf of Oman.').join()).not.toMatch(/oman/);
    expect(actors('Half time', 'Chile lead in their Peru World Cup final.').join()).not.toMatch(/peru/);
  });
});

describe('sources and longer names are no actors', () => {
  it('a state’s broadcaster reporting is a source, acting an actor; a service broadcaster is an outlet', () => {
    expect(actors('Drill begins', 'Chile’s state TV said 11 vessels took part.').join()).not.toMatch(/state-tv/);
    expect(actors('Peru state TV cuts transmission', 'The outage lasted an hour.')).toContain('peru-state-tv:p');
    expect(actors('Fishers', 'Chile’s public service broadcaster reported that boats would sail.').join()).not.toMatch(/public-service/);
  });

  it('a body’s name running on into a capitalised word that is no title is part of a longer name', () => {
    expect(actors('Talks', 'They met as part of the Harbour Strategic Council Mechanisms, which it shares.').join()).not.toMatch(/council/);
    expect(actors('Rates', 'The Harbour Reserve Board Chairman Jo Reed said rates rise.')).toContain('harbour-reserve-board:p');
  });
});
