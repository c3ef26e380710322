import type { DropReason } from '../model/types';
import type { PageLine } from './line-rules';
import { siteChromeShaped } from './line-rules/site-chrome';
import { listContinued } from './listed-posts';
import type { PostTime } from './post-time';
import { bodyLike, cutMidWord, endsSentence, headlineOverText, headlineShaped, introShaped, isBullet, MIN_PARAGRAPH_LINE_WORDS, REPORTING, words } from './shape';

/** Words of a paragraph cut off at the end of a copy for it to count as story text. */
const MIN_CUT_PARAGRAPH_WORDS = 12;
/** The ellipsis a copy may print where it cut a paragraph off. */
const CUT_MARK = /\s*(?:…|\.\.\.)$/;

/** Words of a sentence that a post time or label starts, for it to be story after the last long paragraph. */
const MIN_STAMPED_POST_WORDS = 4;

/** Words a post that begins with its time keeps when the copy cuts it off, for it to count. */
export const MIN_CUT_POST_WORDS = 6;

/** Post times on a page for a short post under the last of them to count as the copy's last post. */
const MIN_TIMED_POSTS_FOR_LAST = 2;
/** Lines of that last post at least, with a headline above its time: a headline and a line of text. */
const MIN_LAST_POST_LINES = 2;
/** Lines of that last post at most (its headline and a line or two): more is a list under a time. */
const MAX_LAST_POST_LINES = 3;
/** Words of one of its lines at least: a post says something. */
const MIN_LAST_POST_WORDS = 3;

/** Lines above a post's cut text, at most: its headline with its time, and a picture's caption. */
const MAX_LINES_ABOVE_CUT_TEXT = 2;

/** Words of a post headline cut off at the end of a copy, for it to count. */
const MIN_CUT_HEADLINE_WORDS = 3;

/**
 * Where the story ends: nothing after the last real paragraph is story. Headline lists, briefs cut
 * off with "…", comment widgets and "You may also like" all lack a full paragraph. Returns the index
 * of the story's last line in `page` (-1 when none), and the headline of a post the copy cut off
 * after it, if that is the copy's last line. `live`: the page says it is a live blog.
 */
export function storyEnd(page: readonly PageLine[], dropped: ReadonlyMap<number, DropReason>, stamps: ReadonlyMap<number, PostTime>,
  title: PageLine | null, live: boolean): { lastBody: number; cutHeadline: PageLine | null } {
  let lastBody = -1;
  // A post that only introduces what the copy lost ("This girl was rescued after two days:") is story too.
  // So is a short post that a time or label starts ("Update: Power is back in most of the city."):
  // a link list's entries start at no post time.
  const introducesEmbed = (l: PageLine) => stamps.has(l.no) && (introShaped(l.text) || bodyLike(l.text, MIN_STAMPED_POST_WORDS));
  page.forEach((l, i) => { if (!dropped.has(l.no) && l !== title && (bodyLike(l.text, 12) || introducesEmbed(l))) lastBody = i; });
  // A short page (a brief) has no paragraph that long: take its last sentence-shaped line instead.
  // (Or, with none, its last line longer than any headline or entry: a paragraph whatever its end.)
  if (lastBody < 0) page.forEach((l, i) => { if (!dropped.has(l.no) && l !== title && bodyLike(l.text, 6)) lastBody = i; });
  if (lastBody < 0) page.forEach((l, i) => { if (!dropped.has(l.no) && l !== title && words(l.text) >= MIN_PARAGRAPH_LINE_WORDS && !isBullet(l.text)) lastBody = i; });
  // Short closing paragraphs that attribute or quote ("Its director, Ana Brest, said …") are the
  // story's last words, not a link list's entries: the tail starts after them.
  for (let i = lastBody + 1; lastBody >= 0 && i < page.length; i++) {
    const l = page[i]!;
    if (dropped.has(l.no)) continue;
    // (On a live page, so is a post left without its stop: a line longer than any entry of a list.)
    const longPost = live && words(l.text) >= MIN_PARAGRAPH_LINE_WORDS && !isBullet(l.text) && !CUT_MARK.test(l.text);
    // (And a post's headline right over such a line, no blank line between: a copy of headline +
    // text pairs run together, "Stocks close higher" / "Markets rallied as … a vaccine".)
    const next = page[i + 1];
    const headOverPost = live && !!next && next.no === l.no + 1 && !dropped.has(next.no) && headlineOverText(l.text)
      && words(next.text) >= MIN_PARAGRAPH_LINE_WORDS && !isBullet(next.text) && !CUT_MARK.test(next.text);
    if (headOverPost) { lastBody = i + 1; i++; continue; }
    if (!(bodyLike(l.text, 6) && (REPORTING.test(l.text) || /[“”"]/.test(l.text))) && !longPost) break;
    lastBody = i;
  }
  // The entries of the list the story ends on, past its last long paragraph (listed-posts.ts).
  lastBody = listContinued(page, dropped, lastBody, live);
  // A copy that ends inside the story ends on a paragraph cut mid-word: a long one is story text
  // (a link list's entries are short); in a live blog, so is a post's headline and its first words.
  // (A copy may mark its cut with an ellipsis after the broken word: "… some 1.5 million kilome…";
  // a list of teasers ends each of its entries so, the one above too.)
  const last = page.length - 1;
  const teaserAbove = (i: number): boolean => { for (let k = i - 1; k >= 0; k--) if (!dropped.has(page[k]!.no)) return CUT_MARK.test(page[k]!.text); return false; };
  const cutText = (i: number): boolean => cutMidWord(page[i]!.text) || (CUT_MARK.test(page[i]!.text) && cutMidWord(page[i]!.text.replace(CUT_MARK, '')) && !teaserAbove(i));
  if (last > lastBody && !dropped.has(page[last]!.no) && cutText(last) && words(page[last]!.text) >= MIN_CUT_PARAGRAPH_WORDS
    && (!headlineShaped(page[last]!.text) || REPORTING.test(page[last]!.text) || /,.*,/.test(page[last]!.text))) lastBody = last;
  // A copy cut off in the first words of a post that begins with its time ("6:45 p.m.: Officials
  // said the count would resume at midnight and t"): the post is story, however short.
  if (last > lastBody && stamps.has(page[last]!.no) && !dropped.has(page[last]!.no) && cutMidWord(page[last]!.text)
    && words(page[last]!.text) >= MIN_CUT_POST_WORDS) lastBody = last;
  // So is one cut off in the first words under a headline that carries its time ("Rescue boats
  // readypublished at 23:04 …" / a picture's caption / "The governor says that officials, includi").
  const cutUnder = page.slice(lastBody + 1, last).filter((l) => !dropped.has(l.no));
  const timedHead = cutUnder[0] && stamps.get(cutUnder[0].no)?.rest ? cutUnder[0] : null;
  if (last > lastBody && timedHead && cutUnder.length <= MAX_LINES_ABOVE_CUT_TEXT && headlineShaped(timedHead.text) && !dropped.has(page[last]!.no)
    && cutMidWord(page[last]!.text) && words(page[last]!.text) >= MIN_CUT_POST_WORDS) lastBody = last;
  // A live blog copied up to the headline of its next post, under that post's time or byline
  // ("Police reopen the harbour ro"): the headline is all the copy kept of that post.
  let cutHeadline: PageLine | null = null;
  const above = page[last - 1];
  // (A page is a blog when it says so, or when its posts print their times: a copy without front
  // matter or a live word in its title shows only the latter.)
  const blog = live || stamps.size >= MIN_TIMED_POSTS_FOR_LAST;
  if (blog && last > lastBody && above && page.slice(lastBody + 1, last).every((l) => dropped.has(l.no))
    && (dropped.get(above.no) === 'timestamp' || dropped.get(above.no) === 'byline') && !dropped.has(page[last]!.no)
    && page[last] !== title && headlineShaped(page[last]!.text) && words(page[last]!.text) >= MIN_CUT_HEADLINE_WORDS) {
    cutHeadline = page[last]!;
    lastBody = last;
  }
  // A blog that prints each post's headline above its time and writer, copied up to that line of
  // its next post ("Storm warning raised for the coast" / "06:35 , Jo Reed"): the headline is all
  // the copy kept of that post.
  // (Or up to that post's first word or two under them, "Op": the copy cut there.)
  const cutWords = last > 0 && dropped.get(page[last - 1]!.no) === 'timestamp' && words(page[last]!.text) < MIN_CUT_POST_WORDS && !endsSentence(page[last]!.text);
  const stampAt = cutWords ? last - 1 : last;
  const headOverTime = page[stampAt - 1];
  if (!cutHeadline && blog && stampAt - 1 > lastBody && headOverTime && dropped.get(page[stampAt]!.no) === 'timestamp'
    && page.slice(lastBody + 1, stampAt - 1).every((l) => dropped.has(l.no)) && !dropped.has(headOverTime.no) && headOverTime !== title
    && headlineShaped(headOverTime.text) && !endsSentence(headOverTime.text) && words(headOverTime.text) >= MIN_CUT_HEADLINE_WORDS) {
    cutHeadline = headOverTime;
    lastBody = stampAt - 1;
  }
  // (Past furniture the copy kept around that post: the last post's signature, the cut post's time,
  // byline or photo credit: "-Ada Berg" / "Rates rise again" / "By Jo Reed" / "The central ba".)
  const cutHead = page.slice(lastBody + 1, last).filter((l) => !dropped.has(l.no));
  if (blog && last > lastBody && cutHead.length === 1 && headlineShaped(cutHead[0]!.text) && !dropped.has(page[last]!.no)
    && cutMidWord(page[last]!.text)) lastBody = last;
  // A blog's last post under its own time, however short ("12:40 PM" / "88 mins: 2-1" / "The
  // keeper saves again."): the copy ends on a post, for a link list's entries stand under no time. The
  // post holds a sentence, and a headline above it or beside it (a key event's entry is one line).
  const lastStamp = page.findLastIndex((l) => stamps.has(l.no));
  // (Past what the line rules dropped in it: an embed's placeholder, a caption.)
  const lastPost = lastStamp > lastBody && stamps.size >= MIN_TIMED_POSTS_FOR_LAST ? page.slice(lastStamp).filter((l) => !dropped.has(l.no)) : [];
  const headAbove = lastStamp > 0 && !dropped.has(page[lastStamp - 1]!.no) && headlineShaped(page[lastStamp - 1]!.text) ? 1 : 0;
  // (Longer when the copy ends inside it, cut mid-word: a list's entries end whole.)
  const cutInside = last >= 0 && cutMidWord(page[last]!.text) && words(page[last]!.text) >= MIN_CUT_POST_WORDS;
  if (lastPost.length + headAbove >= MIN_LAST_POST_LINES && (lastPost.length <= MAX_LAST_POST_LINES || cutInside) && lastPost.every((l) => !siteChromeShaped(l.text))
    && lastPost.some((l) => words(l.text) >= MIN_LAST_POST_WORDS && endsSentence(l.text))) lastBody = page.length - 1;
  return { lastBody, cutHeadline };
}
