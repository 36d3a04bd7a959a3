/**
 * The Dutch (Flemish) catalogue: the source of truth for message keys. Flat, dotted keys;
 * `{name}` placeholders; whole sentences only. Split by area in ./nl/ (no key in two parts).
 */
import { nlApp } from './nl/app.ts';
import { nlBody } from './nl/body.ts';
import { nlCharts } from './nl/charts.ts';
import { nlClinical } from './nl/clinical.ts';
import { nlControls } from './nl/controls.ts';
import { nlDiagram } from './nl/diagram.ts';
import { nlDiet } from './nl/diet.ts';
import { nlEvidence } from './nl/evidence.ts';
import { nlControlsPanel } from './nl/controlsPanel.ts';
import { nlTimeControls } from './nl/timeControls.ts';
import { nlKeyboard } from './nl/keyboard.ts';
import { nlLayout } from './nl/layout.ts';
import { nlLink } from './nl/link.ts';
import { nlLearn } from './nl/learn.ts';
import { nlPanels } from './nl/panels.ts';
import { nlPredict } from './nl/predict.ts';
import { nlExport } from './nl/export.ts';
import { nlScenarios } from './nl/scenarios.ts';
import { nlStatus } from './nl/status.ts';
import { nlAnalysis } from './nl/analysis.ts';

/** The parts, for the test that no key is defined twice. */
export const NL_PARTS = [
  nlApp,
  nlControls,
  nlControlsPanel,
  nlTimeControls,
  nlBody,
  nlDiagram,
  nlCharts,
  nlClinical,
  nlStatus,
  nlScenarios,
  nlLearn,
  nlPanels,
  nlLayout,
  nlKeyboard,
  nlLink,
  nlDiet,
  nlPredict,
  nlExport,
  nlEvidence,
  nlAnalysis,
] as const;

/** The parts' keys and texts as one type: what `Object.assign` of the parts gives. */
export type MergedParts<T extends readonly object[]> = T extends readonly [
  infer First,
  ...infer Rest extends readonly object[],
]
  ? First & MergedParts<Rest>
  : unknown;

// Object.assign rather than a spread of twenty parts: a spread of over a thousand keys took
// about 8 ms while the page opened (assign, a third of that).
export const nl = Object.assign({}, ...NL_PARTS) as MergedParts<typeof NL_PARTS> satisfies Record<
  string,
  string
>;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
