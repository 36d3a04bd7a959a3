/** The build's Content-Security-Policy: hashes of exactly the inline script and style elements. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../../scripts/vite-csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const PAGE = `<html><head><meta charset="UTF-8" /><style>a{}</style><script type="module">go()</script>
<script src="./x.js"></script></head><body><script>two()</script></body></html>`;

describe('Content-Security-Policy of the built page', () => {
  it('hashes each inline script and style, not external ones, and allows nothing else', () => {
    const policy = policyFor(PAGE);
    expect(policy).toContain(`script-src ${hash('go()')} ${hash('two()')};`);
    expect(policy).toContain(`style-src ${hash('a{}')};`);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types svelte-trusted-html");
    expect(policy).not.toMatch(/unsafe/);
  });

  it("says 'none' for a kind of element the page does not have", () => {
    expect(policyFor('<head><meta charset="UTF-8"></head>')).toContain(
      "script-src 'none'; style-src 'none';",
    );
  });

  it('goes right after <meta charset>, before what it governs', () => {
    const html = withPolicy(PAGE);
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    expect(() => withPolicy('<head></head>')).toThrow(/meta charset/);
  });
});
