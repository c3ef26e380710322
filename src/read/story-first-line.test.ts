import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/harbourton-mayor\npublished: 2023-02-15\n---\n${text}` });
const items = (r: ReturnType<typeof read>) => r.items.map((i) => [i.line - 4, i.headline]);

const STORY = 'The mayor of twelve years told a news conference in the old market hall this morning that she would stand down at the end of the month.\n\nShe said: "The town needs new hands, and I need a rest."';

describe('a copy that opens on one short sentence above its first paragraph', () => {
  it('keeps that sentence as the story\'s first line (a sentence title or a short lede), the item\'s line', () => {
    expect(items(read(`Harbourton mayor Vela Ostrand has resigned after twelve years.\n\n${STORY}`))).toEqual([[1, 'Harbourton mayor Vela Ostrand has resigned after twelve years.']]);
  });
  it('still drops furniture shaped like a sentence there, and a short label', () => {
    expect(items(read(`Please enable JavaScript to view this page.\n\n${STORY}`))[0]![0]).toBe(3);
    expect(items(read(`Harbourton News\n\n${STORY}`))[0]![0]).toBe(3);
  });
});
