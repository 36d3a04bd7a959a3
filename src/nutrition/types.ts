/** Small shared types of the diet-builder data layer. */
export type { Grade } from '../model/parameters.ts';
export type { Sex } from '../model/inputs.ts';

/** A text shown to the user, in the two app languages (Flemish Dutch first). */
export interface LocalizedText {
  nl: string;
  en: string;
}
