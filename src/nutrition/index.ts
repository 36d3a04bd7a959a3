/** Public surface of the diet-builder data layer: foods, waters, supplements, reference intakes, menus. Pure TypeScript. */
export * from './types.ts';
export * from './sources.ts';
export * from './phytate.ts';
export * from './foods.ts';
export * from './waters.ts';
export * from './compounds.ts';
export * from './referenceIntakes.ts';
export * from './menu.ts';
export * from './menus.ts';
