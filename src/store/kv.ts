import { withTimeout } from './bounded';

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
}

/** A stored body: its bytes as a stream (not read yet) and its metadata. */
export interface StoredBody {
  stream: ReadableStream<Uint8Array>;
  meta: BodyMeta;
}

/**
 * Reads a rendered body as a stream with its metadata, in one KV read. A value without the metadata
 * this code writes (another code version's) is a miss. Bounded like every KV call; a stream that
 * arrives after the bound is cancelled.
 */
export async function kvGetBody(kv: KVNamespace, key: string): Promise<StoredBody | null> {
  const read = kv.getWithMetadata<BodyMeta>(key, { type: 'stream' });
  try {
    const { value, metadata } = await withTimeout(read, KV_TIMEOUT_MS, 'KV read');
    if (!value) return null;
    if (!metadata || metadata.coding !== 'gzip' || typeof metadata.tag !== 'string') {
      await value.cancel();
      return null;
    }
    return { stream: value, meta: metadata };
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

/**
 * KV keys, in one place. Cached output is keyed by the code version and the page-set version, so
 * new code or a changed page set gives new keys; the registry outlives both. Every part has a
 * bounded length (a 12-hex code version, a version of at most ~60 characters, a 32-hex hash of the
 * request's variant), far below KV's 512-byte key limit whatever the request.
 */
export const keys = {
  chronology: (code: string, version: string) => `chronology:v2:${code}:${version}`,
  body: (code: string, version: string, variantHash: string) => `body:v3:${code}:${version}:${variantHash}`,
  registry: 'registry:v1',
};
