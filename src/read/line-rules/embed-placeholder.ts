import chromeData from '../../../data/lexicon/chrome.json';
import { alternation } from '../lexicon';
import { words } from '../shape';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

/** Longest placeholder line, in words ("Skip Twitter post by Example Harbour Police (@harbourpolice)"). */
const MAX_PLACEHOLDER_WORDS = 12;
const PLATFORM = `(?:${alternation(chromeData.embedPlatforms)})`;
/**
 * What a copy keeps of a social or video post embedded in a page, in place of the post: "Skip
 * Twitter post by Jo Reed", "End of Instagram post", "Twitter post, 2", "View this post on
 * Instagram", "A post shared by Jo Reed (@joreed)", "Allow YouTube content?", "Watch on YouTube".
 */
const PLACEHOLDER = bmpLetters(new RegExp(
  `^(?:(?:skip|end of)\\s+${PLATFORM}\\s+(?:post|content|video)\\b.*`
  + `|view (?:this|the full) (?:post|video) on ${PLATFORM}|view (?:on|in) ${PLATFORM}|watch on ${PLATFORM}`
  + `|a (?:post|video) shared by\\s.+|allow ${PLATFORM} content\\??)$`, 'iu'));
/** "Twitter post, 2", "YouTube video by Harbour News": the platform's word, then maybe its poster's name. */
const PLATFORM_POST = bmpLetters(new RegExp(`^${PLATFORM}\\s+(?:post|content|video)(?:,\\s*\\d+)?(?:\\s+(by\\s.*))?$`, 'iu'));
/** A poster's name or handle, capitalised (never "by the minister sparks anger"). */
const BY_NAME = bmpLetters(/^by(?:\s+[\p{Lu}@(][\p{L}\d_.’'@()-]*){1,6}(?:,\s*\d+)?$/u);

function placeholder(t: string): boolean {
  if (PLACEHOLDER.test(t)) return true;
  const m = PLATFORM_POST.exec(t);
  return !!m && (!m[1] || BY_NAME.test(m[1]));
}

/**
 * "▶", "|", "•", ">", "—": a line of a symbol or two and no letter or digit, what a copy keeps of a
 * player's button or an embed's frame. It says nothing: never a post's headline.
 */
const SYMBOL_REMNANT = bmpLetters(/^[^\p{L}\p{N}]{1,3}$/u);

/**
 * The lines an embedded social post keeps in a copy around its text: the poster's handle alone
 * ("@HarbourPolice") and the post's own date line, its clock time and day joined by a middle dot
 * ("1:58 PM · Mar 14, 2023", "09:12 · 3 Feb 2023", maybe "· Web App" after). The embed's, no
 * headline and no post of the page's. (A page's date line or a post time has no middle dot.)
 */
const HANDLE_ALONE = /^@[A-Za-z0-9_]{1,30}$/;
const SOCIAL_STAMP = bmpLetters(/^\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s*·\s*(?:\p{L}{3,9}\.?\s+\d{1,2}|\d{1,2}\s+\p{L}{3,9}\.?),?\s+\d{4}(?:\s*·\s*[^·]{1,30})?$/u);
const socialEmbedLine = (t: string): boolean => HANDLE_ALONE.test(t) || SOCIAL_STAMP.test(t);

export const embedPlaceholderShaped = (t: string): boolean => {
  const bare = t.trim();
  return SYMBOL_REMNANT.test(bare) || socialEmbedLine(bare) || (words(t) <= MAX_PLACEHOLDER_WORDS && placeholder(bare));
};

export const embedPlaceholder: LineRule = {
  reason: 'chrome',
  facts: false,
  test: (page, at) => embedPlaceholderShaped(page[at]!.text),
};
