import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call } from '../call';
import harbour from '../fixtures/liveblog-captions.txt?raw';
import { addSeed } from '../ingest';

/** X-Cache, and whether the answer needed no chronology at all (storedResponse's hit). */
async function look(path: string): Promise<{ cache: string | null; firstHit: boolean; etag: string | null }> {
  const res = await call(path);
  return { cache: res.headers.get('X-Cache'), firstHit: /desc="none"/.test(res.headers.get('Server-Timing') ?? ''), etag: res.headers.get('ETag') };
}

/** Until the build of the current page set has recorded its feed versions (bounded). */
async function feedsBuilt(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const row = await env.DB.prepare('SELECT generation, feeds_built FROM page_set WHERE id = 1').first<{ generation: number; feeds_built: string | null }>();
    if (row?.feeds_built?.endsWith(`.${row.generation}`)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('feed versions never written');
}

describe('per-feed versions', () => {
  it('keeps the stored bodies of the actor and topic feeds a new page does not touch, and renders the ones it does', async () => {
    await call('/feed.json');
    await feedsBuilt();
    const untouched = ['/actors/sergey-lavrov/feed.json', '/topics/nord-stream-2/feed.rss'];
    const first = await Promise.all(untouched.map(async (p) => { await call(p); return look(p); }));
    for (const [k, l] of first.entries()) expect(l.cache, untouched[k]).toBe('hit');

    await addSeed('feed-versions-harbour.txt', harbour);
    await call('/status.json'); // the first request after the merge builds the chronology (never cached itself)
    await feedsBuilt();
    for (const [k, p] of untouched.entries()) {
      const after = await look(p);
      expect(after, p).toEqual({ cache: 'hit', firstHit: true, etag: first[k]!.etag });
    }
    // The main feed and the feed of the page's own actor are new bodies.
    expect((await look('/feed.json')).cache).toBe('miss');
    expect((await look('/actors/marta-quintela/feed.json')).cache).toBe('miss');
    expect(await look('/actors/marta-quintela/feed.json')).toMatchObject({ cache: 'hit', firstHit: true });
  });
});
