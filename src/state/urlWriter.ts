/**
 * Writes the set-up into the address bar once it has stayed the same for `delayMs`: replaceState
 * costs ~25 ms per call in Chromium (100 ms on an old laptop), far too much to run during a drag,
 * so a drag writes the address once, when it ends. Numbers are written as a user would type them
 * (typedSearch), so no float noise reaches a link.
 */
import { INPUT_OPTIONS, isInputOptionName } from '../model/index.ts';
import { roundAsTyped } from './typedPrecision.ts';

/**
 * The same query with every numeric input rounded to its typed precision
 * (`intake-mg=327.45000000000005` → `intake-mg=327`). Other parameters, and values that are not
 * plain numbers, are left exactly as they are: reading them is the parser's business.
 */
export function typedSearch(search: string): string {
  const params = new URLSearchParams(search);
  let changed = false;
  for (const [name, value] of [...params]) {
    // A later change (`intake-mg_at120`) is rounded like the input it changes.
    const input = name.replace(/_at\d+(\.\d+)?$/, '');
    if (!isInputOptionName(input)) continue;
    const option = INPUT_OPTIONS[input];
    if (option.kind !== 'number' || !/^-?\d+(\.\d+)?(e[-+]?\d+)?$/i.test(value)) continue;
    const typed = String(roundAsTyped(option.input, Number(value)));
    if (typed !== value) {
      params.set(name, typed);
      changed = true;
    }
  }
  return changed ? `?${params.toString()}` : search;
}

export function createUrlWriter(delayMs = 400): (search: string) => void {
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const search = pending === undefined ? undefined : typedSearch(pending);
    if (search !== undefined && location.search !== search) history.replaceState(null, '', search);
    pending = undefined;
  };
  return (search: string) => {
    pending = search;
    clearTimeout(timer);
    timer = setTimeout(flush, delayMs);
  };
}
