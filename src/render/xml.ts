import { xmlSafe } from './escape';

/**
 * The XML of the Atom and RSS feeds, written straight as text: elements in the order given, four
 * spaces of indentation per level, text escaped once here (`&`, `<`, `>`; attributes also `"`), HTML
 * in CDATA sections. Written here rather than through `feed` (and the generic object-to-XML writer it
 * builds on), which cost a quarter of a feed's render on a cache miss and escaped attribute values
 * twice (a category label with `&` reached readers as `&amp;`).
 */

/** An element: text, CDATA, children, or nothing (`<name/>`); attributes in the order given, undefined ones left out. */
export interface XmlElement {
  name: string;
  attrs?: ReadonlyArray<readonly [string, string | undefined]>;
  text?: string;
  cdata?: string;
  children?: ReadonlyArray<XmlElement>;
}

const INDENT = '    ';
const TEXT_MARKUP = /[&<>]/;
const ATTR_MARKUP = /[&<>"]/;

function escapeXml(s: string, markup: RegExp): string {
  if (!markup.test(s)) return s;
  return s.replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'));
}

/** A CDATA section; a `]]>` inside is split across two sections so it cannot close the first. */
const cdata = (s: string) => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;

function write(out: string[], e: XmlElement, depth: number): void {
  const pad = INDENT.repeat(depth);
  let open = `${pad}<${e.name}`;
  for (const [k, v] of e.attrs ?? []) if (v !== undefined) open += ` ${k}="${escapeXml(v, ATTR_MARKUP)}"`;
  if (e.children?.length) {
    out.push(`${open}>`);
    for (const child of e.children) write(out, child, depth + 1);
    out.push(`${pad}</${e.name}>`);
  } else if (e.cdata !== undefined) {
    out.push(`${open}>${cdata(e.cdata)}</${e.name}>`);
  } else if (e.text !== undefined) {
    out.push(`${open}>${escapeXml(e.text, TEXT_MARKUP)}</${e.name}>`);
  } else {
    out.push(`${open}/>`);
  }
}

/** A whole document: the XML declaration, then the root; characters XML 1.0 forbids are dropped. */
export function xmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  write(out, root, 0);
  return xmlSafe(out.join('\n'));
}

/** A text element, or nothing when the value is undefined (spread into a children list). */
export const textElement = (name: string, text: string | undefined): XmlElement[] => (text === undefined ? [] : [{ name, text }]);
