import { describe, expect, it } from 'vitest';
import { headlineSubject, speaksInHeadline } from '../../src/chronology/headline-speaker';

// Invented headlines in the shapes real ones take.
describe('a headline speaker', () => {
  it('speaks after the verb with a first name or a title before the surname', () => {
    expect(speaksInHeadline('Lowmark truce was only ‘the first step,’ says Mirela Dusk', 'Dusk')).toBe(true);
    expect(speaksInHeadline('Truce will hold, says Foreign Minister Ana Varga', 'Varga')).toBe(true);
    expect(speaksInHeadline('Truce signed in Lowmark as Mirela Dusk', 'Dusk')).toBe(false);
  });
  it('speaks in title case too', () => {
    expect(speaksInHeadline('Reeve Says He Will Not Run For Speaker Again', 'Reeve')).toBe(true);
  });
  it('speaks by a reaction’s verb, and in the perfect tense', () => {
    expect(speaksInHeadline('Ruritania protests Vestmark move to shoot down drone', 'Ruritania')).toBe(true);
    expect(speaksInHeadline('Ruritania has expressed strong dissatisfaction over the drone', 'Ruritania')).toBe(true);
    expect(speaksInHeadline('Reeve Responds To Indictment In Harbour Hall Speech', 'Reeve')).toBe(true);
  });
  it('speaks by a demand’s verb of two words, whatever the spaces between them (`headlineSpeechVerbs`)', () => {
    expect(speaksInHeadline('Ruritania calls  for talks on the harbour', 'Ruritania')).toBe(true);
    expect(speaksInHeadline('Ruritania callsfor talks', 'Ruritania')).toBe(false);
  });
  it('speaks by its words in quotes when it opens the headline, not when it is named further on', () => {
    expect(speaksInHeadline("Horvat 'not surprised' by plane crash", 'Horvat')).toBe(true);
    expect(speaksInHeadline("Vestmark President Ana Horvat 'not surprised' by plane crash", 'Horvat')).toBe(true);
    expect(speaksInHeadline('Thought of war with Vestmark ‘unacceptable’, Ruritanian spokesman says', 'Vestmark')).toBe(false);
  });
  it('speaks past a clause between commas after the name, as a lead read for a headline has it', () => {
    expect(speaksInHeadline('Rep. Tomas Reeve, who was removed as speaker earlier Tuesday, says he will not run again', 'Reeve')).toBe(true);
    expect(speaksInHeadline('Reeve, facing a second trial, condemns the riot in a video', 'Reeve')).toBe(true);
    // A list of names is no clause between commas; nor is a clause after which no verb follows.
    expect(speaksInHeadline('Reeve, Lund, Marr: the three who could lead the assembly', 'Reeve')).toBe(false);
    expect(speaksInHeadline('Tomas Reeve, the ousted speaker, and his allies regroup', 'Reeve')).toBe(false);
  });
  it('is not the one acted on', () => {
    expect(speaksInHeadline('Assembly Removes Speaker Tomas Reeve In Historic Vote', 'Reeve')).toBe(false);
  });
});

describe('a headline subject by the shape of a name', () => {
  it('is the surname of two or three capitalised words before a speaking verb, at the start or after a kicker', () => {
    expect(headlineSubject('Ivo Marsh reacts to Edda Norum’s resignation as premier')).toBe('marsh');
    expect(headlineSubject('Norum resigns: Ivo Marsh calls for an immediate general election')).toBe('marsh');
    expect(headlineSubject('Ivo Marsh Reacts To Edda Norum’s Resignation')).toBe('marsh');
    expect(headlineSubject('Ana de Horvat says talks were frank')).toBe('horvat');
  });
  it('is a titled name too ("Vessland President Ana Horvat says"), and none for a one-word subject, an act without a speaking verb, or a title-case sentence', () => {
    expect(headlineSubject('Vessland President Ana Horvat says talks were frank')).toBe('horvat');
    expect(headlineSubject('Chancery says little ground for optimism')).toBeNull();
    expect(headlineSubject('Prime Minister Says Talks Were Frank')).toBeNull();
    expect(headlineSubject('Vessland Central Bank warns of slower growth')).toBeNull();
    expect(headlineSubject('Premier Edda Norum resigns after 50 days')).toBeNull();
    expect(headlineSubject("Vessland Envoy Hands Over Written Answers To Ruritania's Security Demands")).toBeNull();
  });
  it('speaks after a colon at the end of the headline', () => {
    expect(speaksInHeadline('No blanket guarantee for deposits: Horvat', 'Horvat')).toBe(true);
  });
});
