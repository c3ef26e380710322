import { describe, expect, it } from 'vitest';
import { sortLines } from './boilerplate';

/** The kept lines' numbers of a page, after the tail is cut. */
const kept = (text: string, live = false) => sortLines(text.split('\n').map((t, i) => ({ no: i + 1, text: t })), { live }).kept.map((l) => l.no);

describe('the story’s end (tail.ts)', () => {
  it('drops a related-headlines list after the last paragraph', () => {
    expect(kept('Harbour reopens after the storm\n\nThe harbour reopened on Monday after the storm had closed it for three days, the port said.\n\nMore on this story\nFerries return to the island\nStorm costs the port millions')).toEqual([1, 3]);
  });

  it('keeps a blog’s last short post under its time, past an embed’s dropped placeholder', () => {
    expect(kept('Cup final live\n\n13:03\n\nCorner for the visitors, the last chance of the match, is cleared by the keeper.\n\n12:59\n\n102 mins: Home 1-0 Away\n\nThe keeper saves again...\n\nSkip Twitter post by Jo Reed')).toEqual([1, 5, 9, 11]);
  });

  it('keeps no list under a lone time that has more lines than a post', () => {
    expect(kept('Cup final live\n\n13:03\n\nCorner for the visitors, the last chance of the match, is cleared by the keeper.\n\n12:59\n\nMore from sport\nHarbour win the derby\nFerries return to the island\nStorm costs the port millions')).toEqual([1, 5]);
  });
});

describe('the story’s end: a last post whose headline stands above its time (tail.ts)', () => {
  it('keeps the headline and its one sentence', () => {
    expect(kept('Harbour trial live\n\nBoss found guilty\n\n29 Dec 2021 22:30\n\nThe jury has returned its verdict and it is guilty, the court clerk said.\n\nSentencing date to come\n\n29 Dec 2021 22:10\n\nThe judge has yet to set a date for sentencing.')).toEqual([1, 3, 7, 9, 13]);
  });
});

describe('the story’s end: a post cut off in its first words under a headline that carries its time (tail.ts)', () => {
  const page = (last: string) => [
    '1. Ferry crews told to stay in portpublished at 23:07 British Summer Time 28 September 2022', '',
    'The harbour master told ferry crews to stay in port until the wind drops below gale force, his office said.', '',
    '2. Lifeboats ready for a long nightpublished at 23:04 British Summer Time 28 September 2022', '',
    'Lifeboat crews at the harbourImage source, Norvik Press', '', last].join('\n');
  it('keeps the cut first paragraph, past the picture’s caption', () => {
    // the caption itself ends on its picture's source ("Image source, …"): a credit, dropped (credit.ts)
    expect(kept(page('The coastguard says that its crews, includi'))).toEqual([1, 3, 5, 9]);
  });
  it('drops a short cut line there: no post’s first words', () => {
    expect(kept(page('More from'))).toEqual([1, 3]);
  });
});

describe('the story’s end: a copy cut right under the time and writer of its next post (tail.ts)', () => {
  const page = (last: string) => [
    'Storm Harbourton – live: gales close the coast road', '',
    'The coast road was closed on Friday after gusts of 80mph brought down trees, the council said.', '',
    'Storm warning raised for the whole coast', '',
    '08:10 , Mira Castell', '',
    'The weather service raised its warning for the whole coast to amber, its forecasters said on Friday.', '',
    'Ferries cancelled until Saturday morning', '',
    last,
  ].join('\n');
  it('keeps the headline above the last time: all the copy kept of that post', () => {
    expect(kept(page('06:35 , Lena Vos'), true)).toEqual([1, 3, 5, 9, 11]);
  });
  it('keeps it when the copy cut the writer’s name to one word', () => {
    expect(kept(page('06:35 , Ilka'), true)).toEqual([1, 3, 5, 9, 11]);
  });
  it('drops a related headline above a line that is no post time', () => {
    expect(kept(page('Most read'), true)).toEqual([1, 3, 5, 9]);
  });
});

describe('the story’s end: a copy cut off with an ellipsis (tail.ts)', () => {
  const cut = 'The Kessel town council approved a budget for the harbour on Tuesday, and work on the piers will begin in the spring, some 40 kilome…';
  it('keeps a long last paragraph the copy cut mid-word and marked with an ellipsis', () => {
    expect(kept(`Council approves new harbour budget\n\n${cut}`)).toEqual([1, 3]);
  });
  it('drops a list of teasers that each end on an ellipsis', () => {
    expect(kept(`Council approves new harbour budget\n\nThe Kessel town council approved a budget of 40 million for the harbour on Tuesday, after a long debate.\n\nMayor of Lindau says the ferry line will close for good after the winter and that the town had been born...\nFans of the harbour festival say they have had enough of the new rules and they have developed a hilarious...`)).toEqual([1, 3]);
  });
});

describe('the tail of a live page', () => {
  it('keeps a long post left without its stop after the last paragraph: a list entry is shorter', () => {
    const text = 'Harbour votes: live updates\n\nAda Morrow said polling stations would stay open an extra hour after voting started late.\nTurnout officials now say about half of the voters had cast a ballot by six in the evening across the whole of the harbour district';
    expect(kept(text, true)).toContain(4);
  });

  it('keeps a live copy’s headline + text pairs run together after the last full paragraph (session 21)', () => {
    const page = 'Storm live updates | Gales close the harbour\nGales close the harbour\nThe harbour master closed the harbour to all shipping after gusts of more than 90 km/h were measured overnight.\nMarkets end lower on storm fears\nShares in insurers fell sharply as traders weighed the cost of the damage along the coast over the weekend and into Monday\n#STORM UPDATE: Ferries will not sail before noon on Tuesday and passengers are asked to check the timetable online pic.twitter.com/x1';
    expect(kept(page, true)).toEqual([1, 2, 3, 4, 5, 6]);
    // (Not on a page that does not say it is live: there, that is a list of links after the story.)
    expect(kept(page.replace('live updates', 'news'), false)).toEqual([1, 2, 3]);
  });
});
