import { words } from '../shape';
import type { LineRule } from './rule';

/** Attribution of the page: "Source: Outlet and news agencies", "Outlet's Name contributed reporting". */
export function attributionShaped(t: string): boolean {
  return /^Source:\s+\S/.test(t)
    || (t.includes('contributed') && /\bcontributed (reporting|to this (report|post|story))\b/i.test(t) && words(t) <= 30);
}

export const attribution: LineRule = {
  reason: 'attribution',
  facts: true,
  test: (page, at) => attributionShaped(page[at]!.text),
};
