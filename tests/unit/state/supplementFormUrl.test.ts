// The supplement's salt form in a link: the same option name and values as the runner's flag.
import { describe, expect, it } from 'vitest';
import { DEFAULT_INPUTS, INPUT_OPTIONS, SUPPLEMENT_FORMS } from '../../../src/model/index.ts';
import { readUrl, writeUrl } from '../../../src/state/url.ts';

const state = {
  locale: 'nl' as const,
  scenarioId: null,
  unit: 'mg' as const,
  speed: 'normal' as const,
  profile: 'projector' as const,
};

describe('supplement-form in the URL', () => {
  it('is the runner’s option name for the model input', () => {
    expect(INPUT_OPTIONS['supplement-form']).toMatchObject({
      input: 'supplementForm',
      choices: SUPPLEMENT_FORMS,
    });
  });

  it.each(SUPPLEMENT_FORMS)('reads %s', (form) => {
    const s = readUrl(`?supplement-form=${form}`);
    expect(s.inputs).toEqual({ supplementForm: form });
    expect(s.problems).toEqual([]);
  });

  it('reports an unknown form and keeps the default', () => {
    const s = readUrl('?supplement-form=citrate');
    expect(s.inputs).toBeUndefined();
    expect(s.problems).toEqual([{ kind: 'unknown-value', parameter: 'supplement-form', value: 'citrate' }]);
  });

  it('writes oxide and leaves the default out, and reads back what it wrote', () => {
    const oxide = writeUrl({ ...state, inputs: { ...DEFAULT_INPUTS, supplementForm: 'oxide' } });
    expect(new URLSearchParams(oxide).get('supplement-form')).toBe('oxide');
    expect(readUrl(oxide).inputs).toEqual({ supplementForm: 'oxide' });
    expect(writeUrl({ ...state, inputs: DEFAULT_INPUTS })).not.toContain('supplement-form');
  });
});
