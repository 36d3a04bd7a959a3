/**
 * Echoing what someone typed (a link parameter, a runner flag) back in a message, safely: a value
 * of 100,000 characters must not make a 100 KB line or a page wider than the screen, and control
 * characters (carriage return, ANSI escapes, U+2028, bidirectional overrides) must not rewrite the
 * terminal or reorder the text around them. Shared by the page and the runner.
 */

/** What moves the cursor, colours a terminal, breaks a line, hides or reorders text; lone surrogates. */
const UNSAFE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ud800-\udfff\ufeff\ufff9-\ufffb]/gu;
/** The same, plus what ends or escapes a quoted value. */
const UNSAFE_IN_QUOTES = new RegExp(`${UNSAFE.source.slice(0, -1)}"\\\\]`, 'gu');

const NAMED: Record<string, string> = {
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\u001b': '\\e',
  '"': '\\"',
  '\\': '\\\\',
};

const escapeChar = (c: string): string => NAMED[c] ?? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}`;

/** The text with every unsafe character written as an escape (`\r`, `\e`, `\u2028`). */
export const escapeUnsafe = (text: string): string => text.replace(UNSAFE, escapeChar);

/** Default length of an echoed value, in characters (a number or a name fits easily). */
export const SHOWN_CHARS = 40;

/** How a cut value states its full length; the page passes its own language's words. */
export type LengthNote = (length: number) => string;
const ENGLISH_LENGTH: LengthNote = (length) => `${length} characters`;

/**
 * At most `maxChars` characters of the escaped text, with "…" and the full length when cut
 * (`AAAA… (10000 characters)`). Cuts between code points, never inside an emoji or an escape.
 */
export function shortenValue(
  text: string,
  maxChars = SHOWN_CHARS,
  inQuotes = false,
  lengthNote: LengthNote = ENGLISH_LENGTH,
): string {
  const unsafe = inQuotes ? UNSAFE_IN_QUOTES : UNSAFE;
  let shown = '';
  // Only the start is ever shown: look at no more of a huge value than needed.
  for (const c of Array.from(text.slice(0, maxChars + 1))) {
    const next = shown + c.replace(unsafe, escapeChar);
    if (next.length > maxChars) return `${shown}… (${lengthNote(text.length)})`;
    shown = next;
  }
  return shown.length < text.length ? `${shown}… (${lengthNote(text.length)})` : shown;
}

/** The value in double quotes, escaped and shortened: for one-line messages. */
export const quoteValue = (text: string, maxChars = SHOWN_CHARS): string =>
  `"${shortenValue(text, maxChars, true)}"`;
