import type { WindowPiece } from '../chronology/build';
import { type IdRegistry, parseRegistry } from '../chronology/registry';
import { UNDATED } from '../chronology/windows';
import { sha256Hex } from '../model/digest';
import { keys, kvDelete, kvGetLarge, kvPutLarge } from './kv';

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

/** Where a window's piece is: its window (null: undated) and its key. */
export interface PieceRef { window: number | null; key: string }

/** Pieces this isolate wrote or read, by key (content-addressed: an entry never goes stale). */
const held = new Map<string, { piece: WindowPiece; ids: IdRegistry['events'] }>();
/** The keys of pieces this isolate holds, by piece object (a piece kept from the last assembly keeps its key). */
const keyOfPiece = new WeakMap<WindowPiece, string>();

/**
 * Stores the pieces not stored yet (those of the windows assembled again) with their ids from
 * `registry`; returns every piece's reference, in window order. Pieces this isolate no longer
 * holds are let go. False when a write failed (the version is then not stored: a reader builds it).
 */
export async function writePieces(kv: KVNamespace, code: string, pieces: readonly WindowPiece[], registry: IdRegistry): Promise<PieceRef[] | null> {
  const refs: PieceRef[] = [];
  let ok = true;
  await Promise.all(pieces.map(async (piece, k) => {
    let key = keyOfPiece.get(piece);
    if (!key) {
      const ids: IdRegistry['events'] = {};
      for (const e of piece.events) if (registry.events[e.id]) ids[e.id] = registry.events[e.id]!;
      const text = JSON.stringify({ window: windowJson(piece.window), documents: piece.documents, events: piece.events, ids } satisfies StoredPiece);
      key = keys.piece(code, windowJson(piece.window), await sha256Hex(text, 16));
      if (!held.has(key)) ok = (await kvPutLarge(kv, key, text)) && ok;
      keyOfPiece.set(piece, key);
      held.set(key, { piece, ids });
    }
    refs[k] = { window: windowJson(piece.window), key };
  }));
  forgetAllBut(refs);
  return ok ? refs : null;
}

/** The pieces `refs` name, from this isolate's memory or KV; null when one cannot be read. */
export async function readPieces(kv: KVNamespace, refs: readonly PieceRef[]): Promise<Array<{ piece: WindowPiece; ids: IdRegistry['events'] }> | null> {
  const out = await Promise.all(refs.map(async (ref) => {
    const known = held.get(ref.key);
    if (known) return known;
    const text = await kvGetLarge(kv, ref.key);
    if (!text) return null;
    const stored = JSON.parse(text) as StoredPiece;
    const piece: WindowPiece = { window: stored.window ?? UNDATED, documents: stored.documents, events: stored.events };
    const entry = { piece, ids: stored.ids };
    held.set(ref.key, entry);
    keyOfPiece.set(piece, ref.key);
    return entry;
  }));
  if (out.some((p) => !p)) return null;
  forgetAllBut(refs);
  return out as Array<{ piece: WindowPiece; ids: IdRegistry['events'] }>;
}

/**
 * The registry as the Worker stores it: its events are in the pieces it names (`pieces`), not in
 * the value itself. Returns the stored form (events left out) and, for reading, the whole registry.
 */
export interface StoredRegistry extends IdRegistry { pieces?: PieceRef[] }

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
 * Deletes the pieces the last registry named that the new one does not (windows assembled again),
 * so superseded pieces do not pile up. A reader of an older version that meets a deleted piece
 * builds that version itself (chronology-source.ts).
 */
export async function deleteSuperseded(kv: KVNamespace, before: readonly PieceRef[] | undefined, after: readonly PieceRef[]): Promise<void> {
  if (!before) return;
  const live = new Set(after.map((r) => r.key));
  await Promise.all(before.filter((r) => !live.has(r.key)).map((r) => kvDelete(kv, r.key)));
}

/** A stored registry with its events read back from its pieces; null when a piece cannot be read. */
export async function wholeRegistry(kv: KVNamespace, stored: StoredRegistry): Promise<IdRegistry | null> {
  if (!stored.pieces) return stored;
  const pieces = await readPieces(kv, stored.pieces);
  if (!pieces) return null;
  const events: IdRegistry['events'] = { ...stored.events };
  for (const p of pieces) Object.assign(events, p.ids);
  const { pieces: _, ...rest } = stored;
  return { ...rest, events };
}

/** Keeps in memory only the pieces of the version last written or read (what requests are served from). */
function forgetAllBut(refs: readonly PieceRef[]): void {
  const keep = new Set(refs.map((r) => r.key));
  for (const key of held.keys()) if (!keep.has(key)) held.delete(key);
}

/** Lets go of every piece held (tests: an isolate that has read nothing yet). */
export const forgetPieces = (): void => held.clear();

const windowJson = (w: number): number | null => (w === UNDATED ? null : w);
