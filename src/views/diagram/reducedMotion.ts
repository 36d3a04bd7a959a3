/**
 * Whether the user asked for reduced motion: the same media query as `prefersReducedMotion` from
 * 'svelte/motion', but safe where `matchMedia` does not exist (jsdom, server): there it reports
 * false. (Importing 'svelte/motion' throws in jsdom, which would break every component test that
 * renders the diagram.) Reactive: reading `.current` in a component tracks the preference.
 */
import { MediaQuery } from 'svelte/reactivity';

const query =
  typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? new MediaQuery('(prefers-reduced-motion: reduce)')
    : undefined;

export const reducedMotion = {
  get current(): boolean {
    return query?.current ?? false;
  },
};
