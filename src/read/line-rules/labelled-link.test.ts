import { describe, expect, it } from 'vitest';
import { labelledLinkShaped } from './labelled-link';

describe('a link\'s label glued to its headline', () => {
  it('reads "Settlement:Deal reached …" and "Read:Ministry warns …" as related links', () => {
    expect(labelledLinkShaped('Settlement:Harbour firm and union reach deal just before the strike was set to begin')).toBe(true);
    expect(labelledLinkShaped('Read:Ministry warns of worst outbreak in a decade')).toBe(true);
  });

  it('leaves labels with a space, capitals labels and sentences alone', () => {
    expect(labelledLinkShaped('Update: Police say the road has reopened')).toBe(false);
    expect(labelledLinkShaped('FULL TIME:Harbour 2-1 Varna')).toBe(false);
    expect(labelledLinkShaped('Warning:Residents were told to stay indoors.')).toBe(false);
  });
});
