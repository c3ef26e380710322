import { env } from 'cloudflare:workers';
import { call } from './call';

/** The admin token of the test Worker (vitest.config.ts). */
export const AUTH = { Authorization: `Bearer ${(env as { ADMIN_TOKEN: string }).ADMIN_TOKEN}` };

/** PUT /admin/seeds/{name}: the raw answer (202 once stored as pending). */
export const putSeed = (name: string, body: BodyInit, type = 'text/plain; charset=utf-8') =>
  call(`/admin/seeds/${name}`, { method: 'PUT', body, headers: { ...AUTH, 'Content-Type': type } });

export interface PageStatus {
  name: string;
  state: 'pending' | 'merged' | 'failed';
  error: string | null;
  attempts: number;
  merged_at: string | null;
  served_sha256: string | null;
  report: null | { items: number; kind: string | null; warnings: string[]; published: string | null; published_basis: string | null };
}

export const pageStatus = async (name: string): Promise<PageStatus> =>
  (await (await call(`/admin/seeds/${name}`, { headers: AUTH })).json()) as PageStatus;

/**
 * Waits until the queue consumer has taken these pages (merged or failed), bounded: the queue
 * delivers in batches after at most `max_batch_timeout` (1 s).
 */
export async function settled(names: readonly string[], timeoutMs = 30_000): Promise<PageStatus[]> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    // One request per look: the list, when more than one page is awaited.
    const all = names.length === 1 ? [await pageStatus(names[0]!)] : await listed(names);
    if (all.every((s) => s.state !== 'pending')) return all;
    if (Date.now() > until) throw new Error(`still pending after ${timeoutMs} ms: ${all.filter((s) => s.state === 'pending').map((s) => s.name).join(', ')}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function listed(names: readonly string[]): Promise<PageStatus[]> {
  const { added } = (await (await call('/admin/seeds', { headers: AUTH })).json()) as { added: PageStatus[] };
  const byName = new Map(added.map((p) => [p.name, p]));
  return names.map((n) => byName.get(n) ?? ({ name: n, state: 'pending' } as PageStatus));
}

/** PUT a page and wait until it is merged; throws unless the PUT answered 202 and the page merged. */
export async function addSeed(name: string, body: BodyInit, type?: string): Promise<PageStatus> {
  const res = await putSeed(name, body, type);
  if (res.status !== 202) throw new Error(`PUT ${name}: ${res.status} ${await res.text()}`);
  const [status] = await settled([name]);
  if (status!.state !== 'merged') throw new Error(`${name} ${status!.state}: ${status!.error}`);
  return status!;
}
