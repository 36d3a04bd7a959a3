/**
 * Fitting translated names into the diagram's fixed label slots without cutting or concatenating
 * them: a trailing parenthetical moves to a line of its own, and a line too wide for a box breaks
 * between words. Widths are estimated from the character count (the diagram's sans-serif runs
 * about 0.6 em per character), which is enough to choose where to break.
 */

/** Font size of a 'small' label line (Label.svelte's .small), in viewBox units. */
export const SMALL_FONT_SIZE = 18;

/** Average advance of one character, in em, for the diagram's labels. */
const EM_PER_CHAR = 0.6;

/** 'Name (explanation)' → ['Name', '(explanation)']; a name without one stays whole. */
export function splitParenthetical(name: string): [string] | [string, string] {
  const match = /^(.+?)\s+(\([^()]+\))$/.exec(name.trim());
  return match ? [match[1], match[2]] : [name];
}

/** Estimated width of `text` at `fontSize` (viewBox units). */
export const estimatedWidth = (text: string, fontSize: number): number =>
  [...text].length * fontSize * EM_PER_CHAR;

/**
 * `text` broken between words into lines that each fit `maxWidth` at `fontSize` where possible
 * (a single word wider than that stays on its own line).
 */
export function wrapToWidth(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.length - 1;
    const joined = last >= 0 ? `${lines[last]} ${word}` : word;
    if (last >= 0 && estimatedWidth(joined, fontSize) <= maxWidth) lines[last] = joined;
    else lines.push(word);
  }
  return lines.length ? lines : [text];
}
