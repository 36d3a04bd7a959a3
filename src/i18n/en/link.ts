/** What the page says about a link's parameters it ignored or adjusted (British English). */
import type { nlLink } from '../nl/link.ts';

export const enLink: Record<keyof typeof nlLink, string> = {
  'link.unknownParameter':
    'The link has a parameter {parameter} that this simulator does not use; it was ignored.',
  'link.unknownValueUsed':
    'The value "{value}" for {parameter} in the link is unknown; the model uses {used}.',
  'link.repeated':
    '{parameter} appears more than once in the link; only the first value counts, so "{value}" was ignored.',
  'link.notANumber':
    'The value "{value}" for {parameter} in the link is not a number (write, for example, 250 or 1.5); it was ignored.',
  'link.negative': 'The value "{value}" for {parameter} in the link cannot be negative; it was ignored.',
  'link.notWhole':
    'The value "{value}" for {parameter} in the link is not a whole number; the model uses {used}.',
  'link.unknownCondition':
    'The condition "{value}" in the link is unknown; the model uses these conditions: {used}.',
  'link.unknownCondition.ignored': 'The condition "{value}" in the link is unknown; it was ignored.',
  'link.noneCombined': '"none" cannot be combined with other conditions in the link; the model uses: {used}.',
  'link.needsFemale':
    'Lactation applies only to a woman, and the person in this link is a man; the model leaves lactation out.',
  // A value cut short in a message: its full length.
  'link.characters': '{count} characters',
  'link.more': 'And {count} more remarks about the link.',
};
