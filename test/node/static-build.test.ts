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

  it('writes the HTML pages every link points to, OPML and calendars, on the --base-url origin with clean self links', () => {
    const out = join(work, 'site');
    execFileSync('npx', ['tsx', 'src/cli/build-static.ts', '--seeds', 'seeds', '--out', out, '--base-url', 'https://news.example.org'], { encoding: 'utf8' });
    const chron = JSON.parse(readFileSync(join(out, 'chronology.json'), 'utf8')) as { events: Array<{ id: string }>; actors: Array<{ id: string }>; topics: Array<{ id: string }> };
    for (const f of ['index.html', 'timeline/index.html', 'feeds.opml', 'calendar.ics']) assert.ok(existsSync(join(out, f)), f);
    for (const e of chron.events) assert.ok(existsSync(join(out, 'events', `${e.id}.html`)), e.id);
    for (const a of chron.actors) assert.ok(existsSync(join(out, 'actors', a.id, 'index.html')), a.id);
    for (const t of chron.topics) assert.ok(existsSync(join(out, 'topics', t.id, 'index.html')), t.id);
    const atom = readFileSync(join(out, 'feed.atom'), 'utf8');
    assert.match(atom, /<link rel="self" href="https:\/\/news\.example\.org\/feed\.atom"\/>/);
    assert.doesNotMatch(atom + readFileSync(join(out, 'feed.rss'), 'utf8') + readFileSync(join(out, 'actors', 'russia', 'feed.json'), 'utf8'), /\?limit=/);
    // Every entry link of the feed resolves to a written page.
    for (const m of atom.matchAll(/<link href="https:\/\/news\.example\.org\/events\/([^"]+)"\/>/g)) assert.ok(existsSync(join(out, 'events', `${m[1]}.html`)), m[1]);
    // Every root-relative link of the index resolves to a written file.
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    for (const m of index.matchAll(/href="(\/[^"#?]*)"/g)) {
      const p = m[1]!;
      const file = p === '/' ? 'index.html' : existsSync(join(out, `${p}.html`)) ? `${p}.html` : existsSync(join(out, p, 'index.html')) ? join(p, 'index.html') : p;
      assert.ok(existsSync(join(out, file)), p);
    }
  });

  it('refuses a --base-url with a path (the pages link from the root)', () => {
    assert.throws(() => execFileSync('npx', ['tsx', 'src/cli/build-static.ts', '--seeds', 'seeds', '--out', join(work, 'bad'), '--base-url', 'https://example.org/news/'], { stdio: 'pipe' }));
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
