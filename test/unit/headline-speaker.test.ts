import { describe, expect, it } from 'vitest';
import { speaksInHeadline } from '../../src/chronology/headline-speaker';

// Invented headlines in the shapes real ones take.
describe('a headline speaker', () => {
  it('speaks in title case too', () => {
    expect(speaksInHeadline('Reeve Says He Will Not Run For Speaker Again', 'Reeve')).toBe(true);
  });
  it('speaks by a reaction’s verb, and in the perfect tense', () => {
    expect(speaksInHeadline('Ruritania protests Vestmark move to shoot down drone', 'Ruritania')).toBe(true);
    expect(speaksInHeadline('Ruritania has expressed strong dissatisfaction over the drone', 'Ruritania')).toBe(true);
    expect(speaksInHeadline('Reeve Responds To Indictment In Harbour Hall Speech', 'Reeve')).toBe(true);
  });
  it('speaks by its words in quotes when it opens the headline, not when it is named further on', () => {
    expect(speaksInHeadline("Horvat 'not surprised' by plane crash", 'Horvat')).toBe(true);
    expect(speaksInHeadline("Vestmark President Ana Horvat 'not surprised' by plane crash", 'Horvat')).toBe(true);
    expect(speaksInHeadline('Thought of war with Vestmark ‘unacceptable’, Ruritanian spokesman says', 'Vestmark')).toBe(false);
  });
  it('is not the one acted on', () => {
    expect(speaksInHeadline('Assembly Removes Speaker Tomas Reeve In Historic Vote', 'Reeve')).toBe(false);
  });
});
