import { describe, expect, it } from 'vitest';
import { labelPosts } from './label-posts';
import type { PageLine } from './rule';

const page = (...texts: string[]): PageLine[] => texts.map((text, i) => ({ no: i * 2 + 1, text, blockSize: 1, inBlock: 0 }));

describe('posts opening on a running label ("Cup final, 94/3 after 14 overs: …")', () => {
  it('reads three or more paragraphs opening on the same label words as post starts', () => {
    const got = labelPosts(page(
      'Harbour Cup final, Reds 94/3 after 14 overs: The spinner keeps it tight again and only five runs come from it.',
      'Harbour Cup final, Reds 89/3 after 13 overs: The brakes are on after the powerplay, with two runs from the over.',
      'A spectator runs onto the field and is led away.',
      'Harbour Cup final, WICKET! Lee 4 ct Okoro b Brandt: Two wickets in quick succession as the batter nicks it behind.',
    ));
    expect(got.map((l) => l.no)).toEqual([1, 3, 7]);
  });

  it('finds nothing in quotes, lists of places or fewer than three labels', () => {
    expect(labelPosts(page(
      'The minister said: we will rebuild every house that the river took from these families.',
      'Eastmoor: a red warning for heavy rain stays in place until noon on Tuesday at least.',
      'Eastport: an orange warning for wind covers the city and its coast until the evening.',
      'Redvale: roads remain closed in several places after slips overnight in the ranges.',
    ))).toEqual([]);
    expect(labelPosts(page(
      'Harbour Cup final, Reds 94/3 after 14 overs: The spinner keeps it tight again and only five runs come from it.',
      'Harbour Cup final, Reds 89/3 after 13 overs: The brakes are on after the powerplay, with two runs from the over.',
    ))).toEqual([]);
    expect(labelPosts(page(
      '“We will win this: nobody in this room doubts it for one second,” the coach told reporters before the game.',
      '“We will win this: the crowd is with us and the players know it,” the captain added on the eve of the final.',
      '“We will win this: it is that simple,” a fan said outside the ground as thousands queued for their tickets.',
    ))).toEqual([]);
  });
});
