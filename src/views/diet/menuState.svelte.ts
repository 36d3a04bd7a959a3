/**
 * The diet builder's own menu (Svelte 5 runes): the foods with their amounts, the drinking water
 * and the supplement, and the per-100 g / per-portion choice. It starts from a ready-made menu and
 * never touches the model: DietBuilder hands it over when the student asks for it. Every amount
 * stays inside its field's range; the model inputs and the day's totals are the menu as a user
 * would type it (menuInputs.ts).
 */
import {
  NO_SUPPLEMENT,
  foodContributions,
  getFood,
  getReadyMenu,
  getWater,
  menuToModelInputs,
  oxalateRichFoods,
  type CompoundId,
  type FoodId,
  type Menu,
  type MenuSupplement,
  type MgBasis,
  type ReadyMenuId,
  type WaterId,
} from '../../nutrition/index.ts';
import { stepPortion, waterIdFor } from './foodLists.ts';
import { DIET_FIELDS, menuInputsAsTyped, totalsOf, withinField } from './menuInputs.ts';

export interface MenuRow {
  /** Stable key for the keyed list (a food added twice keeps one row). */
  key: number;
  foodId: FoodId;
  /** g (mL for drinks), inside DIET_FIELDS.amount. */
  grams: number;
}

export interface WaterChoice {
  waterId: WaterId | 'custom';
  mgPerL: number;
  litres: number;
}

export class MenuState {
  rows = $state<MenuRow[]>([]);
  water = $state<WaterChoice>({ waterId: 'tap', mgPerL: 0, litres: 0 });
  supplement = $state<MenuSupplement>({ ...NO_SUPPLEMENT });
  /** The ready-made menu loaded last. */
  readyMenuId = $state<ReadyMenuId>('typical-belgian');
  /** How the picker and the ranking show Mg. */
  basis = $state<MgBasis>('perPortion');
  #nextKey = 1;

  /** The menu as the nutrition helpers take it. */
  menu: Menu = $derived({
    items: this.rows.map((r) => ({ foodId: r.foodId, grams: r.grams })),
    water: { mgPerL: this.water.mgPerL, litres: this.water.litres },
    supplement: { ...this.supplement },
  });
  /** What the model gets when the menu is handed over, as a user would type it. */
  modelInputs = $derived(menuInputsAsTyped(menuToModelInputs(this.menu)));
  /** The day's totals, from exactly those inputs. */
  totals = $derived(totalsOf(this.modelInputs));
  contributions = $derived(foodContributions(this.menu.items));
  oxalateFoods = $derived(oxalateRichFoods(this.menu.items));

  constructor(readyMenuId: ReadyMenuId = 'typical-belgian') {
    this.load(readyMenuId);
  }

  /** Replace the whole menu by a ready-made one (it can be changed afterwards). */
  load(id: ReadyMenuId): void {
    const m = getReadyMenu(id);
    this.readyMenuId = id;
    this.rows = m.items.map((item) => ({ key: this.#nextKey++, foodId: item.foodId, grams: item.grams }));
    this.water = { waterId: waterIdFor(m.water.mgPerL), mgPerL: m.water.mgPerL, litres: m.water.litres };
    this.supplement = { ...m.supplement };
  }

  /** Add one usual portion; a food already on the menu gets one portion more. */
  addFood(foodId: FoodId): { added: boolean; row: MenuRow } {
    const portion = getFood(foodId).portionGrams;
    const existing = this.rows.find((r) => r.foodId === foodId);
    if (existing) {
      existing.grams = withinField(stepPortion(existing.grams, portion, 1), DIET_FIELDS.amount);
      return { added: false, row: existing };
    }
    const row = { key: this.#nextKey++, foodId, grams: portion };
    this.rows.push(row);
    return { added: true, row: this.rows[this.rows.length - 1] };
  }

  setGrams(key: number, grams: number): void {
    const row = this.rows.find((r) => r.key === key);
    if (row) row.grams = withinField(grams, DIET_FIELDS.amount);
  }

  stepPortions(key: number, delta: number): void {
    const row = this.rows.find((r) => r.key === key);
    if (row)
      row.grams = withinField(
        stepPortion(row.grams, getFood(row.foodId).portionGrams, delta),
        DIET_FIELDS.amount,
      );
  }

  /** Remove a row; returns the key of the row now in its place (the next, else the previous), if any. */
  remove(key: number): number | undefined {
    const index = this.rows.findIndex((r) => r.key === key);
    if (index < 0) return undefined;
    this.rows = this.rows.filter((r) => r.key !== key);
    return (this.rows[index] ?? this.rows[index - 1])?.key;
  }

  /** A known water sets its mg/L (and 1 L a day if nothing is drunk yet); 'custom' keeps the value. */
  chooseWater(id: WaterId | 'custom'): void {
    const mgPerL = id === 'custom' ? this.water.mgPerL : getWater(id).mgPerL;
    const litres = id !== 'custom' && !(this.water.litres > 0) ? 1 : this.water.litres;
    this.water = { waterId: id, mgPerL, litres };
  }

  setWaterMgPerL(mgPerL: number): void {
    const v = withinField(mgPerL, DIET_FIELDS.waterMgPerL);
    this.water = { ...this.water, mgPerL: v, waterId: waterIdFor(v) };
  }

  setWaterLitres(litres: number): void {
    this.water = { ...this.water, litres: withinField(litres, DIET_FIELDS.waterLitres) };
  }

  setCompound(compoundId: CompoundId): void {
    this.supplement = { ...this.supplement, compoundId };
  }

  setCompoundMass(mg: number): void {
    this.supplement = { ...this.supplement, compoundMassMg: withinField(mg, DIET_FIELDS.compoundMassMg) };
  }

  setDoses(doses: number): void {
    this.supplement = { ...this.supplement, dosesPerDay: Math.round(withinField(doses, DIET_FIELDS.doses)) };
  }
}
