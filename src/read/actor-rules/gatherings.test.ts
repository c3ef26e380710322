import { describe, expect, it } from 'vitest';
import { addPagePeople, findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.kind[0]}:${a.role[0]}`);
const post = (headline: string, ...paragraphs: string[]) => ({ headline, paragraphs, actors: findActors(headline, paragraphs) });

describe('a meeting named by a name with a number', () => {
  it('is a body acting in the lead, under one id for every case of its name', () => {
    const got = actors('Ocean talks end with a deal', 'The KSF9 ocean summit in Port Delmar agreed on Saturday to pause mining licences.', 'Delegates at Ksf9 said the text was weak.');
    expect(got).toContain('ksf9:o:p');
    expect(got.filter((a) => a.startsWith('ksf9')).length).toBe(1);
  });
  it('is found by its name alone where the item names it before a gathering noun elsewhere', () => {
    expect(actors('Deal at KSF9', 'Ministers stayed on after the talks.', 'It was the longest KSF9 conference yet.')).toContain('ksf9:o:p');
  });
  it('is found in another post of the page that names it alone, principal in that post’s lead', () => {
    const posts = [post('Summit opens', 'The KSF9 ocean summit opened in Port Delmar.'), post('Late night', 'Negotiators at KSF9 worked through the night.')];
    addPagePeople(posts);
    expect(posts[1]!.actors.map((a) => `${a.id}:${a.role[0]}`)).toContain('ksf9:p');
  });
  it('is the body before a title, as an acronym is ("KSF9 president Orla Vennick")', () => {
    const got = actors('Pause defended', 'KSF9 president Orla Vennick defended the deal on Sunday.');
    expect(got.join()).toMatch(/ksf9:o/);
    expect(got.join()).toMatch(/orla-vennick:p/);
  });
});

describe('negative cases: a number that names no meeting', () => {
  it('gives nothing for a year, a hyphenated disease or flight, or a numbered name before no gathering noun', () => {
    expect(actors('Cuts', 'The 2023 summit of the bloc ended on Monday.').join()).not.toMatch(/2023/);
    expect(actors('Cuts', 'A Covid-19 conference was held in Vell.').join()).not.toMatch(/covid/);
    expect(actors('Crash', 'Flight KX302 crashed after take-off, and KX302 wreckage was found.').join()).not.toMatch(/kx302/);
  });
  it('gives nothing for a part of a year or a name too short before a gathering noun (numbered-name.ts namesOneThing)', () => {
    expect(actors('Results', 'The Q3 conference of the retailer opened on Monday.').join()).not.toMatch(/q3/);
    expect(actors('Budget', 'The FY24 budget talks ended on Monday.').join()).not.toMatch(/fy24/);
    expect(actors('Roads', 'The A4 meeting of residents agreed on Monday to close the lane.').join()).not.toMatch(/a4:/);
  });
});
