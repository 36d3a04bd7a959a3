/**
 * The British English catalogue. Typed against the Dutch keys: a missing or extra key is a
 * type error (each part is checked against its Dutch part).
 */
import { enApp } from './en/app.ts';
import { enBody } from './en/body.ts';
import { enCharts } from './en/charts.ts';
import { enClinical } from './en/clinical.ts';
import { enControls } from './en/controls.ts';
import { enControlsPanel } from './en/controlsPanel.ts';
import { enDiagram } from './en/diagram.ts';
import { enDiet } from './en/diet.ts';
import { enEvidence } from './en/evidence.ts';
import { enTimeControls } from './en/timeControls.ts';
import { enKeyboard } from './en/keyboard.ts';
import { enLayout } from './en/layout.ts';
import { enLink } from './en/link.ts';
import { enLearn } from './en/learn.ts';
import { enPanels } from './en/panels.ts';
import { enPredict } from './en/predict.ts';
import { enExport } from './en/export.ts';
import { enScenarios } from './en/scenarios.ts';
import { enStatus } from './en/status.ts';
import { enAnalysis } from './en/analysis.ts';
import type { MergedParts, MessageKey } from './nl.ts';

const EN_PARTS = [
  enApp,
  enControls,
  enControlsPanel,
  enTimeControls,
  enBody,
  enDiagram,
  enCharts,
  enClinical,
  enStatus,
  enScenarios,
  enLearn,
  enPanels,
  enLayout,
  enKeyboard,
  enLink,
  enDiet,
  enPredict,
  enExport,
  enEvidence,
  enAnalysis,
] as const;

// Object.assign rather than a spread (a third of the time while the page opens; see nl.ts).
export const en = Object.assign({}, ...EN_PARTS) as MergedParts<typeof EN_PARTS> satisfies Record<
  MessageKey,
  string
>;
