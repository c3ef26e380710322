import type { DroppedLine } from '../model/types';
import type { PageLine } from './line-rules';
import { endsSentence, headlineShaped } from './shape';
import { bmpLetters } from './bmp-letters';

/** "- Jo Reed", "– Ana Vell": a writer's name under a dash, as live pages sign a post at its foot. */
const SIGNATURE = bmpLetters(/^[-–—]\s*\p{Lu}/u);

/**
 * A live page that signs its posts at their foot ("- Jo Reed") may print the next post's headline
 * right under the signature, without a time of its own. Returns the indices in `body` (a timed
 * post's lines) where such a post starts: a headline (no sentence) under a dropped signature, with
 * `prose` under it. A headline under the post's text without a signature between stays its
 * sub-heading.
 */
export function postsAfterSignature(body: readonly PageLine[], dropped: readonly DroppedLine[], prose: (text: string) => boolean): number[] {
  const signatures = dropped.filter((d) => d.reason === 'byline' && SIGNATURE.test(d.text));
  if (!signatures.length) return [];
  const starts: number[] = [];
  for (let j = 1; j + 1 < body.length; j++) {
    const head = body[j]!;
    if (!headlineShaped(head.text) || endsSentence(head.text) || !prose(body[j + 1]!.text)) continue;
    if (signatures.some((d) => d.line > body[j - 1]!.no && d.line < head.no)) starts.push(j);
  }
  return starts;
}
