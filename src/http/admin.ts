import { Hono } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { loadChronology } from './chronology-source';
import type { AppEnv } from './env';
import { problem } from './problem';
import { keys, kvDelete, kvPut } from '../store/kv';
import { readSeedIndex } from '../store/seed-store';

/**
 * The ingest API: `PUT /admin/seeds/{name}` adds or replaces a page, `DELETE` removes it,
 * `GET /admin/seeds` lists the added pages with their reports. Bearer token from the ADMIN_TOKEN
 * secret (hono's bearer-auth compares it in constant time); without a configured token the routes
 * answer 404 as if they did not exist.
 */
export const admin = new Hono<AppEnv>();

/** Largest page accepted, in bytes (a long live blog is ~100 KB; a KV value may hold 25 MiB). */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
/** Seed names: a file name, no path characters. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

admin.use('/admin/*', async function adminEnabled(c, next) {
  if (!c.env.ADMIN_TOKEN) return problem(c, 404, 'Not found', 'The admin API is off: no ADMIN_TOKEN is configured.');
  return bearerAuth({
    token: c.env.ADMIN_TOKEN,
    noAuthenticationHeader: { message: 'Authentication required', wwwAuthenticateHeader: 'Bearer realm="chronofeed-admin"' },
    invalidToken: { message: 'Invalid token' },
    invalidAuthenticationHeader: { message: 'Invalid authentication header' },
  })(c as never, next);
});

admin.get('/admin/seeds', async (c) => {
  const index = await readSeedIndex(c.env.CHRONO_KV);
  const { slot } = await loadChronology(c.env);
  const reports = new Map(slot.chron.documents.map((d) => [d.seed, d]));
  return c.json({
    seeds_digest: slot.digest,
    added: Object.entries(index).sort(([a], [b]) => a.localeCompare(b))
      .map(([name, e]) => ({ name, ...e, report: reports.get(name) ?? null })),
    bundled: slot.chron.documents.filter((d) => !index[d.seed]).map((d) => d.seed),
  });
});

admin.put('/admin/seeds/:name', async (c) => {
  const name = c.req.param('name');
  if (!NAME.test(name)) return problem(c, 400, 'Bad seed name', 'A seed name is 1–100 letters, digits, dots, hyphens or underscores, starting with a letter or digit.');
  const type = (c.req.header('Content-Type') ?? '').toLowerCase();
  if (!/^text\/plain\b/.test(type)) return problem(c, 415, 'Unsupported media type', 'Send the page as text/plain; charset=utf-8.');
  if (/charset=/.test(type) && !/charset="?utf-8"?/.test(type)) return problem(c, 415, 'Unsupported charset', 'Only UTF-8 text is accepted.');
  const declared = Number(c.req.header('Content-Length') ?? '0');
  if (declared > MAX_SEED_BYTES) return problem(c, 413, 'Page too large', `A page may be at most ${MAX_SEED_BYTES} bytes.`);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_SEED_BYTES) return problem(c, 413, 'Page too large', `A page may be at most ${MAX_SEED_BYTES} bytes.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return problem(c, 400, 'Not UTF-8', 'The body is not valid UTF-8 text. Convert it (e.g. from Latin-1) and send it again.');
  }
  if (!text.trim()) return problem(c, 400, 'Empty page', 'The body holds no text.');
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 4096)) && (text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0) > 8) {
    return problem(c, 400, 'Binary data', 'The body looks like binary data, not a page of text.');
  }
  const index = await readSeedIndex(c.env.CHRONO_KV);
  const sha = await sha256(bytes);
  const stored = await kvPut(c.env.CHRONO_KV, keys.seed(name), text);
  if (!stored) return problem(c, 503, 'Storage unavailable', 'The page could not be stored; nothing changed. Try again.');
  const existed = Boolean(index[name]);
  index[name] = { sha256: sha, bytes: bytes.byteLength, stored: new Date().toISOString() };
  if (!(await kvPut(c.env.CHRONO_KV, keys.seedIndex, JSON.stringify(index)))) {
    return problem(c, 503, 'Storage unavailable', 'The page index could not be updated; the page is not live. Try again.');
  }
  const { slot } = await loadChronology(c.env);
  const report = slot.chron.documents.find((d) => d.seed === name) ?? null;
  return c.json({ name, sha256: sha, bytes: bytes.byteLength, seeds_digest: slot.digest, report }, existed ? 200 : 201);
});

admin.delete('/admin/seeds/:name', async (c) => {
  const name = c.req.param('name');
  if (!NAME.test(name)) return problem(c, 400, 'Bad seed name', 'A seed name is 1–100 letters, digits, dots, hyphens or underscores.');
  const index = await readSeedIndex(c.env.CHRONO_KV);
  if (!index[name]) return problem(c, 404, 'Unknown seed', `No page named "${name}" was added through the API (bundled seeds change with a deploy).`);
  delete index[name];
  if (!(await kvPut(c.env.CHRONO_KV, keys.seedIndex, JSON.stringify(index)))) {
    return problem(c, 503, 'Storage unavailable', 'The page index could not be updated; nothing changed.');
  }
  await kvDelete(c.env.CHRONO_KV, keys.seed(name));
  return c.body(null, 204);
});

async function sha256(bytes: Uint8Array): Promise<string> {
  const h = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...h].map((b) => b.toString(16).padStart(2, '0')).join('');
}

