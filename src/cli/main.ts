/**
 * Entry point of `npm run simulate`: argv in, the output on stdout and nothing else there,
 * messages on stderr, exit status 0 (done), 2 (bad options) or 1 (anything unexpected).
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shortenValue } from '../model/index.ts';
import { parseArgs, ParseError } from './args.ts';
import { formatAnalysis, runAnalysis } from './analysis.ts';
import { formatOutput } from './format.ts';
import { runCli } from './run.ts';
import { usage } from './usage.ts';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** Longest message line, in characters (a quoted value is 40 at most). */
export const MAX_LINE = 400;

/** Everything but the process: returns the exit status, so tests need not spawn. */
export function main(argv: readonly string[], io: Io): number {
  // One short line each, whatever the message holds: scripts read stderr line by line. Messages
  // quote values themselves; this is the net for anything that slipped through.
  const say = (message: string) =>
    io.stderr(`simulate: ${shortenValue(message.replace(/\s*\n\s*/g, ' '), MAX_LINE)}\n`);
  try {
    const command = parseArgs(argv);
    if (command.kind === 'help') {
      io.stdout(usage());
      return 0;
    }
    const { options } = command;
    if (options.analysis) {
      const { output, notices } = runAnalysis({ ...options, analysis: options.analysis });
      const text = formatAnalysis(output, options.format);
      notices.forEach(say);
      io.stdout(text);
      return 0;
    }
    const { output, notices } = runCli(options);
    const text = formatOutput(output, options.format);
    notices.forEach(say);
    io.stdout(text);
    return 0;
  } catch (e) {
    if (e instanceof ParseError) {
      say(e.message);
      return 2;
    }
    say(`unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

const isEntryPoint =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;

if (isEntryPoint) {
  // `simulate | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
}
