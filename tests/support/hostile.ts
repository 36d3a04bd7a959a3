/**
 * fast-check generators for hostile input: what a link from a chat message, a learning platform
 * or a mistyped command line can carry. Used by the URL, UI and runner fuzzers (seeded in CI, see
 * tests/seed.ts).
 */
import fc from 'fast-check';
import { INPUT_OPTION_NAMES } from '../../src/model/index.ts';

/** 10,000 characters, as the hostile link. */
export const HUGE = 'A'.repeat(10_000);

/** Values that broke, or could break, a reader of numbers, names or text. */
export const HOSTILE_VALUES = [
  ...['', ' ', '0', '-0', '-1', '-250', '-1e3', '1e308', '-1e308', '1e-308', '1e999', '5e-324'],
  ...['0x10', '0X1F', '0b11', '0o7', '1_000', '1,5', '2.5', '.5', '5.', '+5', ' 12 ', '١٢'],
  ...['NaN', 'Infinity', '-Infinity', 'undefined', 'null', 'true', '[]', '{}', '1e', 'e5', '--5'],
  ...['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)'],
  ...['${7*7}', '{{7*7}}', '%00', '%', '&', '=', '?', '#', '\u0000', '\r\n', '\r', '\t'],
  ...['\u001b[31mred\u001b[0m', '\u001b]0;title\u0007', '\u2028', '\u2029', '\u202e', '\ufeff'],
  ...['😀', '\ud800', 'ünïcödé', '__proto__', 'constructor', 'toString', 'hasOwnProperty'],
  ...['alcohol,bogus', 'none,alcohol', 'lactation', 'alcohol,alcohol', ',,,', 'none', 'typical'],
  ...['loop', 'male', 'female', 'en', 'nl', 'fr', 'screen', 'fast', 'mmol', 'ppi-stop'],
  HUGE,
  '9'.repeat(400),
  '1'.repeat(100_000),
];

/** Names a link or command line may use: every real one, page ones, and nonsense. */
export const PARAMETER_NAMES = [
  ...INPUT_OPTION_NAMES,
  ...['locale', 'scenario', 'unit', 'speed', 'profile'],
  ...['foo', 'utm_source', 'fbclid', '__proto__', 'constructor', 'toString', '', ' ', 'a b'],
  ...['<script>', 'x'.repeat(10_000), 'intake-mg ', 'INTAKE-MG', '\r', '\u2028'],
];

export const hostileValue = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_VALUES) },
    { weight: 2, arbitrary: fc.double().map(String) },
    { weight: 2, arbitrary: fc.integer({ min: -1e6, max: 1e6 }).map(String) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }).map((s) => s.repeat(500)) },
  );

export const parameterName = (): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...PARAMETER_NAMES) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  );

/** A query string of hostile pairs, with repeats (duplicates are half the trouble). */
export const hostileQuery = (maxPairs = 6): fc.Arbitrary<string> =>
  fc.array(fc.tuple(parameterName(), hostileValue()), { minLength: 1, maxLength: maxPairs }).chain((pairs) =>
    fc.constantFrom(pairs, [...pairs, ...pairs]).map((all) => {
      const params = new URLSearchParams();
      for (const [name, value] of all) params.append(name, value);
      return `?${params.toString()}`;
    }),
  );
