/**
 * Under prefers-reduced-motion the diagram draws no particles (the arrows and numbers stay).
 *
 * The component files share one module graph and one jsdom per worker (isolate: false in
 * vite.config.ts), but this file must import the diagram after stubbing matchMedia. Its own
 * environment options give it a worker of its own, so neither the stub nor the diagram modules
 * it loads are shared with other files.
 * @vitest-environment-options {"url": "http://localhost/reduced-motion"}
 */
import { flushSync } from 'svelte';
import { describe, expect, it, vi } from 'vitest';

// jsdom has no matchMedia: give it one that prefers reduced motion, before the diagram is imported.
vi.hoisted(() => {
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes('prefers-reduced-motion: reduce'),
      media: query,
      onchange: null,
      addEventListener: () => {},
      removeEventListener: () => {},
      addListener: () => {},
      removeListener: () => {},
      dispatchEvent: () => false,
    }) as MediaQueryList;
});

const { default: BodyDiagram } = await import('../../../../src/views/diagram/BodyDiagram.svelte');
const { renderWithApp } = await import('../../harness.ts');

describe('BodyDiagram with reduced motion', () => {
  it('draws the arrows but no particles, even while time runs', () => {
    const { container, app } = renderWithApp(BodyDiagram);
    expect(container.querySelectorAll('[data-flow]').length).toBeGreaterThanOrEqual(5);
    expect(container.querySelectorAll('.particle-dots')).toHaveLength(0);
    app.play();
    app.tick(0.2);
    flushSync();
    expect(container.querySelectorAll('.particle-dots')).toHaveLength(0);
  });
});
