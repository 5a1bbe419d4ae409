const IN_WORD = /[\p{L}\p{M}'’.-]/u;
const LETTER = /\p{L}/u;
/** The code point that ends at `end` in `s` (a surrogate pair whole; '' at the start). */
const pointBefore = (s: string, end: number) => s.slice(/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(s.slice(end - 2, end)) ? end - 2 : end - 1, end);

/**
 * The word before a name, separated from it by spaces: letters, marks, apostrophes, dots and
 * hyphens, from its first letter ("Dr.", "O’Neil"). Read backwards from the name, within the
 * window's last 60 characters; undefined when no space or no letter is there.
 */
export function wordBefore(before: string): string | undefined {
  const s = before.slice(-60);
  // (before the start, s[-1] is undefined and the code point before is '': both loops stop there)
  let end = s.length;
  while (s[end - 1] === ' ' || s[end - 1] === '\u00A0') end--;
  if (end === s.length) return undefined;
  let start = end;
  for (let p = pointBefore(s, start); IN_WORD.test(p); p = pointBefore(s, start)) start -= p.length;
  // from its first letter (a dot or hyphen cannot begin it)
  const word = s.slice(start, end);
  const first = word.search(LETTER);
  return first < 0 ? undefined : word.slice(first);
}
