/**
 * The state the page opens with, from its address and the reader's colour preference. main.ts
 * creates it in a task of its own before the page is built (a shorter task each); App.svelte
 * creates it itself when it is not given (tests that render the whole app).
 */
import { AppState } from './state/appState.svelte.ts';
import { PresentationState } from './state/presentation.svelte.ts';
import type { Projector } from './state/projection/projector.ts';
import type { UrlSettings } from './state/url.ts';

export function openingApp(fromUrl: UrlSettings, projector?: Projector): AppState {
  const prefersDark = typeof matchMedia !== 'undefined' && matchMedia('(prefers-color-scheme: dark)').matches;
  return new AppState({ profile: prefersDark ? 'screen' : 'projector', ...fromUrl, projector });
}

export const openingView = (fromUrl: UrlSettings): PresentationState =>
  new PresentationState(fromUrl.present ?? false);
