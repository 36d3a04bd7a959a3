/** The build puts the workers' code into the page's script as strings: valid, exact, ASCII only. */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  asciiCss,
  WORKER_SOURCES_GLOBAL,
  workerSourcesStatement,
} from '../../../scripts/vite-page-assets.ts';

describe('the workers’ code in the page’s script', () => {
  it('files each worker’s code, byte for byte, under its file name', () => {
    const awkward = 'self.onmessage=()=>postMessage("é\\u2028\u2028</script><!--`${x}`\'\\n\n");';
    const workers = new Map([
      ['a-1.js', awkward],
      ['b "2".js', ''],
    ]);
    const statement = workerSourcesStatement(workers);
    const sandbox: Record<string, unknown> = {};
    sandbox.globalThis = sandbox;
    runInNewContext(statement, sandbox);
    expect(sandbox[WORKER_SOURCES_GLOBAL]).toEqual(Object.fromEntries(workers));
    expect([...statement].every((ch) => ch.charCodeAt(0) < 128)).toBe(true);
  });
});

describe('CSS in the page', () => {
  it('is ASCII: other characters become CSS escapes ended by a space', () => {
    expect(asciiCss('a::before{content:"▸ é"}')).toBe('a::before{content:"\\25b8  \\e9 "}');
  });
});
