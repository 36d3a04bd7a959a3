/**
 * Moving the keyboard focus to the scenario card: after 'Try it' in the learn panel loads a
 * scenario, the focus (and so the scroll position) goes to the card's heading, where the story and
 * the prediction question are.
 */
import { tick } from 'svelte';

export const SCENARIO_HEADING_ID = 'scenario-card-heading';

export async function focusScenarioCard(): Promise<void> {
  await tick();
  document.getElementById(SCENARIO_HEADING_ID)?.focus();
}
