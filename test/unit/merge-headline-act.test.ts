import { describe, expect, it } from 'vitest';
import { actClause } from '../../src/chronology/features';
import type { MergeReport } from '../../src/chronology/merge-report';
import { bridges, type Verdict } from '../../src/chronology/merge-rule';

// A headline's act is its main clause; "after …", "following …" tell what came before it.
describe('a headline’s act clause', () => {
  it('leaves out the background clause', () => {
    expect(actClause('Lina Varga says she will earn the nomination after Otto Brandt ends his campaign')).toBe('Lina Varga says she will earn the nomination ');
    expect(actClause('Reeve delivers defiant speech following arraignment in Oberstadt')).toBe('Reeve delivers defiant speech ');
    expect(actClause('Minister resigns amid protests over the rail crash')).toBe('Minister resigns ');
  });
  it('keeps the whole headline when nothing stands before the word', () => {
    expect(actClause('After the vote, assembly removes its speaker')).toBe('After the vote, assembly removes its speaker');
    expect(actClause('Assembly removes speaker in historic vote')).toBe('Assembly removes speaker in historic vote');
  });
});

// An article that may join two events by the same rare words makes them one only when its words resemble each.
describe('an article linking two events by rare words', () => {
  const article = { isArticle: true } as MergeReport;
  const v = (rule: Verdict['rule'], cosine: number): Verdict => ({ score: cosine + 0.12, quotes: 0, cosine, actors: 1, rule, refusal: null });
  it('does not bridge a story’s two acts it only shares names and places with', () => {
    expect(bridges(article, v('rare words', 0.16), v('rare words', 0.12))).toBe(false);
  });
  it('bridges two events whose words it tells', () => {
    expect(bridges(article, v('rare words', 0.4), v('near-duplicate', 0.6))).toBe(true);
  });
});
