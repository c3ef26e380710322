import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/chronology/build';
import { emptyRegistry } from '../../src/chronology/registry';
import { headlineActTerms } from '../../src/chronology/features';
import { headlineDoer, twoDoers } from '../../src/chronology/headline-speaker';
import { wordStem } from '../../src/chronology/similarity';
import { fnv1a } from '../../src/read/fingerprint';
import { readSeed } from '../../src/read/read-seed';
import type { Seed } from '../../src/model/types';
import { eventWithHeadline } from '../helpers';

// Invented pages in the shapes real ones take (test/fixtures/shapes s131–s135): three outlets tell
// one confirmation vote in three verbs ("OKs", "confirms", "wins approval"); a chamber impeaches a
// governor and, hours later, she denounces it in a video of her own.
const build = (seeds: Seed[]) => buildChronology(seeds, { registry: emptyRegistry(), now: '2026-01-01T00:00:00Z', digest: 'sha256:test' }).chronology;
const pages = import.meta.glob('../fixtures/shapes/s13[1-5]_*.txt', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const fixture = (name: string): Seed => ({ name, text: `---\npublished: ${name.slice(-14, -4)}\n---\n${pages[`../fixtures/shapes/${name}`]!}` });
const article = (name: string, published: string, text: string): Seed => ({ name, text: `---\npublished: ${published}\n---\n${text}` });
const heads = (headline: string, body: string): Uint32Array => headlineActTerms(readSeed(article('x.txt', '2024-05-09', `${headline}\n\n${body}\n`)).items[0]!);

describe('one act in other verbs (`actClasses`)', () => {
  const confirmVell = fnv1a(`${wordStem('confirm')}:vell`);
  it('"OKs", "confirms" and "wins approval" are one act word, done to the one person named', () => {
    for (const name of ['s131_article_assembly_oks_judge_2024-05-09.txt', 's132_article_vell_wins_approval_2024-05-09.txt', 's133_article_assembly_confirms_vell_2024-05-09.txt']) {
      expect(headlineActTerms(readSeed(fixture(name)).items[0]!)).toContain(confirmVell);
    }
  });
  it('"hikes" and "raises" are one act word; "lifts" (a rate, or a ban) is not in the class', () => {
    const raise = fnv1a(wordStem('raise'));
    expect(heads('Central bank hikes interest rates', 'The Harbourton central bank raised its main rate on Wednesday.')).toContain(raise);
    expect(heads('Harbourton lifts curfew after a week', 'The Harbourton council lifted the curfew on Wednesday.')).not.toContain(raise);
  });
  it('but another nominee’s approval, or another act, is not', () => {
    const other = fixture('s131_article_assembly_oks_judge_2024-05-09.txt');
    const envoy = readSeed({ ...other, text: other.text.replaceAll('Maren Vell', 'Vela Ostrand').replaceAll('Vell', 'Ostrand') }).items[0]!;
    expect(envoy.headline).toBe('Assembly OKs Ostrand as appeals judge');
    expect(headlineActTerms(envoy)).not.toContain(confirmVell);
    expect(headlineActTerms(envoy)).toContain(fnv1a(`${wordStem('confirm')}:ostrand`));
    expect(heads('Central bank holds interest rates', 'The Harbourton central bank kept its main rate on Wednesday.')).not.toContain(fnv1a(wordStem('raise')));
  });
  it('three outlets’ articles on the vote are one event', () => {
    const c = build(['s131_article_assembly_oks_judge_2024-05-09.txt', 's132_article_vell_wins_approval_2024-05-09.txt', 's133_article_assembly_confirms_vell_2024-05-09.txt'].map(fixture));
    const vote = eventWithHeadline(c, 'Harbourton Assembly confirms Vell').id;
    expect(eventWithHeadline(c, 'Assembly OKs Vell').id).toBe(vote);
    expect(eventWithHeadline(c, 'Maren Vell wins Assembly approval').id).toBe(vote);
  });
});

describe('the one an act was done to, acting in a headline of its own', () => {
  const generic = (w: string) => ['the', 'us', 'u.s.'].includes(w.toLowerCase());
  const chamber = { name: 'Chamber of Deputies', kind: 'organisation' };
  const ostrand = { name: 'Vela Ostrand', kind: 'person' };
  it('tells another act when its headline does not name the other doer', () => {
    const impeach = headlineDoer('Chamber of Deputies impeaches Governor Ostrand over port contracts', [chamber, ostrand], generic)!;
    const video = headlineDoer('Ostrand denounces impeachment as a witch hunt in video', [chamber, ostrand], generic)!;
    expect(twoDoers(impeach, video)).toBe(true);
  });
  it('not when it names the other, nor when the other names only a word of its name', () => {
    const tells = headlineDoer('Xi tells Ostrand to drop the tariff', [{ name: 'Tan Xi', kind: 'person' }, ostrand], generic)!;
    const warns = headlineDoer('Ostrand warns Xi over tariffs in call', [{ name: 'Tan Xi', kind: 'person' }, ostrand], generic)!;
    expect(twoDoers(tells, warns)).toBe(false);
    const council = { name: 'Carrow City Council', kind: 'organisation' }, ministry = { name: 'Interior Ministry', kind: 'organisation' };
    const sends = headlineDoer('Carrow City Council sends alert in error', [council], generic)!;
    const withdraws = headlineDoer('Interior Ministry withdraws Carrow alert', [ministry], generic)!;
    expect(twoDoers(withdraws, sends)).toBe(false);
  });
  it('nor when it tells the same act from its side, speaking or reacting in no word', () => {
    const court = { name: 'High Court', kind: 'organisation' };
    const sentences = headlineDoer('High Court sentences Ostrand to ten years', [court, ostrand], generic)!;
    const gets = headlineDoer('Ostrand gets ten years in prison over port contracts', [court, ostrand], generic)!;
    expect(twoDoers(sentences, gets)).toBe(false);
  });
  it('is found past a clause between commas after its name', () => {
    expect(headlineDoer('Ostrand, facing Senate trial, denounces impeachment', [ostrand], generic)?.who).toEqual(['ostrand']);
    expect(headlineDoer('Ostrand, Irl and Vell agree on a date', [ostrand], generic)).toBeNull();
  });
  it('so the governor’s video is not the impeachment', () => {
    const c = build(['s134_article_chamber_impeaches_governor_2024-02-14.txt', 's135_article_governor_video_2024-02-14.txt'].map(fixture));
    expect(eventWithHeadline(c, 'Ostrand, facing Senate trial').id).not.toBe(eventWithHeadline(c, 'Chamber of Deputies impeaches').id);
    expect(c.trace.some((t) => t.startsWith('kept apart') && t.includes('another doer'))).toBe(true);
  });
});

describe('one body named two ways', () => {
  const generic = (w: string) => ['the'].includes(w.toLowerCase());
  it('a clipped name or the initials are the same doer', () => {
    const full = headlineDoer('Harbourton Reserve raises rates as inflation rages', [{ name: 'Harbourton Reserve', kind: 'organisation' }], generic)!;
    const clipped = headlineDoer('Harb hikes interest rates for first time since 2019', [{ name: 'Harb', kind: 'organisation' }], generic)!;
    const initials = headlineDoer('HR lifts rates a quarter point', [{ name: 'HR', kind: 'organisation' }], generic)!;
    expect(twoDoers(full, clipped)).toBe(false);
    expect(twoDoers(full, initials)).toBe(false);
  });
  it('another one-word name is another doer', () => {
    const full = headlineDoer('Harbourton Reserve raises rates as inflation rages', [{ name: 'Harbourton Reserve', kind: 'organisation' }], generic)!;
    const other = headlineDoer('Treasury warns of slower growth', [{ name: 'Treasury', kind: 'organisation' }], generic)!;
    expect(twoDoers(full, other)).toBe(true);
  });
  it('a headline in title case gives no doer by the shape of a name', () => {
    expect(headlineDoer('Harb Lifts Rates a Quarter Point in Opening Bid to Curb Inflation', [], generic)).toBeNull();
  });
});
