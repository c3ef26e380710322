import { addPagePeople, findActors } from './actors';
import { sortLines } from './boilerplate';
import { readItemDates } from './dates';
import { looksBinary } from './decode';
import { pageFacts } from './document-facts';
import { parseFrontMatter } from './front-matter';
import { htmlToText, looksLikeHtml } from './html';
import { itemTimes } from './item-time';
import { liveCues, namesLiveBlog } from './live-cues';
import { normalise } from './normalise';
import type { PostAnnotator, ReadStage } from './page-reading';
import { postDays } from './post-day';
import { repairLines } from './repair';
import { segment } from './segment';
import { bodyLike } from './shape';
import { pageTopics } from './topics';

/**
 * Longest line read, in characters. A news paragraph is a few thousand at most; a longer line is a
 * broken copy (one endless line), cut with a warning so the rules stay linear in the page size.
 */
export const MAX_LINE_CHARS = 20_000;

/** Words of a sentence on the copy's first line for it to be a paragraph, not the title, when live cues are read. */
const MIN_TITLE_PARAGRAPH_WORDS = 12;

/**
 * Reading one page, in the order the stages run. Each reads what the stages before it found; the
 * runner (`readSeed`) knows no rule.
 */
export const READ_STAGES: readonly ReadStage[] = [
  // 1. Binary data is no page; a page not in UTF-8 was read as windows-1252 and says so.
  function decoding(page) {
    if (page.seed.decodedAs) page.warnings.push(`not UTF-8: read as ${page.seed.decodedAs}`);
    if (looksBinary(page.seed.text)) { page.warnings.push('binary data, not text: skipped'); page.skipped = true; }
  },
  // 2. The front-matter block: its values win over the text; its lines are blanked, so every
  //    line number stays the file's.
  function frontMatter(page) {
    page.front = parseFrontMatter(page.seed.text);
    for (const e of page.front.errors) page.warnings.push(e.message);
    page.url = page.front.fields.url ?? null;
    const n = page.front.bodyStart;
    page.text = n ? page.seed.text.replace(new RegExp(`^(?:[^\\n]*\\n){${n}}`), '\n'.repeat(n)) : page.seed.text;
  },
  // 3. A page sent as HTML is read as text (tags out, line breaks kept).
  function html(page) {
    if (!looksLikeHtml(page.text)) return;
    page.text = htmlToText(page.text);
    page.warnings.push('page is HTML: read as text with tags removed');
  },
  // 4. Numbered lines: line ends, control characters and spaces cleaned; endless lines cut.
  function lines(page) {
    page.lines = normalise(page.text);
    for (const l of page.lines) {
      if (l.text.length <= MAX_LINE_CHARS) continue;
      page.warnings.push(`line ${l.no} cut from ${l.text.length} to ${MAX_LINE_CHARS} characters`);
      l.text = l.text.slice(0, MAX_LINE_CHARS);
    }
  },
  // 5. `?` left by a lost encoding, mended where the shape says so.
  function repair(page) {
    const { lines, log } = repairLines(page.lines, page.catalogue.knownNames);
    page.lines = lines;
    if (log.length) page.warnings.push(`repaired encoding damage on ${log.length} line(s), e.g. line ${log[0]!.line}`);
  },
  // 6. What says "live blog": the URL, the title, live furniture.
  function live(page) {
    // (The copy's first line is its title unless it is a paragraph: a promotion or a standfirst
    // printed above the title, "Live from the island, … Follow our feed to find out more!".)
    const first = page.lines.find((l) => l.text)?.text ?? null;
    page.live = liveCues(page.url, page.front.fields.title ?? (first && !bodyLike(first, MIN_TITLE_PARAGRAPH_WORDS) ? first : null), page.lines);
  },
  // 7. Post times, the header, the line rules, repeats, alt text, the tail (boilerplate.ts).
  function sort(page) {
    page.sorted = sortLines(page.lines, { titleHint: page.front.fields.title ?? null, live: page.live, publisher: page.front.fields.publisher ?? null, url: page.url });
  },
  // 8. Live blog (posts cut at their times, at the mark the page repeats at every post —
  //    repeated-marks.ts — or at their headlines) or article.
  function layout(page) {
    page.layout = segment(page.sorted!, { live: page.live, named: namesLiveBlog(page.url, page.front.fields.title ?? page.sorted!.title?.text ?? null) });
    if (!page.layout.title && !page.front.fields.title) page.warnings.push('no title: no line above the story is shaped like a headline (a copy may start in its text)');
    if (page.layout.posts.length === 0) page.warnings.push('no items: nothing on the page reads as a post or an article body');
  },
  // 9. Publisher and publication date: front matter, URL, text, day received; never the clock.
  pageFacts,
];

/** Reading each post of a page, in order; each annotator takes the page's posts as a list. */
export const POST_ANNOTATORS: readonly PostAnnotator[] = [
  // 1. The day each post was written: its printed date, the day header above it, the page's day.
  postDays,
  // 2. The event day and any scheduled day, by the news rule, against the post's day.
  function dates(posts, page) {
    let unresolved = 0;
    for (const p of posts) {
      p.dates = readItemDates(p.post.headline, p.post.paragraphs.map((x) => x.text), p.day);
      if (p.dates.unresolved) unresolved++;
    }
    if (unresolved) page.warnings.push(`${unresolved} item(s) name a day relative to a date the page does not give ("on Thursday"): left undated`);
  },
  // 3. The event's time: the post's printed time, a stated UTC time, the article's date-time.
  itemTimes,
  // 4. Who acts and who is mentioned.
  function actors(posts, page) {
    const { catalogue, facts } = page;
    for (const p of posts) p.actors = findActors(p.post.headline, p.post.paragraphs.map((x) => x.text), { publisher: facts!.publisher, catalogue });
    // The title and standfirst name people in full that the posts then call by surname.
    const layout = page.layout!;
    const pageText = posts.map((p) => [p.post.headline, ...p.post.paragraphs.map((x) => x.text)].join('\n')).join('\n');
    const pagePeople = findActors(layout.title?.text ?? '', layout.description.map((d) => d.text), { publisher: facts!.publisher, catalogue, pageText });
    addPagePeople(posts.map((p) => ({ headline: p.post.headline, paragraphs: p.post.paragraphs.map((x) => x.text), actors: p.actors })), pagePeople, catalogue);
  },
  // 5. What it is about.
  function topics(posts, page) {
    const topics = pageTopics(page.layout?.title?.text, posts.map((p) => ({ headline: p.post.headline, paragraphs: p.post.paragraphs.map((x) => x.text) })), page.catalogue);
    posts.forEach((p, k) => { p.topics = topics[k]!; });
  },
];
