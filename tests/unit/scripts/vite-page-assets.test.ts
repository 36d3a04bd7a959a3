/**
 * The build turns each worker file into a classic script that files the worker's code as a
 * string, and tells the page's script where that file is: both valid, exact, ASCII only.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  asciiCss,
  WORKER_SOURCE_FILES_GLOBAL,
  WORKER_SOURCES_GLOBAL,
  workerFilesStatement,
  workerSourceScript,
} from '../../../scripts/vite-page-assets.ts';

const isAscii = (text: string) => [...text].every((ch) => ch.charCodeAt(0) < 128);

/** Runs scripts one after the other in one fresh global scope; that scope. */
function run(...scripts: string[]): Record<string, unknown> {
  const scope: Record<string, unknown> = {};
  scope.globalThis = scope;
  for (const script of scripts) runInNewContext(script, scope);
  return scope;
}

describe('the worker files', () => {
  it('file each worker’s code, byte for byte, under its name, beside what is filed already', () => {
    const awkward = 'self.onmessage=()=>postMessage("é\\u2028\u2028</script><!--`${x}`\'\\n\n");';
    const a = workerSourceScript('a-1.js', awkward);
    const b = workerSourceScript('b "2".js', '');
    expect(run(a, b)[WORKER_SOURCES_GLOBAL]).toEqual({ 'a-1.js': awkward, 'b "2".js': '' });
    expect(isAscii(a)).toBe(true);
  });

  it('are named in the page’s script with their place next to index.html', () => {
    const statement = workerFilesStatement(new Map([['a-1.js', './assets/a-1.js']]));
    expect(run(statement)[WORKER_SOURCE_FILES_GLOBAL]).toEqual({ 'a-1.js': './assets/a-1.js' });
  });
});

describe('CSS in the page', () => {
  it('is ASCII: other characters become CSS escapes ended by a space', () => {
    expect(asciiCss('a::before{content:"▸ é"}')).toBe('a::before{content:"\\25b8  \\e9 "}');
  });
});
