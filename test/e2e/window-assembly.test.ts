import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { chronologyOf } from '../../src/chronology/build';
import { parseRegistry } from '../../src/chronology/registry';
import { parsePacks } from '../../src/read/catalogue';
import type { Env } from '../../src/http/env';
import type { ChronoEvent, Chronology } from '../../src/model/types';
import { keys, kvGetLarge } from '../../src/store/kv';
import { readStoredMerge } from '../../src/store/merge-state';
import { call } from '../call';
import { addSeed } from '../ingest';
import { distinctPage } from '../pages';

/**
 * The Worker assembles again only the windows a new page touches (build.ts `assembleChanged`, kept
 * per isolate by served-merge.ts), and what it serves is what a whole assembly gives.
 */
const e = env as unknown as Env;
const status = async () => (await (await call('/status.json')).json()) as { version: string; cache: { windows_assembled: Array<number | 'all'> } };
const chronology = async () => (await (await call('/chronology.json')).json()) as Chronology;
/** Events without their `updated` (a whole assembly stamps changed events with its own clock). */
const shown = (events: ChronoEvent[]) => events.map(({ updated: _, ...rest }) => rest);

describe('assembly window by window in the Worker', () => {
  it('assembles only the windows around a new page, and serves what a whole assembly gives', async () => {
    await chronology();
    const registry = parseRegistry(JSON.parse((await kvGetLarge(e.CHRONO_KV, keys.registry))!));
    await addSeed('w-one.txt', distinctPage(71, 1));
    const served = await chronology();
    const last = (await status()).cache.windows_assembled.at(-1);
    expect(typeof last, `the last build assembled ${last}`).toBe('number');
    expect(last).toBeLessThanOrEqual(4);
    expect(served.documents.some((d) => d.seed === 'w-one.txt')).toBe(true);

    // The same merge state assembled whole, from the registry the build started from.
    const stored = await readStoredMerge(e.DB);
    const whole = chronologyOf(stored, stored.pages, { registry, now: '2000-01-01T00:00:00Z', digest: served.seeds_digest, packs: parsePacks(e.DATA_PACKS).packs }).chronology;
    expect(shown(served.events)).toEqual(shown(whole.events));
    expect(served.actors).toEqual(whole.actors);
    expect(served.topics).toEqual(whole.topics);
  });
});
