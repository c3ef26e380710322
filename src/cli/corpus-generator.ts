import type { Seed } from '../model/types';
import { addDays, iso, MONTHS, monthIndex } from '../read/calendar';
import { catalogueFor } from '../read/catalogue';
import { readFacts } from '../read/document-facts';
import { normalise } from '../read/normalise';

/**
 * Makes larger corpora from the seeds' shapes, for the scaling benchmark. Document k is seed
 * k mod n, rewritten: dates shifted by whole weeks (weekday names stay true) at a steady density of
 * PAGES_PER_WEEK (a larger corpus covers a longer time, not more pages per day), outlets and people
 * renamed from pools, and a share of sentences perturbed (dropped or re-ordered). Deterministic.
 */
const OUTLETS = ['Harbour Times', 'Northern Wire', 'Daily Ledger', 'Coastline News', 'Metro Herald', 'Valley Post', 'Capital Radio', 'Evening Star'];
const FIRST = ['Anna', 'Pavel', 'Lena', 'Tomas', 'Ines', 'Karl', 'Mira', 'Oleg', 'Sofia', 'Jonas', 'Marta', 'Ivan'];
const LAST = ['Varga', 'Novak', 'Kowal', 'Lind', 'Moreau', 'Petrov', 'Hale', 'Brandt', 'Costa', 'Mertens', 'Ilves', 'Duarte'];
/** Surnames of the catalogue's people: renamed in generated pages, so detection meets unknown names. */
const PEOPLE = catalogueFor(['russia-ukraine-2022']).actors.filter((a) => a.kind === 'person').map((a) => a.name.split(' ').at(-1)!)
  .filter((s) => /^[A-Za-z]+$/.test(s));

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return (s >>> 8) / 0x1000000;
  };
}

/** Pages per week of news in a generated corpus: five of each seed's shape. */
const PAGES_PER_WEEK = 25;

const M = '(January|February|March|April|May|June|July|August|September|October|November|December)';

/**
 * Documents `from` .. n - 1 of a corpus. A `variant` other than 0 gives other outlets, names and
 * perturbations for the same dates (other outlets' pages on the same days), named with `prefix`.
 */
export function* generateCorpus(seeds: readonly Seed[], n: number, { from = 0, variant = 0, prefix = 'gen', dated = false } = {}): Generator<Seed> {
  const publishers = new Map<string, string | null>(); // each template's outlet, read once
  const days = new Map<string, string | null>(); // each template's day of publication, read once
  for (let k = from; k < n; k++) {
    const base = seeds[k % seeds.length]!;
    const rand = rng(k + 1 + variant * 1_000_003);
    const weeks = Math.floor(k / PAGES_PER_WEEK);
    const shift = (y: number, m: number, d: number) => {
      const day = addDays(iso(y, m, d), 7 * weeks);
      return { y: +day.slice(0, 4), m: +day.slice(5, 7) - 1, d: +day.slice(8, 10) };
    };
    let text = base.text
      .replace(new RegExp(`${M} (\\d{1,2}), (\\d{4})`, 'g'), (_, mo: string, d: string, y: string) => {
        const s = shift(+y, monthIndex(mo), +d);
        return `${cap(MONTHS[s.m]!)} ${s.d}, ${s.y}`;
      })
      .replace(new RegExp(`(\\d{1,2}) ${M} (\\d{4})`, 'g'), (_, d: string, mo: string, y: string) => {
        const s = shift(+y, monthIndex(mo), +d);
        return `${s.d} ${cap(MONTHS[s.m]!)} ${s.y}`;
      })
      .replace(new RegExp(`${M} (\\d{1,2})\\b(?!,? \\d{4})`, 'g'), (_, mo: string, d: string) => {
        const s = shift(2022, monthIndex(mo), +d);
        return `${cap(MONTHS[s.m]!)} ${s.d}`;
      });
    // Outlets and people renamed, the same way throughout one document.
    const outlet = OUTLETS[Math.floor(rand() * OUTLETS.length)]!;
    if (!publishers.has(base.name)) publishers.set(base.name, readFacts(normalise(base.text)).publisher);
    const publisher = publishers.get(base.name);
    if (publisher) text = text.split(publisher).join(outlet);
    for (const surname of PEOPLE) {
      if (rand() < 0.5) continue;
      const first = FIRST[Math.floor(rand() * FIRST.length)]!;
      const last = LAST[Math.floor(rand() * LAST.length)]! + (k % 7 ? '' : 'ski');
      text = text.replace(new RegExp(`[A-Z][a-z]+ ${surname}\\b`, 'g'), `${first} ${last}`).replace(new RegExp(`\\b${surname}\\b`, 'g'), last);
    }
    // Perturbed text: some sentences dropped, some paragraphs' sentences swapped.
    text = text.split('\n').map((line) => {
      const sentences = line.split(/(?<=[.!?”])\s+(?=[A-Z“])/u);
      if (sentences.length < 2) return line;
      if (rand() < 0.1) sentences.splice(Math.floor(rand() * sentences.length), 1);
      if (rand() < 0.1) sentences.reverse();
      return sentences.join(' ');
    }).join('\n');
    // `dated`: the page's day in a front-matter block, as a newsroom's tool sends it (CONTRACT.md),
    // so no page is dated by the day it was received: a bench that adds years of pages in minutes
    // would otherwise pile every page whose text gives no year onto that one day.
    if (dated) {
      if (!days.has(base.name)) days.set(base.name, readFacts(normalise(base.text)).published?.slice(0, 10) ?? null);
      const day = days.get(base.name);
      if (day) text = `---\npublished: ${addDays(day, 7 * weeks)}\n---\n${text}`;
    }
    yield { name: `${prefix}_${String(k).padStart(5, '0')}_${base.name}`, text };
  }
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
