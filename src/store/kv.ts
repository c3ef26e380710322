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

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`KV timed out after ${ms} ms`)), ms);
    p.then((v) => { clearTimeout(t); resolve(v); }, (e) => { clearTimeout(t); reject(e); });
  });
}

export async function kvGet(kv: KVNamespace, key: string): Promise<string | null> {
  try {
    return await withTimeout(kv.get(key, 'text'), KV_TIMEOUT_MS);
  } catch (err) {
    kvHealth.readErrors++;
    kvHealth.lastError = `read ${key.split(':')[0]}: ${(err as Error).message}`;
    return null;
  }
}

export async function kvPut(kv: KVNamespace, key: string, value: string): Promise<boolean> {
  try {
    await withTimeout(kv.put(key, value), KV_TIMEOUT_MS);
    return true;
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `write ${key.split(':')[0]}: ${(err as Error).message}`;
    return false;
  }
}

export async function kvDelete(kv: KVNamespace, key: string): Promise<boolean> {
  try {
    await withTimeout(kv.delete(key), KV_TIMEOUT_MS);
    return true;
  } catch (err) {
    kvHealth.writeErrors++;
    kvHealth.lastError = `delete ${key.split(':')[0]}: ${(err as Error).message}`;
    return false;
  }
}

/**
 * KV keys, in one place. Cached output is keyed by the code version and the seeds digest, so new
 * code or new seeds give new keys; the registry and added pages outlive both.
 */
export const keys = {
  chronology: (code: string, digest: string) => `chronology:v1:${code}:${digest}`,
  body: (code: string, digest: string, variant: string) => `body:v1:${code}:${digest}:${variant}`,
  registry: 'registry:v1',
  seedIndex: 'seeds:index:v1',
  seed: (name: string) => `seed:v1:${name}`,
};
