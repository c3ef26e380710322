import { sha256Hex } from '../model/digest';
import { withTimeout } from './bounded';
import { gunzipText, gzip } from './gzip';

/**
 * The only code that touches KV. Every call is bounded in time and never throws: a KV fault
 * degrades to "not cached" (reads) or "not stored" (writes), and the request is still served
 * from memory. Faults are counted for /status.json.
 */
export interface KvHealth {
  readErrors: number;
  writeErrors: number;
  lastError: string | null;
}

export const kvHealth: KvHealth = { readErrors: 0, writeErrors: 0, lastError: null };

/** How long a KV call may take before the request goes on without it. */
export const KV_TIMEOUT_MS = 1500;

/**
 * Lifetime of every cached output (chronologies, rendered bodies): a week. Keys name the page-set
 * version, so a change never rewrites a value, it leaves the old one behind; the TTL makes those
 * superseded values expire instead of piling up. A live body that expires is rendered again on its
 * next request (one write), so a quiet site re-renders each body at most once a week.
 */
export const CACHED_OUTPUT_TTL_S = 7 * 24 * 3600;

export async function kvGet(kv: KVNamespace, key: string): Promise<string | null> {
  try {
    return await withTimeout(kv.get(key, 'text'), KV_TIMEOUT_MS, 'KV read');
  } catch (err) {
    kvHealth.readErrors++;
    kvHealth.lastError = `read ${key.split(':')[0]}: ${(err as Error).message}`;
    return null;
  }
}

/**
 * What is stored with a rendered body, as KV metadata (KV's limit: 1,024 bytes of JSON; this is
 * ~150): everything a hit needs to answer, so a hit reads one value and builds nothing.
 */
export interface BodyMeta {
  /** Content-Type of the identity representation. */
  type: string;
  /** The opaque tag of the identity bytes' strong ETag (32 hex), computed once when rendered. */
  tag: string;
  /** Last-Modified, as an HTTP-date. */
  modified: string;
  /** Content-coding of the stored bytes: always gzip (the stored value is the gzip member). */
  coding: 'gzip';
  /** The stored bytes' length (absent on values older code wrote). */
  size?: number;
}

/** A stored body: its gzip bytes (read whole) or a stream of them (a large body), and its metadata. */
export interface StoredBody {
  gzip: Uint8Array | ReadableStream<Uint8Array>;
  meta: BodyMeta;
}

/**
 * Reads a rendered body with its metadata, in one KV read. A value without the metadata this code
 * writes (another code version's) is a miss. Bounded like every KV call; a stream that arrives
 * after the bound is cancelled. A body whose size is known and at most `wholeUpTo` bytes (a feed:
 * tens of KiB gzipped) is read whole, so the isolate can keep it (recent-bodies.ts); a larger one
 * (a whole /chronology.json, up to MAX_KV_VALUE_BYTES) streams, never buffered per request.
 */
export async function kvGetBody(kv: KVNamespace, key: string, wholeUpTo = 0): Promise<StoredBody | null> {
  const read = kv.getWithMetadata<BodyMeta>(key, { type: 'stream' });
  try {
    const { value, metadata } = await withTimeout(read, KV_TIMEOUT_MS, 'KV read');
    if (!value) return null;
    if (!metadata || metadata.coding !== 'gzip' || typeof metadata.tag !== 'string') {
      await value.cancel();
      return null;
    }
    if (metadata.size === undefined || metadata.size > wholeUpTo) return { gzip: value, meta: metadata };
    const bytes = new Uint8Array(await withTimeout(new Response(value).arrayBuffer(), KV_TIMEOUT_MS, 'KV read'));
    return { gzip: bytes, meta: metadata };
  } catch (err) {
    read.then((r) => r.value?.cancel(), () => {});
    kvHealth.readErrors++;
    kvHealth.lastError = `read ${key.split(':')[0]}: ${(err as Error).message}`;
    return null;
  }
}

/** Stores a rendered body (gzip bytes) with its metadata and a TTL. False when the write failed. */
export async function kvPutBody(kv: KVNamespace, key: string, gzip: Uint8Array, meta: BodyMeta, ttlSeconds: number): Promise<boolean> {
  try {
    await withTimeout(kv.put(key, gzip, { expirationTtl: ttlSeconds, metadata: meta }), KV_TIMEOUT_MS, 'KV write');
    return true;
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `write ${key.split(':')[0]}: ${(err as Error).message}`;
    return false;
  }
}

/** `ttlSeconds`: the value expires then (cached output); omitted, it stays (the id registry). */
export async function kvPut(kv: KVNamespace, key: string, value: string, ttlSeconds?: number): Promise<boolean> {
  try {
    await withTimeout(kv.put(key, value, ttlSeconds ? { expirationTtl: ttlSeconds } : undefined), KV_TIMEOUT_MS, 'KV write');
    return true;
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `write ${key.split(':')[0]}: ${(err as Error).message}`;
    return false;
  }
}

/** Deletes a value (and its pieces, for one written by `kvPutLarge`); never throws. */
export async function kvDelete(kv: KVNamespace, key: string): Promise<void> {
  try {
    const head = await withTimeout(kv.getWithMetadata<LargeMeta>(key, 'stream'), KV_TIMEOUT_MS, 'KV read');
    await head.value?.cancel();
    const meta = head.metadata;
    await Promise.all([key, ...(meta?.coding === 'gzip' ? Array.from({ length: meta.pieces - 1 }, (_, k) => pieceKey(key, meta.hash, k + 1)) : [])]
      .map((k) => withTimeout(kv.delete(k), KV_TIMEOUT_MS, 'KV delete')));
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `delete ${key.split(':')[0]}: ${(err as Error).message}`;
  }
}

/**
 * Largest value this code writes to KV, bytes. KV takes 25 MiB, but a value is read whole into the
 * isolate's memory and crosses the network on every read: large values (a chronology, the id
 * registry) are stored gzip-compressed in pieces of at most this size (`kvPutLarge`).
 */
export const MAX_KV_VALUE_BYTES = 1024 * 1024;

/** Metadata of a large value's head: how it is coded, in how many pieces, under which content hash. */
export interface LargeMeta {
  coding: 'gzip';
  pieces: number;
  hash: string;
  /** When it was written (ms since the epoch): a sweep spares what is young (pieces.ts). */
  at?: number;
}

const pieceKey = (key: string, hash: string, k: number) => `${key}#${hash}.${k}`;

/**
 * Stores a large text: gzip-compressed, cut into pieces of at most MAX_KV_VALUE_BYTES. The first
 * piece is the value at `key`, with the metadata naming the others, written last, so a reader never
 * finds a head whose pieces are not there; the others are keyed by the content's hash, so two
 * writers never mix their pieces. Without `ttlSeconds` (a value overwritten in place: the registry),
 * the pieces of the value it replaces are deleted once the new head is written. False when a write failed.
 */
export async function kvPutLarge(kv: KVNamespace, key: string, text: string, ttlSeconds?: number): Promise<boolean> {
  try {
    const gz = gzip(text);
    const hash = await sha256Hex(gz, 6);
    const pieces: Uint8Array[] = [];
    for (let at = 0; at < gz.length || at === 0; at += MAX_KV_VALUE_BYTES) pieces.push(gz.subarray(at, at + MAX_KV_VALUE_BYTES));
    const options = ttlSeconds ? { expirationTtl: ttlSeconds } : {};
    // The head it replaces (at most one piece): which pieces to delete once the new head is written.
    const before = ttlSeconds ? null : await withTimeout(kv.getWithMetadata<LargeMeta>(key, 'arrayBuffer'), KV_TIMEOUT_MS, 'KV read')
      .then((r) => r.metadata, () => null);
    await Promise.all(pieces.slice(1).map((p, k) => withTimeout(kv.put(pieceKey(key, hash, k + 1), p, options), KV_TIMEOUT_MS, 'KV write')));
    const meta: LargeMeta = { coding: 'gzip', pieces: pieces.length, hash, at: Date.now() };
    await withTimeout(kv.put(key, pieces[0]!, { ...options, metadata: meta }), KV_TIMEOUT_MS, 'KV write');
    if (before?.coding === 'gzip' && before.hash !== hash) {
      await Promise.all(Array.from({ length: before.pieces - 1 }, (_, k) => kv.delete(pieceKey(key, before.hash, k + 1)).catch(() => {})));
    }
    return true;
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `write ${key.split(':')[0]}: ${(err as Error).message}`;
    return false;
  }
}

/**
 * Reads a value written by `kvPutLarge` (or, from before it, one plain text value). A piece missing
 * (the value replaced while it was read) reads the head again, once; then null, like any failed read.
 */
export async function kvGetLarge(kv: KVNamespace, key: string): Promise<string | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const head = await withTimeout(kv.getWithMetadata<LargeMeta>(key, 'arrayBuffer'), KV_TIMEOUT_MS, 'KV read');
      if (!head.value) return null;
      const meta = head.metadata;
      if (meta?.coding !== 'gzip') return new TextDecoder().decode(head.value);
      const rest = await Promise.all(Array.from({ length: meta.pieces - 1 }, (_, k) =>
        withTimeout(kv.get(pieceKey(key, meta.hash, k + 1), 'arrayBuffer'), KV_TIMEOUT_MS, 'KV read')));
      if (rest.some((p) => p === null)) continue;
      return gunzipText([new Uint8Array(head.value), ...rest.map((p) => new Uint8Array(p!))]);
    } catch (err) {
      kvHealth.readErrors++;
      kvHealth.lastError = `read ${key.split(':')[0]}: ${(err as Error).message}`;
      return null;
    }
  }
  return null;
}


/**
 * KV keys, in one place. Cached output is keyed by the code version and the page-set version, so
 * new code or a changed page set gives new keys; the registry outlives both. Every part has a
 * bounded length (a 12-hex code version, a version of at most ~60 characters, a 32-hex hash of the
 * request's variant), far below KV's 512-byte key limit whatever the request.
 */
export const keys = {
  /** A version's chronology: the list of its window pieces (pieces.ts), its trace and redirects. */
  chronology: (code: string, version: string) => `chronology:v4:${code}:${version}`,
  /** A window's piece, by its content's hash (32 hex); `window` is null for the undated one. */
  piece: (code: string, window: number | null, hash: string) => `${keys.piecePrefix(code)}${window ?? 'undated'}:${hash}`,
  piecePrefix: (code: string) => `piece:v1:${code}:`,
  /** A piece's summary (shelf.ts), beside it: swept with it. */
  summary: (pieceKey: string) => `${pieceKey}:summary`,
  /** The summaries of a block of windows' pieces in one value (pieces.ts), by the hash of their keys: swept with the pieces. */
  summaryBlock: (code: string, block: string, hash: string) => `${keys.piecePrefix(code)}block-${block}:${hash}`,
  /** A piece's window facts (build.ts `WindowFacts`) by their content's hash, beside it: swept with it. */
  facts: (pieceKey: string, hash: string) => `${pieceKey}:facts:${hash}`,
  body: (code: string, version: string, variantHash: string) => `body:v3:${code}:${version}:${variantHash}`,
  registry: 'registry:v1',
};
