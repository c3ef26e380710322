import { describe, expect, it } from 'vitest';
import { readSeed } from './read-seed';

const FRONT = '---\nurl: https://example.test/news/quarry-fire-live-updates\npublished: 2023-08-17\n---\n';
const read = (text: string) => readSeed({ name: 'page.txt', text: `${FRONT}${text}` });
const lines = (r: ReturnType<typeof read>) => r.items.map((i) => i.line - 4);

const PAGE = (label: string) => `Quarry fire live: crews hold the ridge

Road reopened to Linden Hollow

The county reopened the road to Linden Hollow on Thursday morning, letting residents return home.

${label}

► The fire has burned 3,100 acres and is 20% contained, the forestry office said.

► The governor approved emergency funds for the county at a briefing on Thursday.

►Two firefighters were treated for heat exhaustion, the fire chief said.

Smoke closes schools in Marl

The Marl school district closed its schools on Thursday because of smoke, a spokeswoman said.`;

describe('short posts as bullets under a label between headed posts (labelled-bullets.ts)', () => {
  it('reads each bullet under "Latest news:" as a post of its own, the label as furniture', () => {
    const r = read(PAGE('Latest news:'));
    expect(lines(r)).toEqual([3, 9, 11, 13, 15]);
    expect(r.items[2]!.headline).toBe('The governor approved emergency funds for the county at a briefing on Thursday.');
    // (The headed post above ends at the label: the bullets are no part of its text.)
    expect(r.items[0]!.body).toBe('The county reopened the road to Linden Hollow on Thursday morning, letting residents return home.');
  });
  it('leaves bullets under a summary heading ("What we know so far:") in the post above', () => {
    expect(lines(read(PAGE('What we know so far:')))).toEqual([3, 15]);
  });
});
