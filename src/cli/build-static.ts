/**
 * Static build from the same core as the Worker:
 *   npm run build:static -- --seeds seeds --out dist [--base-url https://example.org] [--title chronofeed] [--pack name …]
 * Writes chronology.json, feed.{rss,atom,json}, actors/{id}/feed.*, topics/{id}/feed.* and keeps the
 * id registry in <out>/registry.json, so rebuilding into the same folder keeps every event's id.
 * Prints the per-seed report.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseRegistry } from '../chronology/registry';
import { runPipeline } from '../pipeline';
import { PACKS, parsePacks } from '../read/catalogue';
import { renderAtom } from '../render/atom';
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
  const origin = new URL(arg('base-url', 'http://localhost:8787')).origin;
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
    const view = feedView(chronology, spec, spec.events, null, { limit: spec.events.length, before: null, extraQuery: '' }, origin, title);
    const dir = spec.base.replace(/^\//, '');
    write(`${dir}feed.rss`, renderRss(view));
    write(`${dir}feed.atom`, renderAtom(view));
    write(`${dir}feed.json`, renderJsonFeed(view));
  };
  writeFeeds(mainSpec(chronology));
  for (const a of chronology.actors) writeFeeds(actorSpec(chronology, a.id, false)!);
  for (const t of chronology.topics) writeFeeds(topicSpec(chronology, t.id)!);
  write('registry.json', JSON.stringify(next, null, 1));

  console.log(`built ${chronology.events.length} events from ${chronology.documents.length} seeds in ${ms.toFixed(0)} ms → ${out}/`);
  console.log(`seeds digest ${chronology.seeds_digest}`);
  for (const d of chronology.documents) {
    console.log(`\n${d.seed}: ${d.kind ?? 'unreadable'}, ${d.items} items, ${d.dropped_lines} lines dropped` +
      `${d.publisher ? `, publisher ${d.publisher}` : ''}${d.published ? `, published ${d.published} (${d.published_basis})` : ''}`);
    for (const s of d.dropped_samples) console.log(`  dropped line ${s.line} (${s.reason}): ${s.text.slice(0, 70)}`);
    for (const w of d.warnings) console.log(`  warning: ${w}`);
  }
  console.log(`\n${chronology.actors.length} actor feeds, ${chronology.topics.length} topic feeds, ${Object.keys(redirects).length} redirects`);
}

main().catch((err) => {
  console.error(`build:static failed: ${(err as Error).message}`);
  process.exit(1);
});
