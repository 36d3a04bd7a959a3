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
import { findScenario, scenarioInputs, type Scenario } from '../scenarios/scenarios.ts';
import type { CoursePlan } from '../model/analysis/index.ts';
import { AnalysisState } from './analysis/analysisState.svelte.ts';
import type { AnalysisClient } from './analysis/client.ts';
import { createWorkerClient } from './analysis/defaultClient.ts';
import { changedFlows } from './highlight.ts';
import { concatSeries, healthyCourse, horizonFor } from './scenarioCourse.ts';
import { LiveSimulation } from './liveSimulation.ts';
import { adjustmentNotices, type Notice } from './notices.ts';
import { statusStory } from './statusStory.ts';

export { HORIZONS_DAYS, horizonFor } from './scenarioCourse.ts';

export type Speed = 'slow' | 'normal' | 'fast';
export type AmountUnit = 'mg' | 'mmol';
export type ScenarioPhase = 'predict' | 'running' | 'explain';

/** Simulated days per real second at each speed. */
export const DAYS_PER_SECOND: Record<Speed, number> = { slow: 2, normal: 10, fast: 45 };
const HIGHLIGHT_MS = 2500;

export type ColourProfile = 'screen' | 'projector';

export interface InitialSettings {
  locale?: Locale;
  profile?: ColourProfile;
  unit?: AmountUnit;
  speed?: Speed;
  scenarioId?: string | null;
  inputs?: Partial<ModelInputs>;
  horizonDays?: number;
  /** Injected by tests; the page starts the analysis worker. */
  analysisClient?: () => AnalysisClient;
}

export class AppState {
  locale = $state<Locale>('nl');
  unit = $state<AmountUnit>('mg');
  /** Dark 'screen' profile or light, high-contrast 'projector' profile. */
  profile = $state<ColourProfile>('projector');
  speed = $state<Speed>('normal');
  playing = $state(false);
  horizonDays = $state(365);
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

  /** Bumped whenever the simulation moves, so derived values recompute. */
  #version = $state(0);
  /**
   * Bumped when the course ahead changes: inputs, reset, jump, and every few simulated days so the
   * ghost line keeps reaching a full horizon ahead. Not every frame: with unchanged inputs the
   * projection is the same trajectory, so recomputing it while playing would be wasted work.
   */
  #projectionVersion = $state(0);
  /** Bumped when the recorded history changes (see `history`). */
  #historyVersion = $state(0);
  #historyRows = -1;
  #projectionBucket = 0;
  #sim: LiveSimulation;
  #baseline = $state.raw<Series | null>(null);
  #highlightTimer: ReturnType<typeof setTimeout> | undefined;
  #baselineIntakeMgPerDay = REFERENCE_INTAKE_MG_PER_DAY;

  /** Time scales, sensitivities and the uncertainty band (the explanation section). */
  readonly analysis: AnalysisState;

  constructor(initial: InitialSettings = {}) {
    this.analysis = new AnalysisState(this, initial.analysisClient ?? createWorkerClient);
    this.locale = initial.locale ?? 'nl';
    this.unit = initial.unit ?? 'mg';
    this.profile = initial.profile ?? 'projector';
    this.speed = initial.speed ?? 'normal';
    this.#sim = new LiveSimulation(DEFAULT_INPUTS);
    if (initial.scenarioId && findScenario(initial.scenarioId)) this.loadScenario(initial.scenarioId);
    if (initial.inputs) this.#restart({ ...this.inputs, ...initial.inputs });
    if (initial.horizonDays) this.horizonDays = initial.horizonDays;
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

  /** The course ahead for the projection horizon with the current inputs (recomputed on change). */
  projection: Series = $derived.by(() => {
    void this.#projectionVersion;
    return this.#sim.project(this.horizonDays, $state.snapshot(this.inputs) as ModelInputs).series;
  });

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
  story = $derived(statusStory({ current: this.current, reference: this.reference, inputs: this.inputs }));

  get scenario(): Scenario | undefined {
    return this.scenarioId ? findScenario(this.scenarioId) : undefined;
  }

  /** A control changed: it takes effect at the current simulated day. */
  setInput<K extends keyof ModelInputs>(name: K, value: ModelInputs[K]): void {
    this.setInputs({ [name]: value } as Partial<ModelInputs>);
  }

  /** Several controls at once (e.g. a whole menu): one event, one set of notices and highlights. */
  setInputs(changes: Partial<ModelInputs>): void {
    const { inputs, adjustments } = validateInputs(
      withApplicableConditions({ ...($state.snapshot(this.inputs) as ModelInputs), ...changes }),
    );
    this.notices = adjustmentNotices(adjustments);
    this.settling = null;
    const before = { ...this.#sim.fluxes() };
    this.#sim.setInputs(inputs);
    this.#assignInputs(inputs);
    this.#flash(changedFlows(before, this.#sim.fluxes()));
    this.#moved(true);
  }

  play(): void {
    this.playing = true;
    if (this.phase === 'predict') this.phase = 'running';
  }

  pause(): void {
    this.playing = false;
  }

  /** Advance one simulated day (pauses first, like PhET's step button). */
  step(): void {
    this.playing = false;
    this.#sim.advance(1);
    this.#syncInputs();
    this.#moved(false);
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
    this.#syncInputs();
    this.#moved(false);
    const s = this.scenario;
    if (s && this.phase === 'running' && this.#sim.day >= s.suggestedDays) {
      this.phase = 'explain';
      this.playing = false;
    }
  }

  jumpToSteadyState(): void {
    this.settling = this.#sim.jumpToSteadyState();
    this.#moved(true, true);
  }

  /** Reset All: inputs of the scenario (or defaults), time back to day 0, and playing again. */
  resetAll(): void {
    const s = this.scenario;
    this.#restart(
      s ? scenarioInputs(s) : { ...DEFAULT_INPUTS, sex: this.inputs.sex, ageYears: this.inputs.ageYears },
      s?.events,
    );
    this.notices = [];
    this.phase = 'running';
    this.playing = true;
  }

  loadScenario(id: string | null): void {
    const s = id ? findScenario(id) : undefined;
    this.scenarioId = s ? s.id : null;
    this.#baselineIntakeMgPerDay = s?.baselineIntakeMgPerDay ?? REFERENCE_INTAKE_MG_PER_DAY;
    this.#restart(s ? scenarioInputs(s) : { ...DEFAULT_INPUTS }, s?.events);
    this.horizonDays = s ? horizonFor(s.suggestedDays) : 365;
    this.#baseline = s ? healthyCourse(s) : null;
    this.phase = s ? 'predict' : 'running';
    this.playing = false;
    this.notices = [];
  }

  /** Pin what is on screen (history + projection) as the baseline to compare against. */
  pinBaseline(): void {
    this.#baseline = concatSeries(this.history, this.projection);
  }

  clearBaseline(): void {
    this.#baseline = null;
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
    if (courseChanged || bucket !== this.#projectionBucket) {
      this.#projectionBucket = bucket;
      this.#projectionVersion++;
    }
  }

  /** A scheduled event may have changed the inputs while the clock ran. */
  #syncInputs(): void {
    const latest = this.#sim.inputs;
    if (JSON.stringify(latest) === JSON.stringify($state.snapshot(this.inputs))) return;
    this.#assignInputs(latest);
    this.#projectionVersion++;
  }

  /**
   * Write only the inputs that changed, key by key: a view that reads one input (a slider, a
   * checkbox) re-renders only when that input moves, not whenever any control does.
   */
  #assignInputs(next: ModelInputs): void {
    for (const key of Object.keys(next) as (keyof ModelInputs)[]) {
      if (JSON.stringify(next[key]) === JSON.stringify($state.snapshot(this.inputs[key]))) continue;
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
