import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { event } from '../../test/helpers';
import type { ChronoEvent } from '../model/types';
import type { WindowPiece } from './build';
import { collect, newestFirst, packSummary, type Shelved, summaryOf, unpackSummary } from './shelf';

/** A shelf of pieces built from (window, day, hour) triples, counting the pieces it loads. */
function shelfOf(rows: Array<[number, number, number]>): { shelf: Shelved[]; all: ChronoEvent[]; loads: () => number } {
  const byWindow = new Map<number, ChronoEvent[]>();
  rows.forEach(([w, day, hour], k) => {
    const e = event({
      id: `e-${k}`,
      event_date: `2022-01-${String(day + 1).padStart(2, '0')}`,
      time: `2022-01-${String(day + 1).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
      actors: k % 3 === 0 ? [{ id: 'ana', name: 'Ana', kind: 'person', role: 'principal' }] : [],
      reports: [{ seed: `p${k}.txt`, line: 1, headline: 'h', publisher: null, published: null, url: null, page_title: null, text: 't' }],
    });
    byWindow.set(w, [...(byWindow.get(w) ?? []), e]);
  });
  let loads = 0;
  const pieces: WindowPiece[] = [...byWindow].map(([window, events]) => ({ window, documents: [], events: events.sort(newestFirst) }));
  const shelf = pieces.map((piece) => ({ summary: summaryOf(piece), load: async () => { loads++; return piece; } }));
  return { shelf, all: pieces.flatMap((p) => p.events).sort(newestFirst), loads: () => loads };
}

const rows = fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 27 }), fc.integer({ min: 0, max: 23 })), { minLength: 1, maxLength: 60 });

describe('reading a shelf of pieces newest first', () => {
  it('gives every event in the chronology’s order when nothing stops it', async () => {
    await fc.assert(fc.asyncProperty(rows, async (r) => {
      const { shelf, all } = shelfOf(r);
      const got = await collect(shelf, {});
      expect(got.complete).toBe(true);
      expect(got.events.map((e) => e.id)).toEqual(all.map((e) => e.id));
    }), { numRuns: 60 });
  });

  it('stops once enough events are in their final place, and they are the first of the whole order', async () => {
    await fc.assert(fc.asyncProperty(rows, fc.integer({ min: 1, max: 20 }), async (r, n) => {
      const { shelf, all } = shelfOf(r);
      const got = await collect(shelf, { enough: (e) => e.length >= n });
      expect(got.events.map((e) => e.id)).toEqual(all.slice(0, got.events.length).map((e) => e.id));
      expect(got.events.length >= n || got.complete).toBe(true);
    }), { numRuns: 60 });
  });

  it('reads only the pieces that may hold a match', async () => {
    await fc.assert(fc.asyncProperty(rows, async (r) => {
      const { shelf, all, loads } = shelfOf(r);
      const ana = (e: ChronoEvent) => e.actors.some((a) => a.id === 'ana');
      const got = await collect(shelf, { relevant: (s) => Boolean(s.actors.ana), match: ana });
      expect(got.events.map((e) => e.id)).toEqual(all.filter(ana).map((e) => e.id));
      expect(loads()).toBe(shelf.filter((p) => p.summary.actors.ana).length);
    }), { numRuns: 40 });
  });
});

describe('a summary kept for every window', () => {
  it('read back from a store, equals the one computed, and its tallies share what repeats', () => {
    const reports = (seed: string) => [{ seed, line: 1, headline: 'h', publisher: null, published: null, url: null, page_title: null, text: 't' }];
    const at = { event_date: '2022-03-02', time: '2022-03-02T09:00:00Z', updated: '2022-03-02T10:00:00Z' };
    const events = [
      event({ id: 'a', ...at, reports: reports('p1.txt'), actors: [{ id: 'ana', name: 'Ana', kind: 'person', role: 'principal' }, { id: 'vell', name: 'Vell', kind: 'person', role: 'mentioned' }], topics: [{ id: 'port', name: 'Port' }] }),
      event({ id: 'b', ...at, reports: reports('p2.txt'), actors: [{ id: 'oda', name: 'Oda', kind: 'person', role: 'mentioned' }] }),
    ];
    const computed = summaryOf({ window: 5, documents: [], events });
    const read = unpackSummary(JSON.parse(JSON.stringify(packSummary(computed))) as ReturnType<typeof packSummary>, 5);
    expect(read).toEqual(computed);
    // One order key for the tallies of one event, one string per timestamp, one empty list.
    expect(read.actors.ana!.newest).toBe(read.actors.vell!.newest);
    expect(read.actors.ana!.newest).toBe(read.topics.port!.newest);
    expect(read.actors.ana!.newest).toBe(read.newest);
    expect(read.actors.vell!.principal).toBe(read.actors.oda!.principal);
    expect(read.actors.vell!.principal).toEqual([]);
    expect(Object.isFrozen(read.actors.vell!.principal)).toBe(true);
    expect(read.actors.ana!.principal).toEqual([0]);
  });
});

describe('a summary packed for a store', () => {
  const people = ['ana', 'vell', 'oda', 'ilse', 'kova'];
  const events = fc.array(fc.record({
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    stamp: fc.integer({ min: 0, max: 3 }),
    actors: fc.array(fc.tuple(fc.constantFrom(...people), fc.boolean()), { maxLength: 4 }),
    topics: fc.subarray(['port', 'strike', 'vote']),
  }), { maxLength: 25 });

  it('unpacks to the summary it was packed from, whatever the tallies', () => {
    fc.assert(fc.property(events, (rows) => {
      const list = rows.map((r, k) => event({
        id: `e-${k}`,
        event_date: `2022-02-${String(r.day).padStart(2, '0')}`,
        time: `2022-02-${String(r.day).padStart(2, '0')}T${String(r.hour).padStart(2, '0')}:00:00Z`,
        updated: `2022-03-0${r.stamp + 1}T00:00:00Z`,
        actors: r.actors.map(([id, lead]) => ({ id, name: id.toUpperCase(), kind: 'person' as const, role: lead ? 'principal' as const : 'mentioned' as const })),
        topics: r.topics.map((id) => ({ id, name: id })),
        reports: [{ seed: `p${k % 3}.txt`, line: k, headline: 'h', publisher: k % 2 ? 'Outlet' : null, published: null, url: null, page_title: null, text: 't' }],
      })).sort(newestFirst);
      const computed = summaryOf({ window: 2, documents: [], events: list });
      expect(unpackSummary(JSON.parse(JSON.stringify(packSummary(computed))) as ReturnType<typeof packSummary>, 2)).toEqual(computed);
    }), { numRuns: 80 });
  });

  it('keeps a reference with more than the usual fields as it is', () => {
    const ref = { id: 'xec', name: 'Xand Electoral Commission', kind: 'organisation' as const, role: 'principal' as const, acronyms: ['XEC'] };
    const computed = summaryOf({ window: 1, documents: [], events: [event({ id: 'a', actors: [ref] })] });
    expect(unpackSummary(JSON.parse(JSON.stringify(packSummary(computed))) as ReturnType<typeof packSummary>, 1).actors.xec!.ref).toEqual(ref);
  });

  it('is written in half the bytes or less when a window names many actors in many events', () => {
    const list = Array.from({ length: 40 }, (_, k) => event({
      id: `event-${k}`,
      event_date: '2022-02-10',
      time: `2022-02-10T${String(k % 24).padStart(2, '0')}:00:00Z`,
      updated: '2022-02-11T00:00:00Z',
      actors: Array.from({ length: 6 }, (_, j) => ({ id: `person-${(k + j) % 60}`, name: `Person Number${(k + j) % 60}`, kind: 'person' as const, role: j === 0 ? 'principal' as const : 'mentioned' as const })),
      reports: [{ seed: `page-${k % 8}.txt`, line: k, headline: 'h', publisher: null, published: null, url: null, page_title: null, text: 't' }],
    })).sort(newestFirst);
    const computed = summaryOf({ window: 3, documents: [], events: list });
    expect(JSON.stringify(packSummary(computed)).length * 2).toBeLessThan(JSON.stringify(computed).length);
  });
});
