/**
 * Mends one line of Miniflare (wrangler's local engine, also under the Workers test pool) at install
 * time (`postinstall`). Its queue broker logs each delivered batch with a fetch to Miniflare's
 * loopback server and awaits it before it clears the batch in flight (`#pendingFlush`,
 * `queues/broker.worker.js`). When that fetch fails — workerd reusing a kept-alive connection just as
 * Node's server closes it ("Network connection lost"), seen every few hundred batches on a loaded
 * machine — the flush throws with a batch still marked in flight, and the local queue never delivers
 * again (bench:scale, twelfth session: the "wedged queue" of earlier sessions). Cloudflare's queues
 * have no such code. The mend: a lost log line is dropped instead of thrown (`.catch`). When the text
 * is not found (another Miniflare version), it says so and changes nothing; the ingest sweep
 * (src/queue/ingest.ts) still merges what a stalled local queue holds.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const MARK = 'chronofeed: a lost log line must not wedge the queue';
const FROM = `  async logWithLevel(level, message) {
    await this.env[SharedBindings.MAYBE_SERVICE_LOOPBACK]?.fetch(
      "http://localhost/core/log",
      {
        method: "POST",
        headers: { [SharedHeaders.LOG_LEVEL]: level.toString() },
        body: message
      }
    );
  }`;
/** The same call, with a mark and its failure dropped. */
const TO = FROM
  .replace('async logWithLevel(level, message) {\n', `async logWithLevel(level, message) {\n    // ${MARK} (scripts/patch-miniflare.mjs)\n`)
  .replace(/\n    \);\n  \}$/, '\n    ).catch(() => {});\n  }');

let file;
try {
  file = join(dirname(createRequire(import.meta.url).resolve('miniflare')), 'workers', 'shared', 'index.worker.js');
} catch {
  console.log('patch-miniflare: miniflare not installed, nothing to mend');
  process.exit(0);
}
if (!existsSync(file)) {
  console.warn(`patch-miniflare: ${file} not found; not mended (the ingest sweep still covers a stalled local queue)`);
  process.exit(0);
}
const text = readFileSync(file, 'utf8');
if (text.includes(MARK)) {
  console.log('patch-miniflare: already mended');
} else if (text.includes(FROM)) {
  writeFileSync(file, text.replace(FROM, TO));
  console.log('patch-miniflare: mended the queue broker\'s log call (a lost log line no longer wedges the local queue)');
} else {
  console.warn('patch-miniflare: the log call was not found in this Miniflare version; not mended (the ingest sweep still covers a stalled local queue)');
}
