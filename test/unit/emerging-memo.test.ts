import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/model/types';
import { EmergingMemo } from '../../src/chronology/emerging-topics';

/**
 * The static build keeps an emerging-topics memo for the reports of the windows in context only
 * (`addWindowedTopics`): a report whose windows are all behind is let go of, whatever was worked out for it.
 */
describe('EmergingMemo.forget', () => {
  it('lets go of a report’s actor words, phrases and hits', () => {
    const memo = new EmergingMemo();
    const item = { headline: 'Keelby tunnel collapse', body: '' } as unknown as Item;
    const other = { headline: 'Varna bridge opens', body: '' } as unknown as Item;
    memo.actors.set(item, { names: [], surnames: [], actorWords: [], otherWords: [], oneWord: [] });
    memo.phrases.set(item, new Set(['Keelby collapse']));
    memo.hits.set(item, [{ list: 'Keelby collapse', found: [0], told: [] }]);
    memo.phrases.set(other, new Set(['Varna bridge']));
    memo.forget(item);
    expect([memo.actors.has(item), memo.phrases.has(item), memo.hits.has(item)]).toEqual([false, false, false]);
    expect(memo.phrases.get(other)).toEqual(new Set(['Varna bridge']));
  });
});
