// Component tests only (the unit project does without): jest-dom matchers, and a clean page.
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

// The component files share one jsdom per worker (isolate: false in vite.config.ts): whatever a
// test appended to the page itself (a field, a button to return focus to) goes with the test,
// after Testing Library has unmounted the rendered components.
afterEach(() => {
  document.body.replaceChildren();
});
