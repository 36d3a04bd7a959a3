/**
 * The pools and flows of the model, each declared once. The recorded outputs (series.ts), the
 * runner, the diagram, the charts, the highlight and the text summary all read these lists: a new
 * flow is one entry here, its equation in fluxes.ts and its drawing (views/diagram/geometry.ts).
 * See docs/implementation-notes.md, "Adding a flow".
 *
 * Catalogue keys and colour tokens are plain strings here (the model imports no i18n and no CSS);
 * the type checker holds every key to the catalogue where a view translates it.
 */
import type { Fluxes } from './fluxes.ts';
import type { Condition } from './inputs.ts';
import type { SeriesName } from './series.ts';
import { B, D, E, M, T } from './state.ts';

export type PoolId = 'extracellular' | 'muscle' | 'softTissue' | 'boneSurface' | 'deepBone';
export type FlowId = 'intake' | 'absorbed' | 'endogenous' | 'faeces' | 'urine' | 'milk' | 'sweat';
/** An exchange is named after the tissue that takes up or releases (deep bone: from the bone surface). */
export type ExchangeId = Exclude<PoolId, 'extracellular'>;

/** Flows whose name has a shorter form in the catalogue. */
type FlowWithShortName = 'absorbed' | 'endogenous';

/** The rates among the fluxes (mmol/day). */
export type RateName = { [K in keyof Fluxes]: K extends `${string}MmolPerDay` ? K : never }[keyof Fluxes];

/** Where a flow starts or ends: a pool, the gut lumen, or outside the body. */
export type Place = PoolId | 'gut' | 'outside';

export interface Pool {
  id: PoolId;
  /** Index of its content (mmol) in the state vector. */
  stateIndex: number;
  /** The recorded series of its content. */
  series: Exclude<SeriesName & `${string}Mg`, `cumulative${string}` | 'totalBodyMg'>;
  unit: 'mg';
  /** Catalogue key of its name; `<key>.short` and `<key>.hint` exist too. */
  key: `pool.${PoolId}`;
  /** Theme colour token: the CSS custom property without its leading dashes. */
  colour: `pool-${string}`;
  /** Key of its vessel in the body diagram. */
  diagram: PoolId;
}

export interface Flow {
  id: FlowId;
  from: Place;
  to: Place;
  /** Its rate among the fluxes. */
  flux: RateName;
  /** The recorded series of its rate. */
  series: SeriesName & `${string}MgPerDay`;
  unit: 'mg/d';
  /** Catalogue key of its name. */
  key: `flow.${FlowId}`;
  /** A shorter name where room is scarce (diagram, chart labels); the name itself when absent. */
  shortKey?: `flow.${FlowWithShortName}.short`;
  colour: `flow-${string}`;
  /** Key of its arrow in the body diagram; null when the diagram does not draw it. */
  diagram: FlowId | null;
  /** Whether a control change that moves it is highlighted (a flow no control moves at once is not). */
  highlight: boolean;
  /** Shown only with this condition (it is zero without it). */
  onlyWith?: Condition;
}

export interface Exchange {
  id: ExchangeId;
  /** Net uptake runs from → to; a negative rate is a release. */
  from: PoolId;
  to: PoolId;
  flux: RateName;
  series: SeriesName & `${string}MgPerDay`;
  unit: 'mg/d';
  colour: 'flow-exchange';
  diagram: ExchangeId;
}

/** In the order of the state vector. */
export const POOLS: readonly Pool[] = [
  pool('extracellular', E, 'extracellularMg', 'pool-extracellular'),
  pool('muscle', M, 'muscleMg', 'pool-muscle'),
  pool('softTissue', T, 'softTissueMg', 'pool-soft-tissue'),
  pool('boneSurface', B, 'boneSurfaceMg', 'pool-bone-surface'),
  pool('deepBone', D, 'deepBoneMg', 'pool-deep-bone'),
];

/** Along the way Mg travels: in, through the gut, out. */
export const FLOWS: readonly Flow[] = [
  flow('intake', 'outside', 'gut', 'oralIntakeMmolPerDay', 'intakeMgPerDay', 'flow-intake'),
  flow('absorbed', 'gut', 'extracellular', 'absorbedMmolPerDay', 'absorbedMgPerDay', 'flow-absorbed', {
    shortKey: 'flow.absorbed.short',
  }),
  flow(
    'endogenous',
    'extracellular',
    'gut',
    'endogenousMmolPerDay',
    'endogenousFaecalMgPerDay',
    'flow-faeces',
    { shortKey: 'flow.endogenous.short' },
  ),
  flow('faeces', 'gut', 'outside', 'faecesMmolPerDay', 'faecesMgPerDay', 'flow-faeces'),
  flow('urine', 'extracellular', 'outside', 'urineMmolPerDay', 'urineMgPerDay', 'flow-urine'),
  flow('milk', 'extracellular', 'outside', 'milkMmolPerDay', 'milkMgPerDay', 'flow-milk', {
    onlyWith: 'lactation',
  }),
  // Sweat follows serum only: no control moves it at once, so a control change never highlights it.
  flow('sweat', 'extracellular', 'outside', 'sweatMmolPerDay', 'sweatMgPerDay', 'flow-sweat', {
    highlight: false,
  }),
];

export const EXCHANGES: readonly Exchange[] = [
  exchange('muscle', 'extracellular', 'muscleUptakeMmolPerDay', 'muscleUptakeMgPerDay'),
  exchange('softTissue', 'extracellular', 'softTissueUptakeMmolPerDay', 'softTissueUptakeMgPerDay'),
  exchange('boneSurface', 'extracellular', 'boneSurfaceUptakeMmolPerDay', 'boneSurfaceUptakeMgPerDay'),
  exchange('deepBone', 'boneSurface', 'deepBoneUptakeMmolPerDay', 'deepBoneUptakeMgPerDay'),
];

export const POOL_IDS: readonly PoolId[] = POOLS.map((p) => p.id);
export const FLOW_IDS: readonly FlowId[] = FLOWS.map((f) => f.id);
export const EXCHANGE_IDS: readonly ExchangeId[] = EXCHANGES.map((x) => x.id);

/** Flows that leave the body (the losses in the balance), in registry order. */
export const LOSSES: readonly Flow[] = FLOWS.filter((f) => f.to === 'outside');

export const poolById = (id: PoolId): Pool => POOLS.find((p) => p.id === id)!;
export const flowById = (id: FlowId): Flow => FLOWS.find((f) => f.id === id)!;

/** Is the flow part of the body for these conditions (milk only while lactating)? */
export const flowApplies = (f: Flow, conditions: readonly Condition[]): boolean =>
  f.onlyWith === undefined || conditions.includes(f.onlyWith);

function pool(id: PoolId, stateIndex: number, series: Pool['series'], colour: Pool['colour']): Pool {
  return { id, stateIndex, series, unit: 'mg', key: `pool.${id}`, colour, diagram: id };
}

function flow(
  id: FlowId,
  from: Place,
  to: Place,
  flux: RateName,
  series: Flow['series'],
  colour: Flow['colour'],
  extra: Partial<Pick<Flow, 'shortKey' | 'highlight' | 'onlyWith' | 'diagram'>> = {},
): Flow {
  return {
    id,
    from,
    to,
    flux,
    series,
    unit: 'mg/d',
    key: `flow.${id}`,
    colour,
    diagram: id,
    highlight: true,
    ...extra,
  };
}

function exchange(id: ExchangeId, from: PoolId, flux: RateName, series: Exchange['series']): Exchange {
  return { id, from, to: id, flux, series, unit: 'mg/d', colour: 'flow-exchange', diagram: id };
}
