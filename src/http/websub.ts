import { createMiddleware } from 'hono/factory';
import { eventsFor, type Served, viewOf } from '../chronology/served';
import { type Announced, changedFeeds } from '../render/websub';
import { kvGet, kvPut } from '../store/kv';
import type { AppEnv } from './env';
import { waitUntilOf } from './with-chronology';

/**
 * WebSub publisher (W3C WebSub §7 "Publishing"): with `WEBSUB_HUB` set, the first request of an
 * instance that serves a chronology the hub has not heard of pings the hub — `POST hub.mode=publish`
 * and `hub.url=<feed>` for each feed the change touched — after the response (`waitUntil`), each
 * call bounded by PING_TIMEOUT_MS. KV remembers what the hub was told (`websub:v1:announced`), so
 * an instance that starts, or a second instance, does not ping again for the same chronology.
 * Without `WEBSUB_HUB`: nothing, no KV read.
 */
const ANNOUNCED_KEY = 'websub:v1:announced';
export const PING_TIMEOUT_MS = 5000;
/** Hub calls in flight at once. */
const PING_CONCURRENCY = 6;

/** Digests this instance has already handled (bounded: a handful of chronologies per isolate life). */
const handled = new Set<string>();

export const websubPing = createMiddleware<AppEnv>(async function websubPing(c, next) {
  await next();
  const hub = c.env.WEBSUB_HUB;
  if (!hub || c.get('stale') || c.res.status >= 500) return;
  const served = c.get('served');
  if (!served || handled.has(served.seeds_digest)) return;
  handled.add(served.seeds_digest);
  if (handled.size > 16) handled.delete(handled.values().next().value!);
  const work = announce(c.env.CHRONO_KV, hub, c.get('origin'), served).catch((err) => console.error('websub', err));
  const waitUntil = waitUntilOf(c);
  if (waitUntil) waitUntil(work);
  else await work;
});

/** Pings the hub for what changed since the last announcement, then records this one. */
export async function announce(kv: KVNamespace, hub: string, origin: string, served: Served, fetcher: typeof fetch = fetch): Promise<string[]> {
  const text = await kvGet(kv, ANNOUNCED_KEY);
  const last = text ? (JSON.parse(text) as Announced) : null;
  if (last?.digest === served.seeds_digest) return [];
  // The events changed since the last announcement, from the pieces that hold any.
  const changed = last ? (await eventsFor(served, { relevant: (s) => s.updated > last.updated, match: (e) => e.updated > last.updated })).events : [];
  const chron = viewOf(served, changed);
  const urls = changedFeeds(chron, origin, last);
  for (let i = 0; i < urls.length; i += PING_CONCURRENCY) {
    await Promise.all(urls.slice(i, i + PING_CONCURRENCY).map((url) => ping(hub, url, fetcher)));
  }
  await kvPut(kv, ANNOUNCED_KEY, JSON.stringify({ digest: chron.seeds_digest, updated: chron.updated } satisfies Announced));
  return urls;
}

async function ping(hub: string, url: string, fetcher: typeof fetch): Promise<void> {
  try {
    const res = await fetcher(hub, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ 'hub.mode': 'publish', 'hub.url': url }).toString(),
      signal: AbortSignal.timeout(PING_TIMEOUT_MS),
    });
    await res.body?.cancel();
    if (!res.ok) console.warn(`websub: hub answered ${res.status} for ${url}`);
  } catch (err) {
    console.warn(`websub: ping for ${url} failed: ${(err as Error).message}`);
  }
}
