import type { Seed } from '../model/types';

/**
 * Bytes of a page file → a seed. UTF-8 when the bytes are valid UTF-8; otherwise they are read as
 * windows-1252 (the usual Latin-1 superset), and the seed says so, so the report can warn.
 */
export function decodeSeed(name: string, bytes: Uint8Array): Seed {
  try {
    return { name, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { name, text: new TextDecoder('windows-1252').decode(bytes), decodedAs: 'windows-1252' };
  }
}

/** Share of characters that no text page holds (controls, U+FFFD) above which a page is binary data. */
export const BINARY_SHARE = 0.05;

export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (!sample.length) return false;
  // eslint-disable-next-line no-control-regex
  const odd = sample.match(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFD]/g)?.length ?? 0;
  return odd / sample.length > BINARY_SHARE;
}
