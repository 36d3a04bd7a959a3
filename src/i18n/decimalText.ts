/**
 * Numbers as text in the app's two languages without Intl.NumberFormat. Why: the page's first
 * Intl number or list formatter loads the browser's locale data in one piece, 20–60 ms on this
 * machine and four times that on a phone, while the page opens (a long task). The output is the
 * same as Intl's for nl-BE and en-GB (a test compares them over many values): the number's
 * shortest decimal form, rounded half away from zero, with the language's marks.
 */

export interface DecimalMarks {
  decimal: string;
  /** '' for no thousands separator. */
  group: string;
}

/**
 * The shortest decimal digits of |value| (what String() writes: '0.045', '123.4', '1.5e-7'),
 * without leading zeros, and where the decimal point goes: the number of digits before it
 * (0.045 → '45', -1; 123.4 → '1234', 3).
 */
function shortestDigits(value: number): { digits: string; point: number } {
  const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
  const [whole, fraction = ''] = mantissa.split('.');
  const all = whole + fraction;
  let zeros = 0;
  while (all[zeros] === '0') zeros++;
  return { digits: all.slice(zeros), point: whole.length - zeros + Number(exponent) };
}

/** Adds one to a string of decimal digits ('199' → '200', '99' → '100'). */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/**
 * Integer and fraction digits of |value| rounded half away from zero to `decimals` (a negative
 * count rounds to tens, hundreds, …).
 */
function roundedParts(value: number, decimals: number): { whole: string; fraction: string } {
  if (value === 0) return { whole: '0', fraction: '0'.repeat(Math.max(0, decimals)) };
  const { digits, point } = shortestDigits(value);
  // All digits with the point at `point`, padded so that it has `decimals` digits after it.
  const lead = point > 0 ? '' : '0'.repeat(1 - point);
  const all = lead + digits;
  const pointAt = Math.max(point, 1);
  const padded = all.padEnd(pointAt + decimals, '0');
  let kept = padded.slice(0, pointAt + decimals);
  if ((padded[pointAt + decimals] ?? '0') >= '5') kept = increment(kept);
  const wholeLength = kept.length - decimals;
  const whole = (kept.slice(0, wholeLength) + '0'.repeat(Math.max(0, -decimals))).replace(/^0+(?=\d)/, '');
  return { whole, fraction: kept.slice(wholeLength) };
}

const group = (whole: string, separator: string): string =>
  separator === '' || whole.length <= 3 ? whole : whole.replace(/\B(?=(\d{3})+$)/g, separator);

/**
 * `value` with at most `max` and at least `min` decimals (0 ≤ min ≤ max ≤ 20; a negative `max`
 * rounds to tens, hundreds, …), for a finite value below 1e21 in size. A value that rounds to zero
 * has no minus sign.
 */
export function decimalText(value: number, max: number, min: number, marks: DecimalMarks): string {
  const { whole, fraction } = roundedParts(value, max);
  const shown = fraction.slice(0, min) + fraction.slice(min).replace(/0+$/, '');
  const negative = value < 0 && /[1-9]/.test(whole + fraction);
  return `${negative ? '-' : ''}${group(whole, marks.group)}${shown ? marks.decimal + shown : ''}`;
}

/** `value` rounded to `significant` digits (1–21), trailing zeros after the point left out. */
export function significantText(value: number, significant: number, marks: DecimalMarks): string {
  if (value === 0) return '0';
  const decimals = significant - shortestDigits(value).point;
  return decimalText(value, decimals, 0, marks);
}
