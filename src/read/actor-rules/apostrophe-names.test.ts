import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * Surnames that open on a letter and an apostrophe ("O'Name", "D’Name", "N'Name"), as Irish,
 * Italian, French and West African names write them; seen on union, state-politics and wire pages
 * of the eighteenth session (invented names here; fixture s180 of test/fixtures/shapes).
 */
const ids = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('names with an apostrophe after their first letter', () => {
  it('are found whole after a title, before a verb and by surname after the full name', () => {
    expect(ids('Strike called', "Union president Maeve O'Rourke said members would walk out.")).toContain('maeve-orourke:p');
    expect(ids('Strike called', 'Tomas N’Dour said the talks had failed. N’Dour added that pay was the issue.')).toContain('tomas-ndour:p');
  });

  it('one person whether the apostrophe is straight or curly', () => {
    const straight = ids('Vote', "Senator Lia D'Amaro said the bill would pass.");
    const curly = ids('Vote', 'Senator Lia D’Amaro said the bill would pass.');
    expect(straight).toContain('lia-damaro:p');
    expect(curly).toContain('lia-damaro:p');
  });

  it('never take a quotation’s closing mark after one capital for a name', () => {
    expect(ids('Vote', 'Voters backed the ‘A’ Plan, Jo Reed said.').join()).not.toMatch(/a-plan/);
  });
});
