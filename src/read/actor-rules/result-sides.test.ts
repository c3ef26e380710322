import { describe, expect, it } from 'vitest';
import { findActors } from '../actors';

const actors = (headline: string, ...paragraphs: string[]) => findActors(headline, paragraphs).map((a) => `${a.id}:${a.kind[0]}:${a.role[0]}`);

describe('the sides of a result named in the singular', () => {
  it('are the two sides of a verb of winning with its score, principal in the lead', () => {
    const got = actors('Cup final', 'Harbourton beat Kessby 2-0 on Sunday to lift the cup.', 'Kessby had won the last two finals; Harbourton had not.');
    expect(got).toContain('harbourton:o:p');
    expect(got).toContain('kessby:o:p');
  });

  it('are the side after a score and a result, and a side winning an honour', () => {
    expect(actors('Late goal settles final', 'It finished with a 3-1 victory over Port Amsel.', 'Port Amsel had led at half-time.')).toContain('port-amsel:o:p');
    expect(actors('Vellmoor wins the title', 'Vellmoor took the lead early and never lost it.')).toContain('vellmoor:o:p');
    expect(actors('Final', 'Dunmore were crowned champions on Saturday.', 'Dunmore scored twice.')).toContain('dunmore:o:p');
  });
});

describe('negative cases: results that name no side', () => {
  it('gives no organisation for a person winning, a name said once, or a score without a verb of winning', () => {
    const got = actors('Vell wins title', 'Ana Vell beat Mia Reyes 6-4 on Sunday.', 'Vell said she was tired.');
    expect(got.join()).not.toMatch(/vell:o/);
    expect(actors('Result', 'Harbourton beat Kessby 2-0 on Sunday.').join()).not.toMatch(/harbourton|kessby/);
    expect(actors('Vote', 'Delegates backed the motion 40-2.', 'Kessby abstained.').join()).not.toMatch(/kessby/);
  });
});
