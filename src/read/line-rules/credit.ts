import { AGENCY } from '../lexicon';
import { words } from '../shape';
import type { LineRule } from './rule';
import { bmpLetters } from '../bmp-letters';

const AGENCY_WORD = new RegExp(`\\b${AGENCY}\\b`);
const CAPS_SLASH_NAME = bmpLetters(/\b[A-Z]{3,}\/[\p{Lu}][\p{Ll}]+/u);
const LONE_CREDIT = bmpLetters(/^(?:[\p{Lu}][\p{L}.’'-]*\s?){1,4}\/\s?(?:[\p{Lu}][\p{L}.’'-]*\s?){1,5}$/u);
const PERSON_SLASH = bmpLetters(/^[\p{Lu}][\p{Ll}]+(?:\s[\p{Lu}][\p{L}’'-]+){1,2}\s?\//u);
/**
 * "Photograph: Jo Reed/Agency", "Credit…Jo Reed/Agency — Example Images" (the label and its credit,
 * run together with an ellipsis by some copies); "(Picture: Harbourton.example.com)": a site's
 * address as the credit (a stop inside a word ends no sentence).
 */
/** The words for a picture a credit follows ("Photo", "Image"). */
const PICTURE = 'Picture|Photo|Photograph|Image';
const CREDIT_LABEL = bmpLetters(new RegExp(`\\b(${PICTURE}|Credit)s?(?::|…|\\.\\.\\.)\\s*[\\p{Lu}](?:[^.]|\\.(?=[\\p{L}])){0,60}$`, 'u'));
/** "… at the harbour final - Cupco/Example Images", "Jo Reed - Ada Berg/Agency": a credit after a dash ends a caption. */
const DASH_CREDIT = bmpLetters(/\s[-–—]\s(?:[\p{Lu}][\p{L}.’'-]*\s){0,3}[\p{Lu}][\p{L}.’'-]*\s?\/\s?(?:[\p{Lu}][\p{L}.’'-]*)(?:\s[\p{Lu}][\p{L}.’'-]*){0,3}$/u);
/**
 * "… on Thursday, August 1. Photo Agency.", "… in the capital. Photo by Jo Reed/Agency | License
 * Photo": a caption's sentence, then its source named after the word for a picture, without a colon.
 */
const SOURCE_AFTER_CAPTION = bmpLetters(new RegExp(`[.!?]\\s+(?:${PICTURE})s?(?:\\s+(?:by|credit|courtesy(?:\\s+of)?))?\\s+[\\p{Lu}][\\p{L}.’'&-]*(?:\\s+[\\p{Lu}][\\p{L}.’'&/-]*){0,3}\\.?(?:\\s*\\|\\s*[\\p{Lu}][\\p{L} ]{0,20})?$`, 'u'));
/**
 * "… on 26 January 2020. HNA-EXW/JO REED", "… (reissued 2 May 2021). EXW FILE/ADA BERG AGENCY OUT":
 * after the caption's last sentence, a wire's credit in capitals, agencies and photographer joined
 * by a slash, ends the line.
 */
const CAPITALS_CREDIT = /[.!?)][ \u00a0]+[A-Z][A-Z-]+(?:[ /][A-Z][A-Z-]+)*\/[A-Z][A-Z.'’ -]*[A-Z.]$/;
/** "Ana Vell at the hallImage source, Example Images": a picture's source after its label and a comma, glued to the caption or not. */
const IMAGE_SOURCE = bmpLetters(new RegExp(`(?:${PICTURE}) source,[ \\u00a0]*[\\p{Lu}][\\p{L}.’'& /-]{0,40}$`, 'u'));
/** "… on August 4, 2020. © Jo Reed, AFP": a copyright sign before a name ends a caption. */
const COPYRIGHT_CREDIT = bmpLetters(/©\s*[\p{Lu}][\p{L}.’' &/-]{0,30}(?:,\s*[\p{Lu}][\p{L}.’' &/-]{0,30})?$/u);

/**
 * A photo credit ends the line: "[Name/Agency]", "(Name/AP)", "AGENCY/Name", "Photograph: Name/Agency",
 * "(Photo by … / AFP)", "via Getty Images", "… - Jo Reed/Agency". The line is a caption, whatever it says.
 */
export function hasCredit(t: string): boolean {
  const bracket = /\[([^\][]{1,80})\]?\s*$/.exec(t)?.[1];
  if (bracket && (/\/|\bvia\b|^File:/.test(bracket) || AGENCY_WORD.test(bracket))) return true;
  const paren = /\(([^()]{1,80})\)\s*$/.exec(t)?.[1];
  if (paren && /\//.test(paren) && AGENCY_WORD.test(paren)) return true;
  if (paren && /\//.test(paren) && words(paren) <= 8 && !/\s\/\s/.test(paren) && /^[\p{Lu}]/u.test(paren)) return true;
  if ((t.includes('Photo') || t.includes('photo') || t.includes('Getty')) && /\(Photo(graph)? by\b|\bvia Getty Images\b/i.test(t)) return true;
  if (t.includes('/') && CAPS_SLASH_NAME.test(t)) return true;
  // A credit alone on its line: "Agency/Jo Reed", "Jane Doe/AFP via Getty Images",
  // "Jane Doe / Harbour Museum": an agency, or a person's name, on one side of the slash.
  if (words(t) <= 8 && LONE_CREDIT.test(t) && (AGENCY_WORD.test(t) || PERSON_SLASH.test(t))) return true;
  if (t.includes('©') && COPYRIGHT_CREDIT.test(t)) return true;
  if (t.includes('/') && CAPITALS_CREDIT.test(t)) return true;
  if (t.includes(' source,') && IMAGE_SOURCE.test(t)) return true;
  if (t.includes('/') && DASH_CREDIT.test(t)) return true;
  // (The two patterns below hold a word for a picture, or "Credit": most lines have none, and are not scanned for them.)
  const picture = namesPicture(t);
  if (picture && SOURCE_AFTER_CAPTION.test(t)) return true;
  return (picture || t.includes('Credit')) && CREDIT_LABEL.test(t);
}

/** Whether the line holds one of PICTURE's words as written. */
const PICTURE_WORDS = PICTURE.split('|');
const namesPicture = (t: string): boolean => PICTURE_WORDS.some((w) => t.includes(w));

/** Longest credit standing alone on its line, in words. */
const MAX_LONE_CREDIT_WORDS = 10;

/** A credit alone on its line, after its label: "Image: Jo Reed/Agency via Example". */
export const labelledCreditAlone = (t: string): boolean =>
  /^(?:Picture|Photo|Photograph|Image|Credit)s?:\s*\S/.test(t) && words(t) <= MAX_LONE_CREDIT_WORDS && hasCredit(t);

export const credit: LineRule = {
  reason: 'credit',
  facts: false,
  test: (page, at) => hasCredit(page[at]!.text),
};
