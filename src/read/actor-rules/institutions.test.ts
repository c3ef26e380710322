import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * A hospital, an infirmary or a clinic speaking or acting for itself ("the X General Hospital
 * confirmed …", "X Infirmary officials said"), as accident, attack and health reports name them; seen
 * on local-news and wire pages of the eighteenth session (invented names here; fixture s181).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('hospitals as the doer', () => {
  it('after "the", before its officials and in a headline are the body', () => {
    expect(ids('Crash toll rises', 'The Harlow Valley Hospital confirmed two deaths on Monday.')).toContain('harlow-valley-hospital:p');
    expect(ids('Crash toll rises', 'Marsh Infirmary officials said four were treated.')).toContain('marsh-infirmary:p');
    expect(ids('Keel Clinic closes its wards after outbreak', 'The clinic will reopen next week.')).toContain('keel-clinic:p');
  });

  it('one body whether it speaks or is where patients were taken', () => {
    const found = ids('Crash', 'Nine people were taken to Harlow Valley Hospital.', 'The Harlow Valley Hospital said three were in intensive care.');
    expect(found.filter((f) => f.startsWith('harlow-valley-hospital:'))).toHaveLength(1);
  });

  it('named for a saint in the possessive, with or without the stop, are the body whole', () => {
    expect(ids('Ferry fire', "St Corin's Hospital said it was treating nine passengers.")).toContain('st-corins-hospital:p');
    expect(ids('Ferry fire', 'Four were taken to St. Elwen’s North Vale Medical Center.').join()).toMatch(/(?:^|,)st-elwens-north-vale-medical-center:/);
    expect(ids('Ferry fire', 'Four were taken to St. Elwen’s North Vale Medical Center.').join()).not.toMatch(/(?:^|,)north-vale-medical-center:/);
  });
});

/** A stance glued to a name by a hyphen before a body's name (pro-X, anti-X): seen on four outlets in the eighteenth session (fixture s186). */
describe('a body after a stance glued by a hyphen', () => {
  it('is named from its own first word, the stance’s name left out', () => {
    const found = ids('Walkout', 'The pro-Kessby Harbour Workers Union said its members would walk out.', 'The anti-Brennan Dockers Alliance said it would join.');
    expect(found).toEqual(expect.arrayContaining(['harbour-workers-union:p', 'dockers-alliance:p']));
    expect(found.join()).not.toMatch(/kessby-harbour|brennan-dockers/);
  });

  it('keeps a hyphened place opening its name ("Marrow-Vale")', () => {
    expect(ids('Claim', 'The Marrow-Vale County Emergency Services said nine were hurt.').join()).toMatch(/marrow-vale-county-emergency-services:/);
  });
});

