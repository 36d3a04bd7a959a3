import { describe, expect, it } from 'vitest';
import { estimatedWidth, splitParenthetical, wrapToWidth } from '../../../../src/views/diagram/labelText.ts';

describe('diagram label text', () => {
  it('moves a trailing parenthetical to its own line and leaves other names whole', () => {
    expect(splitParenthetical('Darmsappen (terug naar de darm)')).toEqual([
      'Darmsappen',
      '(terug naar de darm)',
    ]);
    expect(splitParenthetical('Secreted')).toEqual(['Secreted']);
    expect(splitParenthetical('(alleen haakjes)')).toEqual(['(alleen haakjes)']);
    expect(splitParenthetical('Bot (vast) gebonden')).toEqual(['Bot (vast) gebonden']);
  });

  it('breaks a line between words only when it is too wide for the box', () => {
    expect(wrapToWidth('40% absorbed', 148, 18)).toEqual(['40% absorbed']);
    expect(wrapToWidth('40% geabsorbeerd', 148, 18)).toEqual(['40%', 'geabsorbeerd']);
    expect(wrapToWidth('', 148, 18)).toEqual(['']);
  });

  it('never loses or reorders a word, and every line but an overlong word fits', () => {
    const text = 'een heel lange zin met een onmogelijkelangewoordvorm erin';
    const lines = wrapToWidth(text, 100, 18);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) {
      if (line.includes(' ')) expect(estimatedWidth(line, 18)).toBeLessThanOrEqual(100);
    }
  });
});
