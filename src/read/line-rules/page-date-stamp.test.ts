import { describe, expect, it } from 'vitest';
import { readPostTime } from '../post-time';
import { pageDateStamp } from './page-date-stamp';
import type { PageLine } from './rule';

const read = (...texts: string[]) => {
  const lines = new Map<number, PageLine>(texts.map((text, i) => [i + 1, { no: i + 1, text, blockSize: 1, inBlock: 0 }]));
  const stamps = new Map(texts.flatMap((t, i) => { const s = readPostTime(t); return s ? [[i + 1, s] as const] : []; }));
  return pageDateStamp(stamps, lines);
};

describe('the page\'s own date stamp above its posts\' times', () => {
  it('tells "Saturday 08 October 2022 02:30 BST" over posts timed otherwise as the page\'s', () => {
    expect(read('Saturday 08 October 2022 02:30 BST', 'Video title', 'Intro.', '1665173140', 'Jury question read', 'Text.', '1665169540', 'Jury sends note', 'Text.')).toBe(1);
    expect(read('Saturday 08 October 2022 02:30 BST', 'Intro.', '14:05', 'Post', 'Text.', '13:40', 'Post', 'Text.')).toBe(1);
  });

  it('keeps a first post whose time prints its date as the others do, or too few posts below', () => {
    expect(read('9:05 a.m. ET, March 3, 2023', 'Post', 'Text.', '8:50 a.m. ET', 'Post', 'Text.', '8:30 a.m. ET', 'Post', 'Text.')).toBeNull();
    expect(read('3 March 2023 14:05', 'Post', 'Text.', '2 March 2023 13:40', 'Post', 'Text.', '2 March 2023 11:00', 'Post', 'Text.')).toBeNull();
    expect(read('Saturday 08 October 2022 02:30 BST', 'Intro.', '1665173140', 'Post', 'Text.')).toBeNull();
    expect(read('The storm made landfall overnight and the coast is bracing for more rain, forecasters said.', 'Wednesday 4 March 2020 00:10 GMT', 'Post', 'Text.', '23:50 GMT', 'Post', 'Text.', '23:30 GMT', 'Post', 'Text.')).toBeNull();
  });
});
