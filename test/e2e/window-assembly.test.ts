import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { chronologyOf } from '../../src/chronology/build';
import { parseRegistry } from '../../src/chronology/registry';
import { parsePacks } from '../../src/read/catalogue';
import type { Env } from '../../src/http/env';
import type { ChronoEvent, Chronology } from '../../src/model/types';
import { keys, kvGetLarge, kvPutLarge } from '../../src/store/kv';
import { chronologies, createChronologySource, forgetIsolate } from '../../src/http/chronology-source';
import { feedVersions } from '../../src/render/feed-versions';
import { documentsOf, eventsFor } from '../../src/chronology/served';
import { CODE_VERSION } from '../../src/generated/seeds';
import { forgetPieces, PIECE_GRACE_MS, type PieceRef, readStoredRegistry, readSummaries, SUMMARY_BLOCK_WINDOWS, summaryBlockKeys, sweepPieces, sweepSoon, wholeRegistry } from '../../src/store/pieces';
import { readStoredMerge } from '../../src/store/merge-state';
import { call } from '../call';
import { addSeed, AUTH } from '../ingest';
import { distinctPage } from '../pages';

/**
 * The Worker assembles again only the windows a new page touches (build.ts `assembleChanged`, kept
 * per isolate by served-merge.ts), and what it serves is what a whole assembly gives.
 */
const e = env as unknown as Env;
const status = async () => (await (await call('/status.json')).json()) as { version: string; cache: { windows_assembled: Array<number | 'all'>; registry: { ids: number; entries: number } } };
const chronology = async () => (await (await call('/chronology.json')).json()) as Chronology;
/** Events without their `updated` (a whole assembly stamps changed events with its own clock). */
const shown = (events: ChronoEvent[]) => events.map(({ updated: _, ...rest }) => rest);

describe('assembly window by window in the Worker', () => {
  it('assembles only the windows around a new page, and serves what a whole assembly gives', async () => {
    await chronology();
    const registry = parseRegistry(JSON.parse((await kvGetLarge(e.CHRONO_KV, keys.registry))!));
    await addSeed('w-one.txt', distinctPage(71, 1));
    const served = await chronology();
    const last = (await status()).cache.windows_assembled.at(-1);
    expect(typeof last, `the last build assembled ${last}`).toBe('number');
    expect(last).toBeLessThanOrEqual(4);
    expect(served.documents.some((d) => d.seed === 'w-one.txt')).toBe(true);

    // The same merge state assembled whole, from the registry the build started from.
    const stored = await readStoredMerge(e.DB);
    const whole = chronologyOf(stored, stored.pages, { registry, now: '2000-01-01T00:00:00Z', digest: served.seeds_digest, packs: parsePacks(e.DATA_PACKS).packs }).chronology;
    expect(shown(served.events)).toEqual(shown(whole.events));
    expect(served.actors).toEqual(whole.actors);
    expect(served.topics).toEqual(whole.topics);

    // The feed versions written for the feeds the page touched leave every feed's version right.
    const { version } = await status();
    for (let i = 0; i < 100 && (await e.DB.prepare('SELECT feeds_built FROM page_set').first<{ feeds_built: string }>())?.feeds_built !== version; i++) await new Promise((r) => setTimeout(r, 50));
    const rows = (await e.DB.prepare('SELECT feed, version FROM feed_versions').all<{ feed: string; version: string }>()).results;
    const servedNow = (await chronologies.load(e)).slot.served;
    expect(new Map(rows.map((r) => [r.feed, r.version]))).toEqual(await feedVersions(servedNow));

    // Its pieces stored, the isolate keeps the registry's ids without their report keys; the next
    // page's build reads back the entries of the windows it assembles, and gives the ids a whole
    // assembly gives.
    const held = (await status()).cache.registry;
    expect(held.ids).toBeGreaterThan(0);
    expect(held.entries).toBe(0);
    const before = parseRegistry(JSON.parse((await kvGetLarge(e.CHRONO_KV, keys.registry))!));
    const { registry: filed } = await wholeRegistry(e.CHRONO_KV, readStoredRegistry(await kvGetLarge(e.CHRONO_KV, keys.registry)));
    await addSeed('w-released.txt', distinctPage(79, 1));
    const next = await chronology();
    expect(typeof (await status()).cache.windows_assembled.at(-1)).toBe('number');
    const state = await readStoredMerge(e.DB);
    const again = chronologyOf(state, state.pages, { registry: { ...before, events: filed.events }, now: '2000-01-01T00:00:00Z', digest: next.seeds_digest, packs: parsePacks(e.DATA_PACKS).packs }).chronology;
    expect(shown(next.events)).toEqual(shown(again.events));
    // /status.json counts the registry of the version served (one id per event; its entries let go again once stored).
    let after = (await status()).cache.registry;
    for (let i = 0; i < 100 && after.entries > 0; i++) { await new Promise((r) => setTimeout(r, 50)); after = (await status()).cache.registry; }
    expect(held.ids).toBe(served.events.length);
    expect(after.ids).toBe(next.events.length);
    expect(after.entries).toBe(0);
  });

  it('writes only the pieces of the windows assembled again, and another isolate composes the version from them', async () => {
    const pieceKeys = async () => (await e.CHRONO_KV.list({ prefix: 'piece:v1:' })).keys.map((k) => k.name).filter((k) => !k.includes('#') && !k.endsWith(':summary') && !k.includes(':facts:'));
    /** The stored list of the current version's pieces, once its build has written it. */
    const storedVersion = async () => {
      const { version } = await status();
      for (let i = 0; i < 100; i++) {
        const text = await kvGetLarge(e.CHRONO_KV, keys.chronology(CODE_VERSION, version));
        if (text) return JSON.parse(text) as { pieces: PieceRef[] };
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('the version was never stored');
    };
    await chronology();
    const before = new Set((await storedVersion()).pieces.map((p) => p.key));
    await addSeed('w-two.txt', distinctPage(72, 1));
    const served = await chronology();
    const after = (await storedVersion()).pieces.map((p) => p.key);
    const written = after.filter((k) => !before.has(k));
    expect(written.length, 'pieces written').toBeGreaterThan(0);
    expect(written.length, 'pieces written').toBeLessThanOrEqual(4);
    expect(after.length - written.length, 'pieces kept').toBeGreaterThan(0);
    // Superseded pieces stay while isolates building at the same time may still name them, then go.
    const superseded = () => pieceKeys().then((all) => all.filter((k) => before.has(k) && !after.includes(k)));
    expect((await superseded()).length).toBeGreaterThan(0);
    sweepSoon();
    expect(await sweepPieces(e.CHRONO_KV, CODE_VERSION, (await storedVersion()).pieces)).toBe(0);
    sweepSoon();
    expect(await sweepPieces(e.CHRONO_KV, CODE_VERSION, (await storedVersion()).pieces, Date.now() + PIECE_GRACE_MS + 1)).toBeGreaterThan(0);
    expect(await superseded()).toEqual([]);
    expect((await pieceKeys()).filter((k) => after.includes(k)).length).toBe(after.length);

    // An isolate that holds nothing composes the version from KV: the same chronology.
    forgetPieces();
    const other = await createChronologySource().load(e);
    expect(other.source).toBe('kv');
    expect((await eventsFor(other.slot.served, {})).events).toEqual(served.events);
    expect(await documentsOf(other.slot.served, null)).toEqual(served.documents);
  });

  it('a cold isolate takes up the stored assembly: it assembles only the windows a new page touches, with a whole assembly\'s ids', async () => {
    await chronology();
    // Stored: every piece with its window facts, the registry's entries let go.
    let held = (await status()).cache.registry;
    for (let i = 0; i < 100 && held.entries > 0; i++) { await new Promise((r) => setTimeout(r, 50)); held = (await status()).cache.registry; }
    const storedRegistry = readStoredRegistry(await kvGetLarge(e.CHRONO_KV, keys.registry));
    expect(storedRegistry.pieces?.length).toBeGreaterThan(1);
    expect(storedRegistry.pieces!.every((p) => p.facts)).toBe(true);
    const before = parseRegistry(JSON.parse((await kvGetLarge(e.CHRONO_KV, keys.registry))!));
    const { registry: filed } = await wholeRegistry(e.CHRONO_KV, storedRegistry);

    // A new isolate: nothing assembled, held or read. Its first build takes the stored assembly up.
    forgetIsolate();
    const adopted = chronologies.stats.adopted;
    await addSeed('w-cold.txt', distinctPage(75, 1));
    const next = await chronology();
    expect(chronologies.stats.adopted).toBe(adopted + 1);
    const last = (await status()).cache.windows_assembled.at(-1);
    expect(typeof last, `the cold build assembled ${last}`).toBe('number');
    expect(last).toBeLessThanOrEqual(4);
    expect(next.documents.some((d) => d.seed === 'w-cold.txt')).toBe(true);
    // What a whole assembly of the same merge state gives, from the registry the build started from.
    const state = await readStoredMerge(e.DB);
    const whole = chronologyOf(state, state.pages, { registry: { ...before, events: filed.events }, now: '2000-01-01T00:00:00Z', digest: next.seeds_digest, packs: parsePacks(e.DATA_PACKS).packs }).chronology;
    expect(shown(next.events)).toEqual(shown(whole.events));
    expect(next.actors).toEqual(whole.actors);
    expect(next.topics).toEqual(whole.topics);

    // Without facts (pieces stored by older code), a cold isolate assembles everything, as before.
    held = (await status()).cache.registry;
    for (let i = 0; i < 100 && held.entries > 0; i++) { await new Promise((r) => setTimeout(r, 50)); held = (await status()).cache.registry; }
    const stored = readStoredRegistry(await kvGetLarge(e.CHRONO_KV, keys.registry));
    forgetIsolate();
    await e.CHRONO_KV.delete(stored.pieces!.find((p) => p.facts)!.facts!);
    await addSeed('w-cold-again.txt', distinctPage(76, 1));
    const again = await chronology();
    expect((await status()).cache.windows_assembled.at(-1)).toBe('all');
    expect(again.documents.some((d) => d.seed === 'w-cold-again.txt')).toBe(true);

    // Pieces another code version wrote (a deploy that changed the code) are never taken up.
    held = (await status()).cache.registry;
    for (let i = 0; i < 100 && held.entries > 0; i++) { await new Promise((r) => setTimeout(r, 50)); held = (await status()).cache.registry; }
    const text = (await kvGetLarge(e.CHRONO_KV, keys.registry))!;
    const other = readStoredRegistry(text);
    expect(other.pieces!.every((p) => p.facts)).toBe(true);
    // (Its pieces and summaries readable under the other code's keys: only the code tells them apart.)
    const moved = other.pieces!.map((p) => ({ ...p, key: p.key.replace(`:${CODE_VERSION}:`, ':another-code:') }));
    for (const [k, p] of other.pieces!.entries()) {
      await kvPutLarge(e.CHRONO_KV, moved[k]!.key, (await kvGetLarge(e.CHRONO_KV, p.key))!);
      await kvPutLarge(e.CHRONO_KV, keys.summary(moved[k]!.key), (await kvGetLarge(e.CHRONO_KV, keys.summary(p.key)))!);
    }
    await kvPutLarge(e.CHRONO_KV, keys.registry, JSON.stringify({ ...JSON.parse(text), pieces: moved }));
    forgetIsolate();
    const adoptedBefore = chronologies.stats.adopted;
    await addSeed('w-cold-other-code.txt', distinctPage(77, 1));
    await chronology();
    expect(chronologies.stats.adopted).toBe(adoptedBefore);
    expect((await status()).cache.windows_assembled.at(-1)).toBe('all');
  });

  it('reads the registry back from its pieces, and a piece that cannot be read loses only its window\'s ids', async () => {
    await chronology();
    const stored = readStoredRegistry(await kvGetLarge(e.CHRONO_KV, keys.registry));
    expect(stored.pieces?.length).toBeGreaterThan(1);
    const whole = await wholeRegistry(e.CHRONO_KV, stored);
    expect(whole.missing).toBe(0);
    const ids = Object.keys(whole.registry.events);
    expect(ids.length).toBe((await chronology()).events.length);
    forgetPieces();
    const [lost, ...kept] = stored.pieces!;
    const partial = await wholeRegistry(e.CHRONO_KV, { ...stored, pieces: [{ ...lost!, key: `${lost!.key}-gone` }, ...kept] });
    expect(partial.missing).toBe(1);
    expect(Object.keys(partial.registry.events).length).toBeLessThan(ids.length);
    expect(Object.keys(partial.registry.events).every((id) => whole.registry.events[id])).toBe(true);
  });
  it('a build whose pieces cannot be read back fails and leaves the last version served; once they can, it gives a whole assembly\'s ids', async () => {
    const served = await chronology();
    // Its pieces stored, the isolate holds the registry's ids without their entries.
    let held = (await status()).cache.registry;
    for (let i = 0; i < 100 && held.entries > 0; i++) { await new Promise((r) => setTimeout(r, 50)); held = (await status()).cache.registry; }
    expect(held.entries).toBe(0);
    const before = parseRegistry(JSON.parse((await kvGetLarge(e.CHRONO_KV, keys.registry))!));
    const { registry: filed } = await wholeRegistry(e.CHRONO_KV, readStoredRegistry(await kvGetLarge(e.CHRONO_KV, keys.registry)));

    // Every stored piece made unreadable, and none held in memory: the entries of the windows the
    // next page touches cannot be read back.
    const kept: Array<{ name: string; value: ArrayBuffer; metadata: unknown }> = [];
    let cursor: string | undefined;
    do {
      const page = await e.CHRONO_KV.list({ prefix: 'piece:v1:', cursor });
      for (const k of page.keys) {
        const { value, metadata } = await e.CHRONO_KV.getWithMetadata(k.name, 'arrayBuffer');
        if (value) kept.push({ name: k.name, value, metadata });
      }
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
    expect(kept.length).toBeGreaterThan(0);
    await Promise.all(kept.map((k) => e.CHRONO_KV.delete(k.name)));
    forgetPieces();

    await addSeed('w-unreadable.txt', distinctPage(74, 1));
    const admin = async () => (await (await call('/status.json', { headers: AUTH })).json()) as { version: string; events: number; live: { stale?: boolean; error?: string } };
    const failed = await admin();
    expect(failed.live.stale).toBe(true);
    expect(failed.live.error).toMatch(/could not be read back/);
    // The last version is still the one served: the new page is not in it.
    expect(failed.events).toBe(served.events.length);

    // The pieces readable again, the next request builds the version: the page is in, and its ids
    // are the ones a whole assembly gives from the registry the failed build started from.
    await Promise.all(kept.map((k) => e.CHRONO_KV.put(k.name, k.value, k.metadata ? { metadata: k.metadata } : {})));
    const recovered = await admin();
    expect(recovered.live.stale ?? false).toBe(false);
    const next = await chronology();
    expect(next.documents.some((d) => d.seed === 'w-unreadable.txt')).toBe(true);
    const state = await readStoredMerge(e.DB);
    const whole = chronologyOf(state, state.pages, { registry: { ...before, events: filed.events }, now: '2000-01-01T00:00:00Z', digest: next.seeds_digest, packs: parsePacks(e.DATA_PACKS).packs }).chronology;
    expect(shown(next.events)).toEqual(shown(whole.events));
  });

  it('a cold isolate reads a version\'s summaries a block of windows at a time, and one by one where a block is missing', async () => {
    const { version } = await status();
    await chronology();
    let text: string | null = null;
    for (let i = 0; i < 100 && !text; i++) { text = await kvGetLarge(e.CHRONO_KV, keys.chronology(CODE_VERSION, version)); if (!text) await new Promise((r) => setTimeout(r, 50)); }
    const refs = (JSON.parse(text!) as { pieces: PieceRef[] }).pieces;
    const blocks = new Set(refs.map((r) => (r.window === null ? 'undated' : Math.floor(r.window / SUMMARY_BLOCK_WINDOWS))));
    expect(refs.length, 'windows').toBeGreaterThan(blocks.size);
    // KV reads counted through a wrapper (a value's first read is getWithMetadata).
    const counted = () => {
      const read: string[] = [];
      const kv = new Proxy(e.CHRONO_KV, { get: (target, name) => (name === 'getWithMetadata' ? (key: string, t: 'arrayBuffer') => { read.push(key); return target.getWithMetadata(key, t); } : Reflect.get(target, name).bind(target)) });
      return { kv, read };
    };
    forgetPieces();
    const byBlock = counted();
    const summaries = await readSummaries(byBlock.kv, CODE_VERSION, refs);
    expect(summaries?.map((s) => s.window)).toEqual(refs.map((r) => r.window));
    expect(byBlock.read.length, 'one read per block').toBe(blocks.size);
    // Without its blocks (written by older code, or swept) the same summaries, one read each.
    await Promise.all((await summaryBlockKeys(CODE_VERSION, refs)).map((k) => e.CHRONO_KV.delete(k)));
    forgetPieces();
    const oneByOne = counted();
    expect(await readSummaries(oneByOne.kv, CODE_VERSION, refs)).toEqual(summaries);
    expect(oneByOne.read.length).toBe(blocks.size + refs.length);
  });
});
