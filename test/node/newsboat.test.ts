/**
 * Runs in Node (node --test): the OPML a reader imports, imported by a real reader — newsboat
 * (`newsboat -i`), Debian's package, installed by .ci/run; skipped with a message where it is absent.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const NEWSBOAT = '/usr/bin/newsboat';
const work = mkdtempSync(join(tmpdir(), 'chronofeed-opml-'));

describe('the OPML of every feed', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('imports into newsboat with every feed', { skip: existsSync(NEWSBOAT) ? false : `${NEWSBOAT} is missing (apt-get install newsboat; .ci/run installs it)` }, () => {
    const out = join(work, 'site');
    execFileSync('npx', ['tsx', 'src/cli/build-static.ts', '--seeds', 'seeds', '--out', out, '--base-url', 'https://news.example.org'], { stdio: 'pipe' });
    const opml = readFileSync(join(out, 'feeds.opml'), 'utf8');
    const feeds = [...opml.matchAll(/xmlUrl="([^"]+)"/g)].map((m) => m[1]!);
    const urls = join(work, 'urls');
    const printed = execFileSync(NEWSBOAT, ['-u', urls, '-c', join(work, 'cache.db'), '-i', join(out, 'feeds.opml')], { encoding: 'utf8', env: { ...process.env, HOME: work }, timeout: 30_000 });
    assert.match(printed, /Import of .* finished/);
    const imported = readFileSync(urls, 'utf8').split('\n').filter(Boolean).map((l) => l.split(' ')[0]);
    assert.deepEqual(imported.sort(), feeds.sort());
    assert.ok(imported.includes('https://news.example.org/actors/sergey-lavrov/feed.atom'));
  });
});
