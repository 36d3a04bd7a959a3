/**
 * The keyboard shortcuts: which key does what, and when a key press is not ours (the user types in
 * a field, holds a modifier, or the key already means something to the focused control). One map
 * for the handlers and for the help dialog, so the dialog never lists a key that does nothing.
 */

export type ShortcutAction =
  | 'playPause'
  | 'step'
  | 'resetAll'
  | 'steadyState'
  | 'presentation'
  | 'settings'
  | 'language'
  | 'help'
  | 'scenario';

export interface Shortcut {
  action: ShortcutAction;
  /** 1–9 for 'scenario' (the n-th scenario in the picker). */
  scenario?: number;
}

interface KeyLike {
  key: string;
  code?: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

/** Where typing goes: no shortcut at all fires here. */
const TEXT_ENTRY =
  'input, textarea, select, [contenteditable=""], [contenteditable="true"], [role="textbox"]';
/** Controls that use space and arrow keys themselves (a focused button presses on space). */
const OWN_KEYS = `${TEXT_ENTRY}, button, a[href], summary, [role="slider"], [role="radio"], [role="checkbox"], [role="button"], [role="tab"], [role="menuitem"]`;

/** Single letters (either case, no Shift) and what they do. */
const LETTERS: Readonly<Record<string, ShortcutAction>> = {
  r: 'resetAll',
  s: 'steadyState',
  p: 'presentation',
  f: 'presentation',
  c: 'settings',
  l: 'language',
};

const matches = (target: EventTarget | null, selector: string): boolean => {
  const el = target as Element | null;
  return !!el && typeof el.closest === 'function' && el.closest(selector) !== null;
};

/** True when the target is (inside) a control that uses space and arrows itself. */
export const isOwnKeyTarget = (target: EventTarget | null): boolean => matches(target, OWN_KEYS);

/** True when the target is (inside) a field the user types in. */
export const isTextEntryTarget = (target: EventTarget | null): boolean => matches(target, TEXT_ENTRY);

/** The digit 1–9 of a key press: by the character, or by the key's place (AZERTY types '&' there). */
function digitOf(event: KeyLike): number | undefined {
  if (/^[1-9]$/.test(event.key)) return Number(event.key);
  const code = /^(?:Digit|Numpad)([1-9])$/.exec(event.code ?? '');
  return code && !event.shiftKey ? Number(code[1]) : undefined;
}

/**
 * The shortcut a key press asks for, or null when it is not one (or not ours to take). Shift is
 * accepted only where the character needs it on common layouts: '?' and the digits (AZERTY).
 */
export function shortcutFor(event: KeyLike): Shortcut | null {
  if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return null;
  if (isTextEntryTarget(event.target) || matches(event.target, 'dialog')) return null;
  const key = event.key;
  if (key === ' ' || key === 'Spacebar' || key === 'ArrowRight') {
    if (event.shiftKey || isOwnKeyTarget(event.target)) return null;
    if (key === 'ArrowRight') return { action: 'step' };
    return event.repeat ? null : { action: 'playPause' };
  }
  if (event.repeat) return null;
  if (key === '?') return { action: 'help' };
  const digit = digitOf(event);
  if (digit !== undefined) return { action: 'scenario', scenario: digit };
  if (event.shiftKey) return null;
  const letter = LETTERS[key.toLowerCase()];
  return letter ? { action: letter } : null;
}

/** The rows of the help dialog, in the order shown: the keys (as printed) and the action. */
export const SHORTCUT_ROWS: readonly { keys: readonly KeyName[]; action: ShortcutAction }[] = [
  { keys: ['space'], action: 'playPause' },
  { keys: ['arrowRight'], action: 'step' },
  { keys: ['S'], action: 'steadyState' },
  { keys: ['R'], action: 'resetAll' },
  { keys: ['1–9'], action: 'scenario' },
  { keys: ['P', 'F'], action: 'presentation' },
  { keys: ['C'], action: 'settings' },
  { keys: ['L'], action: 'language' },
  { keys: ['?'], action: 'help' },
];

/** Keys printed as themselves, or (space, arrow) by a name in the page's language. */
export type KeyName = 'space' | 'arrowRight' | 'S' | 'R' | '1–9' | 'P' | 'F' | 'C' | 'L' | '?';
