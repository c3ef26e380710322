/**
 * Static build from the same core as the Worker:
 *   npm run build:static -- --seeds seeds --out dist [--base-url https://example.org] [--title chronofeed] [--pack name …]
 * Writes chronology.json, feed.{rss,atom,json}, actors/{id}/feed.*, topics/{id}/feed.*, the HTML pages
 * (index.html, timeline/index.html, events/{id}.html, actors/{id}/index.html, topics/{id}/index.html),
 * feeds.opml and the calendars, and keeps the id registry in <out>/registry.json, so rebuilding into
 * the same folder keeps every event's id. `--base-url` is the origin the folder is served from (feed
 * ids, self links and permalinks are absolute); the pages link root-relative, so serve the folder at
 * the root of that origin. Prints the per-seed report.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry } from '../chronology/registry';
import { runPipeline } from '../pipeline';
import { PACKS, parsePacks } from '../read/catalogue';
import { eventsOfActor, eventsOfTopic } from '../chronology/select';
import { renderAtom } from '../render/atom';
import { renderEventPage, renderIndex } from '../render/html';
import { renderCalendar } from '../render/icalendar';
import { renderOpml } from '../render/opml';
import { renderActorPage, renderTimeline, renderTopicPage, TIMELINE_PAGE } from '../render/timeline';
import { renderJsonFeed } from '../render/json-feed';
import { renderRss } from '../render/rss';
import { actorSpec, mainSpec, topicSpec } from '../render/specs';
import { type FeedSpec, feedView } from '../render/views';
import { readSeedDir } from './seed-dir';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

async function main(): Promise<void> {
  const seedsDir = arg('seeds', 'seeds');
  const out = arg('out', 'dist');
  const baseUrl = new URL(arg('base-url', 'http://localhost:8787'));
  if (baseUrl.pathname !== '/' || baseUrl.search) throw new Error(`--base-url is an origin (https://host[:port]); the pages link from the root. Got ${baseUrl}`);
  const origin = baseUrl.origin;
  const title = arg('title', 'chronofeed');
  // Curated data packs (data/packs/): `--pack name`, repeatable or comma-separated; none by default.
  const { packs, unknown } = parsePacks(process.argv.flatMap((a, i) => (process.argv[i - 1] === '--pack' ? [a] : [])).join(','));
  if (unknown.length) throw new Error(`unknown data pack(s): ${unknown.join(', ')} (known: ${Object.keys(PACKS).join(', ')})`);
  const registryPath = join(out, 'registry.json');
  const registry = parseRegistry(existsSync(registryPath) ? JSON.parse(readFileSync(registryPath, 'utf8')) : null);
  const t0 = performance.now();
  const { chronology, registry: next } = await runPipeline(readSeedDir(seedsDir), registry, new Date().toISOString(), undefined, packs);
  const ms = performance.now() - t0;

  const write = (path: string, body: string) => { mkdirSync(join(out, path, '..'), { recursive: true }); writeFileSync(join(out, path), body); };
  const { trace, redirects, ...publicPart } = chronology;
  write('chronology.json', JSON.stringify(publicPart, null, 1));
  write('status.json', JSON.stringify({ seeds_digest: chronology.seeds_digest, documents: chronology.documents, merge_trace: trace, redirects }, null, 1));
  const writeFeeds = (spec: FeedSpec) => {
    // Written whole: no page size, no cursor, so self links are the plain feed URLs.
    const view = feedView(chronology, spec, spec.events, null, { limit: null, before: null, extraQuery: '' }, origin, title);
    const dir = spec.base.replace(/^\//, '');
    write(`${dir}feed.rss`, renderRss(view));
    write(`${dir}feed.atom`, renderAtom(view));
    write(`${dir}feed.json`, renderJsonFeed(view));
  };
  writeFeeds(mainSpec(chronology));
  for (const a of chronology.actors) writeFeeds(actorSpec(chronology, a.id, false)!);
  for (const t of chronology.topics) writeFeeds(topicSpec(chronology, t.id)!);

  // The HTML pages, so every entry's link (/events/{id}) and every page link resolves on a static
  // host that serves `x.html` for `/x` and `x/index.html` for `/x` (GitHub Pages, Cloudflare Pages, Netlify).
  const o = { siteTitle: title };
  write('index.html', renderIndex(chronology, o));
  // The whole timeline on one page (a static host has no query to page with).
  write('timeline/index.html', renderTimeline(chronology, { before: null }, o, Math.max(chronology.events.length, TIMELINE_PAGE))!);
  for (const e of chronology.events) write(`events/${e.id}.html`, renderEventPage(e, o));
  for (const e of chronology.events) write(`events/${e.id}.json`, JSON.stringify(e, null, 1));
  for (const a of chronology.actors) {
    write(`actors/${a.id}/index.html`, renderActorPage(chronology, a.id, null, o, Number.MAX_SAFE_INTEGER)!);
    write(`actors/${a.id}/calendar.ics`, renderCalendar(eventsOfActor(chronology, a.id, false), { origin, name: `${title} — ${a.name}` }));
  }
  for (const t of chronology.topics) {
    write(`topics/${t.id}/index.html`, renderTopicPage(chronology, t.id, null, o, Number.MAX_SAFE_INTEGER)!);
    write(`topics/${t.id}/calendar.ics`, renderCalendar(eventsOfTopic(chronology, t.id), { origin, name: `${title} — ${t.name}` }));
  }
  write('feeds.opml', renderOpml(chronology, origin, title));
  write('calendar.ics', renderCalendar(chronology.events, { origin, name: `${title} — scheduled events` }));
  write('registry.json', JSON.stringify(next, null, 1));

  console.log(`built ${chronology.events.length} events from ${chronology.documents.length} seeds in ${ms.toFixed(0)} ms → ${out}/`);
  console.log(`seeds digest ${chronology.seeds_digest}`);
  for (const d of chronology.documents) {
    console.log(`\n${d.seed}: ${d.kind ?? 'unreadable'}, ${d.items} items, ${d.dropped_lines} lines dropped` +
      `${d.publisher ? `, publisher ${d.publisher}` : ''}${d.published ? `, published ${d.published} (${d.published_basis})` : ''}`);
    for (const s of d.dropped_samples) console.log(`  dropped line ${s.line} (${s.reason}): ${s.text.slice(0, 70)}`);
    for (const w of d.warnings) console.log(`  warning: ${w}`);
  }
  console.log(`\n${chronology.actors.length} actor feeds and pages, ${chronology.topics.length} topic feeds and pages, ${chronology.events.length} event pages, ${Object.keys(redirects).length} redirects`);
}

main().catch((err) => {
  console.error(`build:static failed: ${(err as Error).message}`);
  process.exit(1);
});
