/**
 * The model inputs the runner can set, by option name. One table (src/model/inputOptions.ts) serves the flags (`--intake-mg`),
 * the events (`30:intake-mg=0`), the clamping notices and the help text, so they cannot drift apart.
 */
export * from '../model/inputOptions.ts';

export const FORMATS = ['json', 'csv'] as const;
export type OutputFormat = (typeof FORMATS)[number];

export const MAX_DAYS = 36500;
export const DEFAULT_DAYS = 365;
