import { beforeEach, describe, expect, it } from 'vitest';
import { forgetRecentBodies, keepBody, recentBodiesHeld, recentBody, RECENT_BODIES_BYTES, RECENT_BODY_MAX_BYTES } from '../../src/http/recent-bodies';
import type { BodyMeta } from '../../src/store/kv';

const meta: BodyMeta = { type: 'application/feed+json', tag: '0'.repeat(32), modified: 'Tue, 01 Dec 2026 00:00:00 GMT', coding: 'gzip' };
const body = (bytes: number, fill = 1) => ({ meta, gzip: new Uint8Array(bytes).fill(fill) });

describe('the bodies an isolate keeps', () => {
  beforeEach(forgetRecentBodies);

  it('stays within its bound in bytes, letting the least recently served go first', () => {
    const share = RECENT_BODY_MAX_BYTES - 1024; // with each entry's overhead, eight of them nearly fill the bound
    for (let i = 0; i < 8; i++) keepBody(`k${i}`, body(share, i));
    expect(recentBodiesHeld().bodies).toBe(8);
    expect(recentBodiesHeld().bytes).toBeLessThanOrEqual(RECENT_BODIES_BYTES);
    expect(recentBody('k0')?.gzip[0]).toBe(0); // served: now the most recent
    keepBody('k8', body(share, 8));
    expect(recentBodiesHeld().bytes).toBeLessThanOrEqual(RECENT_BODIES_BYTES);
    expect(recentBody('k1')).toBeUndefined(); // the least recently served went
    expect(recentBody('k0')).toBeDefined();
    expect(recentBody('k8')?.gzip[0]).toBe(8);
  });

  it('keeps no body larger than its share, and counts a body kept again once', () => {
    keepBody('big', body(RECENT_BODY_MAX_BYTES + 1));
    expect(recentBody('big')).toBeUndefined();
    keepBody('a', body(100));
    const one = recentBodiesHeld().bytes;
    keepBody('a', body(300));
    expect(recentBodiesHeld()).toEqual({ bodies: 1, bytes: one + 200 });
  });

  it('counts what each entry costs besides its bytes: many empty bodies stay within the bound', () => {
    for (let i = 0; i < 20_000; i++) keepBody(`key-${i}`, body(0));
    expect(recentBodiesHeld().bytes).toBeLessThanOrEqual(RECENT_BODIES_BYTES);
    expect(recentBodiesHeld().bodies).toBeLessThan(20_000);
  });
});
