/**
 * Presentation mode (a teacher projecting the page): the diagram and the serum chart as large as
 * the screen allows, the settings column hidden until asked for, full screen where the browser
 * allows it. Display state only: it changes no model input, so it lives beside the AppState.
 */

import { getContext, setContext } from 'svelte';

/** The parts of the Fullscreen API used here (absent or refusing in iframes and some browsers). */
export interface FullscreenDocument {
  fullscreenElement?: Element | null;
  documentElement: { requestFullscreen?: () => Promise<void> };
  exitFullscreen?: () => Promise<void>;
}

export class PresentationState {
  /** Presentation layout on or off. */
  on = $state(false);
  /** In presentation mode, whether the settings column (and the display toggles) are shown. */
  settingsShown = $state(false);
  /** The keyboard-shortcut help dialog is open. */
  helpOpen = $state(false);

  constructor(on = false) {
    this.on = on;
  }

  /** Enter or leave presentation mode; full screen is asked for, never required. */
  toggle(doc: FullscreenDocument | undefined = globalThis.document): void {
    if (this.on) this.exit(doc);
    else this.enter(doc);
  }

  enter(doc: FullscreenDocument | undefined = globalThis.document): void {
    this.on = true;
    this.settingsShown = false;
    requestFullscreen(doc);
  }

  exit(doc: FullscreenDocument | undefined = globalThis.document): void {
    this.on = false;
    this.settingsShown = false;
    leaveFullscreen(doc);
  }

  /** Show or hide the settings column (only meaningful in presentation mode). */
  toggleSettings(): void {
    if (this.on) this.settingsShown = !this.settingsShown;
  }
}

/**
 * Ask for full screen. A refusal (an iframe without allowfullscreen, a headless browser, no user
 * gesture when opened from a link) is normal: the presentation layout works without it.
 */
export function requestFullscreen(doc: FullscreenDocument | undefined): void {
  if (!doc || doc.fullscreenElement) return;
  try {
    doc.documentElement.requestFullscreen?.()?.catch(() => {});
  } catch {
    // Some browsers throw instead of rejecting; either way the page stays as it is.
  }
}

export function leaveFullscreen(doc: FullscreenDocument | undefined): void {
  if (!doc?.fullscreenElement) return;
  try {
    doc.exitFullscreen?.()?.catch(() => {});
  } catch {
    // Already left (e.g. by Escape): nothing to do.
  }
}

const KEY = Symbol('magnesium-sim presentation state');

export const providePresentation = (state: PresentationState): PresentationState => setContext(KEY, state);

export function usePresentation(): PresentationState {
  const state = getContext<PresentationState | undefined>(KEY);
  if (!state) throw new Error('usePresentation() called outside <App>: no PresentationState in context');
  return state;
}
