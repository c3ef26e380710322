import { describe, expect, it } from 'vitest';
import { headlineLooksAhead } from '../../src/chronology/merge-report';

// A preview's headline speaks in the future tense or in the headline's infinitive ("X to appear on
// …" is "X will appear on …"); the act's headline does not (the preview rule, merge-rule.ts `previewOf`).
describe('a headline that looks ahead', () => {
  it('in the infinitive, with the day it looks ahead to', () => {
    expect(headlineLooksAhead('Suspect in attack on Ruritanian minister to appear in court on April 12')).toBe(true);
    expect(headlineLooksAhead('Leaders to meet in Oberstadt next week')).toBe(true);
    expect(headlineLooksAhead('Vestmark will join the talks on Tuesday')).toBe(true);
  });
  it('not the act itself, nor an infinitive of what was done', () => {
    expect(headlineLooksAhead('Suspect in attack on Ruritanian minister appears in court')).toBe(false);
    expect(headlineLooksAhead('Assembly votes to remove speaker Tomas Reeve')).toBe(false);
    expect(headlineLooksAhead('Minister vows to rebuild')).toBe(false);
  });
});
