/** Names of the projection horizons in the time controls. */
import { describe, expect, it } from 'vitest';
import { HORIZONS_DAYS } from '../../../../src/state/appState.svelte.ts';
import { horizonLabel } from '../../../../src/views/time/horizon.ts';

describe('horizonLabel', () => {
  it.each([
    [30, '1 maand', '1 month'],
    [90, '3 maanden', '3 months'],
    [365, '1 jaar', '1 year'],
    [730, '2 jaar', '2 years'],
    [1825, '5 jaar', '5 years'],
  ])('%d days → %s / %s', (days, dutch, english) => {
    expect(horizonLabel('nl', days)).toBe(dutch);
    expect(horizonLabel('en', days)).toBe(english);
  });

  it('names every horizon differently', () => {
    const names = HORIZONS_DAYS.map((d) => horizonLabel('nl', d));
    expect(new Set(names).size).toBe(names.length);
  });
});
