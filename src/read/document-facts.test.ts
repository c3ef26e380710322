import { describe, expect, it } from 'vitest';
import { readFacts } from './document-facts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ no: i + 1, text }));

describe('page facts: the date a copy carries before its first line', () => {
  it('reads "date 2022-11-01 Title" as the stated publication day', () => {
    expect(readFacts(lines('date 2022-11-01 Harbourton council approves budget', '', 'The council voted on Tuesday.'))).toMatchObject({ published: '2022-11-01', publishedBasis: 'stated' });
    expect(readFacts(lines('', '2021-10-05', 'Power returns to Vellmora'))).toMatchObject({ published: '2021-10-05', publishedBasis: 'stated' });
  });

  it('reads nothing from an ISO date inside the text or one that is no date', () => {
    expect(readFacts(lines('Harbourton council approves budget', 'The 2022-11-01 deadline was missed.')).published).toBeNull();
    expect(readFacts(lines('2022-13-40 Harbourton council approves budget')).published).toBeNull();
    expect(readFacts(lines('2022-11 figures show a fall in exports')).published).toBeNull();
  });
});
