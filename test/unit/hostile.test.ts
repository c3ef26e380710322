import { describe, expect, it } from 'vitest';
import { decodeSeed } from '../../src/read/decode';
import { MAX_LINE_CHARS, readSeed } from '../../src/read/read-seed';

const read = (name: string, bytes: Uint8Array) => readSeed(decodeSeed(name, bytes));
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Deterministic pseudo-random bytes. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let s = 7;
  for (let i = 0; i < n; i++) { s = (s * 1103515245 + 12345) >>> 0; out[i] = s >>> 24; }
  return out;
}

describe('hostile pages', () => {
  it('binary data is skipped with a warning, never made an entry', () => {
    const r = read('blob.txt', noise(20_000));
    expect(r.items).toEqual([]);
    expect(r.report.warnings).toContain('binary data, not text: skipped');
  });

  it('Latin-1 bytes are read as windows-1252, and the report says so', () => {
    const latin1 = Uint8Array.from([...'Caf\u00e9 owners protest\n\nThe caf\u00e9 owners said on Tuesday they would close.\n'].map((c) => c.charCodeAt(0)));
    const r = read('latin1.txt', latin1);
    expect(r.items[0]?.headline).toBe('Café owners protest');
    expect(r.report.warnings).toContain('not UTF-8: read as windows-1252');
  });

  it('one endless line is cut with a warning and quoting "</script>" does not make it HTML', () => {
    const r = read('endless.txt', utf8(`Endless ${'said </script> Monday “q” '.repeat(60_000)}`));
    expect(r.report.warnings.join(' ')).toMatch(new RegExp(`cut from \\d+ to ${MAX_LINE_CHARS}`));
    expect(r.report.warnings.join(' ')).not.toMatch(/HTML/);
  });

  it('an HTML page is read as text, script content out, line numbers kept', () => {
    const html = '<!doctype html><html><head><script>var a = "<p>";</script></head><body>\n<h1>Council approves harbour plan</h1>\n<p>The council approved the plan on Monday, its chair Lena Berg said &amp; added “more”.</p>\n</body></html>\n';
    const r = read('page.html.txt', utf8(html));
    expect(r.items[0]?.headline).toBe('Council approves harbour plan');
    expect(r.items[0]?.line).toBe(2);
    expect(r.items[0]?.body).toBe('The council approved the plan on Monday, its chair Lena Berg said & added “more”.');
  });

  it('a BOM, CRLF line ends and control characters are cleaned away', () => {
    const r = read('crlf.txt', utf8('\uFEFFMinister resigns after vote\r\n\r\nThe minister said on Friday she would resign \u0001\u0002after the vote failed in parliament.\r\n'));
    expect(r.items[0]?.headline).toBe('Minister resigns after vote');
    expect(r.items[0]?.body).toBe('The minister said on Friday she would resign after the vote failed in parliament.');
  });

  it('a short brief (no long paragraph) still gives its item', () => {
    const r = read('brief.txt', utf8('Bridge reopens\n\nThe bridge reopened on Sunday, police said.\n'));
    expect(r.items.map((i) => i.headline)).toEqual(['Bridge reopens']);
  });
});
