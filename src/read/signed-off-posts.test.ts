import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live-blog/harbourton-vote\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

const TOP = 'LIVE: Harbourton elects its first mayor from the islands\n\n9:40pm\nMayor-elect Vela Ostrand thanks the islands\nThe mayor-elect told a packed hall in the old market that the islands had been heard at last.\n\n"Tonight the islands have chosen to be part of the town," she said to long applause.\n';
const NEXT = 'Outgoing mayor Ilka Marr concedes the count\nThe outgoing mayor conceded shortly after ten, thanking the volunteers who ran her campaign.\n\n"The town has spoken and I wish her well," she said.\n';

describe('posts printed under a post\'s signature without a time of their own', () => {
  it('reads a headline under a post\'s "- Name" signature, over its text, as the next post', () => {
    const r = read(`${TOP}- Jo Reed\n${NEXT}`);
    expect(lines(r)).toEqual([4, 9]);
    expect(r.items[1]!.headline).toBe('Outgoing mayor Ilka Marr concedes the count');
  });
  it('leaves a headline under the post\'s text without a signature between in that post', () => {
    expect(lines(read(`${TOP}${NEXT}`))).toEqual([4]);
  });
});
