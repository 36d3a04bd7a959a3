/** Messages between the page and the analysis worker (plain data: structured-clone safe). */
import type { ModelInputs } from '../../model/index.ts';
import type { CoursePlan, Sensitivity, TimeScales, Uncertainty } from '../../model/analysis/index.ts';

export interface Explanation {
  timeScales: TimeScales;
  sensitivity: Sensitivity;
}

export type AnalysisRequest =
  | { type: 'explain'; id: number; inputs: ModelInputs }
  | { type: 'uncertainty'; id: number; plan: CoursePlan; sets: number; seed: number };

export type AnalysisReply =
  | { type: 'explain'; id: number; result: Explanation }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'uncertainty'; id: number; result: Uncertainty }
  | { type: 'error'; id: number; message: string };
