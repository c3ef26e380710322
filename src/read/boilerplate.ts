import type { DroppedLine, DropReason, Line } from '../model/types';
import { attributionShaped } from './line-rules/attribution';
import { byline, bylineShaped, shiftListShaped } from './line-rules/byline';
import { compactClockPosts } from './line-rules/compact-clock';
import { hasCredit, labelledCreditAlone } from './line-rules/credit';
import { datelineShaped } from './line-rules/dateline';
import { embeddedMediaShaped, mediaPromoShaped, socialEmbedShaped } from './line-rules/embedded-media';
import { LINE_RULES, type PageLine } from './line-rules';
import { liveChromeShaped, updateNoticeShaped } from './line-rules/live-chrome';
import { signOffShaped } from './line-rules/sign-off';
import { wireCaptionShaped } from './line-rules/wire-caption';
import { addressedToReader, explainerHeadingShaped, siteChromeShaped, summaryHeadingShaped } from './line-rules/site-chrome';
import { labelPosts } from './line-rules/label-posts';
import { promotion } from './line-rules/promotion';
import { pageDateStamp } from './line-rules/page-date-stamp';
import { splitGluedTitle, titleRunIntoLede } from './line-rules/glued-title';
import { capsLabelled, labelAfterEmbed, MIN_LABELLED_PARAGRAPHS, MIN_LABELS_AFTER_EMBEDS } from './caps-labels';
import { liveTitleShaped } from './live-cues';
import { storyEnd } from './tail';
import { repeatedStampLines } from './repeated-marks';
import { type PostTime, programmeSlotShaped, loggedListTimes, readPostTime, untimedStart } from './post-time';
import { bodyLike, captionShaped, comparable, endsSentence, firstSentenceEnd, LIST_NUMBER, gluedHeadlineEnd, headlineShaped, introShaped, isBullet, MIN_PARAGRAPH_LINE_WORDS, REPORTING, teaserShaped, words } from './shape';
import { slugWords, spellsSlug } from './url-slug';
import { bmpLetters } from './bmp-letters';

export type { PageLine } from './line-rules';
export { MIN_CUT_POST_WORDS } from './tail';

export interface Sorted {
  /** The page title, or null when the page has no line that can be one. */
  title: PageLine | null;
  kept: PageLine[];
  dropped: DroppedLine[];
  /** Attribution, byline and date lines: left out of items, read for document facts. */
  facts: PageLine[];
  /**
   * Post times by line number: a timestamp alone on its line (dropped as `timestamp`: the post
   * starts at the next kept line) or leading a kept line (whose text is then the rest of the line).
   */
  stamps: Map<number, PostTime>;
  /** Lines that print a day alone ("Tuesday 3 March 2020"): in a live blog, the day of the posts below. */
  dayHeaders: PageLine[];
  /** The headline of a post the copy cut off after it, as the copy's last line, or null. */
  cutHeadline: PageLine | null;
}

/** Options a page's front matter gives the reader. */
export interface SortOptions {
  /** The page's title as its front matter gives it: the line that says it is the title. */
  titleHint?: string | null;
  /** The page says it is a live blog (see live-cues.ts). */
  live?: boolean;
  /** The outlet as the front matter names it: a line that is only its name is the masthead, never the title. */
  publisher?: string | null;
  /** The page's URL as the front matter gives it: a line above the posts that spells its slug is the title (url-slug.ts). */
  url?: string | null;
}

/**
 * A wire dateline opening a paragraph: "HARBOURTON — ", "PORT ELDA, Norland (Agency) — ", "HARBOURTON, Jan 5 (Agency) - ".
 * The place is in capitals; a hyphen counts only after an agency in brackets.
 */
const WIRE_DATELINE = /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z.]+){0,2})?(?: \([A-Za-z][\w .&/-]{0,30}\))? ?(?:—|–|--)\s*\S|^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z0-9.]+){0,2})? \([A-Za-z][\w .&/-]{0,30}\) - \S/;
/** "1. We are pausing our coverage": a numbered post headline. */
const NUMBERED_POST = bmpLetters(new RegExp(`${LIST_NUMBER.source}[\\p{Lu}“"‘']`, 'u'));
/** Datelined paragraphs that make a running story; one is an article's opening. */
const MIN_DATELINED_POSTS = 2;
/** "Update:", "Update 2:", "UPDATE 9.15 –": a story updated in place, each update a post. */
const UPDATE_LABEL = bmpLetters(/^update(?:\s+\d{1,2}(?:[:.]\d{2})?)?\s*[:–—-]\s+(?=[\p{Lu}\p{Ll}“"‘])/iu);
/** "Update 11:00 a.m. …", "UPDATES - 4:16 PM ET": a post time printed as an update's label. */
const UPDATE_WORD = /^updates?\b/i;
/** "UPDATE –", "Update:" alone on its line, above the update it labels. */
const UPDATE_ALONE = /^update\s*[:–—-]$/i;
/** Labelled updates that make a running story. */
const MIN_UPDATE_POSTS = 2;
/** "Updated" alone on its line: a live blog printed it under each post it changed. */
const UPDATED_ALONE = /^updated$/i;
/** "Updated at 15.02 GMT": the same footer with the time of the change (a page's own date line gives a day too). */
const UPDATED_AT = /^updated\s+at\s/i;
/**
 * A post's "Updated" footer, bare or with its time only. (Kept apart from a page's "Updated 14:02
 * GMT" date line under its title by counting: MIN_UPDATED_SEPARATORS footers cut a page.)
 */
const updatedFooter = (t: string): boolean => {
  if (UPDATED_ALONE.test(t)) return true;
  if (!UPDATED_AT.test(t)) return false;
  const time = readPostTime(t);
  return !!time?.clock && !time.rest && !time.day && !time.monthDay;
};
/** Lone "Updated" lines that cut a blog without post times into posts. */
const MIN_UPDATED_SEPARATORS = 2;
/** A writer's name alone on its line: two or three capitalised words. */
const NAME_ALONE = bmpLetters(/^(?:[\p{Lu}][\p{L}’'.-]+\s){1,2}[\p{Lu}][\p{L}’'.-]+$/u);
/** Paragraphs under a writer's name that cut a blog without post times or headlines into posts. */
const MIN_SIGNED_POSTS = 2;
/** Headline + paragraph pairs below a copy's first paragraph that make it a blog, not an article. */
const MIN_BLOG_PAIRS = 3;
/** Words of a section's name printed above a headline ("National Politics", "Business", "World News"). */
const MAX_KICKER_WORDS = 3;
/** Words of the headline under such a line, for that line to be its kicker (a title is a phrase). */
const MIN_TITLE_WORDS_UNDER_KICKER = 5;
/** Words of a live page's headline that says it is live, for it to be the title below a tagline ("Live" alone is a label). */
const MIN_LIVE_TITLE_WORDS = 3;
/** Paragraphs of story above a live copy's first headline for that headline to be a sub-heading of the story, not its title. */
export const MIN_STORY_PARAGRAPHS_ABOVE_SUBHEADING = 3;
/** Paragraphs above a live copy's first headline for its title to count as lost (one is a pinned summary or a teaser). */
const MIN_PARAGRAPHS_ABOVE_LOST_TITLE = 2;
/** Words of a paragraph run onto its post time, for the caption rules to leave it to its post. */
const MIN_TIMED_PARAGRAPH_WORDS = 20;
/** The reasons of the rules that take a line for a picture's caption. */
const CAPTION_REASONS: ReadonlySet<DropReason> = new Set<DropReason>(['credit', 'caption']);
/** Post times printed as list items, for the list to be the blog's posts rather than a summary. */
const MIN_LISTED_POSTS = 2;
/** Lines whose headline runs into the post's first sentence, for them to cut a live copy into posts. */
const MIN_GLUED_POSTS = 2;
const gluedHeadline = (t: string): boolean => gluedHeadlineEnd(t) > 0;
/** Post starts that a blog's pictures mark, for them to cut it into posts. */
const MIN_SHOWN_POSTS = 3;
/** "Here are some of the latest images …", "Here is the video:": a sentence that shows what follows. */
const HERE_IS = /^here(?:['’]s| (?:are|is))\b/i;
/** Longest sentence that shows what follows, in words. */
const MAX_SHOWING_WORDS = 30;
/** A sentence that introduces what the copy shows next: pictures, a video, an embedded post. */
const showsMedia = (t: string): boolean => introShaped(t) || (HERE_IS.test(t) && words(t) <= MAX_SHOWING_WORDS && endsSentence(t));

/**
 * A line of a picture or an embed: a credited caption, the title of an embedded player or social
 * post, or the alt text above a credited caption.
 */
/** Words of a one-sentence line, at least, for it to be a line of story (a sentence title or a short lede): as many as a first paragraph needs to title an article (segment.ts). */
const MIN_SENTENCE_LINE_WORDS = 8;

/** "Harbourton's mayor has resigned after twelve years.": one whole sentence, opening on a capital. */
const sentenceLineShaped = (t: string): boolean => words(t) >= MIN_SENTENCE_LINE_WORDS && /^[\p{Lu}“"‘]/u.test(t) && endsSentence(t)
  && firstSentenceEnd(t) >= t.trimEnd().length - 1;

function pictureLine(page: PageLine[], at: number): boolean {
  const t = page[at]!.text;
  if (hasCredit(t) || embeddedMediaShaped(t) || socialEmbedShaped(t)) return true;
  const next = page[at + 1]?.text;
  return !!next && hasCredit(next) && (next.startsWith(t) || words(t) <= MAX_ALT_WORDS);
}

/** "date 2022-11-01 Title", "2022-11-01 Title": the day a copy was saved, glued before its first line. */
const DATE_LABEL = /^(?:date:?\s*)?\d{4}-\d{2}(?:-\d{2})?(?:\s+|$)/i;

/**
 * "Updated 14:02 GMT", "Last updated Tuesday 14 March 2023, 7:05pm", "• Published at 07:59 am December
 * 13th, 2019" (a page's date lines printed as a list): the page's date, not a post's start.
 */
const PAGE_STAMP = /^(?:[•·▪]\s*)?(?:(?:last\s+)?updated|(?:first\s+)?published)\b/i;

/**
 * Separates the story from the page around it, by shape and position (jusText's signals for
 * plain text). In order:
 *  1. post times      a line that is a time, or starts with one: never a title or a headline
 *  2. header          furniture above the first line that can be the title
 *  3. line rules      LINE_RULES: credits, datelines, bylines, attributions, live and site chrome, menus
 *  4. repeats         a sentence seen before (not a headline: a summary list repeats its posts' headlines)
 *  5. alt text        the short line a page prints above a credited caption
 *  6. tail            everything after the last real paragraph (related lists, comment widgets, briefs)
 */
/**
 * A title without the site's name a page's <title> carries after a bar or a dash ("Dam gates opened
 * as river rises | Kessel Monitor", "… - Harbour News"): the front matter may give the title so, the
 * page print it bare, or the other way round. Only a last segment of a few capitalised words goes.
 */
const SITE_NAME_SUFFIX = bmpLetters(/\s+[|–—-]\s+(?:[\p{Lu}\d][\p{L}\d.&’'-]*)(?:\s+[\p{Lu}\d&][\p{L}\d.&’'-]*){0,3}$/u);
const withoutSiteName = (t: string): string => t.replace(SITE_NAME_SUFFIX, '');

export function sortLines(lines: Line[], options: SortOptions = {}): Sorted {
  const page = toPageLines(lines);
  const dropped = new Map<number, DropReason>();
  const facts: PageLine[] = [];
  const stamps = new Map<number, PostTime>();
  const dayHeaders: PageLine[] = [];
  const drop = (l: PageLine, why: DropReason) => { if (!dropped.has(l.no)) dropped.set(l.no, why); };

  // 0. A date glued before the copy's first line is the copy's stamp, not its text.
  const first = page[0];
  if (first && DATE_LABEL.test(first.text)) {
    const rest = first.text.replace(DATE_LABEL, '').trim();
    facts.push({ ...first, text: first.text.slice(0, first.text.length - rest.length).replace(/^date:?\s*/i, '').trim() });
    if (rest) first.text = rest;
    else drop(first, 'dateline');
  }

  // 0'. A header flattened onto the title's line, above the story's first paragraph: the title,
  //     then its byline or the page's date stamp with no break ("… live updatesBy Jo Reed",
  //     "… to Grow August 17, 2021 02:46 PM"). The title keeps the line; the rest is a page fact
  //     (line-rules/glued-title.ts).
  for (const l of page) {
    if (bodyLike(l.text, 12)) break;
    const glued = splitGluedTitle(l.text);
    if (!glued) continue;
    facts.push({ ...l, text: glued.tail });
    l.text = glued.title;
  }

  // 1. Post times. (A match's minute, "77 min: …", starts a post only on a page without clock
  //    times: under "20:30 , Jo Reed" it is the post's own text.)
  // (A day's log printed as a list, "- 7:40 p.m. on Monday (1840 GMT): … says …", is posts too.)
  const logged = loggedListTimes(page.map((l) => l.text));
  const read = page.map((l, i) => readPostTime(l.text) ?? logged[i]!);
  // (A stamp the page prints in a shape of its own, its time beside a writer's name or the post's
  // age, "10.30pm / Ada Berg", is read by that shape's repetition: repeated-marks.ts.)
  const shapedStamps = repeatedStampLines(page.map((l) => l.text), read, !!options.live);
  const times = read.map((t, i) => t ?? shapedStamps.get(i) ?? null);
  const clocked = times.some((t) => t?.clock);
  // A live blog flattened into a list ("• 2m ago (06:00 GMT)Headline…", "• 8m ago", "• Headline",
  // "• Text"): when MIN_LISTED_POSTS of its post times are list items, every line below the first
  // of them is an item of that list, not a summary's bullet, and its bullet goes.
  const listed = page.filter((l, i) => times[i] && isBullet(l.text));
  if (listed.length >= MIN_LISTED_POSTS) {
    for (const l of page.slice(page.indexOf(listed[0]!))) if (isBullet(l.text)) l.text = l.text.replace(/^\S+\s+/, '');
  }
  for (const [i, l] of page.entries()) {
    const t = times[i];
    if (!t || (t.mark === 'match-minute' && clocked)) continue;
    if (!t.rest && PAGE_STAMP.test(l.text)) { drop(l, 'dateline'); facts.push(l); continue; }
    // "Update 11:00 a.m. CDT Aug. 27: …": a story updated in place, each update under its time; the
    // story above the first is a post too, as under "Update 2:" labels.
    stamps.set(l.no, UPDATE_WORD.test(l.text) ? { ...t, mark: 'update-label' } : t);
    if (t.rest) l.text = t.rest;
    else { drop(l, 'timestamp'); facts.push(l); }
  }
  // 1'. The page's own date stamp above its posts' times, printed date first where theirs are not
  //     ("Saturday 08 October 2022 02:30 BST" over "1665173140"): a dateline, no post's start
  //     (line-rules/page-date-stamp.ts).
  const pageStamp = pageDateStamp(stamps, new Map(page.map((l) => [l.no, l])));
  if (pageStamp !== null) { stamps.delete(pageStamp); dropped.set(pageStamp, 'dateline'); }

  // 1b. Wire datelines: a page whose paragraphs open with "CITY — " / "CITY (Agency) — " two or
  //     more times is a wire service's running story ("The Latest"): each dateline starts a post.
  // ("UPDATE – …" is a label in capitals, not a place.)
  const datelined = page.filter((l) => !stamps.has(l.no) && WIRE_DATELINE.test(l.text) && !UPDATE_LABEL.test(l.text));
  if (datelined.length >= MIN_DATELINED_POSTS) {
    for (const l of datelined) stamps.set(l.no, untimedStart(l.text));
  }

  // 1c. Numbered posts: "1. Headline", "2. Headline" … in sequence, as some live pages print them.
  const numbered = page.filter((l) => !stamps.has(l.no) && NUMBERED_POST.test(l.text) && headlineShaped(l.text));
  const inSequence = numbered.filter((l, k) => k > 0 && parseInt(l.text, 10) === parseInt(numbered[k - 1]!.text, 10) + 1).length;
  if (inSequence >= 1) {
    for (const l of numbered) stamps.set(l.no, untimedStart(l.text));
  }

  // 1c'. Compact clock times printed newest first: "1410 – That ends our coverage …" (line-rules/compact-clock.ts).
  for (const { line, time } of compactClockPosts(page.filter((l) => !stamps.has(l.no)))) {
    stamps.set(line.no, time);
    line.text = time.rest;
  }

  // 1d. Labelled updates: "Update:", "Update 2: …" opening two or more paragraphs; the label goes.
  //     A label alone on its line ("UPDATE –") labels the line below it.
  const labelled = page.filter((l) => !stamps.has(l.no) && UPDATE_LABEL.test(l.text));
  const alone = page.filter((l, i) => !stamps.has(l.no) && UPDATE_ALONE.test(l.text) && page[i + 1] && !stamps.has(page[i + 1]!.no));
  if (labelled.length + alone.length >= MIN_UPDATE_POSTS) {
    for (const l of labelled) {
      l.text = l.text.replace(UPDATE_LABEL, '');
      stamps.set(l.no, { ...untimedStart(l.text), mark: 'update-label' });
    }
    for (const l of alone) {
      const next = page[page.indexOf(l) + 1]!;
      drop(l, 'timestamp');
      stamps.set(next.no, { ...untimedStart(next.text), mark: 'update-label' });
    }
    // "THIS IS A DEVELOPING STORY …" between the updates and the story they update: the story
    // below the notice is a post of its own, not the last update's text.
    page.forEach((l, i) => {
      const next = page[i + 1];
      if (next && updateNoticeShaped(l.text) && !stamps.has(next.no) && stamps.size > 0 && [...stamps.keys()].some((no) => no < l.no)) {
        stamps.set(next.no, { ...untimedStart(next.text), mark: 'update-label' });
      }
    });
  }

  // 1d'. Capitals labels: a live page without times whose paragraphs hold "FULL TIME: …",
  //     "LATEST UPDATE: …" (src/read/caps-labels.ts) three or more times: each starts a post.
  //     A page that does not say it is live is cut so when its labels follow embedded posts.
  const capsLabels = stamps.size === 0 ? page.filter((l) => !dropped.has(l.no) && capsLabelled(l.text)) : [];
  if (capsLabels.length >= MIN_LABELLED_PARAGRAPHS && (options.live || capsLabels.filter((l) => labelAfterEmbed(l.text)).length >= MIN_LABELS_AFTER_EMBEDS)) {
    for (const l of capsLabels) stamps.set(l.no, { ...untimedStart(l.text), mark: 'caps-label' });
  }

  // 1d''. A live page without times whose paragraphs open on the same running label ("Cup final,
  //     94/3 after 14 overs: …") three or more times: each starts a post (line-rules/label-posts.ts).
  if (options.live && stamps.size === 0) {
    for (const l of labelPosts(page.filter((x) => !dropped.has(x.no)))) stamps.set(l.no, { ...untimedStart(l.text), mark: 'caps-label' });
  }

  // 1d'. A live copy that lost the break between each post's headline and its text ("Army hits
  //     smuggling boats after flare launchesThe army says …"): each such line starts a post.
  if (options.live && stamps.size === 0) {
    const glued = page.filter((l) => !dropped.has(l.no) && gluedHeadline(l.text));
    if (glued.length >= MIN_GLUED_POSTS) for (const l of glued) stamps.set(l.no, { ...untimedStart(l.text), mark: 'separator' });
  }

  // 1e. A live blog without post times or headlines, cut into posts by what stands between them:
  //     a lone "Updated" printed under each post it changed, or the name of the post's writer
  //     alone on its line. The line after each starts a post (past a writer's handover note).
  const separators = (lines: PageLine[]) => {
    for (const u of lines) {
      let at = page.indexOf(u) + 1;
      while (page[at] && (signOffShaped(page[at]!.text) || siteChromeShaped(page[at]!.text) || updatedFooter(page[at]!.text))) at++;
      const next = page[at];
      if (next) stamps.set(next.no, { ...untimedStart(next.text), mark: 'separator' });
    }
  };
  const updated = page.filter((l) => updatedFooter(l.text));
  if (options.live && stamps.size === 0 && updated.length >= MIN_UPDATED_SEPARATORS) {
    updated.forEach((u) => drop(u, 'timestamp'));
    separators(updated);
  }
  // A writer's name above a paragraph (not above a headline: those posts are cut at their headlines).
  if (options.live && stamps.size === 0) {
    // (A name under a post's headline is that post's byline: the post is cut at its headline.)
    const signed = page.filter((l, i) => NAME_ALONE.test(l.text) && page[i + 1] !== undefined && bodyLike(page[i + 1]!.text, 8) && byline.test(page, i)
      && !(page[i - 1] && headlineShaped(page[i - 1]!.text) && !endsSentence(page[i - 1]!.text)));
    if (signed.length >= MIN_SIGNED_POSTS) separators(signed);
  }
  // A post that shows something ("Here are some of this morning's pictures:", "This girl was
  // rescued after two days:") ends with what it shows: the paragraph after the pictures, the
  // video's title or the embedded post starts the next post.
  if (options.live && stamps.size === 0) {
    const starts = new Set<PageLine>();
    page.forEach((l, i) => {
      if (!showsMedia(l.text)) return;
      let j = i + 1;
      while (page[j] && pictureLine(page, j)) j++;
      if (j > i + 1 && page[j] && bodyLike(page[j]!.text, 8)) starts.add(l).add(page[j]!);
    });
    if (starts.size >= MIN_SHOWN_POSTS) for (const l of starts) stamps.set(l.no, { ...untimedStart(l.text), mark: 'separator' });
  }

  // 2. Header: the title is the line the front matter names, when it is on the page; else the
  //    first line shaped like a headline that is not furniture. What stands above it is header.
  //    Without a title in the front matter, the line that spells the URL's slug says it as well, above
  //    the first post's time (a post's headline under it is the post's).
  const hint = options.titleHint ? comparable(withoutSiteName(options.titleHint)) : null;
  const slug = hint ? [] : slugWords(options.url);
  const firstTimed = page.findIndex((l) => stamps.has(l.no));
  const hinted = hint ? page.findIndex((l) => !dropped.has(l.no) && comparable(withoutSiteName(l.text)) === hint)
    : slug.length ? page.findIndex((l, i) => (firstTimed < 0 || i < firstTimed) && !dropped.has(l.no) && spellsSlug(l.text, slug)) : -1;
  // The title stands above the story: a headline-shaped line after its last paragraph (a quote
  // cut off at the copy's end, a source line) is not one.
  let lastParagraph = page.length - 1;
  while (lastParagraph >= 0 && !isStoryParagraph(page[lastParagraph]!)) lastParagraph--;
  function isStoryParagraph(l: PageLine): boolean {
    return !dropped.has(l.no) && bodyLike(l.text, 12) && !siteChromeShaped(l.text) && !signOffShaped(l.text);
  }
  const masthead = options.publisher ? comparable(options.publisher) : null;
  const canBeTitle = (l: PageLine, i: number): boolean => (lastParagraph < 0 || i < lastParagraph) && !dropped.has(l.no) && !stamps.has(l.no) && headlineShaped(l.text) && words(l.text) >= 2
    && (!siteChromeShaped(l.text) || (i === 0 && explainerHeadingShaped(l.text))) && !addressedToReader(l.text) && !teaserShaped(l.text) && !liveChromeShaped(l.text) && !datelineShaped(l.text) && !hasCredit(l.text) && !wireCaptionShaped(l.text) && !socialEmbedShaped(l.text)
    && !attributionShaped(l.text) && !bylineShaped(l.text) && !shiftListShaped(l.text) && !(masthead && isMasthead(l.text, masthead)) && !mastheadWithWidget(l.text)
    && !programmeSlotShaped(l.text) && !promotion.test(page, i);
  // On a live page, the headline above the posts that says it is live ("LIVE: Council count
  // results") is the title: a line above it that does not (a site's tagline, a section) is header.
  const storyStart = page.findIndex((l) => stamps.has(l.no) || isStoryParagraph(l));
  // A video's promotion above an article's headline ("WATCH: Waves crash over the harbour wall" /
  // "Port closed as storm batters the coast"): a teaser, the headline under it the title.
  const promoted = page.findIndex(canBeTitle);
  const underPromo = !options.live && promoted >= 0 && mediaPromoShaped(page[promoted]!.text)
    ? page.findIndex((l, i) => i > promoted && (storyStart < 0 || i < storyStart) && canBeTitle(l, i)) : -1;
  const firstShaped = underPromo >= 0 ? underPromo : promoted;
  const liveHeadline = options.live && firstShaped >= 0 && !liveTitleShaped(page[firstShaped]!.text)
    ? page.findIndex((l, i) => i > firstShaped && (storyStart < 0 || i < storyStart) && canBeTitle(l, i) && words(l.text) >= MIN_LIVE_TITLE_WORDS && liveTitleShaped(l.text))
    : -1;
  // A section's name above the headline ("National Politics", "World News"): a line of a few words
  // right above a longer headline that is not a sentence is a kicker, and the headline the title.
  // (Furniture between them is passed over: an app's or a newsletter's promotion, another short
  // label — "Get Audio+" / "Scan to download the app" / "Local News" / the headline.)
  const afterFirst = firstShaped >= 0
    ? page.findIndex((l, i) => i > firstShaped && !dropped.has(l.no) && !siteChromeShaped(l.text) && !(words(l.text) <= MAX_KICKER_WORDS && !stamps.has(l.no) && !endsSentence(l.text))) : -1;
  // (Not on a live page: there a short title stands above the first post's headline — unless the
  // headline is the one the page's byline stands under: "Hurricane X" / "Pandemic" / "Hurricane X
  // nears the coast" / "By Jo Reed".)
  const bylineUnder = (i: number) => { const next = page.slice(i + 1).find((l) => !dropped.has(l.no)); return !!next && bylineShaped(next.text); };
  const kicker = (!options.live || (afterFirst >= 0 && bylineUnder(afterFirst))) && afterFirst >= 0 && words(page[firstShaped]!.text) <= MAX_KICKER_WORDS && !stamps.has(page[afterFirst]!.no)
    && headlineShaped(page[afterFirst]!.text) && !endsSentence(page[afterFirst]!.text)
    && words(page[afterFirst]!.text) >= MIN_TITLE_WORDS_UNDER_KICKER && !bylineShaped(page[afterFirst]!.text) && !datelineShaped(page[afterFirst]!.text);
  const shaped = liveHeadline >= 0 ? liveHeadline : kicker ? afterFirst : firstShaped;
  // A headline under the first post time heads that post: the copy has lost the page's title.
  const firstStamp = page.findIndex((l) => stamps.has(l.no));
  // An article copied from its first paragraph has lost its title too ("The death toll rose to …,
  // officials said today."): a line further down ("What happened?", a map's label) is no title.
  // Not on a live page, whose copy may carry a pinned summary above its title.
  const opening = page.findIndex((l) => !stamps.has(l.no) && isStoryParagraph(l) && !hasCredit(l.text)
    && !captionShaped(l.text) && !attributionShaped(l.text) && !bylineShaped(l.text) && !datelineShaped(l.text));
  // Only an article's copy: below a page of headline + paragraph pairs, the paragraph on top is
  // the blog's introduction and the first headline its title.
  const pairs = opening < 0 || (shaped >= 0 && opening > shaped) ? 0 : page.slice(opening).filter((l, k, rest) => !stamps.has(l.no)
    && headlineShaped(l.text) && !endsSentence(l.text) && !!rest[k + 1] && bodyLike(rest[k + 1]!.text, 6)).length;
  // And the story runs on below its first paragraph before any headline: a lone paragraph right
  // above a headline is a teaser or a summary printed over the title.
  const storyAbove = shaped < 0 || page.slice(opening + 1, shaped).some((l) => isStoryParagraph(l) || introShaped(l.text));
  // An article whose first paragraph opens on its own title, run into the lede or the dateline
  // ("… after ferry strike KESSEL CITY (Agency) — …"): a headline above it is a promotion, a most-read
  // entry or a section's, and the item is that paragraph's (line-rules/glued-title.ts).
  const gluedOpening = !options.live && opening >= 0 && shaped >= 0 && opening > shaped && titleRunIntoLede(page[opening]!.text)
    && !page.slice(shaped + 1, opening).some((l) => !dropped.has(l.no) && (isStoryParagraph(l) || headlineShaped(l.text)));
  const titleLost = !options.live && opening >= 0 && (((shaped < 0 || opening < shaped) && storyAbove) || gluedOpening) && pairs < MIN_BLOG_PAIRS;
  // A live blog copied from its standfirst down ("Welcome to our live coverage …", "This is it,
  // election night. …") has lost its title too: below two or more paragraphs, the first headline
  // with text under it, followed by more such pairs, heads the first post. (A pinned summary above
  // a title is short lines or bullets, not paragraphs.)
  const storyAboveShaped = shaped > 0 ? page.slice(0, shaped).filter((l) => isStoryParagraph(l) && !isBullet(l.text)).length : 0;
  const liveTitleLost = options.live && opening >= 0 && shaped > opening
    && ((storyAboveShaped >= MIN_PARAGRAPHS_ABOVE_LOST_TITLE
    && page.slice(shaped).filter((l, k, rest) => !stamps.has(l.no) && !dropped.has(l.no) && headlineShaped(l.text) && !endsSentence(l.text)
      && !!rest[k + 1] && bodyLike(rest[k + 1]!.text, 6)).length >= MIN_BLOG_PAIRS)
    // A sub-heading under several paragraphs of story ("Big bang fears") is the story's, never its
    // title: the copy starts in the text (a pinned summary above a title is a paragraph or bullets).
    || (storyAboveShaped >= MIN_STORY_PARAGRAPHS_ABOVE_SUBHEADING && !liveTitleShaped(page[shaped]!.text)));
  // A live copy that starts at the blog's summary ("What to know about the fires:" and its bullets)
  // has lost its title too: the summary stands under the title, so a headline below it heads a post.
  const summaryAbove = options.live && shaped > 0 && page.slice(0, shaped).some((l, k, above) => summaryHeadingShaped(l.text)
    && above.slice(k + 1).some((b) => isBullet(b.text)));
  // A blog that prints each post's headline above its time ("First fatality confirmed" / "Update
  // 10:43 a.m.: …"): the headline right above the first time heads the first post, not the header.
  const headedAbove = (i: number) => i > 0 && headlineShaped(page[i - 1]!.text) && !endsSentence(page[i - 1]!.text) && !stamps.has(page[i - 1]!.no);
  const laterStamps = page.map((l, i) => (i > firstStamp && stamps.has(l.no) ? i : -1)).filter((i) => i > 0);
  const firstHeadedAbove = firstStamp > 0 && headedAbove(firstStamp) && laterStamps.length > 0 && laterStamps.filter(headedAbove).length * 2 >= laterStamps.length;
  // (So the headline right above the first time is that post's, not the page's title: the copy
  // starts at the first post.)
  const headsFirstPost = firstHeadedAbove && shaped === firstStamp - 1 && !liveTitleShaped(page[shaped]!.text);
  const titleAt = hinted >= 0 ? hinted : (firstStamp >= 0 && shaped > firstStamp) || headsFirstPost || titleLost || liveTitleLost || summaryAbove ? -1 : shaped;
  // Above the title (or the first post, or the first paragraph of a copy without either, or
  // anywhere, when there is none) only furniture is dropped: a paragraph there is the start of a
  // copy that lost its title.
  const headerEnd = titleAt >= 0 ? titleAt : firstStamp >= 0 ? firstStamp - (firstHeadedAbove ? 1 : 0) : (titleLost || liveTitleLost || shaped < 0) && opening >= 0 ? opening
    : shaped >= 0 ? shaped : page.length;
  const storyFirstLine = (l: PageLine): boolean => !dropped.has(l.no) && !stamps.has(l.no) && sentenceLineShaped(l.text)
    && !siteChromeShaped(l.text) && !teaserShaped(l.text) && !addressedToReader(l.text) && !hasCredit(l.text) && !captionShaped(l.text)
    && !bylineShaped(l.text) && !datelineShaped(l.text) && !attributionShaped(l.text) && !liveChromeShaped(l.text) && !signOffShaped(l.text);
  // A copy that lost its title may open on a one-sentence line above its first paragraph
  // ("Harbourton's mayor has resigned."): its first line of story, a sentence title or a short lede,
  // never furniture.
  const storyStartsAbove = titleAt < 0 && opening > 0 && headerEnd === opening && storyFirstLine(page[opening - 1]!);
  // (A line longer than any headline or entry is a paragraph whatever its end: one that runs into a link's label.)
  page.slice(0, storyStartsAbove ? opening - 1 : headerEnd).forEach((l) => { if (!bodyLike(l.text, 12) && words(l.text) < MIN_PARAGRAPH_LINE_WORDS) drop(l, 'widget'); });
  const title = titleAt < 0 ? null : page[titleAt]!;

  // 3–5. Line rules, repeats, alt text.
  const seen = new Set<string>();
  page.forEach((l, i) => {
    if (dropped.has(l.no) || l === title) return;
    // A paragraph that opens on its post time is a post's text, even when a picture's credit ends it
    // ("2m ago (06:00 GMT)Photos: … [Name/Agency]"): a caption never opens on a post time.
    const postText = !!stamps.get(l.no)?.rest && words(l.text) >= MIN_TIMED_PARAGRAPH_WORDS;
    const rule = LINE_RULES.find((r) => !(postText && CAPTION_REASONS.has(r.reason)) && r.test(page, i));
    if (rule) {
      drop(l, rule.reason);
      if (rule.facts) facts.push(l);
      if (rule.reason === 'dateline' && rule.facts) dayHeaders.push(l);
      if (rule.reason === 'credit') dropAltText(page, i, drop);
    // A repeated sentence is a caption or a pull quote printed twice; a repeated headline is kept:
    // the first one may be a "Key events" entry that points at the post further down.
    } else if (words(l.text) >= 6 && seen.has(l.text) && !headlineShaped(l.text)) drop(l, 'repeat');
    // The title printed again under itself, before the story starts, is the copy's repeat (under a
    // post time it is the first post's headline).
    else if (title && l.no > title.no && l.text === title.text && !page.slice(page.indexOf(title) + 1, i + 1).some((x) => isStoryParagraph(x) || stamps.has(x.no))) drop(l, 'repeat');
    // A share widget's label run onto the title it shares ("SHARE Ferry strike ends"): furniture.
    else if (title && l.text.length > title.text.length && l.text.endsWith(title.text) && siteChromeShaped(l.text.slice(0, -title.text.length).trim())) drop(l, 'chrome');
    seen.add(l.text);
  });

  // 6. Tail: nothing after the last real paragraph is story (tail.ts).
  const { lastBody, cutHeadline } = storyEnd(page, dropped, stamps, title, !!options.live);
  page.slice(lastBody + 1).forEach((l) => { if (l !== title) drop(l, 'trailing-list'); });
  // A line repeated in the tail marks its twin earlier on as a link too.
  const tailTexts = new Set(page.slice(lastBody + 1).map((l) => l.text));
  page.slice(0, lastBody + 1).forEach((l) => {
    if (tailTexts.has(l.text) && l !== title && !bodyLike(l.text)) drop(l, 'trailing-list');
  });

  return {
    title,
    kept: page.filter((l) => !dropped.has(l.no)),
    dropped: page.filter((l) => dropped.has(l.no)).map((l) => ({ line: l.no, reason: dropped.get(l.no)!, text: l.text })),
    facts,
    stamps,
    dayHeaders,
    cutHeadline,
  };
}

/** Words of an outlet's name run into a widget's word ("Northline News Share"), at most. */
const MAX_MASTHEAD_WIDGET_WORDS = 4;
/** A short line that ends on a widget's one word ("… Share", "… Menu"): the masthead run into its widgets, never the title. */
function mastheadWithWidget(t: string): boolean {
  const ws = t.trim().split(/\s+/);
  // (The name before it is capitalised word by word; "Vote count live" is a title.)
  return ws.length >= 2 && ws.length <= MAX_MASTHEAD_WIDGET_WORDS && ws.slice(0, -1).every((w) => /^\p{Lu}/u.test(w))
    && siteChromeShaped(ws.at(-1)!) && !/^live$/i.test(ws.at(-1)!) && !siteChromeShaped(ws.slice(0, -1).join(' '));
}

/**
 * What a masthead may print after the outlet's name: an edition code or word ("AU", "UK edition",
 * "International"), never a headline's words ("Example Times poll shows …" is a headline).
 */
const EDITION = /^(?:[a-z]{2,3}|[a-z]+ edition|edition|international|online)?$/;

/** The outlet's name, maybe with its edition: "Example Times – AU". */
function isMasthead(t: string, publisher: string): boolean {
  const c = comparable(t);
  if (!c.startsWith(publisher)) return false;
  const rest = c.slice(publisher.length).trim();
  // "Example News Share": the masthead with a widget's label beside it.
  return EDITION.test(rest) || siteChromeShaped(rest);
}

/** Longest alt text, in words: a short description of the picture, not a paragraph. */
const MAX_ALT_WORDS = 25;

/** Lines of a small block that holds a picture: its caption and credit, maybe a byline above. */
const MAX_PICTURE_BLOCK_LINES = 4;

/**
 * The alt text a page prints above a credited caption: a short line in the same block. Above a
 * credit alone on its line ("Image: Jo Reed/Agency") in a small block, the line is the picture's
 * caption, however long: story paragraphs stand in blocks of their own.
 */
function dropAltText(page: PageLine[], at: number, drop: (l: PageLine, why: DropReason) => void): void {
  const l = page[at]!;
  const prev = page[at - 1];
  if (!prev || l.inBlock === 0 || prev.inBlock !== l.inBlock - 1) return;
  // (Alt text describes a picture; a sentence that attributes, "… officials said", is the story's,
  // on a copy that lost its blank lines.)
  if (words(prev.text) <= MAX_ALT_WORDS && !bodyLike(prev.text, 30) && !(endsSentence(prev.text) && REPORTING.test(prev.text))) drop(prev, 'caption');
  else if (l.blockSize <= MAX_PICTURE_BLOCK_LINES && labelledCreditAlone(l.text)) drop(prev, 'caption');
  // The caption printed twice, the second time with its credit: the first is its alt text. (Not
  // under the title, where the lead picture's caption is often the page's standfirst.)
  else if (l.text.length > prev.text.length && l.text.startsWith(prev.text) && page.slice(0, at - 1).some((p) => bodyLike(p.text, 12))) drop(prev, 'caption');
}



function toPageLines(lines: Line[]): PageLine[] {
  const out: PageLine[] = [];
  let block: Line[] = [];
  const flush = () => {
    // (Written out, not spread: a line is its number and text; a literal is built several times faster.)
    block.forEach((l, i) => out.push({ no: l.no, text: l.text, blockSize: block.length, inBlock: i }));
    block = [];
  };
  for (const l of lines) {
    if (l.text === '') flush();
    else block.push(l);
  }
  flush();
  return out;
}
