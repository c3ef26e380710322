/**
 * A short, stable fingerprint of a text: FNV-1a (32-bit) over its lower-cased letters and digits.
 * Used for report keys and event ids: the same headline gives the same key whatever its position
 * on the page, its punctuation or its spacing.
 */
export function fingerprint(text: string): string {
  const norm = text.toLowerCase().normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, '');
  return fnv1a(norm).toString(16).padStart(8, '0');
}

/** FNV-1a, 32-bit, over UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}
