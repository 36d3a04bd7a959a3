/**
 * The page and the runner read a value the same way (issue 10, defect 4): for every input option,
 * the runner refuses exactly the values the page ignores, and what the model uses is the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArgs, ParseError } from '../../../src/cli/args.ts';
import { runCli } from '../../../src/cli/run.ts';
import { INPUT_OPTIONS, INPUT_OPTION_NAMES, type InputOptionName } from '../../../src/model/index.ts';
import { readUrl, type UrlProblemKind } from '../../../src/state/url.ts';
import { hostileValue } from '../../support/hostile.ts';

const REFUSED: UrlProblemKind[] = [
  'not-a-number',
  'negative',
  'unknown-value',
  'unknown-condition',
  'none-combined',
];

function page(name: InputOptionName, value: string) {
  const query = `?${new URLSearchParams({ [name]: value })}`;
  const s = readUrl(query);
  return {
    refused: s.problems.some((p) => REFUSED.includes(p.kind)),
    used: (s.inputs as Record<string, unknown> | undefined)?.[INPUT_OPTIONS[name].input],
    // What the runner sees: the value as the browser decodes it.
    value: new URLSearchParams(query).get(name)!,
  };
}

function runner(name: InputOptionName, value: string) {
  try {
    const c = parseArgs([`--${name}=${value}`, '--days', '1']);
    if (c.kind !== 'run') throw new Error('not a run');
    const { output } = runCli(c.options);
    return { refused: false, used: output.inputs[INPUT_OPTIONS[name].input] };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { refused: true, used: undefined };
  }
}

describe('one reader for links and runner flags', () => {
  it.each([
    ['gfr-ml-min', '0x10', true, undefined],
    ['doses', '2.5', false, 3],
    ['doses', '0', false, 1],
    ['intake-mg', '1e3', false, 1000],
    ['intake-mg', '-5', true, undefined],
    ['condition', 'alcohol,bogus', true, ['alcohol']],
    ['condition', 'lactation', false, []],
  ] as const)('%s=%j: refused %j, uses %j', (name, value, refused, used) => {
    const p = page(name, value);
    const r = runner(name, value);
    expect(p.refused).toBe(refused);
    expect(r.refused).toBe(refused);
    if (!refused) expect(r.used).toEqual(used);
    // A refused condition list still gives the page its known names.
    expect(p.used).toEqual(used);
  });

  // A hang guard, not a timing: the machine may be busy.
  it(
    'property: the same verdict and the same value for any option and hostile value',
    { timeout: 60_000 },
    () => {
      fc.assert(
        fc.property(fc.constantFrom(...INPUT_OPTION_NAMES), hostileValue(), (name, raw) => {
          const p = page(name, raw);
          const r = runner(name, p.value);
          expect(r.refused, `${name}=${JSON.stringify(p.value).slice(0, 80)}`).toBe(p.refused);
          if (!r.refused) expect(r.used).toEqual(p.used);
        }),
        { numRuns: 250 },
      );
    },
  );
});
