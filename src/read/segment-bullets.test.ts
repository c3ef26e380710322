import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/page\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('segmenting: one bulleted headline in capitals is no post (review of the sixteenth session)', () => {
  it('heads no post with one capitals bullet alone: an article’s summary bullet keeps the article whole', () => {
    const r = read('Ferry strike LIVE: Harbourton wakes up to empty quays\n\nThe port of Harbourton stayed shut this morning after the dockers walked out last night, and no ferry sailed.\n\n  • DOCKERS OUT\n\n  • FERRIES CANCELLED\n\n    No ferry left the north quay this morning, the port authority said, and the car park stood empty.');
    expect(lines(r)).toEqual([1]);
  });
  it('still heads posts with two or more', () => {
    const r = read('Ferry strike LIVE: Harbourton wakes up to empty quays\n\nThe port of Harbourton stayed shut this morning after the dockers walked out last night.\n\nFollow our live blog below for all the latest news.\n\n  • QUAYS EMPTY\n\n    No ferry left the north quay this morning, the port authority said, and the car park stood empty.\n\n  • UNION DIGS IN\n\n    The dockers\' union said it would not return to talks until the port withdrew its pay offer.');
    expect(lines(r)).toEqual([7, 11]);
  });
});
