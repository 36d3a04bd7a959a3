/**
 * Keyboard shortcut guard: the space bar plays or pauses, but never while the user types in a
 * field or operates another control (where space already means something).
 */

/** Elements where a key press belongs to the element itself. */
const OWN_KEYS =
  'input, textarea, select, button, a[href], summary, [contenteditable=""], [contenteditable="true"], [role="slider"], [role="radio"], [role="checkbox"], [role="button"], [role="textbox"]';

interface KeyLike {
  key: string;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  repeat?: boolean;
  defaultPrevented?: boolean;
  target: EventTarget | null;
}

/** True when the target is (inside) a control that uses the key itself. */
export function isOwnKeyTarget(target: EventTarget | null): boolean {
  const el = target as Element | null;
  return !!el && typeof el.closest === 'function' && el.closest(OWN_KEYS) !== null;
}

/** Should this key press toggle play/pause? */
export function isPlayPauseShortcut(event: KeyLike): boolean {
  if (event.key !== ' ' && event.key !== 'Spacebar') return false;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return false;
  if (event.repeat || event.defaultPrevented) return false;
  return !isOwnKeyTarget(event.target);
}
