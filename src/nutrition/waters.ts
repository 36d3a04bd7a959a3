/**
 * Drinking waters and their Mg content (mg/L; brand labels and Sabatier 2002, see sources.ts).
 * Water Mg is absorbed about as well as food Mg, so a Mg-rich water can add as much as a handful of nuts; the model takes it separately
 * (waterMgPerL × waterLPerDay).
 */
import type { SourceId } from './sources.ts';
import type { LocalizedText } from './types.ts';

/** EU: a natural mineral water may say 'contains magnesium' from 50 mg/L (SOURCES.euClaims). */
export const EU_CONTAINS_MAGNESIUM_MIN_MG_PER_L = 50;

export interface Water {
  id: string;
  name: LocalizedText;
  mgPerL: number;
  source: SourceId;
  note?: LocalizedText;
}

const water = <I extends string>(
  id: I,
  nl: string,
  en: string,
  mgPerL: number,
  source: SourceId,
  note?: LocalizedText,
): Water & { id: I } => ({ id, name: { nl, en }, mgPerL, source, ...(note ? { note } : {}) });

const LAXATIVE: LocalizedText = {
  nl: 'Sterk laxerend: zo veel magnesium werkt als een laxeermiddel.',
  en: 'Strongly laxative: this much magnesium acts as a laxative.',
};

// prettier-ignore
const WATER_LIST = [
  water('tap',             'Leidingwater',                  'Tap water',                      5,    'tapWater',
    { nl: 'Enkele mg/L; de waarde hangt af van de regio (5 mg/L is een aanname).', en: 'A few mg/L, depending on the region (5 mg/L is an assumption).' }),
  water('tap-hard',        'Hard leidingwater',             'Hard tap water',                 30,   'tapWater'),
  water('evian',           'Evian',                         'Evian',                          24,   'waterLabels'),
  water('vittel',          'Vittel',                        'Vittel',                         38,   'waterLabels'),
  water('san-pellegrino',  'San Pellegrino',                'San Pellegrino',                 57,   'waterLabels'),
  water('gerolsteiner',    'Gerolsteiner',                  'Gerolsteiner',                   108,  'waterLabels'),
  water('hepar',           'Mineraalwater type Hépar',      'Hépar-type water',               110,  'sabatier2002'),
  water('apollinaris',     'Apollinaris',                   'Apollinaris',                    126,  'waterLabels'),
  water('donat-mg',        'Donat Mg',                      'Donat Mg',                       1000, 'waterLabels', LAXATIVE),
] as const;

export type WaterId = (typeof WATER_LIST)[number]['id'];
export const WATERS: readonly Water[] = Object.freeze(WATER_LIST);

export const isWaterId = (id: string): id is WaterId => WATERS.some((w) => w.id === id);

/** The water with this id; throws on an unknown id. */
export function getWater(id: WaterId): Water {
  const found = WATERS.find((w) => w.id === id);
  if (!found) throw new Error(`Unknown water id: ${String(id)}`);
  return found;
}

/** May the label say 'contains magnesium'? */
export const mayClaimContainsMagnesium = (mgPerL: number): boolean =>
  mgPerL >= EU_CONTAINS_MAGNESIUM_MIN_MG_PER_L;
