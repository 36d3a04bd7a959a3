/** Messages between the page and the analysis worker (plain data: structured-clone safe). */
import type { ModelInputs, Series } from '../../model/index.ts';
import type { ProjectionRequest } from '../projection/projector.ts';
import type { CoursePlan, Sensitivity, TimeScales, Uncertainty } from '../../model/analysis/index.ts';

export interface Explanation {
  timeScales: TimeScales;
  sensitivity: Sensitivity;
}

export type AnalysisRequest =
  | { type: 'explain'; id: number; inputs: ModelInputs }
  | { type: 'uncertainty'; id: number; plan: CoursePlan; sets: number; seed: number }
  /** The course ahead for the projection line (a second worker of the same code does these). */
  | { type: 'project'; id: number; request: ProjectionRequest };

export type AnalysisReply =
  | { type: 'explain'; id: number; result: Explanation }
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'uncertainty'; id: number; result: Uncertainty }
  | { type: 'project'; id: number; result: Series }
  | { type: 'error'; id: number; message: string };
