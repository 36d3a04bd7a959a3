/**
 * Whether elements are on or near the screen, with one IntersectionObserver per margin for the
 * whole page: the page opens with a dozen placeholders and several charts watching, and creating
 * an observer for each cost the opening a few milliseconds on a phone.
 */
type Report = (near: boolean) => void;

const observers = new Map<string, { observer: IntersectionObserver; reports: Map<Element, Report> }>();

function shared(margin: string) {
  let entry = observers.get(margin);
  if (!entry) {
    const reports = new Map<Element, Report>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) reports.get(change.target)?.(change.isIntersecting);
      },
      { rootMargin: margin },
    );
    entry = { observer, reports };
    observers.set(margin, entry);
  }
  return entry;
}

/**
 * Reports whether `element` is within `margin` (a CSS rootMargin) of the viewport, at once and at
 * each change; returns the function that stops watching.
 */
export function watchNearScreen(element: Element, margin: string, report: Report): () => void {
  const { observer, reports } = shared(margin);
  reports.set(element, report);
  observer.observe(element);
  return () => {
    reports.delete(element);
    observer.unobserve(element);
  };
}
