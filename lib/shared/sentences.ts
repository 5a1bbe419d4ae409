/** A sentence sent back to the page to find a mention in (they are cut to about 280 characters). */
export const REVEAL_MAX_SENTENCE = 1000;

export interface Sentence {
  start: number;
  end: number;
}

/** Ends a sentence: . ! ? followed by a space (or the text's end), or the full-width and Arabic marks, or a line break. */
const isEnd = (text: string, i: number) => {
  const c = text[i]!;
  if (c === '\n' || c === '。' || c === '！' || c === '？' || c === '؟') return true;
  return (c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /\s/.test(text[i + 1]!));
};

/**
 * The sentence of a text around a mention, as an exact slice of the text (so the page can find it
 * again): from the end of the previous sentence to the end of this one, and no longer than
 * `max` characters around the mention when the sentence runs on.
 */
export function sentenceAround(text: string, start: number, end: number, max = 280): Sentence {
  let from = start;
  while (from > 0 && !isEnd(text, from - 1) && start - from < max) from--;
  let to = end;
  while (to < text.length && !isEnd(text, to) && to - from < max) to++;
  if (to < text.length && isEnd(text, to) && text[to] !== '\n') to++;
  while (from < start && /\s/.test(text[from]!)) from++;
  while (to > end && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}
