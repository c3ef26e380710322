/**
 * Two words one typo apart: one letter changed (not the last, unless `anyLetter`), one added or
 * dropped (not a final "a", unless `anyLetter`), or two neighbours swapped. Equal words are not one
 * edit apart.
 */
export function oneEdit(a: string, b: string, anyLetter: boolean): boolean {
  if (a === b) return false;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff: number[] = [];
    for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
    if (diff.length === 1) return anyLetter || diff[0]! < a.length - 1;
    return diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!];
  }
  const [s, l] = a.length < b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < s.length && s[i] === l[i]) i++;
  // An "a" added at the end is a feminine ending, not a typo (Petrov / Petrova); a dropped last
  // consonant is (Mars / Marsh).
  if (i === s.length && !anyLetter && l[i] === 'a') return false;
  return s.slice(i) === l.slice(i + 1);
}
