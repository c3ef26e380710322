import { words } from '../shape';
import type { LineRule } from './rule';

/** Longest caption, in words: past it, the line is a story's paragraph. */
const MAX_CAPTION_WORDS = 80;
/**
 * The label a wire agency puts before a picture's caption: "FILE PHOTO: …", "FILE - …", "(FILES) …",
 * "(COMBO) This combination of pictures …". In capitals: "File" in a sentence is a word.
 */
const WIRE_LABEL = /^(?:FILE(?: PHOTO)?\s*[:–—-]\s|\((?:FILES?|COMBO|ARCHIVES?|POOL|HANDOUT)\)\s)/;
/** "… after the ruling. — Photo courtesy of Example News": a picture's credit after a dash. */
const COURTESY = /\s[—–-]\s*(?:Photo|Picture|Image|Video)s?\s+(?:courtesy(?: of)?|by|via|from)\s+\S.{0,60}$/;

/** A picture's caption as the wires and their clients print it. */
export const wireCaptionShaped = (t: string): boolean => words(t) <= MAX_CAPTION_WORDS && (WIRE_LABEL.test(t) || COURTESY.test(t));

export const wireCaption: LineRule = {
  reason: 'caption',
  facts: false,
  test: (page, at) => wireCaptionShaped(page[at]!.text),
};
