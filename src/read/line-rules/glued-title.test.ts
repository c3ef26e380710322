import { describe, expect, it } from 'vitest';
import { splitGluedTitle } from './glued-title';

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
  ])('%s', (t) => expect(splitGluedTitle(t)).toBeNull());
});
