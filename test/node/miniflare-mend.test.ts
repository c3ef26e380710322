import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { test } from 'node:test';

// scripts/patch-miniflare.mjs (postinstall): without it, one lost log connection wedges the local queue for good.
test('the installed Miniflare drops a lost log line instead of throwing it into the queue broker', () => {
  const file = join(dirname(createRequire(import.meta.url).resolve('miniflare')), 'workers', 'shared', 'index.worker.js');
  const text = readFileSync(file, 'utf8');
  const body = text.slice(text.indexOf('async logWithLevel('), text.indexOf('async logWithLevel(') + 600);
  assert.match(body, /chronofeed: a lost log line must not wedge the queue/);
  assert.match(body, /\)\.catch\(\(\) => \{\}\);/);
});
