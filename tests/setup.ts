// Jest-dom matchers for component tests; harmless for pure model tests.
import '@testing-library/jest-dom/vitest';
