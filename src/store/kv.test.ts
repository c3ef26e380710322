import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { kvGetLarge, kvPutLarge, MAX_KV_VALUE_BYTES } from './kv';

/** Text that gzip cannot shrink much: a deterministic pseudo-random sequence of words. */
function incompressible(bytes: number, seed: number): string {
  let s = seed, out = '';
  while (out.length < bytes) { s = (Math.imul(s, 1103515245) + 12345) >>> 0; out += s.toString(36); }
  return out.slice(0, bytes);
}
const kv = env.CHRONO_KV;
const stored = async (prefix: string) => {
  const names = (await kv.list({ prefix })).keys.map((k) => k.name);
  return Promise.all(names.map(async (name) => ({ name, bytes: (await kv.get(name, 'arrayBuffer'))!.byteLength })));
};

describe('large KV values', () => {
  it('stores a text larger than a KV value may be in pieces of at most 1 MiB, and reads it back', async () => {
    const text = incompressible(3 * MAX_KV_VALUE_BYTES, 7);
    expect(await kvPutLarge(kv, 'large:test', text, 3600)).toBe(true);
    const pieces = await stored('large:test');
    expect(pieces.length).toBeGreaterThanOrEqual(2); // base-36 text: gzip saves about a third
    expect(Math.max(...pieces.map((p) => p.bytes))).toBeLessThanOrEqual(MAX_KV_VALUE_BYTES);
    expect(await kvGetLarge(kv, 'large:test')).toBe(text);
  });

  it('replaces a value kept without a TTL and deletes the pieces it replaced', async () => {
    await kvPutLarge(kv, 'large:registry', incompressible(2 * MAX_KV_VALUE_BYTES, 1));
    const second = incompressible(2 * MAX_KV_VALUE_BYTES, 2);
    await kvPutLarge(kv, 'large:registry', second);
    expect(await kvGetLarge(kv, 'large:registry')).toBe(second);
    const [head, ...rest] = (await stored('large:registry')).map((p) => p.name).sort();
    expect(head).toBe('large:registry');
    expect(new Set(rest.map((n) => n.split('#')[1]!.split('.')[0])).size).toBe(1); // one hash: the first value's pieces are gone
  });

  it('reads a small value in one piece, and a plain text value written before pieces existed', async () => {
    await kvPutLarge(kv, 'large:small', '{"version":1}', 3600);
    expect((await stored('large:small')).length).toBe(1);
    expect(await kvGetLarge(kv, 'large:small')).toBe('{"version":1}');
    await kv.put('large:legacy', '{"version":1,"events":{}}');
    expect(await kvGetLarge(kv, 'large:legacy')).toBe('{"version":1,"events":{}}');
    expect(await kvGetLarge(kv, 'large:absent')).toBeNull();
  });

  it('gives null, not a broken text, when a piece is missing', async () => {
    await kvPutLarge(kv, 'large:torn', incompressible(2 * MAX_KV_VALUE_BYTES, 3), 3600);
    const piece = (await stored('large:torn#')).map((p) => p.name)[0]!;
    await kv.delete(piece);
    expect(await kvGetLarge(kv, 'large:torn')).toBeNull();
  });
});
