import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/page\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

describe('segmenting: a live blog whose posts show no cut', () => {
  it('never makes the blog’s title an item: the one post read starts at the first paragraph', () => {
    const r = read('Harbour fire live: crews battle warehouse blaze\n\nThis family was rescued from the roof of their house on Quay Street:\n\nFirefighters said the blaze was under control by the afternoon, the city said.');
    expect(lines(r)).toEqual([3]);
  });

  it('keeps an article’s title as its item', () => {
    const r = read('Crews battle warehouse blaze in Harbourton\n\nFirefighters said the blaze was under control by the afternoon, the city said.');
    expect(lines(r)).toEqual([1]);
  });
});

describe('segmenting: headlines printed above their post times', () => {
  it('starts each post at the headline above its time', () => {
    const r = read('Ferry strike live: talks agreed\n\nCrossings stayed cancelled for a second day as the strike went on.\n\nOperator agrees to talks\n\n20:55 , Mira Castell\n\nThe operator has agreed to hold talks with the union, its chief executive said.\n\nStrikers rally at terminal\n\n19:30 , Mira Castell\n\nAbout 400 strikers rallied outside the ferry terminal on Tuesday evening, police in Harbourton said.');
    expect(lines(r)).toEqual([5, 11]);
  });

  it('does not take a related link above a dropped “Read more” for a headline', () => {
    const r = read('Ferry strike live\n\n18.34 BST\n\nThe operator has agreed to hold talks with the union, its chief executive said.\n\nThe long history of ferry strikes in the harbour\nRead more\n18.23 BST\n\nAbout 400 strikers rallied outside the ferry terminal on Tuesday evening, police in Harbourton said.');
    expect(lines(r)).toEqual([5, 11]);
  });
});
