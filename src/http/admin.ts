import { type Context, Hono } from 'hono';
import { BUNDLED_SEEDS } from '../generated/seeds';
import { bundledHashes } from '../store/served-merge';
import { sha256Hex } from '../model/digest';
import { INGEST, type IngestMessage } from '../queue/ingest';
import { withTimeout } from '../store/bounded';
import { deletePage, findPageBySha, listPages, pageStatus, putPage } from '../store/pages';
import { adminEnabled } from './admin-auth';
import { RETRY_AFTER_S } from './deadlines';
import type { AppEnv } from './env';
import { isPlainUtf8 } from './media-type';
import { checkPage } from './page-check';
import { problem } from './problem';
import { forgetPageSetVersion } from './version-memo';

/**
 * The ingest API: `PUT /admin/seeds/{name}` adds or replaces a page, `DELETE` removes it,
 * `GET /admin/seeds` lists the added pages, `GET /admin/seeds/{name}` says where one is. Pages live in
 * D1 (store/pages.ts). A PUT answers 202 once the page's row is committed as `pending` and its message
 * sent: the queue consumer (queue/ingest.ts) merges it, and the page's status URL then says `merged`
 * (served in every feed it touches) or `failed` with the reason.
 *
 * Conflicts (409): the name of a bundled seed (bundled pages change with a deploy), or bytes already
 * stored under another name, bundled or added (one content, one document; the answer names it).
 * The same bytes PUT again under the same name: 200, nothing changes (a retry is safe).
 */
export const admin = new Hono<AppEnv>();

/** Largest page accepted, in bytes (a long live blog is ~100 KB). */
export const MAX_SEED_BYTES = 2 * 1024 * 1024;
/** Seed names: a file name, no path characters. */
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
const BUNDLED_NAMES = new Set(BUNDLED_SEEDS.map((s) => s.name));

let bundledNames: Promise<Map<string, string>> | null = null;
/** sha256 → name of the bundled seeds (their UTF-8 text), from the hashes the merge computes once per isolate. */
function bundledByHash(): Promise<Map<string, string>> {
  return (bundledNames ??= bundledHashes().then((list) => new Map(list.map((h) => [h.sha256, h.name]))));
}

admin.use('/admin/*', adminEnabled);

admin.get('/admin/seeds', async (c) => {
  const pages = await listPages(c.env.DB);
  return c.json({
    added: pages.map(({ report, ...p }) => ({ ...p, status: statusUrl(p.name), report: report ? JSON.parse(report) : null })),
    bundled: [...BUNDLED_NAMES],
  });
});

admin.get('/admin/seeds/:name', async (c) => {
  const name = c.req.param('name');
  if (!NAME.test(name)) return problem(c, 400, 'Bad seed name', 'A seed name is 1–100 letters, digits, dots, hyphens or underscores.');
  if (BUNDLED_NAMES.has(name)) return c.json({ name, state: 'merged', bundled: true });
  const row = await pageStatus(c.env.DB, name);
  if (!row) return problem(c, 404, 'Unknown seed', `No page named "${name}" was added through the API.`);
  const { report, ...meta } = row;
  return c.body(JSON.stringify({ ...meta, status: statusUrl(name), report: report ? JSON.parse(report) : null }), 200,
    { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
});

admin.put('/admin/seeds/:name', async (c) => {
  const name = c.req.param('name');
  if (!NAME.test(name)) return problem(c, 400, 'Bad seed name', 'A seed name is 1–100 letters, digits, dots, hyphens or underscores, starting with a letter or digit.');
  if (BUNDLED_NAMES.has(name)) return problem(c, 409, 'Bundled seed', `"${name}" is a bundled seed; it changes with a deploy. Choose another name.`);
  if (!isPlainUtf8(c.req.header('Content-Type'))) return problem(c, 415, 'Unsupported media type', 'Send the page as text/plain, with charset=utf-8 or no charset.');
  if (Number(c.req.header('Content-Length') ?? '0') > MAX_SEED_BYTES) return problem(c, 413, 'Page too large', `A page may be at most ${MAX_SEED_BYTES} bytes.`);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > MAX_SEED_BYTES) return problem(c, 413, 'Page too large', `A page may be at most ${MAX_SEED_BYTES} bytes.`);
  const page = checkPage(bytes);
  if (!page.ok) return problem(c, 400, page.title, page.detail);
  const sha = await sha256Hex(bytes);
  const twin = (await bundledByHash()).get(sha) ?? (await findPageBySha(c.env.DB, sha));
  if (twin && twin !== name) return duplicate(c, twin);
  let outcome;
  try {
    outcome = await putPage(c.env.DB, { name, sha256: sha, bytes: bytes.byteLength, text: page.text }, new Date().toISOString());
  } catch (err) {
    forgetPageSetVersion(c.env);
    return storeFailed(c, err, 'The page may or may not be stored: PUT it again (the same page twice changes nothing).');
  }
  forgetPageSetVersion(c.env);
  if (outcome.kind === 'duplicate') return duplicate(c, outcome.of);
  if (outcome.kind === 'unchanged') {
    // Nothing changed: the page is where it was (pending, merged).
    const row = await pageStatus(c.env.DB, name);
    return c.json({ name, sha256: sha, bytes: bytes.byteLength, outcome: outcome.kind, state: row?.state ?? 'pending', status: statusUrl(name) }, 200);
  }
  // Committed as pending. The message is a nudge: if sending fails, the row stays pending and is sent
  // again by the next sweep (resendLost), so the answer is 202 either way.
  const message: IngestMessage = { name, sha256: sha };
  try {
    await withTimeout(c.env.INGEST_QUEUE.send(message), INGEST.sendTimeoutMs, 'queue send');
  } catch (err) {
    console.error('ingest: send failed; the sweep will send it again', err);
  }
  c.header('Location', statusUrl(name));
  return c.json({ name, sha256: sha, bytes: bytes.byteLength, outcome: outcome.kind, state: 'pending', status: statusUrl(name) }, 202);
});

admin.delete('/admin/seeds/:name', async (c) => {
  const name = c.req.param('name');
  if (!NAME.test(name)) return problem(c, 400, 'Bad seed name', 'A seed name is 1–100 letters, digits, dots, hyphens or underscores.');
  if (BUNDLED_NAMES.has(name)) return problem(c, 409, 'Bundled seed', `"${name}" is a bundled seed; it changes with a deploy.`);
  let deleted;
  try {
    deleted = await deletePage(c.env.DB, name);
  } catch (err) {
    forgetPageSetVersion(c.env);
    return storeFailed(c, err, 'The page may or may not be deleted: DELETE it again.');
  }
  forgetPageSetVersion(c.env);
  if (!deleted) return problem(c, 404, 'Unknown seed', `No page named "${name}" was added through the API.`);
  return c.body(null, 204);
});

/** Where a page's state is read: its own admin URL. */
const statusUrl = (name: string) => `/admin/seeds/${name}`;

/** D1 failed or timed out: 503, the reason logged, not shown. */
function storeFailed(c: Context, err: unknown, detail: string): Response {
  console.error('page store', err);
  const res = problem(c, 503, 'Storage unavailable', detail);
  res.headers.set('Retry-After', String(RETRY_AFTER_S));
  return res;
}

function duplicate(c: Context, holder: string): Response {
  return problem(c, 409, 'Duplicate page', `The same page is already stored as "${holder}"; one content is one document. Delete "${holder}" first to rename it.`);
}
