import type { DroppedLine, Paragraph } from '../model/types';
import { MIN_CUT_POST_WORDS, MIN_STORY_PARAGRAPHS_ABOVE_SUBHEADING, type PageLine, type Sorted } from './boilerplate';
import type { PostTime } from './post-time';
import chromeData from '../../data/lexicon/chrome.json';
import { closingPost } from './closing-post';
import { postAfterSummary } from './post-after-summary';
import { alternation } from './lexicon';
import { summaryHeadingShaped } from './line-rules/site-chrome';
import { signedPostsJoined } from './signed-posts';
import { postsAfterSignature } from './signed-off-posts';
import { carriesOn, CONTINUES, stackedUpdates } from './stacked-updates';
import { bulletText, labelledBullets } from './labelled-bullets';
import { lostBulletSummary } from './lost-bullets';
import { repeatedMarks } from './repeated-marks';
import { HAND_OVER_CUE, labelledIntro, listedPosts, type ListedPosts } from './listed-posts';
import { bodyLike, storyLine, MIN_PARAGRAPH_LINE_WORDS, captionShaped, headlineOverText, comparable, cutMidWord, LIST_NUMBER, MIN_POSTS_FOR_LIVEBLOG, MIN_TEXT_WORDS, endsSentence, firstSentenceEnd, gluedHeadlineEnd, headlineShaped, introShaped, isBullet, POINTER_SENTENCE, postHeadlineShaped, proseBeforePointer, REPORTING, teaserShaped, words } from './shape';
import { bmpLetters } from './bmp-letters';

/** A post (live blog) or the article, before dates and actors are read. */
export interface Post {
  line: number;
  headline: string;
  paragraphs: Paragraph[];
  /** The post ended on a sentence that points elsewhere ("Read more here."). */
  pointer: boolean;
  /** The time printed where the post begins, if any. */
  stamp: PostTime | null;
  /** The day header the post stands under ("Tuesday 3 March 2020"), if any: its line text. */
  dayHeader: string | null;
}

/** What the page shows of being a live blog, besides its posts (see `liveCues`). */
export interface SegmentOptions {
  /** The page says it is live: its URL or title says "live", "as it happened", "live updates". */
  live: boolean;
  /** The page names itself a live blog ("live updates", "as it happened", a "/live/" path), not only "live" (live-cues.ts `namesLiveBlog`). */
  named?: boolean;
}

export interface Layout {
  kind: 'liveblog' | 'article';
  title: PageLine | null;
  /** Standfirst and opening summary (live blog) or lead (article). */
  description: Paragraph[];
  posts: Post[];
  dropped: DroppedLine[];
}

/** A pointer to the posts below: "Follow our live coverage here:", "Follow the latest updates below." */
const LIVE_COVERAGE_BELOW = /\b(?:live|latest|updates|coverage)\b.*\b(?:here|below)\b\W*$/i;
/**
 * "1. Live Updates: Harbourton votes": the blog's own name printed as a label over a post's headline
 * (a kicker, `liveFurniture` in chrome.json, then a colon), never the post's headline.
 */
const LIVE_KICKER = new RegExp(`^(?:${LIST_NUMBER.source.slice(1)})?(?:${alternation(chromeData.liveFurniture)})\\s*:`, 'i');
/** Longest such label, in words: past it the line is a headline that opens on "Live:". */
const MAX_LIVE_KICKER_WORDS = 6;
/** "… in S.C.", "… to the U.S.": the stops of an initialism that ends a headline end no sentence. */
const INITIALISM_END = bmpLetters(/(?:\p{Lu}\.){2,}$/u);
const liveKickerOver = (label: PageLine, headline: PageLine): boolean => LIVE_KICKER.test(label.text) && words(label.text) <= MAX_LIVE_KICKER_WORDS
  && headlineShaped(headline.text.replace(INITIALISM_END, (m) => m.replaceAll('.', ''))) && words(headline.text) > MAX_LIVE_KICKER_WORDS;
/** A live blog has at least MIN_POSTS_FOR_LIVEBLOG headline + body pairs after its title (shape.ts)… */
/** …or one when the page says it is live (an excerpt may hold a single post under the blog's summary)… */
const MIN_POSTS_WHEN_LIVE = 1;
/** …or two posts that begin with their printed times… */
const MIN_TIMED_POSTS = 2;
/** …or one when the page says it is live (a copy of a closed blog may keep one post under its summary). */
const MIN_TIMED_POSTS_WHEN_LIVE = 1;
/** Lines of a block past which the copy has lost its blank lines: paragraphs and headlines run on. */
const FLAT_BLOCK_LINES = 8;
/** Words made of letters a headline above an introducing sentence needs ("1 year ago 118" is a widget). */
const MIN_HEADLINE_LETTER_WORDS = 3;
const letterWords = (t: string): number => t.split(/\s+/).filter((w) => /^[“"‘']?\p{L}/u.test(w)).length;
/** Headline + text pairs without a time above a blog's first timed post, for them to be posts. */
const MIN_UNTIMED_POSTS_ABOVE = 2;
/** Paragraphs of story above the first timed update of a page that does not say it is live, for that story to be an item of its own (one or two are a standfirst). */
const MIN_STORY_PARAGRAPHS_ABOVE_UPDATES = 3;
/** Words of the one short sentence a timed post with a headline may hold. */
const MIN_SHORT_POST_WORDS = 3;
/** Words of a headline alone under its time between two posts, for it to be a post that lost its body. */
const MIN_BODILESS_HEADLINE_WORDS = 4;
/** Words of a paragraph run onto its post time, for it to be a post whatever its last word. */
const MIN_GLUED_PARAGRAPH_WORDS = 20;
/** Words of the one line an update under an "Update:" label may be. */
const MIN_UPDATE_WORDS = 4;
/** A post without a headline is titled by its first sentence, cut to this many words. */
const MAX_SENTENCE_HEADLINE_WORDS = 30;

/**
 * Cuts a page into posts. A post headline is a line standing alone, shaped like a headline, with
 * body text after it (a caption may sit between). A page with several such posts is a live blog;
 * what precedes its first post (standfirst, summary) describes the document. Any other page is
 * an article: one post, the title plus every kept paragraph.
 */
/** Fewest bulleted headlines in capitals, each over its post's text, that make them a page's post headings. */
const MIN_CAPITALS_BULLET_POSTS = 2;

export function segment(sorted: Sorted, options: SegmentOptions = { live: false }): Layout {
  const dropped: DroppedLine[] = [...sorted.dropped];
  // A live page's summary that lost its bullets (lost-bullets.ts) is the blog's, set aside like its
  // bullets: never joined as broken paragraphs, never the lead of an article.
  const summary = options.live && sorted.stamps.size === 0 ? lostBulletSummary(sorted.kept, sorted.title) : new Set<number>();
  for (const l of sorted.kept) if (summary.has(l.no)) dropped.push({ line: l.no, reason: 'chrome', text: l.text });
  // The lines as the copy printed them, below the title (the bare-paragraph reading below needs them unjoined).
  const printed = sorted.kept.filter((l) => l !== sorted.title && !summary.has(l.no));
  const lines = joinBrokenParagraphs([...printed], sorted.stamps);
  const stampedLead = updatedLead(lines, sorted);
  // Post starts the line rules inferred from a line's shape, no time printed (a headline taken as
  // run onto its text, a label): a mark the page prints again at every post says more.
  const inferred = [...sorted.stamps.values()].every((s) => !s.clock && (s.mark === 'separator' || s.mark === 'caps-label'));
  const early = sorted.stamps.size > 0 && inferred ? markedPosts(lines, sorted, dropped, options.live, true) : null;
  if (early) return { kind: 'liveblog', title: sorted.title, description: early.description, posts: early.posts, dropped };
  const timed = stampedLead ? null : timedPosts(lines, sorted, dropped, options.live);
  if (timed) return { kind: 'liveblog', title: sorted.title, description: timed.description, posts: timed.posts, dropped };
  // (Before the other untimed cuts: the hand-over line says where the posts begin.)
  // A page that ends on a list under a line handing over to it ("Here are the latest updates:"):
  // each entry, however the page marks it, is a post; the paragraphs above are its intro (listed-posts.ts).
  const listed = listedPosts(lines, sorted, options.live);
  if (listed) return { kind: 'liveblog', title: sorted.title, ...listedLayout(lines, listed, sorted, dropped), dropped };
  const flat = flatSentencePosts(lines, sorted, dropped, options.live);
  if (flat) return { kind: 'liveblog', title: sorted.title, description: flat.description, posts: flat.posts, dropped };
  // A live page whose body is a run of bare paragraphs, no times and no headlines: each paragraph
  // (or group, where the page leaves wider gaps between posts than between paragraphs) is a post,
  // whatever words its paragraphs share (a name repeated in them marks no post).
  // (Read from the lines as the copy printed them: one post cut off by the copy runs on into the
  // next when paragraphs are joined.)
  // (Only on a page that names itself a live blog: an article under a "watch live" video's URL is paragraphs too.)
  // (A first paragraph that opens on the page's own label, "Dam Breach Live Updates: …", is its
  // intro, the title run onto the recap: no post. listed-posts.ts `labelledIntro`.)
  const introAt = options.live ? labelledIntro(printed) : -1;
  const intro = introAt >= 0 ? printed[introAt] : undefined;
  // (Not under a summary that lost its bullets: the short line under it heads the first post.)
  const bare = options.live && options.named && sorted.stamps.size === 0 && !summary.size ? bareParagraphPosts(printed.filter((l) => l !== intro), sorted, dropped) : null;
  if (bare) return { kind: 'liveblog', title: sorted.title, description: intro ? [toParagraph(intro)] : [], posts: bare, dropped };
  const marked = markedPosts(lines, sorted, dropped, options.live);
  if (marked) return { kind: 'liveblog', title: sorted.title, description: marked.description, posts: marked.posts, dropped };
  const paired = options.live ? pairedBlocks(lines) : new Set<number>();
  const blockHeads = options.live ? headedBlocks(lines) : new Set<number>();
  const setAside = new Set([...sorted.dropped.map((d) => d.line), ...summary]);
  const isHeadline = (i: number): boolean => {
    const l = lines[i]!;
    // A headline ends its block: it stands alone, or under furniture the copy kept beside it. A live
    // page's copy that lost its blank lines (a block, long or short, that repeats headline + text
    // pairs: `pairedBlocks`) shows no block ends; there a headline is shorter than any paragraph.
    // (So does one that opens the text of such a block under a line the line rules set aside, "The
    // live updates for this blog have ended." / "Leader to visit the town" / text: the post the copy kept.)
    const flat = paired.has(l.no - l.inBlock) || (options.live && l.inBlock > 0 && lines[i - 1]?.no !== l.no - 1 && setAside.has(l.no - 1));
    if ((l.inBlock !== l.blockSize - 1 && !flat && !blockHeads.has(l.no)) || (flat && words(l.text) >= MIN_PARAGRAPH_LINE_WORDS)) return false;
    if (!(headlineShaped(l.text) || postHeadlineShaped(l.text)) || captionShaped(l.text) || teaserShaped(l.text)) return false;
    const next = lines[i + 1];
    if (!next) return l === sorted.cutHeadline;
    // A line over the blog's summary ("What we know so far" and its bullets) is a teaser or a
    // subtitle: the summary is the blog's, not that line's text.
    if (sorted.dropped.some((d) => d.line > l.no && d.line < next.no && summaryHeadingShaped(d.text))) return false;
    // The summary's own heading over its bullets ("A summary of today's developments") is the blog's furniture.
    if (summaryHeadingShaped(l.text) && isBullet(next.text)) return false;
    if (bodyLike(next.text, MIN_TEXT_WORDS) || proseThenIntro(next.text)) return true;
    // A post whose text introduces what follows or what the copy lost ("Evacuation orders are in
    // place for:", "Here is the speech for those who missed it:"), under a headline of words.
    if (introShaped(next.text) && letterWords(l.text) >= MIN_HEADLINE_LETTER_WORDS) return true;
    // A copy that ends inside a post's first paragraph ("… have called on parlia"): still a post.
    if (options.live && i + 2 === lines.length && words(next.text) >= 3 && /^[\p{Lu}“"‘]/u.test(next.text)) return true;
    const after = lines[i + 2];
    return captionShaped(next.text) && !!after && bodyLike(after.text, MIN_TEXT_WORDS);
  };
  // The page's title printed again at more length ("Live updates: X" then "Live updates: X, the …") is no post.
  const titleKey = sorted.title ? comparable(sorted.title.text) : null;
  const repeatsTitle = (i: number) => !!titleKey && comparable(lines[i]!.text).startsWith(titleKey);
  const headed = lines.map((_, i) => i).filter((i) => isHeadline(i) && !repeatsTitle(i));
  // Bulleted headlines in capitals head posts only as a page's way of heading them, two or more: one
  // alone ("• FERRIES CANCELLED" under "• DOCKERS OUT") is a summary's bullet, not a post.
  const capitalsBullets = headed.filter((i) => isBullet(lines[i]!.text)).length;
  const candidates = capitalsBullets >= MIN_CAPITALS_BULLET_POSTS ? headed : headed.filter((i) => !isBullet(lines[i]!.text));
  // "Follow our live coverage of the latest news here:" closes the blog's introduction: a heading
  // above it (the page's subtitle, "Stock markets latest updates on Monday") heads no post. (Only
  // with most headings below it: at a page's foot, the same line is a promotion.)
  const introEnd = lines.find((l) => teaserShaped(l.text) && LIVE_COVERAGE_BELOW.test(l.text))?.no ?? -1;
  const below = candidates.filter((i) => lines[i]!.no > introEnd);
  const heads = signedPostsJoined(lines, subheadsJoined(lines, below.length * 2 > candidates.length ? below : candidates, sorted.title?.text ?? ''), sorted.dropped);
  // (A summary list between the title and the one headline, its bullets lost: the headline heads the blog's first post.)
  const onlyLead = options.live && ((stampedLead && (!heads.length || firstPostCutOff(lines, heads))) || (leadOnly(lines, heads, sorted) && !summary.size) || storySubheading(lines, heads, sorted));
  const headedPosts = heads.length >= (options.live ? MIN_POSTS_WHEN_LIVE : MIN_POSTS_FOR_LIVEBLOG) && !sectionsOnly(lines, heads, sorted, options.live);
  // Story under a live blog's summary list, above its first headline (or with none below): posts that print no headline.
  const untitled = options.live ? postAfterSummary(lines.slice(0, heads[0]), sorted.dropped, !heads.length) : [];
  // (Posts under the summary stand even when the page's only time is its "Last modified" stamp.)
  const kind = ((headedPosts || recapThenUpdate(lines, heads)) && !onlyLead) || (untitled.length > 0 && !heads.length) ? 'liveblog' : 'article';
  const title = sorted.title;

  // A live page read as one article whose first paragraph is its labelled intro: the paragraphs
  // under the intro are what the page reports, each a post (a copy may keep one).
  const underIntro = kind === 'article' && intro ? introThenParagraphs(lines, intro, sorted) : null;
  if (underIntro) {
    lines.filter((l) => l.no < intro!.no).forEach((l) => dropped.push({ line: l.no, reason: 'chrome', text: l.text }));
    return { kind: 'liveblog', title, description: [toParagraph(intro!)], posts: underIntro, dropped };
  }
  if (kind === 'article') {
    // Short lines above the first paragraph (the outlet's name, a section, a kicker) are its header.
    const lead = lines.findIndex((l) => bodyLike(l.text, 12));
    const header = lines.slice(0, Math.max(0, lead)).filter((l) => !bodyLike(l.text, MIN_TEXT_WORDS) && !(options.live && introShaped(l.text)));
    header.forEach((l) => dropped.push({ line: l.no, reason: 'chrome', text: l.text }));
    const paragraphs = stripPointers(lines.filter((l) => !header.includes(l)).map(toParagraph), dropped);
    // A copy without its title (an excerpt that starts in the text) is titled by its first sentence.
    const first = paragraphs.kept[0];
    // A live page's copy in which no post shows its cut holds only the page's lead: its title, its
    // standfirst and summary, maybe the first post cut off. The guidelines leave a live blog's title
    // and standfirst out only because they sum up posts below them; with none below, the lead is
    // what the copy reports, and it is read as an article: one item at the title.
    const head = title ? { line: title.no, text: title.text } : first && (bodyLike(first.text, 8) || introShaped(first.text) || words(first.text) >= MIN_PARAGRAPH_LINE_WORDS) ? { line: first.line, text: firstSentence(first.text) } : null;
    const post: Post[] = head && paragraphs.kept.length
      ? [{ line: head.line, headline: head.text, paragraphs: paragraphs.kept, pointer: paragraphs.pointer, stamp: null, dayHeader: null }] : [];
    return { kind, title, description: paragraphs.kept.slice(0, 1), posts: post, dropped };
  }

  const description: Paragraph[] = [];
  // Short posts as bullets under a label ("Latest news:") between the lead and the first headed
  // post, or at the end of a headed post's text: a post each (labelled-bullets.ts).
  const bulletPosts: Post[] = [];
  const cutAtLabel = (stretch: PageLine[]): PageLine[] => {
    const listed = labelledBullets(stretch);
    if (!listed) return stretch;
    dropped.push({ line: listed.label.no, reason: 'chrome', text: listed.label.text });
    for (const b of listed.bullets) {
      const text = bulletText(b.text);
      bulletPosts.push({ line: b.no, headline: firstSentence(text), paragraphs: [{ line: b.no, text }], pointer: false, stamp: null, dayHeader: dayHeaderAbove(sorted, b.no) });
    }
    return stretch.slice(0, stretch.indexOf(listed.label));
  };
  cutAtLabel(lines.slice(0, heads[0]).filter((l) => !untitled.includes(l))).forEach((l) => {
    if (teaserShaped(l.text)) { dropped.push({ line: l.no, reason: 'teaser', text: l.text }); return; }
    // A heading with no text of its own before the first post ("Where things stand") is chrome.
    if (headlineShaped(l.text) && !endsSentence(l.text)) dropped.push({ line: l.no, reason: 'chrome', text: l.text });
    else description.push(toParagraph(l));
  });
  const posts: Post[] = [];
  for (const group of apart(untitled, sorted)) {
    const [opening] = group;
    if (opening) posts.push({ line: opening.no, headline: firstSentence(opening.text), paragraphs: group.map(toParagraph), pointer: false, stamp: null, dayHeader: dayHeaderAbove(sorted, opening.no) });
  }
  heads.forEach((h, k) => {
    const stretch = lines.slice(h, heads[k + 1] ?? lines.length);
    const printed = [stretch[0]!, ...cutAtLabel(stretch.slice(1))];
    // The blog's label over the post's headline is furniture: the headline under it heads the post.
    const kicker = printed.length > 2 && liveKickerOver(printed[0]!, printed[1]!);
    if (kicker) dropped.push({ line: printed[0]!.no, reason: 'chrome', text: printed[0]!.text });
    const [head, ...body] = kicker ? printed.slice(1) as [PageLine, ...PageLine[]] : printed as [PageLine, ...PageLine[]];
    if (body[0] && captionShaped(body[0].text) && body.length > 1) {
      dropped.push({ line: body[0].no, reason: 'caption', text: body[0].text });
      body.shift();
    }
    const { kept, pointer } = stripPointers(body.map(toParagraph), dropped);
    // A post that only points at another page (one paragraph that reports nothing, and a link) is
    // a promotion, not an event: dropped, and listed in the report as `pointer-post`.
    if (pointer && kept.length <= 1 && !kept.some((p) => REPORTING.test(p.text))) {
      for (const l of [head, ...body]) if (!dropped.some((d) => d.line === l.no)) dropped.push({ line: l.no, reason: 'pointer-post', text: l.text });
      return;
    }
    if (closingPost(head.text, openingUnder(sorted, lines, head.no))) {
      for (const l of [head, ...body]) if (!dropped.some((d) => d.line === l.no)) dropped.push({ line: l.no, reason: 'closing-post', text: l.text });
      return;
    }
    posts.push({ line: head.no, headline: head.text.replace(BULLET, ''), paragraphs: kept, pointer, stamp: sorted.stamps.get(head.no) ?? null, dayHeader: dayHeaderAbove(sorted, head.no) });
  });
  posts.push(...bulletPosts);
  posts.sort((a, b) => a.line - b.line);
  return { kind, title, description, posts, dropped };
}

/** "Update, May 3, 4:15 p.m. ET", "UPDATE (4:30 p.m.):", "Updated at 4:30 p.m.", "Last modified: 9:12 PM GMT": a line that only says when the story was updated. */
const UPDATE_STAMP = /^\W*(?:last\s+)?(?:updated?|modified)\b.*(?:\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*[ap]\.?m\b)/i;
/** Longest update stamp, in words. */
const MAX_UPDATE_STAMP_WORDS = 10;

/**
 * An update stamp right under the title and its header (a picture's credit, a byline), alone on
 * its line above the story, is the page's only post time or no post time at all: it dates the
 * story's latest version and starts no post. The story is the title's article, live page or not.
 */
function updatedLead(lines: readonly PageLine[], sorted: Sorted): boolean {
  const title = sorted.title;
  if (!title || sorted.stamps.size > 1) return false;
  // The stamp as the copy kept it: a post time, a dateline, or a line of its own.
  const stamp = [...sorted.dropped.filter((d) => d.reason === 'timestamp' || d.reason === 'dateline').map((d) => ({ no: d.line, text: d.text })), ...lines]
    .filter((l) => l.no > title.no && words(l.text) <= MAX_UPDATE_STAMP_WORDS && UPDATE_STAMP.test(l.text)).sort((a, b) => a.no - b.no)[0];
  // (The page's "Updated …" line above a post's own time is the blog's: that post stands.)
  // The page's date stamp printed the same way, its day with its time ("September 28, 2022 at 1:40
  // a.m. EDT"), is the lead's stamp too when it is the page's only time.
  const dated = [...sorted.stamps].find(([, t]) => !t.rest && t.clock && (t.day || t.monthDay));
  if (!stamp && dated && sorted.stamps.size === 1) return !lines.some((l) => l.no > title.no && l.no < dated[0]) && lines.some((l) => l.no > dated[0] && bodyLike(l.text, 12));
  return !!stamp && (sorted.stamps.size === 0 || sorted.stamps.has(stamp.no)) && !sorted.stamps.get(stamp.no)?.rest && !lines.some((l) => l.no > title.no && l.no < stamp.no)
    && lines.some((l) => l.no > stamp.no && bodyLike(l.text, 12));
}

/**
 * The copy ends in the first post's first words: one headline, and under it no sentence that ends
 * ("The Harbour season" / "The latest: The season star"). Under the lead, it is no post of its own.
 */
function firstPostCutOff(lines: readonly PageLine[], heads: readonly number[]): boolean {
  return heads.length === 1 && lines.slice(heads[0]! + 1).every((l) => !endsSentence(l.text));
}

/**
 * A live page's copy that starts in its story, no title and no post time, with one headline under
 * several paragraphs ("Big bang fears" over more of the same story): the headline is the story's
 * sub-heading, and the copy is one article, its item at the first paragraph.
 */
function storySubheading(lines: readonly PageLine[], heads: readonly number[], sorted: Sorted): boolean {
  return heads.length === 1 && !sorted.title && sorted.stamps.size === 0
    && lines.slice(0, heads[0]).filter((l) => bodyLike(l.text, 12)).length >= MIN_STORY_PARAGRAPHS_ABOVE_SUBHEADING;
}

/** Bullets under a title, for them to be the story's recap. */
const MIN_RECAP_BULLETS = 2;
/**
 * Words of letters a recap's bullet holds (who did what: "Harbourton council votes to close the
 * port"); at least half the bullets hold as many. A widget's list ("⏱ Reading Time:", "News: 18%",
 * "31 sec. here") holds labels and counts: the headline under it repeats the story, it heads no update.
 */
const MIN_RECAP_BULLET_WORDS = 4;

/**
 * A title over a bullet list that sums up the story, then one headline and its text: the bullets
 * are the recap, and the headline heads the update the page reports (its one item).
 */
function recapThenUpdate(lines: readonly PageLine[], heads: readonly number[]): boolean {
  const above = lines.slice(0, heads[0]);
  return heads.length === 1 && heads[0]! >= MIN_RECAP_BULLETS && above.every((l) => isBullet(l.text))
    && above.filter((l) => letterWords(l.text) >= MIN_RECAP_BULLET_WORDS).length * 2 >= above.length;
}

/** Posts signed by their writers, at least, for untimed headings on a page that does not say it is live to be a blog's posts. */
const MIN_SIGNED_POSTS = 2;

/**
 * Headings over a page that shows nothing of a live blog (no live URL, title or furniture, no post
 * time, no day header, no post signed by its writer) head an article's sections, a web story's
 * slides or a video page's clips ("The ceremony", "Cost and delays", "Celebrations in the city"):
 * the page is one article under its title. A live blog tells its reader it is one, or times or
 * signs its posts; headings alone are how any long article is cut.
 */
function sectionsOnly(lines: readonly PageLine[], heads: readonly number[], sorted: Sorted, live: boolean): boolean {
  // (A date line above all the text, under the title, is the page's own date, no blog's day header.)
  const dayHeader = sorted.dayHeaders.some((h) => lines.some((l) => l.no < h.no));
  if (live || sorted.stamps.size > 0 || dayHeader) return false;
  const signed = heads.filter((h, k) => {
    const from = lines[h]!.no;
    const to = lines[heads[k + 1] ?? -1]?.no ?? Infinity;
    return sorted.dropped.some((d) => d.reason === 'byline' && d.line > from && d.line < to);
  });
  return signed.length < MIN_SIGNED_POSTS;
}

/**
 * A live page's copy that holds only its lead: the title and its header (bylines, the page's date
 * stamp, share and comment widgets), then one sub-heading right under it and its text, with no
 * post time anywhere and no writer's line under the sub-heading. A reader sees no post there: the
 * sub-heading is the lead's, and the page is one article under its title.
 */
function leadOnly(lines: readonly PageLine[], heads: readonly number[], sorted: Sorted): boolean {
  const head = lines[heads[0]!];
  return heads.length === 1 && heads[0] === 0 && !!sorted.title && !!head && sorted.stamps.size === 0
    && !sorted.dropped.some((d) => d.reason === 'byline' && d.line > head.no);
}

/**
 * A live blog whose posts begin with their times: each time starts a post that runs to the next
 * time. A post's headline is its first line when that line is shaped like one and body follows;
 * otherwise its first sentence, at the line of its first paragraph. A time with no paragraph after
 * it (a "Key events" entry, a lone "Updated" stamp) starts no post. Null when fewer than two posts
 * begin this way (one, on a page that says it is live, or one that opens a copy without a title,
 * its time run onto its headline): the page is cut by headlines instead.
 */
function timedPosts(lines: PageLine[], sorted: Sorted, dropped: DroppedLine[], live: boolean): { posts: Post[]; description: Paragraph[] } | null {
  const starts: Array<{ at: number; no: number; stamp: PostTime }> = [];
  for (const [no, stamp] of sorted.stamps) {
    const at = lines.findIndex((l) => l.no >= no);
    // Two times over one post ("8:12 a.m. ET, May 6" / "3:05 a.m. ET, May 5"): the page's
    // "updated" time, then the post's own, which stands nearest to it.
    if (at >= 0 && starts.at(-1)?.at === at) starts[starts.length - 1] = { at, no, stamp };
    else if (at >= 0) starts.push({ at, no, stamp });
  }
  starts.sort((a, b) => a.at - b.at);
  // A post has prose: a summary's bullets under the page's own time stamp are not one.
  const bodied = starts.filter((s, k) => lines.slice(s.at, starts[k + 1]?.at ?? lines.length)
    .some((l, j, post) => (prose(l.text, l === lines.at(-1)) && !isBullet(l.text)) || l === sorted.cutHeadline || cutPost(l, lines, sorted)
      // A post whose headline stands and whose first paragraph the copy cut off ("According to the agency, the coun").
      || (j > 0 && l === lines.at(-1) && cutMidWord(l.text) && words(l.text) >= MIN_CUT_POST_WORDS && headlineShaped(post[j - 1]!.text) && !endsSentence(post[j - 1]!.text))
      // The same, its headline printed above its time ("Union confirms walkout" / "Friday 4 October
      // 2024 14:30 , Writer" / "The union said on Friday that its"): the post the page repeats, cut.
      || (j === 0 && l === lines.at(-1) && cutMidWord(l.text) && words(l.text) >= MIN_CUT_POST_WORDS && headlineOverTime(lines, s))
      // A headline and one short sentence under it ("88 mins: 2-1" / "The keeper saves again."): a post.
      || (j > 0 && endsSentence(l.text) && words(l.text) >= MIN_SHORT_POST_WORDS && headlineShaped(post[j - 1]!.text) && !endsSentence(post[j - 1]!.text))
      // A short sentence opening the post, on its time or under it ("Update 1:27am: Keelby is
      // Green with 20,901 votes.", "02:00" / "It's the 2am roundup!" and bullets): a post, however
      // short (a key event's entry is a headline, no sentence; a summary's bullet is no post).
      || (j === 0 && !isBullet(l.text) && endsSentence(l.text) && words(l.text) >= MIN_SHORT_POST_WORDS)
      // A paragraph run onto its time, however it ends ("2m ago (06:00 GMT)Photos: … [Name/Agency]",
      // its picture's credit last): a key event's entry is a headline, never a paragraph.
      || (j === 0 && l.no === s.no && words(l.text) >= MIN_GLUED_PARAGRAPH_WORDS)
      // An update is a post whatever its shape ("Update:" / "Traders look to Gulf oil as Ida hits output").
      || ((s.stamp.mark === 'update-label' || s.stamp.mark === 'caps-label') && l.no >= s.no && words(l.text) >= MIN_UPDATE_WORDS)));
  // A headline alone under its time, between posts with text ("10:10am Leader congratulates the
  // winner", then the next time): a post whose body the copy lost (an embedded video or post). A key
  // event's entry stands above the posts or in a list of entries, never between two posts.
  const between = starts.filter((s, k) => !bodied.includes(s) && bodied.some((b) => b.at < s.at) && bodied.includes(starts[k + 1]!)
    && headlineShaped(lines[s.at]!.text) && words(lines[s.at]!.text) >= MIN_BODILESS_HEADLINE_WORDS && (starts[k + 1]!.at - s.at === 1));
  const withBody = [...bodied, ...between].sort((a, b) => a.at - b.at);
  // A copy cut off at its next post's time, that post's headline printed above it the copy's last
  // line ("Leader concedes" / "9:55pm / Jo Reed" / cut, tail.ts): the headline is that post.
  const cut = sorted.cutHeadline;
  const cutStamp = cut && lines.at(-1) === cut && withBody.length ? [...sorted.stamps].find(([no]) => no > cut.no) : undefined;
  if (cutStamp) withBody.push({ at: lines.length, no: cutStamp[0], stamp: cutStamp[1] });
  // A copy that opens on a post, no title above it, its time run onto its headline ("Minister to
  // speak shortlypublished at 18:44 …" / text): one post of a live page, whose title the copy lost.
  const opensOnPost = withBody.length === 1 && withBody[0]!.at === 0 && !sorted.title && headlineShaped(withBody[0]!.stamp.rest)
    && !endsSentence(withBody[0]!.stamp.rest) && !!lines[1] && prose(lines[1].text);
  if (withBody.length < (live ? MIN_TIMED_POSTS_WHEN_LIVE : MIN_TIMED_POSTS) && !opensOnPost) return null;
  // Some blogs print a post's headline above its time ("Harbour reopens" / "21:53 , Jo Reed" /
  // text): when no post is titled below its time and most have a headline above it, each post
  // starts at that headline.
  const titledBelow = (at: number) => !!lines[at + 1] && headlineShaped(lines[at]!.text) && !endsSentence(lines[at]!.text) && prose(lines[at + 1]!.text);
  // The headline stands right above the time: a link above a dropped "Read more" is no headline.
  const headAbove = (s: { at: number; no: number }) => {
    const prev = lines[s.at - 1];
    return !!prev && prev.no < s.no && headlineShaped(prev.text) && !endsSentence(prev.text) && !sorted.stamps.has(prev.no)
      && !dropped.some((d) => d.line > prev.no && d.line < s.no);
  };
  const above = !withBody.some((s) => titledBelow(s.at)) && withBody.filter(headAbove).length * 2 >= withBody.length;
  const from = withBody.map((s) => (above && headAbove(s) ? s.at - 1 : s.at));

  const description: Paragraph[] = [];
  const opening: PageLine[] = [];
  const mark = withBody[0]!.stamp.mark;
  // Posts without a time above the first timed one ("Erdogan declares victory" / text, then
  // "Key developments" with "Polls close (5:00 p.m.)"): two or more headline + text pairs.
  const untimed = mark ? [] : lines.slice(0, from[0]).flatMap((l, k, pre) =>
    (headlineShaped(l.text) && !endsSentence(l.text) && !sorted.stamps.has(l.no) && pre[k + 1] && prose(pre[k + 1]!.text) ? [k] : []));
  // One such post right under the title, signed as the timed posts are ("Priest: 'we will rebuild'" /
  // "From Agency staff in City" / text): the copy lost that post's time.
  // (Signed alike: the credit under it opens on the same word as those under the timed posts; a
  // page's own byline, "By …" under the title, is not a post's "From …".)
  const signature = (i: number) => (lines[i] ? sorted.dropped.find((d) => d.reason === 'byline' && d.line > lines[i]!.no && d.line < (lines[i + 1]?.no ?? Infinity))?.text.split(' ')[0] : undefined);
  const signedUnderTitle = untimed.length === 1 && untimed[0] === 0 && !!sorted.title && !!signature(0) && !isBullet(lines[1]?.text ?? '')
    && withBody.some((w) => signature(w.at) === signature(0));
  const untimedPosts: Post[] = [];
  if (untimed.length >= MIN_UNTIMED_POSTS_ABOVE || signedUnderTitle) {
    untimed.forEach((k, n) => {
      const body = lines.slice(k + 1, untimed[n + 1] ?? from[0]);
      // A heading over the timed posts below ("Key developments") is no post's text.
      const text = body.filter((l) => !captionShaped(l.text) && (prose(l.text) || !headlineShaped(l.text)));
      body.filter((l) => !text.includes(l)).forEach((l) => dropped.push({ line: l.no, reason: 'chrome', text: l.text }));
      const { kept, pointer } = stripPointers(text.map(toParagraph), dropped);
      const head = lines[k]!;
      if (kept.length) untimedPosts.push({ line: head.no, headline: head.text, paragraphs: kept, pointer, stamp: null, dayHeader: dayHeaderAbove(sorted, head.no) });
    });
  }
  // A story that does not say it is live, with timed updates glued to their sentences under it
  // ("2:49pm CST: Officials confirmed …"): the story above the first update is the article, under
  // its title. (Posts with headlines under a standfirst are a blog's.)
  const storyAbove = !live && !!sorted.title && !untimedPosts.length && withBody.every((w) => bodyLike(w.stamp.rest, MIN_TEXT_WORDS))
    // (A summary's bullets, "- Millions are told to leave", are no story's paragraphs.)
    && lines.slice(0, from[0]).filter((l) => bodyLike(l.text, 12) && !sorted.stamps.has(l.no) && !isBullet(l.text)).length >= MIN_STORY_PARAGRAPHS_ABOVE_UPDATES;
  // The story above the updates closed by a line that hands over to them ("Here are the latest
  // updates:"): the page's recap of what the updates report, no post of its own.
  // (The line as the copy printed it, kept or set aside by the line rules, "Key moments so far:".)
  const firstAt = lines[from[0]!]!.no;
  const keptAbove = lines[from[0]! - 1];
  const handover = [...(keptAbove ? [{ no: keptAbove.no, text: keptAbove.text }] : []), ...sorted.dropped.filter((d) => d.line < firstAt && d.line > (keptAbove?.no ?? 0)).map((d) => ({ no: d.line, text: d.text }))]
    .sort((a, b) => b.no - a.no)[0];
  const recapAbove = !!handover && !sorted.stamps.has(handover.no) && HANDS_OVER.test(handover.text) && HAND_OVER_CUE.test(handover.text) && words(handover.text) <= MAX_HANDOVER_WORDS;
  lines.slice(0, untimedPosts.length ? untimed[0] : from[0]).forEach((l) => {
    const paragraph = bodyLike(l.text, 12) && !sorted.stamps.has(l.no);
    if (paragraph && recapAbove) { description.push(toParagraph(l)); return; }
    if (paragraph && storyAbove) { opening.push(l); return; }
    // A blog cut only by what stands between its posts ("Updated at 15.02 GMT" under each): a short
    // sentence under the title is its standfirst, and one under the standfirst (a short paragraph,
    // a quote, "… she told the chamber.") is the first post's text, not furniture.
    if (mark === 'separator' && !!sorted.title && !paragraph && bodyLike(l.text, MIN_TEXT_WORDS) && !sorted.stamps.has(l.no)) {
      if (description.length) opening.push(l);
      else description.push(toParagraph(l));
      return;
    }
    // A story updated in place ("Update 2: …") or a blog whose posts end on "Updated": the story
    // above the first mark is a post of its own (after the standfirst, when the page has a title).
    // (Updates labelled with their times, "Update 11:00 a.m. CDT: …", under a title: the paragraph
    // above them is the page's note or standfirst; on a copy without a title, the story itself.)
    const updated = mark === 'update-label' && (!withBody[0]!.stamp.clock || !sorted.title);
    if (paragraph && mark && mark !== 'caps-label' && (updated || !sorted.title || description.length > 0)) opening.push(l);
    // Before the first post: the standfirst stays as the page's description; headings, key-event
    // lists and timed entries without a body are the blog's furniture.
    else if (paragraph) description.push(toParagraph(l));
    else dropped.push({ line: l.no, reason: sorted.stamps.has(l.no) ? 'key-events' : 'chrome', text: l.text });
  });
  const posts: Post[] = [...untimedPosts];
  if (opening.length) {
    const kept = opening.map(toParagraph);
    const head = (mark === 'update-label' || storyAbove) && sorted.title ? { line: sorted.title.no, text: sorted.title.text } : { line: kept[0]!.line, text: firstSentence(kept[0]!.text) };
    posts.push({ line: head.line, headline: head.text, paragraphs: kept, pointer: false, stamp: null, dayHeader: dayHeaderAbove(sorted, head.line) });
  }
  const signedPosts: Post[] = [];
  // A page prints its posts one way: where another post titled at its time holds paragraphs (two
  // lines or more that are no stack of one-line updates), a titled post's lines are paragraphs too,
  // its headline the post's ("10.10pm — Yes fails in every state" over four short sentences), not a
  // heading over a stack.
  // (Post k is titled when its headline stands above its time, or its first line is a headline over a line of prose.)
  const headed = (k: number, body: readonly PageLine[]): boolean => (above && from[k]! < withBody[k]!.at)
    || (body.length > 1 && headlineShaped(body[0]!.text) && !endsSentence(body[0]!.text) && prose(body[1]!.text, body[1] === lines.at(-1)));
  const titledAt = (k: number): PageLine[] | null => {
    const printed = lines.slice(from[k], from[k + 1] ?? lines.length);
    return headed(k, printed) ? printed.slice(1) : null;
  };
  const titledParagraphs = withBody.map((_, k) => { const text = titledAt(k); return !!text && text.length >= 2 && !stackedUpdates(text, lines.at(-1)); });
  withBody.forEach((s, k) => {
    const printed = lines.slice(from[k], from[k + 1] ?? lines.length);
    // The blog's label over the post's headline is furniture: the headline under it heads the post.
    const kicker = printed.length > 2 && liveKickerOver(printed[0]!, printed[1]!);
    if (kicker) dropped.push({ line: printed[0]!.no, reason: 'chrome', text: printed[0]!.text });
    const body = kicker ? printed.slice(1) : printed;
    const first = body[0]!;
    const titled = headed(k, body);
    const signedOff = titled ? body.slice(1) : body;
    // Posts the page printed under this one's signature, without a time of their own ("- Jo Reed" /
    // "Ferries resume" / text): each its own post, after this one.
    const cuts = postsAfterSignature(signedOff, sorted.dropped, (t) => prose(t));
    const rest = cuts.length ? signedOff.slice(0, cuts[0]) : signedOff;
    cuts.forEach((c, n) => {
      const [headline, ...text] = signedOff.slice(c, cuts[n + 1] ?? signedOff.length) as [PageLine, ...PageLine[]];
      const { kept, pointer } = stripPointers(text.map(toParagraph), dropped);
      if (kept.length) signedPosts.push({ line: headline.no, headline: headline.text, paragraphs: kept, pointer, stamp: null, dayHeader: dayHeaderAbove(sorted, headline.no) });
    });
    // A post that only says where the coverage goes on ("Our continuing coverage of the storm can
    // be found here."): the blog pointing away from itself, no news; listed as `pointer-post`.
    if (!titled && rest.length === 1 && LIVE_COVERAGE_BELOW.test(firstSentence(rest[0]!.text)) && !REPORTING.test(rest[0]!.text)) {
      dropped.push({ line: rest[0]!.no, reason: 'pointer-post', text: rest[0]!.text });
      return;
    }
    // Only under a time that stands apart from the text: a time glued to a paragraph starts one post.
    const stack = rest[0] && rest[0].no !== s.no && !(titled && titledParagraphs.some((p, j) => p && j !== k)) ? stackedUpdates(rest, lines.at(-1)) : null;
    if (stack) {
      // A heading over a stack of one-line updates ("Senate floor: live feed") reports nothing itself.
      if (titled) dropped.push({ line: first.no, reason: 'chrome', text: first.text });
      if (stack.cut) dropped.push({ line: stack.cut.no, reason: 'chrome', text: stack.cut.text });
      for (const l of stack.updates) posts.push({ line: l.no, headline: firstSentence(l.text), paragraphs: [toParagraph(l)], pointer: false, stamp: s.stamp, dayHeader: dayHeaderAbove(sorted, l.no) });
      return;
    }
    const { kept, pointer } = stripPointers(rest.filter((l) => !captionShaped(l.text) || bodyLike(l.text, 20)).map(toParagraph), dropped);
    rest.filter((l) => captionShaped(l.text) && !bodyLike(l.text, 20)).forEach((l) => dropped.push({ line: l.no, reason: 'caption', text: l.text }));
    if (!kept.length && !(titled && first === cut)) return;
    // A headline run into the text on the post's time ("2m ago (06:00 GMT)Photos: Families camp in
    // the stadiumVessby – Hundreds …"): the headline is the part before the text.
    const firstText = kept[0]?.text ?? '';
    const glued = !titled && kept[0]!.line === s.no ? gluedHeadlineEnd(firstText, true) : -1;
    if (glued > 0) kept[0] = { ...kept[0]!, text: firstText.slice(glued) };
    const head = titled ? { line: first.no, text: first.text }
      : { line: kept[0]!.line, text: glued > 0 ? firstText.slice(0, glued) : firstSentence(firstText) };
    // (Untitled, a post's first line that is no paragraph, "2. What's been happening?", is its
    // headline: the line under it may still be the note. Under a paragraph of news, a sign-off is its end.)
    const opening = titled ? [openingUnder(sorted, lines, head.line)] : bodyLike(firstText, 8) ? [firstText] : [firstText, openingUnder(sorted, lines, head.line)];
    // (A headline on the post's time that the line rules set aside as a sign-off, "11pm — That's a
    // wrap", closes the blog too.)
    const stampHead = s.stamp.rest && !lines.some((l) => l.no === s.no) ? s.stamp.rest : null;
    if (opening.some((t) => closingPost(head.text, t)) || (stampHead && closingPost(stampHead, firstText))) {
      for (const l of body) if (!dropped.some((d) => d.line === l.no)) dropped.push({ line: l.no, reason: 'closing-post', text: l.text });
      return;
    }
    posts.push({ line: head.line, headline: head.text, paragraphs: kept, pointer, stamp: s.stamp, dayHeader: dayHeaderAbove(sorted, head.line) });
  });
  return { posts: [...posts, ...signedPosts].sort((a, b) => a.line - b.line), description };
}

/** "Golden Ball: Lionel Messi", "Turnout: 64 percent": a label and its value, no sentence, a line of a list. */
const LABEL_VALUE = /^[^:.!?]{2,40}:\s+[^.!?]+$/u;
/** Longest such line, in words. */
const MAX_LABEL_LINE_WORDS = 8;
/** Label lines in a run, at least, for the run to be a list post of its own (one alone heads the sentence under it). */
const MIN_LABEL_RUN = 2;
/**
 * Lines that are neither sentences nor labels a one-block live copy may hold (a line cut off by
 * the copy, a standfirst beside the block) and still be read as posts of one sentence each; past
 * that, its short lines are headlines over text.
 */
const MAX_FLAT_OTHER_LINES = 1;

/**
 * A live page copied as one block of lines (its blank lines lost), with no post time, whose lines
 * are sentences, each a post without a headline ("Martinez saves a penalty in the shoot-out."),
 * perhaps opening on a list of labels and values (results, awards), a post of its own. Null for
 * any other page: a block of headlines over text, or a page with times, is cut elsewhere.
 */
function flatSentencePosts(lines: readonly PageLine[], sorted: Sorted, dropped: DroppedLine[], live: boolean): { posts: Post[]; description: Paragraph[] } | null {
  if (!live || sorted.stamps.size > 0) return null;
  const block = lines.filter((l) => l.blockSize >= FLAT_BLOCK_LINES);
  const outside = lines.filter((l) => !block.includes(l));
  if (block.length < FLAT_BLOCK_LINES || outside.length > MAX_FLAT_OTHER_LINES) return null;
  const label = (t: string) => words(t) <= MAX_LABEL_LINE_WORDS && LABEL_VALUE.test(t);
  const sentence = (t: string) => bodyLike(t, MIN_SHORT_POST_WORDS);
  const others = block.filter((l) => !sentence(l.text) && !label(l.text));
  if (others.length > MAX_FLAT_OTHER_LINES || block.filter((l) => sentence(l.text)).length < FLAT_BLOCK_LINES) return null;
  const description: Paragraph[] = [];
  for (const l of outside) {
    if (bodyLike(l.text, MIN_TEXT_WORDS)) description.push(toParagraph(l));
    else dropped.push({ line: l.no, reason: 'chrome', text: l.text });
  }
  const posts: Post[] = [];
  const post = (head: PageLine, text: PageLine[], headline: string) =>
    posts.push({ line: head.no, headline, paragraphs: text.map(toParagraph), pointer: false, stamp: null, dayHeader: dayHeaderAbove(sorted, head.no) });
  for (let i = 0; i < block.length; i++) {
    const l = block[i]!;
    if (label(l.text)) {
      let j = i;
      while (j + 1 < block.length && label(block[j + 1]!.text)) j++;
      const run = block.slice(i, j + 1);
      const under = block[j + 1];
      if (run.length >= MIN_LABEL_RUN || !under || !sentence(under.text)) post(l, run, l.text);
      else { post(l, [under], l.text); j++; }
      i = j;
    } else if (sentence(l.text)) post(l, [l], firstSentence(l.text));
    // (The copy's last line cut off in its text is still a post.)
    else if (l === lines.at(-1) && words(l.text) >= MIN_CUT_POST_WORDS) post(l, [l], firstSentence(l.text));
    else dropped.push({ line: l.no, reason: 'chrome', text: l.text });
  }
  return { posts, description };
}

/** The intro above a page's list of posts (listed-posts.ts) is its description; each entry of the list, a post. */
function listedLayout(lines: readonly PageLine[], listed: ListedPosts, sorted: Sorted, dropped: DroppedLine[]): { description: Paragraph[]; posts: Post[] } {
  const description: Paragraph[] = [];
  for (const l of lines.slice(0, listed.entries[0]!.index)) {
    if (l.no !== listed.handOver && bodyLike(l.text, MIN_TEXT_WORDS) && !teaserShaped(l.text)) description.push(toParagraph(l));
    else dropped.push({ line: l.no, reason: teaserShaped(l.text) ? 'teaser' : 'chrome', text: l.text });
  }
  const posts: Post[] = [];
  for (const e of listed.entries) {
    const at = lines[e.index]!;
    const text = stripPointers([{ line: at.no, text: e.text }, ...e.more.map((i) => toParagraph(lines[i]!))], dropped);
    if (!text.kept.length) continue;
    posts.push({ line: at.no, headline: firstSentence(text.kept[0]!.text), paragraphs: text.kept, pointer: text.pointer, stamp: null, dayHeader: dayHeaderAbove(sorted, at.no) });
  }
  return { description, posts };
}

/**
 * A live page cut at the mark it repeats at every post (repeated-marks.ts): each block between two
 * marks is a post. Its headline is the block's line shaped like one over the post's text, else its
 * first sentence; the lines above the first post are the page's description. Null when the page
 * repeats no mark (`printedOnly`: no line it prints again, whatever the shapes of its lines).
 */
function markedPosts(lines: readonly PageLine[], sorted: Sorted, dropped: DroppedLine[], live: boolean, printedOnly = false): { posts: Post[]; description: Paragraph[] } | null {
  const marked = repeatedMarks(lines, sorted, live, printedOnly);
  if (!marked) return null;
  const text = (l: PageLine | undefined): boolean => !!l && prose(l.text, l === lines.at(-1));
  const furniture = (l: PageLine) => dropped.push({ line: l.no, reason: 'chrome', text: l.text });
  const description: Paragraph[] = [];
  const posts: Post[] = [];
  const first = marked.blocks[0]!;
  const above = lines.slice(0, first.from);
  // (A mark under each post: the first block also holds the page's standfirst, its first paragraph.)
  const opening = marked.after ? lines.slice(first.from, first.to) : [];
  const standfirst = marked.after && !!sorted.title && opening.filter((l) => text(l)).length > 1 ? opening.find((l) => text(l)) : undefined;
  for (const l of [...above, ...opening.slice(0, standfirst ? opening.indexOf(standfirst) + 1 : 0)]) {
    if (marked.markLines.has(l.no)) furniture(l);
    else if (bodyLike(l.text, MIN_TEXT_WORDS) && !teaserShaped(l.text)) description.push(toParagraph(l));
    else dropped.push({ line: l.no, reason: teaserShaped(l.text) ? 'teaser' : 'chrome', text: l.text });
  }
  marked.blocks.forEach((b, k) => {
    const block = lines.slice(k === 0 && standfirst ? opening.indexOf(standfirst) + 1 + first.from : b.from, b.to).filter((l) => !marked.markLines.has(l.no));
    const runOn = block[0] ? marked.heads.get(block[0].no) : undefined;
    const h = runOn ? 0 : block.findIndex((l, j) => headlineShaped(l.text) && !endsSentence(l.text) && text(block[j + 1]));
    const t = block.findIndex((l) => text(l));
    if (t < 0 && h < 0) { block.forEach(furniture); return; }
    const start = h >= 0 && (t < 0 || h < t) ? h : t;
    block.slice(0, start).forEach(furniture);
    const [head, ...rest] = block.slice(start) as [PageLine, ...PageLine[]];
    const body = runOn ? [{ ...head, text: head.text.slice(runOn) }, ...rest] : start === h ? rest : [head, ...rest];
    const { kept, pointer } = stripPointers(body.map(toParagraph), dropped);
    if (!kept.length) return;
    // The blog talking about itself ("Goodnight" over "That's all for our live coverage today."),
    // under a heading of any shape: no post, as between timed posts (closing-post.ts).
    if (closingPost(block[0]!.text, kept[0]!.text)) {
      for (const p of kept) dropped.push({ line: p.line, reason: 'closing-post', text: p.text });
      return;
    }
    const headline = runOn ? head.text.slice(0, runOn).trim() : start === h ? head.text.replace(BULLET, '') : firstSentence(kept[0]!.text);
    const line = start === h || runOn ? head.no : kept[0]!.line;
    posts.push({ line, headline, paragraphs: kept, pointer, stamp: null, dayHeader: dayHeaderAbove(sorted, line) });
  });
  return posts.length >= 1 ? { posts, description } : null;
}

/**
 * Posts a live page's run of bare paragraphs must show to be read as posts: fewer are the page's
 * lead (its standfirst and the story's first paragraph), read as one article under the title.
 */
const MIN_BARE_POSTS = MIN_POSTS_FOR_LIVEBLOG;

/** A line opening in lower case: the paragraph above it, broken by the copy. */
const OPENS_LOWER = bmpLetters(/^\p{Ll}/u);

/**
 * A live page (it says so) whose body below its title is only paragraphs, with neither times nor
 * headlines: the posts are the paragraphs themselves, each headlined by its first sentence. Where
 * the copy leaves wider gaps between some paragraphs than between others, the wider gaps cut posts
 * (`apart`); else each paragraph is one. Lines above the first paragraph (a kicker, a byline) are
 * chrome. Null when the body holds anything else (a short line, a bullet, a caption), shows
 * fewer than MIN_BARE_POSTS posts, or is one story: a post would open on words that carry on from
 * the paragraph before it (`CONTINUES`).
 */
function bareParagraphPosts(lines: readonly PageLine[], sorted: Sorted, dropped: DroppedLine[]): Post[] | null {
  const lead = lines.findIndex((l) => paragraphLine(l.text));
  if (lead < 0) return null;
  const body = lines.slice(lead);
  // (Prose: one of them at least ends as a sentence does.)
  if (!body.every((l) => paragraphLine(l.text)) || !body.some((l) => bodyLike(l.text, MIN_TEXT_WORDS))) return null;
  const gaps = body.slice(1).map((l, k) => l.no - body[k]!.no - 1);
  const wider = gaps.some((g) => g >= MIN_BLANKS_BETWEEN_POSTS) && gaps.some((g) => g < MIN_BLANKS_BETWEEN_POSTS);
  // (A line opening in lower case is the paragraph above it, broken by the copy.)
  const groups = wider ? apart(body, sorted) : byParagraph(body);
  // (An article under a title that says "live" tells one story: its paragraphs carry on from one another.)
  if (groups.length < MIN_BARE_POSTS || readsOn(groups)) return null;
  for (const l of lines.slice(0, lead)) dropped.push({ line: l.no, reason: 'chrome', text: l.text });
  return groupPosts(groups, sorted);
}

/** Paragraph lines grouped: a line opening in lower case is the paragraph above it, broken by the copy. */
const byParagraph = (body: readonly PageLine[]): PageLine[][] =>
  body.reduce<PageLine[][]>((gs, l) => { if (gs.length && OPENS_LOWER.test(l.text)) gs.at(-1)!.push(l); else gs.push([l]); return gs; }, []);
/** A group reads on from the one above it (`carriesOn`: "But …", "It is …"): one story, no posts. */
const readsOn = (groups: readonly PageLine[][]): boolean => groups.slice(1).some((g, k) => carriesOn(groups[k]!.at(-1)!.text, g[0]!.text));
/** Each group a post headed by its first sentence. */
const groupPosts = (groups: readonly PageLine[][], sorted: Sorted): Post[] =>
  groups.map((g) => ({ line: g[0]!.no, headline: firstSentence(g[0]!.text), paragraphs: g.map(toParagraph), pointer: false, stamp: null, dayHeader: dayHeaderAbove(sorted, g[0]!.no) }));

/**
 * The paragraphs under a live page's labelled intro, each a post (a line opening in lower case is
 * the paragraph above it, broken by the copy), or null when any line under the intro is no
 * paragraph (a headline, a list: the page marks its posts otherwise) or one carries on from the
 * paragraph above ("But …": one story).
 */
function introThenParagraphs(lines: readonly PageLine[], intro: PageLine, sorted: Sorted): Post[] | null {
  const body = lines.filter((l) => l.no > intro.no);
  if (!body.length || !body.every((l) => paragraphLine(l.text)) || CONTINUES.test(body[0]!.text)) return null;
  const groups = byParagraph(body);
  if (readsOn(groups)) return null;
  return groupPosts(groups, sorted);
}

/** Blank lines, at least, between two paragraphs that a copy printed as two posts (one between paragraphs of a post). */
const MIN_BLANKS_BETWEEN_POSTS = 2;

/**
 * Paragraphs of headline-less posts cut where the copy left a wider gap than between paragraphs
 * (two blank lines, nothing dropped between): each group is one post.
 */
function apart(paragraphs: readonly PageLine[], sorted: Sorted): PageLine[][] {
  const groups: PageLine[][] = [];
  paragraphs.forEach((l, k) => {
    const prev = paragraphs[k - 1];
    const gap = !!prev && l.no - prev.no - 1 >= MIN_BLANKS_BETWEEN_POSTS && !sorted.dropped.some((d) => d.line > prev.no && d.line < l.no);
    if (!prev || gap) groups.push([l]);
    else groups.at(-1)!.push(l);
  });
  return groups;
}

/**
 * A post that announces an explanation ("…: here's how", "What we know", "explained") goes on
 * under question sub-headings ("What might it do?", "Why is it criticised?"): those questions are
 * part of its body, not posts of their own.
 */
const EXPLAINER = /\b(?:here['’]s (?:how|what|why|who|where|when)|what (?:we|you) (?:know|need to know)|explained|explainer|q&a|key questions)\b[^.?!]*$/i;

function subheadsJoined(lines: PageLine[], heads: number[], title: string): number[] {
  // An explainer's title ("What we know about the fire") announces the questions below it too.
  let explaining = EXPLAINER.test(title);
  return heads.filter((h) => {
    const text = lines[h]!.text;
    const question = /\?["”’]?$/.test(text);
    if (explaining && question) return false;
    explaining = EXPLAINER.test(text);
    return true;
  });
}

/**
 * Prose: a sentence, a long paragraph cut off mid-word (at the end of the copy, whatever its
 * shape), or a sentence that introduces an embed ("This girl was rescued after two days:").
 */
const prose = (t: string, last = false): boolean => bodyLike(t, MIN_TEXT_WORDS) || proseBeforePointer(t) || (words(t) >= 12 && (last ? cutMidWord(t) : /\p{Ll}$/u.test(t) && !headlineShaped(t)))
  || introShaped(t);

/** Sentences, then one that introduces what the copy lost: "… officials confirmed Sunday. Our affiliate has the latest:". */
const proseThenIntro = (t: string): boolean => words(t) >= 8 && HANDS_OVER.test(t) && /[.!?]["”’]?\s+[\p{Lu}“"‘]/u.test(t);

/** Headline + text pairs a block of a live page's copy repeats, at least, for its lines to be posts run together. */
const MIN_PAIRS_IN_BLOCK = 2;

/**
 * Blocks (by their first line's number) of a live page's copy that lost its blank lines, short or
 * long: a block that repeats the post structure, a headline line (no sentence, shorter than any
 * paragraph) right over a line of text, MIN_PAIRS_IN_BLOCK times or more.
 */
function pairedBlocks(lines: readonly PageLine[]): Set<number> {
  const pairs = new Map<number, number>();
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (!next || next.no !== l.no + 1 || l.inBlock === l.blockSize - 1) return;
    const head = headlineOverText(l.text);
    const text = bodyLike(next.text, MIN_TEXT_WORDS) || words(next.text) >= MIN_PARAGRAPH_LINE_WORDS;
    if (head && text) pairs.set(l.no - l.inBlock, (pairs.get(l.no - l.inBlock) ?? 0) + 1);
  });
  return new Set([...pairs].filter(([, n]) => n >= MIN_PAIRS_IN_BLOCK).map(([b]) => b));
}

/**
 * Lines that head their block over its text, on a live copy that prints each post as one block, its
 * headline right above its paragraphs and a blank line between posts ("Council adds extra buses" /
 * "The county council said …"): MIN_PAIRS_IN_BLOCK such blocks or more. Only a block's first line:
 * a question inside the post ("How long will it stay closed?") is its sub-heading, no post's.
 */
function headedBlocks(lines: readonly PageLine[]): Set<number> {
  const heads = lines.filter((l, i) => {
    const next = lines[i + 1];
    return l.inBlock === 0 && l.blockSize > 1 && !!next && next.no === l.no + 1 && headlineOverText(l.text)
      && (bodyLike(next.text, MIN_TEXT_WORDS) || words(next.text) >= MIN_PARAGRAPH_LINE_WORDS);
  });
  return new Set(heads.length >= MIN_PAIRS_IN_BLOCK ? heads.map((l) => l.no) : []);
}

/** A paragraph of story, no bullet (`storyLine`): what an intro or a run of bare paragraphs is made of. */
const paragraphLine = (t: string): boolean => !isBullet(t) && storyLine(t);

/**
 * A line that ends on a colon after a word and names what follows (`HAND_OVER_CUE`: "Here are the
 * latest updates:", "Key moments so far:"), handing the reader over to the updates; a link's label
 * ("Read more:") or a quote's introduction ("the executive said:") does not.
 */
const HANDS_OVER = bmpLetters(/\p{L}:$/u);
/** Longest such line, in words: a sentence that introduces, not a paragraph that quotes. */
const MAX_HANDOVER_WORDS = 12;

/** The line right above a post's time is a headline (no sentence), the time standing apart from it. */
const headlineOverTime = (lines: readonly PageLine[], s: { at: number; no: number }): boolean => {
  const prev = lines[s.at - 1];
  return !!prev && prev.no < s.no && headlineShaped(prev.text) && !endsSentence(prev.text);
};

/** The copy's last line, a post that begins with its time and is cut off in its first words. */
const cutPost = (l: PageLine, lines: PageLine[], sorted: Sorted): boolean =>
  l === lines.at(-1) && sorted.stamps.has(l.no) && words(l.text) >= MIN_CUT_POST_WORDS && /\p{Ll}$/u.test(l.text);

/** The first sentence of a paragraph, at most MAX_SENTENCE_HEADLINE_WORDS words. */
export function firstSentence(text: string): string {
  const sentence = text.slice(0, firstSentenceEnd(text));
  const ws = sentence.split(' ');
  return ws.length > MAX_SENTENCE_HEADLINE_WORDS ? `${ws.slice(0, MAX_SENTENCE_HEADLINE_WORDS).join(' ')} …` : sentence;
}

/**
 * The line right under a post's headline as the copy printed it, kept or dropped: a writers' note
 * to the reader ("That's all from the live team …") is dropped by the line rules, yet it says what
 * the post is.
 */
function openingUnder(sorted: Sorted, lines: readonly PageLine[], headline: number): string | undefined {
  const kept = lines.find((l) => l.no > headline);
  const dropped = sorted.dropped.filter((d) => d.line > headline && (!kept || d.line < kept.no) && d.reason === 'chrome').sort((a, b) => a.line - b.line)[0];
  return dropped?.text ?? kept?.text;
}

/** The nearest day header above a line, or null. */
function dayHeaderAbove(sorted: Sorted, line: number): string | null {
  let found: string | null = null;
  for (const h of sorted.dayHeaders) if (h.no < line) found = h.text;
  return found;
}

/** A bullet before a post headline, left out of the headline. */
const BULLET = /^[•·▪●◦‣*–-]\s+/;

const toParagraph = (l: PageLine): Paragraph => ({ line: l.no, text: l.text });


/** Removes sentences that only point elsewhere from the end of paragraphs. */
function stripPointers(paragraphs: Paragraph[], dropped: DroppedLine[]): { kept: Paragraph[]; pointer: boolean } {
  let pointer = false;
  const kept: Paragraph[] = [];
  for (const p of paragraphs) {
    if (teaserShaped(p.text)) { pointer = true; dropped.push({ line: p.line, reason: 'teaser', text: p.text }); continue; }
    const text = p.text.replace(POINTER_SENTENCE, '').trim();
    if (text !== p.text) pointer = true;
    if (text) kept.push({ line: p.line, text });
  }
  return { kept, pointer };
}

/** A post's start on a line after `from`, up to `to` (its own line or a time alone above it). */
const stampBetween = (stamps: ReadonlyMap<number, PostTime>, from: number, to: number): boolean => {
  for (let no = from + 1; no <= to; no++) if (stamps.has(no)) return true;
  return false;
};

/**
 * A long paragraph that stops mid-sentence and continues after a blank line was split by the copy:
 * join it to the next line.
 */
function joinBrokenParagraphs(lines: PageLine[], stamps: ReadonlyMap<number, PostTime>): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    // Never across a post's start or into a list: a bullet or a post cut short by the copy ends there.
    // (A post's time dropped between them, alone on its line, starts a post there too.)
    if (next && words(l.text) >= MIN_PARAGRAPH_LINE_WORDS && /[\p{Ll},]$/u.test(l.text) && !stampBetween(stamps, l.no, next.no) && !isBullet(l.text) && !isBullet(next.text)) {
      out.push({ ...l, text: `${l.text} ${next.text}`, blockSize: Math.max(l.blockSize, 2) });
      i++;
    } else out.push(l);
  }
  return out;
}
