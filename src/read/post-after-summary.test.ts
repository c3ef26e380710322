import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const read = (text: string) => readSeed({ name: 'page.txt', text: `---\nurl: https://example.test/news/live-blog/harbourton-floods\npublished: 2022-05-04\n---\n${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

const LEAD = 'Harbourton floods: river peaks as hundreds leave their homes\n\nThe river is expected to stay high for days. Our reporters are in the town.\n\nWhat to know about the floods\n\n  • More than 400 homes in the lower town have been evacuated since Sunday.\n  • The main bridge over the river is closed to traffic until further notice.\n';
const HEADED_POST = '\nHarbour wall holds as water reaches record level\n\nThe harbour wall held overnight as the water reached its highest level on record, the port authority said.\n';

describe('a post without a headline under a live blog\'s summary list', () => {
  it('reads story paragraphs between the summary bullets and the first headline as a post at their first line', () => {
    const r = read(`${LEAD}\nMayor Vela Ostrand said the town had never seen the river this high and asked residents to stay away from the banks.\n\nThe county has opened two shelters in the upper town, she said, and buses will run through the night.\n${HEADED_POST}`);
    expect(lines(r)).toEqual([10, 14]);
    expect(r.items[0]!.headline).toMatch(/^Mayor Vela Ostrand said/);
  });
  it('leaves one paragraph there in the blog\'s lead, and a list without a summary heading no post', () => {
    expect(lines(read(`${LEAD}\nFollow our coverage below as the river peaks through the day and the evening.\n${HEADED_POST}`))).toEqual([12]);
    const unheaded = LEAD.replace('What to know about the floods\n\n', '');
    // The blog's own introduction under the list is no post (GUIDELINES: intro recaps are no items).
    expect(lines(read(`${LEAD}\nWelcome to our live coverage of the Harbourton floods as the river peaks through the day.\n\nOur reporters in the lower town will bring you the latest from the shelters and the bridge.\n${HEADED_POST}`))).toEqual([14]);
    expect(lines(read(`${unheaded}\nMayor Vela Ostrand said the town had never seen the river this high and asked residents to stay away from the banks.\n\nThe county has opened two shelters in the upper town, she said, and buses will run through the night.\n${HEADED_POST}`))).toEqual([12]);
  });
});
