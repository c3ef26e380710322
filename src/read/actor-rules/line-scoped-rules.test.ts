import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

/**
 * Some rules read only the lines that hold their mark (a service word, a chamber's noun, a verb of
 * winning): what they find keeps its place in the whole item, so its role is the same as a scan of
 * the whole text would give — principal in the headline or the lead, mentioned after.
 */
const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.role[0]}`);

describe('rules that read only the lines holding their mark', () => {
  it('place a local service by the whole item: acting in the lead, not in a later paragraph', () => {
    expect(actors('Road closed', 'Harbourton police closed the road.')).toContain('harbourton-police:p');
    // (measured on its line alone it would stand at the item's start, in the lead)
    expect(actors('Road closed', 'The storm felled trees overnight.', 'Harbourton police closed the road.')).toEqual([]);
    expect(actors('Road closed', 'Prosecutors in Port Elda said the road was shut.')).toContain('port-elda-prosecutors:p');
  });

  it('find a local service’s place of up to three words right before it, never across a line’s end', () => {
    expect(actors('Road closed', 'Port Elda North police closed the road.')).toEqual(['port-elda-north-police:p']);
    expect(actors('Road closed', 'Ana Reyes said Port Elda police closed the road.')).toContain('port-elda-police:p');
    expect(actors('Road closed', 'Officers from Harbourton', 'police closed the road.')).toEqual([]);
  });

  it('place a chamber acting by the whole item', () => {
    expect(actors('Budget cleared', 'Ministers welcomed the result.', 'Later, the Senate voted to approve the plan.')).toContain('senate:m');
    expect(actors('Budget cleared', 'The Senate voted to approve the plan.')).toContain('senate:p');
  });

  it('find nothing on lines without their mark', () => {
    expect(actors('Road closed', 'The storm felled trees overnight in Harbourton.', 'Officers said the road was shut.')).not.toContain('harbourton-police:m');
    expect(actors('Budget cleared', 'The plan passed.', 'The house on the hill was sold.')).toEqual([]);
  });
});
