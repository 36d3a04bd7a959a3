/** A run's history that grows one row per simulated day (capacity doubles; no per-row allocation). */
import {
  emptySeries,
  recordRow,
  SERIES_NAMES,
  type Context,
  type Fluxes,
  type Series,
} from '../model/index.ts';

export class GrowingSeries {
  #data: Series = emptySeries(64);
  #rows = 0;

  get rows(): number {
    return this.#rows;
  }

  /** Columns trimmed to the recorded rows (views of the same buffers, no copy). */
  view(): Series {
    const out = {} as Series;
    for (const name of SERIES_NAMES) out[name] = this.#data[name].subarray(0, this.#rows);
    return out;
  }

  push(day: number, y: Float64Array, f: Fluxes, c: Context): void {
    if (this.#rows === this.#data.day.length) this.#grow();
    recordRow(this.#data, this.#rows++, day, y, f, c);
  }

  /** Drop rows after `day` (used when time is reset or rewound). */
  truncateAfter(day: number): void {
    while (this.#rows > 0 && this.#data.day[this.#rows - 1] > day + 1e-9) this.#rows--;
  }

  clear(): void {
    this.#rows = 0;
  }

  #grow(): void {
    const bigger = emptySeries(this.#data.day.length * 2);
    for (const name of SERIES_NAMES) bigger[name].set(this.#data[name]);
    this.#data = bigger;
  }
}
