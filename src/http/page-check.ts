import { parseFrontMatter } from '../read/front-matter';

/**
 * What the ingest API accepts as a page body, checked before anything is stored. Each refusal is a
 * problem a client can act on; the page is the decoded text when it passes.
 */
export type PageCheck = { ok: true; text: string } | { ok: false; title: string; detail: string };

/** Control characters (not tab, LF, CR, FF, VT) in the first 4 KiB above which a body is binary. */
const BINARY_CONTROL_CHARS = 8;

export function checkPage(bytes: Uint8Array): PageCheck {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { ok: false, title: 'Not UTF-8', detail: 'The body is not valid UTF-8 text. Convert it (e.g. from Latin-1) and send it again.' };
  }
  if ((text.slice(0, 4096).match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0) > BINARY_CONTROL_CHARS) {
    return { ok: false, title: 'Binary data', detail: 'The body looks like binary data, not a page of text.' };
  }
  const front = parseFrontMatter(text);
  if (front.errors.length) {
    const shown = front.errors.slice(0, 5).map((e) => `line ${e.line}: ${e.message}`).join('; ');
    return { ok: false, title: 'Bad front matter', detail: `The front matter block is malformed — ${shown}.` };
  }
  // bodyStart: the lines the block takes.
  if (!text.split(/\r\n?|\n/).slice(front.bodyStart).join('\n').trim()) return { ok: false, title: 'Empty page', detail: 'The body holds no text.' };
  return { ok: true, text };
}
