/** Hands the one AppState to every component through Svelte context. */
import { getContext, setContext } from 'svelte';
import type { AppState } from './appState.svelte.ts';

const KEY = Symbol('magnesium-sim app state');

export const provideApp = (app: AppState): AppState => setContext(KEY, app);

export function useApp(): AppState {
  const app = getContext<AppState | undefined>(KEY);
  if (!app) throw new Error('useApp() called outside <App>: no AppState in context');
  return app;
}
