/**
 * Render a component inside the app context, as App.svelte does. Returns the Testing Library
 * result plus the AppState and the presentation state, so tests can drive them and read what changed.
 */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import { AppState, type InitialSettings } from '../../src/state/appState.svelte.ts';
import { PresentationState } from '../../src/state/presentation.svelte.ts';
import Harness from './Harness.svelte';

export function renderWithApp<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P = {} as P,
  initial: InitialSettings = {},
) {
  const app = new AppState({ locale: 'nl', ...initial });
  const view = new PresentationState();
  const result = render(Harness, {
    props: { app, view, component: component as Component<Record<string, unknown>>, props },
  });
  return { ...result, app, view };
}
