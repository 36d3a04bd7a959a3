/**
 * Writes the set-up into the address bar at most every `delayMs` (trailing): replaceState costs
 * ~25 ms per call in Chromium, far too much to run on every slider step.
 */
export function createUrlWriter(delayMs = 400): (search: string) => void {
  let pending: string | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    if (pending !== undefined && location.search !== pending) history.replaceState(null, '', pending);
    pending = undefined;
  };
  return (search: string) => {
    pending = search;
    timer ??= setTimeout(flush, delayMs);
  };
}
