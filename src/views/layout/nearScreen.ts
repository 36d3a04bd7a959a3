/**
 * One IntersectionObserver for every placeholder that waits to come near the screen (a screen
 * above and below the viewport): the page opens with a dozen of them, and creating an observer for
 * each cost its mount task a few milliseconds on a phone.
 */
const callbacks = new Map<Element, () => void>();
let observer: IntersectionObserver | null = null;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) callbacks.get(entry.target)?.();
    },
    { rootMargin: '100% 0px' },
  );
  return observer;
}

/** Calls `near` each time `element` comes within a screen of the viewport; returns the stop. */
export function whenNearScreen(element: Element, near: () => void): () => void {
  callbacks.set(element, near);
  shared().observe(element);
  return () => {
    callbacks.delete(element);
    observer?.unobserve(element);
  };
}
