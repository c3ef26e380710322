import { describe, expect, it } from 'vitest';
import { sortLines } from '../boilerplate';
import { splitGluedTitle, titleRunIntoLede } from './glued-title';

describe('a header flattened onto the title line', () => {
  it('cuts a byline glued to the title’s last word', () => {
    expect(splitGluedTitle('Harbour bridge closes after ferry strike, live updatesBy Ola Brandt and Tim Voss'))
      .toEqual({ title: 'Harbour bridge closes after ferry strike, live updates', tail: 'By Ola Brandt and Tim Voss' });
  });
  it('cuts a byline after a bar', () => {
    expect(splitGluedTitle('Dam gates opened as river rises | By Mira Okafor')?.title).toBe('Dam gates opened as river rises');
  });
  it('cuts the page’s date stamp run onto the title', () => {
    expect(splitGluedTitle('Fresh Evacuation Orders as Kessel Fire Continues to Grow August 17, 2021 02:46 PM'))
      .toEqual({ title: 'Fresh Evacuation Orders as Kessel Fire Continues to Grow', tail: 'August 17, 2021 02:46 PM' });
    expect(splitGluedTitle('Quarry blast shakes Dunmore village Tue 3 May 2022, 9:05am BST')?.tail).toBe('Tue 3 May 2022, 9:05am BST');
  });
});

describe('negative cases: text that is no title with a glued header', () => {
  it.each([
    'Stand By Me',
    'The council said the road will reopen by Monday.',
    'Ferry sank on August 17, 2021 after a storm, the inquiry found on Tuesday.',
    'The mayor spoke on March 3, 2022.',
    'Edited By Jo Reed',
    'a sentence in lower case By Jo Reed',
    'Live video from the quay — Kessel Monitor (@kesselmon) August 4, 2020',
  ])('%s', (t) => expect(splitGluedTitle(t)).toBeNull());
});

describe('a title run into its lede or its dateline', () => {
  it('reads the headline before a wire dateline or before the lede’s first word', () => {
    expect(titleRunIntoLede('Harbour bridge closed after ferry strike KESSEL CITY (Agency) — The bridge was closed on Tuesday after a ferry struck a pier, officials said.')).toBe(true);
    expect(titleRunIntoLede('Harbour bridge closed after ferry strikeThe bridge was closed on Tuesday after a ferry struck a pier, officials said.')).toBe(true);
  });
  it('reads no title in a picture credit run into its caption', () => {
    expect(titleRunIntoLede('Ana Ruiz/The Daily LedgerThe mayor speaks with reporters outside the town hall in Kessel, Oct. 6, 2021. She was headed to a meeting.')).toBe(false);
    expect(titleRunIntoLede('Ana Ruiz / Kessel WireThe mayor speaks with reporters outside the town hall in Kessel on Tuesday.')).toBe(false);
  });
  it('reads no title in a lede that opens on its dateline, or in prose', () => {
    expect(titleRunIntoLede('KESSEL CITY (Agency) — The bridge was closed on Tuesday after a ferry struck a pier, officials said.')).toBe(false);
    expect(titleRunIntoLede('The bridge was closed on Tuesday after a ferry struck a pier, officials said.')).toBe(false);
    expect(titleRunIntoLede('Ferry fares to rise from next month across the region')).toBe(false);
  });
  it('reads no title in a lede whose second sentence spells out an acronym in brackets before a dash', () => {
    expect(titleRunIntoLede('It was a decade in the making. The new ORB (Orbital Relay Beacon)—a joint project of three agencies—has reached its orbit, the agencies said.')).toBe(false);
  });
  it('makes a headline above such a paragraph a promotion: the copy’s title is in the paragraph', () => {
    const page = ['Ferry fares to rise from next month across the region', '',
      'Harbour bridge closed after ferry strike KESSEL CITY (Agency) — The bridge was closed on Tuesday after a ferry struck a pier, officials said.', '',
      'Engineers began checking the structure on Wednesday, the city said.'].map((text, i) => ({ no: i + 1, text }));
    const sorted = sortLines(page);
    expect(sorted.title).toBeNull();
    expect(sorted.kept.map((l) => l.no)).toEqual([3, 5]);
  });
  it('keeps the title above a lede that opens on its dateline', () => {
    const page = ['Harbour bridge closed after ferry strike', '',
      'KESSEL CITY (Agency) — The bridge was closed on Tuesday after a ferry struck a pier, officials said.'].map((text, i) => ({ no: i + 1, text }));
    expect(sortLines(page).title?.no).toBe(1);
  });
});
