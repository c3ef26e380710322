import type { WindowFacts, WindowPiece } from '../chronology/build';
import { knowSummary, type PackedSummary, packSummary, type PieceSummary, summaryOf, unpackSummary } from '../chronology/shelf';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { UNDATED } from '../chronology/windows';
import { sha256Hex } from '../model/digest';
import { keys, kvDelete, kvGetLarge, kvPutLarge, type LargeMeta } from './kv';

/**
 * The Worker's chronology in KV, window by window (issue 13). Each window's piece (its pages'
 * reports, its events, and their entries of the id registry) is one value, keyed by its content's
 * hash; a build writes only the pieces of the windows it assembled again. What names a version's
 * pieces is small: the manifest (`keys.chronology`) and the registry (`keys.registry`) list their
 * keys, so no value grows with the archive but the lists (a few dozen bytes per week of news).
 */

/** A piece as stored: the window's share of the chronology and of the id registry. */
interface StoredPiece {
  /** The window; null for the undated one (JSON has no -Infinity). */
  window: number | null;
  documents: WindowPiece['documents'];
  events: WindowPiece['events'];
  ids: IdRegistry['events'];
}

/**
 * Where a window's piece is: its window (null: undated) and its key (its summary is at
 * `keys.summary(key)`), and where its window facts are (`keys.facts`; absent when its assembly kept
 * none, or stored by older code). The facts are keyed apart from the piece: two assemblies may give
 * one content under other page numbers (a page deleted and added again).
 */
export interface PieceRef { window: number | null; key: string; facts?: string }

/** A piece's summary as held (shelf.ts), with its feeds' digests (feed-versions.ts `pieceFeedDigests`). */
export interface StoredSummary extends Omit<PieceSummary, 'window'> {
  window: number | null;
  feeds: Record<string, string>;
}

/** A summary as written to KV: packed (shelf.ts `packSummary`). */
interface WrittenSummary { window: number | null; feeds: Record<string, string>; summary: PackedSummary }

const writtenForm = (s: StoredSummary): WrittenSummary => ({ window: s.window, feeds: s.feeds, summary: packSummary(s) });
function heldForm(w: WrittenSummary): StoredSummary {
  const { window, ...summary } = unpackSummary(w.summary, 0);
  return { ...summary, window: w.window, feeds: w.feeds };
}

/**
 * Pieces this isolate holds, by key, most recently used last: at most PIECE_EVENTS_HELD events in
 * all. Content-addressed: an entry never goes stale.
 */
const held = new Map<string, { piece: WindowPiece; ids: IdRegistry['events'] }>();
/** Summaries this isolate wrote or read, by piece key (small: one per window of the version served). */
const summaries = new Map<string, StoredSummary>();
/** The keys of pieces this isolate holds, by piece object (a piece kept from the last assembly keeps its key). */
const keyOfPiece = new WeakMap<WindowPiece, string>();

/**
 * How many events the pieces an isolate keeps in memory may hold in all: a feed's first page and a
 * build's windows need the newest few pieces (measured: ~11 KiB of heap per event held, most of it
 * its reports' text — 1,500 events were 17 MiB of the isolate's 128 MB at 3,003 pages, the largest
 * single holder). 600 events are six to ten weeks of a steady newsroom's events: a main feed's
 * first page and the windows a build assembles again; an actor's or topic's feed reaching further
 * back reads its older pieces from KV (a few ms each).
 */
export const PIECE_EVENTS_HELD = 600;

/**
 * Stores the pieces not stored yet (those of the windows assembled again; the others are given by
 * their references) with their ids from
 * `registry` and their summaries (with their feeds' digests, `digests`); returns every piece's
 * reference, in window order. Null when a write failed (the version is then not stored: a reader builds it).
 */
export async function writePieces(kv: KVNamespace, code: string, pieces: ReadonlyArray<WindowPiece | PieceRef>, registry: IdRegistry, digests: (piece: WindowPiece) => Promise<Record<string, string>>, facts: ReadonlyMap<number, WindowFacts> = new Map()): Promise<PieceRef[] | null> {
  const refs: PieceRef[] = [];
  let ok = true;
  await Promise.all(pieces.map(async (piece, k) => {
    if ('key' in piece) { refs[k] = piece; return; } // stored already (a window kept as it was)
    let key = keyOfPiece.get(piece);
    if (!key || !summaries.has(key)) {
      const ids: IdRegistry['events'] = {};
      // (An entry with no reports is one the isolate let go, served-merge.ts: never stored as an entry.)
      for (const e of piece.events) if (registry.events[e.id]?.reports.length) ids[e.id] = registry.events[e.id]!;
      const text = JSON.stringify({ window: windowJson(piece.window), documents: piece.documents, events: piece.events, ids } satisfies StoredPiece);
      key = keys.piece(code, windowJson(piece.window), await sha256Hex(text, 16));
      const summary: StoredSummary = { ...summaryOf(piece), window: windowJson(piece.window), feeds: await digests(piece) };
      // Written even when a piece of that content was read before: a sweep may have deleted it
      // since (only a piece this isolate wrote itself, kept from its last assembly, is skipped).
      ok = (await kvPutLarge(kv, key, text)) && ok;
      ok = (await kvPutLarge(kv, keys.summary(key), JSON.stringify(writtenForm(summary)))) && ok;
      keyOfPiece.set(piece, key);
      summaries.set(key, summary);
      hold(key, { piece, ids });
    }
    const own = facts.get(piece.window);
    let factsKey: string | undefined;
    if (own) {
      const text = JSON.stringify(own);
      factsKey = keys.facts(key, await sha256Hex(text, 16));
      ok = (await kvPutLarge(kv, factsKey, text)) && ok;
    }
    refs[k] = { window: windowJson(piece.window), key, ...(factsKey ? { facts: factsKey } : {}) };
  }));
  forgetAllBut(refs);
  if (ok) ok = await writeSummaryBlocks(kv, code, refs);
  return ok ? refs : null;
}

/**
 * Windows whose summaries are stored together (about four months of news): an isolate that starts
 * cold reads a version's summaries a block at a time — about 26 reads at 10,000 pages, where one
 * per window was 400-odd, more KV reads than a request may make on Cloudflare's free plan (locally
 * the time is the same: Miniflare answers parallel reads about as fast as one). A block is keyed
 * by its pieces' keys, so a change rewrites only the blocks of the windows it assembled again.
 */
export const SUMMARY_BLOCK_WINDOWS = 16;
/** Blocks this isolate wrote or read, by key: written once. */
const blocksKnown = new Set<string>();
/** Block keys an isolate remembers at most (a change adds one or two): past it, it forgets them all, and writes each again once. */
const BLOCKS_KNOWN_MAX = 256;
const knowBlock = (key: string): void => { if (blocksKnown.size >= BLOCKS_KNOWN_MAX) blocksKnown.clear(); blocksKnown.add(key); };

/** The refs of each block, in window order, with the block's key. */
async function summaryBlocks(code: string, refs: readonly PieceRef[]): Promise<Array<{ key: string; refs: PieceRef[] }>> {
  const byBlock = new Map<string, PieceRef[]>();
  for (const r of refs) {
    const block = r.window === null ? 'undated' : String(Math.floor(r.window / SUMMARY_BLOCK_WINDOWS));
    byBlock.set(block, [...(byBlock.get(block) ?? []), r]);
  }
  return Promise.all([...byBlock].map(async ([block, members]) => ({ key: keys.summaryBlock(code, block, await sha256Hex(members.map((r) => r.key).join('\n'), 16)), refs: members })));
}

/** A block of summaries as stored: its pieces' keys and their summaries, in the same order. */
interface StoredBlock { keys: string[]; summaries: WrittenSummary[] }

/** Writes the blocks of summaries not written yet (a block with a summary this isolate does not hold is left: readers read its summaries one by one). */
async function writeSummaryBlocks(kv: KVNamespace, code: string, refs: readonly PieceRef[]): Promise<boolean> {
  let ok = true;
  await Promise.all((await summaryBlocks(code, refs)).map(async (block) => {
    if (blocksKnown.has(block.key) || block.refs.some((r) => !summaries.has(r.key))) return;
    const stored: StoredBlock = { keys: block.refs.map((r) => r.key), summaries: block.refs.map((r) => writtenForm(summaries.get(r.key)!)) };
    if (await kvPutLarge(kv, block.key, JSON.stringify(stored))) knowBlock(block.key);
    else ok = false;
  }));
  return ok;
}

/** The keys of the blocks of summaries `refs` name (a sweep keeps them). */
export const summaryBlockKeys = async (code: string, refs: readonly PieceRef[]): Promise<string[]> => (await summaryBlocks(code, refs)).map((b) => b.key);

/** The summaries `refs` name, from this isolate's memory or KV; null when one cannot be read. */
export async function readSummaries(kv: KVNamespace, code: string, refs: readonly PieceRef[]): Promise<StoredSummary[] | null> {
  // A block at a time where this isolate misses any of its summaries; a block that cannot be read
  // (written by older code, or swept) leaves its summaries to be read one by one.
  await Promise.all((await summaryBlocks(code, refs)).map(async (block) => {
    if (block.refs.every((r) => summaries.has(r.key))) return;
    const text = await kvGetLarge(kv, block.key);
    if (!text) return;
    const stored = JSON.parse(text) as StoredBlock;
    stored.keys.forEach((key, k) => { if (!summaries.has(key)) summaries.set(key, heldForm(stored.summaries[k]!)); });
    knowBlock(block.key);
  }));
  const out = await Promise.all(refs.map(async (ref) => {
    let s = summaries.get(ref.key);
    if (!s) {
      const text = await kvGetLarge(kv, keys.summary(ref.key));
      if (!text) return null;
      summaries.set(ref.key, (s = heldForm(JSON.parse(text) as WrittenSummary)));
    }
    return s;
  }));
  if (out.some((s) => !s)) return null;
  forgetAllBut(refs);
  return out as StoredSummary[];
}

/** The window facts `refs` name (each must name some), from KV; null when one cannot be read. */
export async function readFacts(kv: KVNamespace, refs: readonly PieceRef[]): Promise<WindowFacts[] | null> {
  const out = await Promise.all(refs.map(async (ref) => {
    const text = ref.facts ? await kvGetLarge(kv, ref.facts) : null;
    return text ? (JSON.parse(text) as WindowFacts) : null;
  }));
  return out.some((f) => !f) ? null : (out as WindowFacts[]);
}

/** A piece's events, from this isolate's memory or KV; null when it cannot be read. */
export async function readPiece(kv: KVNamespace, ref: PieceRef): Promise<{ piece: WindowPiece; ids: IdRegistry['events'] } | null> {
  const known = held.get(ref.key);
  if (known) { hold(ref.key, known); return known; }
  const text = await kvGetLarge(kv, ref.key);
  if (!text) return null;
  const stored = JSON.parse(text) as StoredPiece;
  const piece: WindowPiece = { window: stored.window ?? UNDATED, documents: stored.documents, events: stored.events };
  const entry = { piece, ids: stored.ids };
  const summary = summaries.get(ref.key);
  if (summary) knowSummary(piece, { ...summary, window: piece.window });
  hold(ref.key, entry);
  keyOfPiece.set(piece, ref.key);
  return entry;
}

/** Holds a piece, letting go of the least recently used beyond PIECE_EVENTS_HELD events. */
function hold(key: string, entry: { piece: WindowPiece; ids: IdRegistry['events'] }): void {
  held.delete(key);
  held.set(key, entry);
  let events = 0;
  for (const e of held.values()) events += e.piece.events.length;
  for (const [k, e] of held) {
    if (events <= PIECE_EVENTS_HELD || held.size <= 1) break;
    held.delete(k);
    events -= e.piece.events.length;
  }
}

/**
 * The registry as the Worker stores it: its events are in the pieces it names (`pieces`), not in
 * the value itself (`wholeRegistry` reads them back). A registry written whole has no `pieces`.
 */
export interface StoredRegistry extends IdRegistry { pieces?: PieceRef[] }

/** The registry's stored form: redirects, topics' ids and stamp, with the list of its pieces. */
export function slimRegistry(registry: IdRegistry, pieces: PieceRef[]): StoredRegistry {
  return { version: 1, events: {}, redirects: registry.redirects, topics: registry.topics ?? {}, ...(registry.stamp ? { stamp: registry.stamp } : {}), pieces };
}

/** The registry as stored: with its pieces' list, or (written before pieces) whole. */
export function readStoredRegistry(text: string | null): StoredRegistry {
  const json = text ? (JSON.parse(text) as { pieces?: unknown }) : null;
  const pieces = Array.isArray(json?.pieces) ? (json.pieces as PieceRef[]) : undefined;
  return { ...parseRegistry(json), ...(pieces ? { pieces } : {}) };
}

/** A version's chronology as stored: its pieces' list, with what is not in a piece. */
export interface StoredChronology {
  version: string;
  digest: string;
  builtAt: string;
  redirects: Record<string, string>;
  trace: string[];
  pieces: PieceRef[];
}

/**
 * How long a piece no registry names is kept: isolates that built at the same time may still name
 * it in the versions and registries they are writing (content-addressed, a piece is shared by every
 * version whose window has that content). A sweep deletes only pieces older than this.
 */
export const PIECE_GRACE_MS = 60 * 60 * 1000;
/** Sweeps at most this often per isolate (a sweep lists every piece key). */
const SWEEP_EVERY_MS = 10 * 60 * 1000;
let lastSweep = 0;

/**
 * Deletes the pieces that the registry just written (`live`) does not name, once they are older
 * than PIECE_GRACE_MS, and every piece of other code versions; at most once every SWEEP_EVERY_MS.
 * A reader of an older version that meets a deleted piece builds that version itself.
 */
export async function sweepPieces(kv: KVNamespace, code: string, live: readonly PieceRef[], now = Date.now()): Promise<number> {
  if (now - lastSweep < SWEEP_EVERY_MS) return 0;
  lastSweep = now;
  const keep = new Set([...live.flatMap((r) => [r.key, keys.summary(r.key), ...(r.facts ? [r.facts] : [])]), ...await summaryBlockKeys(code, live)]);
  const current = keys.piecePrefix(code);
  let deleted = 0;
  try {
    let cursor: string | undefined;
    do {
      const page: KVNamespaceListResult<LargeMeta> = await kv.list<LargeMeta>({ prefix: 'piece:', cursor });
      const gone = page.keys.filter((k) => !k.name.includes('#') && !keep.has(k.name)
        && (!k.name.startsWith(current) || now - (k.metadata?.at ?? 0) > PIECE_GRACE_MS));
      await Promise.all(gone.map((k) => kvDelete(kv, k.name)));
      deleted += gone.length;
      cursor = page.list_complete ? undefined : page.cursor;
    } while (cursor);
  } catch (err) {
    console.error('piece sweep', err);
  }
  return deleted;
}

/** Sweeps again at the next call (tests). */
export const sweepSoon = (): void => { lastSweep = 0; };

/**
 * A stored registry with its events read back from its pieces, one piece at a time. A piece that
 * cannot be read loses only its window's ids (they are derived again: `assignIds`), and is counted
 * in `missing`.
 */
export async function wholeRegistry(kv: KVNamespace, stored: StoredRegistry): Promise<{ registry: IdRegistry; missing: number }> {
  const { pieces: refs, ...rest } = stored;
  if (!refs) return { registry: rest, missing: 0 };
  const events: IdRegistry['events'] = { ...stored.events };
  let missing = 0;
  for (const ref of refs) {
    const p = await readPiece(kv, ref);
    if (p) Object.assign(events, p.ids); else missing++;
  }
  return { registry: { ...rest, events }, missing };
}

/** Keeps in memory only the summaries and pieces of the version last written or read (what requests are served from). */
function forgetAllBut(refs: readonly PieceRef[]): void {
  const keep = new Set(refs.map((r) => r.key));
  for (const key of summaries.keys()) if (!keep.has(key)) summaries.delete(key);
  for (const key of held.keys()) if (!keep.has(key)) held.delete(key);
}

/** Lets go of every piece and summary held (tests: an isolate that has read nothing yet). */
export const forgetPieces = (): void => { held.clear(); summaries.clear(); blocksKnown.clear(); };

/** How many pieces, events and summaries this isolate holds (/status.json). */
export const piecesHeld = (): { pieces: number; events: number; summaries: number } =>
  ({ pieces: held.size, events: [...held.values()].reduce((n, e) => n + e.piece.events.length, 0), summaries: summaries.size });

const windowJson = (w: number): number | null => (w === UNDATED ? null : w);
