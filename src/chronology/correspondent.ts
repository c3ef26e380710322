import { bmpLetters } from '../read/bmp-letters';
/**
 * A correspondent's post: the outlet's own journalist assesses or previews what happened ("Ruritania
 * Today’s Ana Horvat, reporting from Harbourton, says the talks …"; "Correspondent: …"). Journalists
 * are not actors (GUIDELINES: "Actors"); such a post has no act of its own and belongs to the act
 * it assesses ("Correspondent posts that only assess or preview a meeting go into that meeting's
 * cluster").
 */
const REPORTING_FROM = bmpLetters(/^(?:[\p{Lu}][\p{L}’'.&-]*\s+){1,5}[\p{Lu}][\p{L}’'-]+,\s+reporting\s+from\s+\p{Lu}/u);
const CORRESPONDENT_SAYS = bmpLetters(/^(?:(?:our|[\p{Lu}][\p{L}’'.&-]*(?:\s+[\p{Lu}][\p{L}’'.&-]*)*)\s+)?correspondent\s+(?:[\p{Lu}][\p{L}’'-]+\s+){1,3}(?:says|said|reports|reported|has said)\b/iu);
const CORRESPONDENT_HEADLINE = /^correspondent\s*:/i;

export function isCorrespondentPost(headline: string, body: string): boolean {
  const lead = body.split('\n\n', 1)[0] ?? '';
  return CORRESPONDENT_HEADLINE.test(headline.trim()) || REPORTING_FROM.test(lead) || CORRESPONDENT_SAYS.test(lead);
}
