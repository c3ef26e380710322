import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

describe('smoke', () => {
  it('serves the main RSS feed', async () => {
    const res = await exports.default.fetch('http://example.com/feed.rss');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<rss');
  });
});
