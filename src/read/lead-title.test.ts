import { describe, expect, it } from 'vitest';
import { titleAboveLead } from './lead-title';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t }));

describe('the title by its place above the lead', () => {
  it('takes the headline the lead follows, past a byline and a date line, not a promotion above it', () => {
    expect(titleAboveLead(lines('GET LIVE MARKET QUOTES & NEWS\nHarbour bank shares bounce back after rescue loan\n\nAgency\nMar 16, 2023 / 10:43 PM IST\n\nShares in the harbour bank rose by a fifth on Thursday after it took a rescue loan from the central bank, traders said.')))
      .toBe('Harbour bank shares bounce back after rescue loan');
  });
  it('finds none when only a label stands above the lead', () => {
    expect(titleAboveLead(lines('WEB DESK\n\nShares in the harbour bank rose by a fifth on Thursday after it took a rescue loan from the central bank, traders said.'))).toBeNull();
  });
});
