/**
 * The Dutch (Flemish) catalogue: the source of truth for message keys. Flat, dotted keys;
 * `{name}` placeholders; whole sentences only. Split by area in ./nl/ (no key in two parts).
 */
import { nlApp } from './nl/app.ts';
import { nlBody } from './nl/body.ts';
import { nlClinical } from './nl/clinical.ts';
import { nlControls } from './nl/controls.ts';
import { nlLayout } from './nl/layout.ts';
import { nlLearn } from './nl/learn.ts';
import { nlScenarios } from './nl/scenarios.ts';
import { nlStatus } from './nl/status.ts';

/** The parts, for the test that no key is defined twice. */
export const NL_PARTS = [
  nlApp,
  nlControls,
  nlBody,
  nlClinical,
  nlStatus,
  nlScenarios,
  nlLearn,
  nlLayout,
] as const;

export const nl = {
  ...nlApp,
  ...nlControls,
  ...nlBody,
  ...nlClinical,
  ...nlStatus,
  ...nlScenarios,
  ...nlLearn,
  ...nlLayout,
} as const satisfies Record<string, string>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
