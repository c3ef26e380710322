import { describe, expect, it } from 'vitest';
import { sortLines } from '../boilerplate';
import { promotionBlurbShaped } from './promotion';

const page = (text: string) => text.split('\n').map((t, i) => ({ no: i + 1, text: t }));

describe('line rules: a promotion for another page', () => {
  it('reads a blurb run into its button’s label as a promotion', () => {
    expect(promotionBlurbShaped('Minister Vela Ostrand spoke about the harbour rebuild and new training for crews.LEARN MORE')).toBe(true);
    expect(promotionBlurbShaped('The mayor explains what the storm cost the town. Watch now')).toBe(true);
  });

  it('never takes the promotion’s headline for the title: a copy that then starts in its text has lost its title', () => {
    const s = sortLines(page('Port chief speaks about ferry safety and the rebuild\nMinister Vela Ostrand spoke about the harbour rebuild and new training for crews.LEARN MORE\nA ferry ran aground off Harbourton on Wednesday night, the coastguard said.\nAll 40 passengers were taken off safely by lifeboat crews, officials said.'));
    expect(s.title).toBeNull();
    expect(s.dropped.map((d) => d.line)).toEqual(expect.arrayContaining([1, 2]));
  });

  it('leaves a story’s sentence that ends on “more” alone, and a headline above a paragraph', () => {
    expect(promotionBlurbShaped('Ferry fares will rise again next year, and by more')).toBe(false);
    expect(promotionBlurbShaped('Officials said they expected to learn more on Friday.')).toBe(false);
    // The writer's pointer to the full story, closed by a stop, is no button; a button's label with a stop still is.
    expect(promotionBlurbShaped('A ferry ran aground off Harbourton on Wednesday night. Read more.')).toBe(false);
    expect(promotionBlurbShaped('New safety training for ferry crews starts next month. Learn more.')).toBe(true);
    expect(promotionBlurbShaped('New safety training for ferry crews starts next month.LEARN MORE')).toBe(true);
    const s = sortLines(page('Ferry runs aground off Harbourton\n\nA ferry ran aground off Harbourton on Wednesday night, the coastguard said.'));
    expect(s.title?.text).toBe('Ferry runs aground off Harbourton');
  });
});
