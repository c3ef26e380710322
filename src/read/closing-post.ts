import chromeData from '../../data/lexicon/chrome.json';
import { alternation } from './lexicon';
import { closingNoteShaped, signOffShaped } from './line-rules/sign-off';
import { summaryHeadingAlone } from './line-rules/site-chrome';
import { LIST_NUMBER } from './shape';
import { bmpLetters } from './bmp-letters';

/**
 * The writers saying the blog closes, in their own voice: "We're closing our live coverage for
 * tonight", "we are now drawing this live page to a close" (chrome.json `signOff`).
 */
const BLOG_CLOSING = new RegExp(
  `\\b(?:we|we['’]re|we are|we['’]ll|we will|I['’]m|I am|I['’]ll|I will)\\b[^.!?]{0,30}?\\b(?:${alternation(chromeData.signOff.closingVerbs)})\\b`
  + `[^.!?]{0,20}?\\b(?:our|this|the)\\s+(?:${alternation(chromeData.signOff.blogNouns)})\\b`, 'i');
/**
 * "Welcome to Monday's storm live page", "Morning everyone! Welcome to our live coverage of …":
 * the writers opening the blog, in its first sentence or after a short greeting. (The page's name
 * may come between: a day's, a story's.)
 */
const BLOG_WELCOME = bmpLetters(new RegExp(
  `^(?:[^.!?]{0,30}[.!?]\\s+)?(?:good (?:morning|afternoon|evening)[,!]?\\s+(?:and\\s+)?)?welcome (?:back )?to\\b[^.!?]{0,40}?\\b${welcomedTo(chromeData.signOff.blogNouns)}\\b`, 'iu'));
/**
 * What a welcome opens: the blog by its own name ("live page", "blog", after a day's or a story's
 * name), or any of its nouns after "our" or "this" ("our coverage"); never a bare "page" or
 * "updates" ("Welcome to the new page of history" is a headline, not the blog's opening).
 */
function welcomedTo(nouns: readonly string[]): string {
  const ownNames = nouns.filter((n) => n.startsWith('live ') || n === 'blog');
  return `(?:(?:our|this)\\s+(?:[\\p{L}’'-]+\\s+){0,2}(?:${alternation(nouns)})|(?:${alternation(ownNames)}))`;
}
/**
 * "That's all for our live coverage today", "That's it from this page for now": the writers
 * closing the blog by naming it (chrome.json `signOff.blogNouns`, after "for/from our/this/the"; not
 * "that's all we know about the updates to the law").
 */
const THATS_ALL = new RegExp(`^that(?:['’]s| is) (?:all|it)\\b[^.!?]{0,30}?\\b(?:for|from) (?:our|this|the) (?:${alternation(chromeData.signOff.blogNouns)})\\b`, 'i');
/**
 * "That wraps up our live coverage of the count", "That officially concludes the Courier's live
 * blog": the blog closed in the third person, its closing verb (chrome.json `signOff.closingVerbs`,
 * with an s) then the blog's noun.
 */
const THAT_CLOSES = new RegExp(
  `^that\\b[^.!?]{0,20}?\\b(?:${alternation(chromeData.signOff.closingVerbs.filter((v) => !/^\S+ing\b/.test(v)).map((v) => v.replace(/^(\S+)/, '$1s')))})\\b`
  + `[^.!?]{0,40}?\\b(?:${alternation(chromeData.signOff.blogNouns)})\\b`, 'i');
/** "If you're just joining us, here's a recap …": a post that sums up the posts around it. */
const RECAP_OPENER = new RegExp(`^(?:${alternation(chromeData.signOff.recapOpeners)})\\b`, 'i');

/**
 * A live blog's post that is the blog talking about itself, not news: its headline is a sign-off
 * or a summary's heading ("Goodnight from us" over "We're closing our live coverage for tonight",
 * "2. Key points", "Thanks, and good night" over "That's all from the live team …"), it welcomes the
 * reader to the blog ("Welcome to Tuesday's storm live page"), or its first paragraph closes, opens or recaps the blog (a handover between writers opens a post that goes on:
 * "Sam Ortiz here, taking over …" is no close). The developments it lists are the posts' own: an item
 * of it would repeat them.
 */
export function closingPost(headline: string, firstParagraph: string | undefined): boolean {
  const head = headline.replace(LIST_NUMBER, '');
  if (summaryHeadingAlone(head) || signOffShaped(head) || BLOG_WELCOME.test(head)) return true;
  if (!firstParagraph) return false;
  return closingNoteShaped(firstParagraph) || BLOG_CLOSING.test(firstParagraph) || THATS_ALL.test(firstParagraph) || THAT_CLOSES.test(firstParagraph) || BLOG_WELCOME.test(firstParagraph) || RECAP_OPENER.test(firstParagraph);
}
