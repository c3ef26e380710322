import { describe, expect, it } from 'vitest';
import { capsLabelled } from './caps-labels';
import { readSeed } from './read-seed';

describe('capitals labels that open a live blog’s posts', () => {
  it('finds a label at a paragraph’s start, after a sentence, or after an embedded post’s date', () => {
    expect(capsLabelled('FULL TIME: Rovers 2, Amsel 1 Rovers have won the cup.')).toBe(true);
    expect(capsLabelled('The away end is silent. LATEST UPDATE: Rovers 1, Amsel 1 Twenty minutes remain.')).toBe(true);
    expect(capsLabelled('What a goal! — Cup Live (@cuplive) June 11, 2022 SECOND HALF: Rovers 1, Amsel 1')).toBe(true);
  });

  it('takes a speaker in capitals, a title-case speaker or a label inside a sentence for no label', () => {
    expect(capsLabelled('NATO: allies agree to send more ships to the region.')).toBe(false);
    expect(capsLabelled('Police Chief: the shooting is under investigation.')).toBe(false);
    expect(capsLabelled('The sign read CLOSED TODAY: staff shortage, the council said.')).toBe(false);
  });

  const read = (url: string, text: string) => readSeed({ name: 'page.txt', text: `---\nurl: ${url}\npublished: 2022-06-11\n---\n${text}` });
  const page = (third: string) => 'The final is here. Both sides chase a fourth title today.\n\nFULL TIME: Rovers 2, Amsel 1 Rovers have won the cup for the first time in years.\n\nGOAL FOR ROVERS: Ines Morrow curls a shot into the top corner with eight minutes left.\n\n' + third;

  it('cuts a live page at three labelled paragraphs, the text above the first left as its standfirst', () => {
    const r = read('https://example.test/sport/live-blog-cup-final', page('HALF TIME: Rovers 1, Amsel 0 Rovers led at the break through an early penalty.'));
    expect(r.report.kind).toBe('liveblog');
    expect(r.items.map((i) => i.line - 4)).toEqual([3, 5, 7]);
  });

  it('leaves a page with two labels, or a page that is not live, as it was', () => {
    // (A page that names itself a live blog, "live-blog-…", is cut at its bare paragraphs anyway:
    // segment.ts bareParagraphPosts. This one only says it is live.)
    expect(read('https://example.test/sport/cup-final-live-scores', page('Rovers led at the break through an early penalty, the club said.')).items.map((i) => i.line - 4)).not.toEqual([3, 5, 7]);
    expect(read('https://example.test/sport/cup-final-report', page('HALF TIME: Rovers 1, Amsel 0 Rovers led at the break through an early penalty.')).report.kind).toBe('article');
  });

  it('cuts a page that does not say it is live when its labels are glued after embedded posts', () => {
    const glued = 'The final is here. Both sides chase a fourth title today.\n\nFULL TIME: Rovers 2, Amsel 1 Rovers have won the cup for the first time in years.\n\nROVERS WIN THE CUP!! — Cup Live (@cuplive) June 11, 2022 INJURY TIME: Rovers 2, Amsel 1 Five minutes are added on.\n\nWhat a goal! — Cup Live (@cuplive) June 11, 2022 LATEST UPDATE: Rovers 2, Amsel 1 Morrow scores from the edge of the box.';
    const r = read('https://example.test/sport/cup-final-report', glued);
    expect(r.report.kind).toBe('liveblog');
    expect(r.items.map((i) => i.line - 4)).toEqual([3, 5, 7]);
  });
});
