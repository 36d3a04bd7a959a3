/**
 * The one app state (Svelte 5 runes): controls → model inputs, the simulation clock, history,
 * projection and pinned baseline, scenario, language and display options. Views read it and call
 * its methods; only this module talks to the model.
 */
import { translate, type Locale, type MessageKey } from '../i18n/index.ts';
import {
  alertsFor,
  applicableConditions,
  bandOf,
  DEFAULT_INPUTS,
  REFERENCE_INTAKE_MG_PER_DAY,
  signsFor,
  steadyStateReport,
  validateInputs,
  type FlowId,
  type ModelEvent,
  type ModelInputs,
  type Series,
  type Settling,
} from '../model/index.ts';
import { findScenario, type Scenario } from '../scenarios/scenarios.ts';
import type { CoursePlan } from '../model/analysis/index.ts';
import { AnalysisState } from './analysis/analysisState.svelte.ts';
import type { AnalysisClient } from './analysis/client.ts';
import { createWorkerClient } from './analysis/defaultClient.ts';
import { changedFlows } from './highlight.ts';
import { EMPTY_PREDICTION, hasPrediction, outcomeOf, type Outcome, type Prediction } from './prediction.ts';
import { appendAction, inputDifferences, roundDay, startInputsOf, type RunAction } from './runLog.ts';
import { concatSeries, healthyCourse, horizonFor } from './scenarioCourse.ts';
import { LiveSimulation } from './liveSimulation.ts';
import { RefreshPacer } from './refreshPacer.ts';
import { ProjectedCourse } from './projection/projectedCourse.svelte.ts';
import type { Projector } from './projection/projector.ts';
import { adjustmentNotices, type Notice } from './notices.ts';
import { statusStory } from './statusStory.ts';

export { HORIZONS_DAYS, horizonFor } from './scenarioCourse.ts';

export type Speed = 'slow' | 'normal' | 'fast';
export type AmountUnit = 'mg' | 'mmol';
export type ScenarioPhase = 'predict' | 'running' | 'explain';

/** Simulated days per real second at each speed. */
export const DAYS_PER_SECOND: Record<Speed, number> = { slow: 2, normal: 10, fast: 45 };
const HIGHLIGHT_MS = 2500;
export { DISPLAY_REFRESH_SECONDS } from './refreshPacer.ts';

export type ColourProfile = 'screen' | 'projector';

export interface InitialSettings {
  locale?: Locale;
  profile?: ColourProfile;
  unit?: AmountUnit;
  speed?: Speed;
  scenarioId?: string | null;
  /** Inputs that differ from the scenario's (or the defaults), from day 0. */
  inputs?: Partial<ModelInputs>;
  horizonDays?: number;
  /** Injected by tests; the page starts the analysis worker. */
  analysisClient?: () => AnalysisClient;
  /** What the user did after day 0, replayed up to `day`. */
  actions?: readonly RunAction[];
  /** The day the run had reached (a link reopens there, paused). */
  day?: number;
  /** Only diagram, time bar and serum chart (an iframe in a course page): no predict step. */
  embed?: boolean;
  /** Computes the course ahead from the start (default: at once; the page: in the next task). */
  projector?: Projector;
}

/** What Reset All goes back to: the state the page, or the scenario picked later, opened in. */
interface Opening {
  scenarioId: string | null;
  /** Inputs at day 0 (the scenario's with the link's differences). */
  inputs: ModelInputs;
  horizonDays: number;
  speed: Speed;
}

export class AppState {
  locale = $state<Locale>('nl');
  unit = $state<AmountUnit>('mg');
  /** Dark 'screen' profile or light, high-contrast 'projector' profile. */
  profile = $state<ColourProfile>('projector');
  speed = $state<Speed>('normal');
  playing = $state(false);
  #horizonDays = $state(365);
  inputs = $state<ModelInputs>({ ...DEFAULT_INPUTS });
  scenarioId = $state<string | null>(null);
  phase = $state<ScenarioPhase>('running');
  /** Flows that the last control change moved (highlighted for a moment). */
  highlighted = $state<FlowId[]>([]);
  notices = $state<Notice[]>([]);
  /** After a jump to the steady state: how long the body would really need (cleared by a change). */
  settling = $state.raw<Settling | null>(null);
  /**
   * Wall-clock seconds of playing time: drives the moving particles of the flow animation. Not
   * reactive on purpose: the particles are moved by D3 on every frame (onFrame), and no Svelte
   * component needs to re-render for it.
   */
  flowSeconds = 0;
  // Plain Set on purpose: listeners are bookkeeping, not state any view renders.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #frameListeners = new Set<(flowSeconds: number) => void>();
  /** The student's prediction in a scenario (kept through the run, compared at its end). */
  prediction = $state<Prediction>({ ...EMPTY_PREDICTION });
  readonly embed: boolean;
  /** Inputs at day 0 of this run (a link writes only how they differ from the scenario's). */
  startInputs = $state.raw<ModelInputs>({ ...DEFAULT_INPUTS });
  /** What the user did after the run started (a link replays it). */
  actions = $state.raw<readonly RunAction[]>([]);

  /** Bumped whenever the simulation moves, so derived values recompute. */
  #version = $state(0);
  /**
   * The course ahead. Renewed when it changes: inputs, reset, jump, horizon, and every few
   * simulated days so the ghost line keeps reaching a full horizon ahead. Not every frame: with
   * unchanged inputs the projection is the same trajectory, so recomputing it while playing would
   * be wasted work.
   */
  readonly #projected = new ProjectedCourse();
  /** Bumped when the recorded history changes (see `history`). */
  #historyVersion = $state(0);
  #historyRows = -1;
  #projectionBucket = 0;
  /** While playing, the views are renewed 15 times a second (see refreshPacer.ts). */
  readonly #pacer = new RefreshPacer();
  #sim: LiveSimulation;
  #baseline = $state.raw<Series | null>(null);
  #highlightTimer: ReturnType<typeof setTimeout> | undefined;
  #baselineIntakeMgPerDay = REFERENCE_INTAKE_MG_PER_DAY;
  #opening: Opening;

  /** Time scales, sensitivities and the uncertainty band (the explanation section). */
  readonly analysis: AnalysisState;

  constructor(initial: InitialSettings = {}) {
    this.analysis = new AnalysisState(this, initial.analysisClient ?? createWorkerClient);
    if (initial.projector) this.#projected.use(initial.projector);
    this.locale = initial.locale ?? 'nl';
    this.unit = initial.unit ?? 'mg';
    this.profile = initial.profile ?? 'projector';
    this.speed = initial.speed ?? 'normal';
    this.embed = initial.embed ?? false;
    this.#sim = new LiveSimulation(DEFAULT_INPUTS);
    const scenarioId = initial.scenarioId && findScenario(initial.scenarioId) ? initial.scenarioId : null;
    const inputs = validateInputs(
      withApplicableConditions({ ...startInputsOf(scenarioId), ...initial.inputs }),
    ).inputs;
    const s = scenarioId ? findScenario(scenarioId) : undefined;
    this.#opening = {
      scenarioId,
      inputs,
      horizonDays: initial.horizonDays ?? (s ? horizonFor(s.suggestedDays) : 365),
      speed: this.speed,
    };
    this.resetAll();
    if (initial.actions?.length || initial.day) this.#replay(initial.actions ?? [], initial.day ?? 0);
  }

  /** Translate a catalogue key in the current language. */
  t = (key: MessageKey, params?: Record<string, string | number>): string =>
    translate(this.locale, key, params);

  get day(): number {
    void this.#version;
    return this.#sim.day;
  }

  /**
   * Daily history of the run so far. Renewed only when its rows change (a day recorded, a reset, a
   * jump), not on every control change: a slider move leaves the past as it was.
   */
  history: Series = $derived.by(() => {
    void this.#historyVersion;
    return this.#sim.history.view();
  });

  /** The course ahead for the projection horizon (predict first: nothing may show where the run goes). */
  projection: Series = $derived(this.phase === 'predict' ? this.history : this.#projected.series);

  /** Days the projection looks ahead; a new horizon is projected at once. */
  get horizonDays(): number {
    return this.#horizonDays;
  }

  set horizonDays(days: number) {
    this.#horizonDays = days;
    this.#reproject();
  }

  /** From now on the projection is computed by `projector` (the page's worker). */
  useProjector(projector: Projector): void {
    this.#projected.use(projector);
  }

  /** Changes when the course is changed by hand (not when the clock runs). */
  get courseRevision(): number {
    return this.#sim.revision;
  }

  /** The course so far and ahead, for the uncertainty ensemble to replay. */
  coursePlan(): CoursePlan {
    return this.#sim.coursePlan(this.horizonDays);
  }

  get baseline(): Series | null {
    return this.#baseline;
  }

  /** Every series now, with the inputs in force now (a control change shows at once, also when paused). */
  current = $derived.by(() => {
    void this.#version;
    return this.#sim.now();
  });

  /** The healthy reference adult (the adult men's AI): what diagram fills and 'relative to reference' mean. */
  readonly reference = steadyStateReport(DEFAULT_INPUTS);

  band = $derived(bandOf(this.current.serumMgMmolPerL));
  signs = $derived(signsFor(this.current.serumMgMmolPerL));
  alerts = $derived(alertsFor(this.current.serumMgMmolPerL, this.inputs));
  /** What the body is doing now, as the sentences of the status panel. */
  story = $derived.by(() => {
    const all = statusStory({ current: this.current, reference: this.reference, inputs: this.inputs });
    // While predicting only today's serum: the other sentences say where the run is going.
    return this.phase === 'predict' ? [all[0], { key: 'status.predictFirst' as const, params: {} }] : all;
  });

  /** What the run did up to the scenario's length, compared the way the prediction was asked. */
  outcome: Outcome | null = $derived.by(() => {
    const s = this.scenario;
    if (!s || this.phase !== 'explain') return null;
    return outcomeOf(this.history, s.suggestedDays, this.prediction);
  });

  get scenario(): Scenario | undefined {
    return this.scenarioId ? findScenario(this.scenarioId) : undefined;
  }

  /** A control changed: it takes effect at the current simulated day. */
  setInput<K extends keyof ModelInputs>(name: K, value: ModelInputs[K]): void {
    this.setInputs({ [name]: value } as Partial<ModelInputs>);
  }

  /** Several controls at once (e.g. a whole menu): one event, one set of notices and highlights. */
  setInputs(changes: Partial<ModelInputs>): void {
    // The simulation's inputs are what the controls show (#assignInputs keeps them equal), and
    // a plain object: no deep copy of the reactive one on every slider move.
    const { inputs, adjustments } = validateInputs(
      withApplicableConditions({ ...this.#sim.inputs, ...changes }),
    );
    this.notices = adjustmentNotices(adjustments);
    this.settling = null;
    const before = { ...this.#sim.fluxes() };
    const moved = inputDifferences(this.#sim.inputs, inputs);
    this.#sim.setInputs(inputs);
    this.#assignInputs(inputs);
    this.#record(moved);
    this.#flash(changedFlows(before, this.#sim.fluxes()));
    this.#moved(true);
  }

  /** Play; in the predict step this plays without a prediction (as 'reveal' does). */
  play(): void {
    if (this.phase === 'predict') this.phase = 'running';
    this.playing = true;
  }

  setPrediction(changes: Partial<Prediction>): void {
    if (this.phase === 'predict') this.prediction = { ...this.prediction, ...changes };
  }

  /** The student has predicted: the run plays, and the prediction stays for the comparison. */
  commitPrediction(): void {
    if (this.phase !== 'predict' || !hasPrediction(this.prediction)) return;
    this.phase = 'running';
    this.playing = true;
  }

  /** A teacher shows the run to the class without a prediction. */
  reveal(): void {
    if (this.phase !== 'predict') return;
    this.prediction = { ...EMPTY_PREDICTION };
    this.phase = 'running';
    this.playing = true;
  }

  pause(): void {
    this.playing = false;
    this.#refreshDisplay();
  }

  /** Advance one simulated day (pauses first, like PhET's step button). */
  step(): void {
    this.playing = false;
    if (this.phase === 'predict') this.phase = 'running';
    this.#sim.advance(1);
    this.#syncInputs();
    this.#moved(false);
    this.#checkEnd();
  }

  /** Calls `listener` after every frame in which the clock played; returns the unsubscribe. */
  onFrame(listener: (flowSeconds: number) => void): () => void {
    this.#frameListeners.add(listener);
    return () => this.#frameListeners.delete(listener);
  }

  /** Called by the clock every frame while playing. */
  tick(seconds: number): void {
    if (!this.playing) return;
    this.flowSeconds += seconds;
    for (const listener of this.#frameListeners) listener(this.flowSeconds);
    this.#sim.advance(Math.min(seconds, 0.25) * DAYS_PER_SECOND[this.speed]);
    if (this.#pacer.frame(seconds)) this.#refreshDisplay();
    this.#checkEnd();
  }

  /** Show where the simulation is now (inputs a scheduled change set, the day, history, projection). */
  #refreshDisplay(): void {
    this.#pacer.renewed();
    this.#syncInputs();
    this.#moved(false);
  }

  /** At the scenario's length the run stops and the prediction is compared with it. */
  #checkEnd(): void {
    const s = this.scenario;
    if (s && this.phase === 'running' && this.#sim.day >= s.suggestedDays) {
      this.phase = 'explain';
      this.playing = false;
      this.#refreshDisplay();
    }
  }

  /** Why the steady-state jump is not available now (a message key), or null when it is. */
  get steadyStateBlocked(): MessageKey | null {
    return this.phase === 'predict' ? 'time.jumpToSteadyState.predictFirst' : null;
  }

  jumpToSteadyState(): void {
    if (this.steadyStateBlocked) return;
    this.settling = this.#sim.jumpToSteadyState();
    this.actions = appendAction(this.actions, { day: roundDay(this.#sim.day), kind: 'steady' });
    this.#moved(true, true);
  }

  /**
   * Reset All (PhET): everything back to the state the page, or the scenario chosen since, opened
   * in: its inputs (sex and age too), day 0, paused, speed and horizon, and in a scenario the
   * predict step. Language, colour profile and unit are how the user reads, and stay. 'Start again'
   * on the scenario card does the same.
   */
  resetAll(): void {
    const { scenarioId, inputs, horizonDays, speed } = this.#opening;
    const s = scenarioId ? findScenario(scenarioId) : undefined;
    this.scenarioId = s ? s.id : null;
    // Before the restart, which projects with it.
    this.#horizonDays = horizonDays;
    this.#baselineIntakeMgPerDay = s?.baselineIntakeMgPerDay ?? REFERENCE_INTAKE_MG_PER_DAY;
    this.#restart(startInputsOf(this.scenarioId), s?.events);
    // Differences from the scenario take over their inputs, dropping the events that would change
    // them (as a control moved at day 0 does).
    if (Object.keys(inputDifferences(this.#sim.inputs, inputs)).length) {
      this.#sim.setInputs(inputs);
      this.inputs = this.#sim.inputs;
      this.#reproject();
    }
    this.startInputs = this.#sim.inputs;
    this.actions = [];
    this.speed = speed;
    this.#baseline = s ? healthyCourse(s) : null;
    this.phase = s && !this.embed ? 'predict' : 'running';
    this.prediction = { ...EMPTY_PREDICTION };
    this.playing = false;
    this.notices = [];
  }

  /** A scenario from the picker (or free exploration): it becomes what Reset All returns to. */
  loadScenario(id: string | null): void {
    const s = id ? findScenario(id) : undefined;
    this.#opening = {
      ...this.#opening,
      scenarioId: s ? s.id : null,
      inputs: startInputsOf(s ? s.id : null),
      horizonDays: s ? horizonFor(s.suggestedDays) : 365,
    };
    this.resetAll();
  }

  /** Pin what is on screen (history + projection) as the baseline to compare against. */
  pinBaseline(): void {
    this.#baseline = concatSeries(this.history, this.projection);
  }

  clearBaseline(): void {
    this.#baseline = null;
  }

  /** Input changes at day 0 before the run moves change its start; later ones are actions. */
  #record(changes: Partial<ModelInputs>): void {
    if (!Object.keys(changes).length) return;
    if (this.#sim.day === 0 && !this.actions.length) this.startInputs = this.#sim.inputs;
    else this.actions = appendAction(this.actions, { day: roundDay(this.#sim.day), kind: 'inputs', changes });
  }

  /** Replay a link's actions from day 0 and run on to `day` (paused, past the predict step). */
  #replay(actions: readonly RunAction[], day: number): void {
    const ordered = [...actions].sort((a, b) => a.day - b.day);
    for (const action of ordered) {
      this.#sim.advance(action.day - this.#sim.day);
      if (action.kind === 'steady') this.#sim.jumpToSteadyState();
      else this.#sim.setInputs(validateInputs({ ...this.#sim.inputs, ...action.changes }).inputs);
    }
    this.#sim.advance(day - this.#sim.day);
    this.actions = ordered;
    this.inputs = this.#sim.inputs;
    const s = this.scenario;
    if (this.phase === 'predict' && this.#sim.day > 0)
      this.phase = s && this.#sim.day >= s.suggestedDays ? 'explain' : 'running';
    this.#moved(true);
  }

  /** Back to day 0; a scenario's events (e.g. stopping the PPI) are replayed by the clock. */
  #restart(inputs: ModelInputs, events: readonly ModelEvent[] = []): void {
    this.settling = null;
    this.#sim.reset(
      validateInputs(withApplicableConditions(inputs)).inputs,
      this.#baselineIntakeMgPerDay,
      events,
    );
    this.inputs = this.#sim.inputs;
    this.#moved(true, true);
  }

  /** The simulation moved; the projection is renewed when asked or every few simulated days. */
  #moved(courseChanged: boolean, historyRewritten = false): void {
    this.#version++;
    const rows = this.#sim.history.rows;
    if (historyRewritten || rows !== this.#historyRows) {
      this.#historyRows = rows;
      this.#historyVersion++;
    }
    const refreshEveryDays = Math.max(1, Math.round(this.horizonDays / 30));
    const bucket = Math.floor(this.#sim.day / refreshEveryDays);
    if (historyRewritten) this.#projected.historyRewritten();
    if (courseChanged || bucket !== this.#projectionBucket) {
      this.#projectionBucket = bucket;
      this.#reproject();
    }
  }

  /** Ask the projector for the course ahead from now; its answer replaces the line on screen. */
  #reproject(): void {
    this.#projected.ask(this.#sim.projectionRequest(this.#horizonDays));
  }

  /** A scheduled event may have changed the inputs while the clock ran. */
  #syncInputs(): void {
    const latest = this.#sim.inputs;
    if (JSON.stringify(latest) === JSON.stringify($state.snapshot(this.inputs))) return;
    this.#assignInputs(latest);
    this.#reproject();
  }

  /**
   * Write only the inputs that changed, key by key: a view that reads one input (a slider, a
   * checkbox) re-renders only when that input moves, not whenever any control does.
   */
  #assignInputs(next: ModelInputs): void {
    for (const key of Object.keys(next) as (keyof ModelInputs)[]) {
      const value = next[key];
      if (typeof value !== 'object' || value === null) {
        if (value === this.inputs[key]) continue;
      } else if (JSON.stringify(value) === JSON.stringify($state.snapshot(this.inputs[key]))) continue;
      (this.inputs as Record<keyof ModelInputs, unknown>)[key] = next[key];
    }
  }

  #flash(flows: FlowId[]): void {
    this.highlighted = flows;
    clearTimeout(this.#highlightTimer);
    this.#highlightTimer = setTimeout(() => (this.highlighted = []), HIGHLIGHT_MS);
  }
}

/** Lactation needs a woman (the controls and the link reader say so; this keeps the model honest). */
const withApplicableConditions = (inputs: ModelInputs): ModelInputs => ({
  ...inputs,
  conditions: applicableConditions(inputs.conditions, inputs.sex).conditions,
});
