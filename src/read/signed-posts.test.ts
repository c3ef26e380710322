import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/harbourton-vote-live\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('signed posts: a live post with sub-headings', () => {
  it('reads the sub-headings under a post its writer signs as that post’s text, not as posts', () => {
    const r = read([
      'Harbourton votes: live coverage and results', '',
      'Votes are still being counted across the district, with the race too close to call.', '',
      'Live Updates', '• Vela Ostrand', '',
      'Where things stand', '',
      'The returning officer declared the count in the old town complete on Tuesday night.', '',
      'Reaction from the region', '',
      'Mayor Ines Marr said the result showed the town wanted change, speaking at the count.', '',
      'What we know so far', '',
      'Turnout was 61 per cent, up from 54 per cent at the last election, the council said.',
    ].join('\n'));
    expect(lines(r)).toEqual([8]);
    expect(r.items[0]!.body).toContain('Reaction from the region');
  });

  it('keeps every headline a post on a live page that signs no post', () => {
    const r = read([
      'Harbourton votes: live coverage and results', '',
      'Votes are still being counted across the district, with the race too close to call.', '',
      'Count complete in the old town', '',
      'The returning officer declared the count in the old town complete on Tuesday night.', '',
      'Mayor claims victory', '',
      'Mayor Ines Marr said the result showed the town wanted change, speaking at the count.', '',
      'Turnout up on last election', '',
      'Turnout was 61 per cent, up from 54 per cent at the last election, the council said.',
    ].join('\n'));
    expect(lines(r)).toEqual([5, 9, 13]);
  });
});
