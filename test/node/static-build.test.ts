/** Runs in Node (node --test): the static build keeps event ids when rebuilt into the same folder. */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';

const work = mkdtempSync(join(tmpdir(), 'chronofeed-static-'));
const build = (seeds: string, out: string) =>
  execFileSync('npx', ['tsx', 'src/cli/build-static.ts', '--seeds', seeds, '--out', out], { encoding: 'utf8' });
const ids = (out: string) => (JSON.parse(readFileSync(join(out, 'chronology.json'), 'utf8')) as { events: Array<{ id: string }> }).events.map((e) => e.id);

describe('the static build', () => {
  after(() => rmSync(work, { recursive: true, force: true }));

  it('writes the chronology, the main feeds and every actor and topic feed, and prints the report', () => {
    const out = join(work, 'all');
    const printed = build('seeds', out);
    assert.match(printed, /built \d+ events from 5 seeds/);
    assert.match(printed, /lines dropped/);
    for (const f of ['chronology.json', 'feed.rss', 'feed.atom', 'feed.json', 'registry.json']) assert.ok(existsSync(join(out, f)), f);
    assert.ok(readdirSync(join(out, 'actors')).length > 10);
    // Every topic of the chronology has its feeds (which topics there are depends on the data packs).
    const topics = (JSON.parse(readFileSync(join(out, 'chronology.json'), 'utf8')) as { topics: Array<{ id: string }> }).topics;
    assert.ok(topics.length > 0);
    for (const t of topics) assert.ok(existsSync(join(out, 'topics', t.id, 'feed.atom')), t.id);
  });

  it('keeps every event id when four seeds are built, then all five into the same folder', () => {
    const four = join(work, 'four-seeds');
    mkdirSync(four);
    const names = readdirSync('seeds').filter((n) => n.endsWith('.txt')).sort();
    for (const n of names.slice(0, 4)) cpSync(join('seeds', n), join(four, n));
    const out = join(work, 'same-folder');
    build(four, out);
    const first = ids(out);
    build('seeds', out);
    const second = new Set(ids(out));
    const lost = first.filter((id) => !second.has(id));
    const redirects = (JSON.parse(readFileSync(join(out, 'registry.json'), 'utf8')) as { redirects: Record<string, string> }).redirects;
    assert.deepEqual(lost.filter((id) => !redirects[id]), [], 'every id of the first build is still served (or redirects)');
    assert.ok(first.length > 50);
  });
});
