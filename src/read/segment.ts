import type { DroppedLine, Paragraph } from '../model/types';
import type { PageLine, Sorted } from './boilerplate';
import { bodyLike, captionShaped, endsSentence, headlineShaped, POINTER_SENTENCE, REPORTING, teaserShaped, words } from './shape';

/** A post (live blog) or the article, before dates and actors are read. */
export interface Post {
  line: number;
  headline: string;
  paragraphs: Paragraph[];
  /** The post ended on a sentence that points elsewhere ("Read more here."). */
  pointer: boolean;
}

export interface Layout {
  kind: 'liveblog' | 'article';
  title: PageLine | null;
  /** Standfirst and opening summary (live blog) or lead (article). */
  description: Paragraph[];
  posts: Post[];
  dropped: DroppedLine[];
}

/** A live blog has at least this many headline + body pairs after its title. */
const MIN_POSTS_FOR_LIVEBLOG = 3;

/**
 * Cuts a page into posts. A post headline is a line standing alone, shaped like a headline, with
 * body text after it (a caption may sit between). A page with several such posts is a live blog;
 * what precedes its first post (standfirst, summary) describes the document. Any other page is
 * an article: one post, the title plus every kept paragraph.
 */
export function segment(sorted: Sorted): Layout {
  const dropped: DroppedLine[] = [...sorted.dropped];
  const lines = joinBrokenParagraphs(sorted.kept.filter((l) => l !== sorted.title));
  const isHeadline = (i: number): boolean => {
    const l = lines[i]!;
    if (l.blockSize !== 1 || !headlineShaped(l.text) || captionShaped(l.text) || teaserShaped(l.text)) return false;
    const next = lines[i + 1];
    if (!next) return false;
    if (bodyLike(next.text, 6)) return true;
    const after = lines[i + 2];
    return captionShaped(next.text) && !!after && bodyLike(after.text, 6);
  };
  const heads = lines.map((_, i) => i).filter(isHeadline);
  const kind = heads.length >= MIN_POSTS_FOR_LIVEBLOG ? 'liveblog' : 'article';
  const title = sorted.title;

  if (kind === 'article') {
    const paragraphs = stripPointers(lines.map(toParagraph), dropped);
    const post: Post[] = title && paragraphs.kept.length ? [{ line: title.no, headline: title.text, paragraphs: paragraphs.kept, pointer: paragraphs.pointer }] : [];
    return { kind, title, description: paragraphs.kept.slice(0, 1), posts: post, dropped };
  }

  const description: Paragraph[] = [];
  lines.slice(0, heads[0]).forEach((l) => {
    if (teaserShaped(l.text)) { dropped.push({ line: l.no, reason: 'teaser', text: l.text }); return; }
    // A heading with no text of its own before the first post ("Where things stand") is chrome.
    if (headlineShaped(l.text) && !endsSentence(l.text)) dropped.push({ line: l.no, reason: 'chrome', text: l.text });
    else description.push(toParagraph(l));
  });
  const posts: Post[] = [];
  heads.forEach((h, k) => {
    const head = lines[h]!;
    const body = lines.slice(h + 1, heads[k + 1] ?? lines.length);
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
    posts.push({ line: head.no, headline: head.text, paragraphs: kept, pointer });
  });
  return { kind, title, description, posts, dropped };
}

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

/**
 * A long paragraph that stops mid-sentence and continues after a blank line was split by the copy:
 * join it to the next line.
 */
function joinBrokenParagraphs(lines: PageLine[]): PageLine[] {
  const out: PageLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const next = lines[i + 1];
    if (next && words(l.text) >= 20 && /[\p{Ll},]$/u.test(l.text)) {
      out.push({ ...l, text: `${l.text} ${next.text}`, blockSize: Math.max(l.blockSize, 2) });
      i++;
    } else out.push(l);
  }
  return out;
}
