/**
 * The build's Content-Security-Policy: the page's own script files as 'self', hashes of exactly the
 * inline script and style elements, and no script from elsewhere.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { policyFor, withPolicy } from '../../../scripts/vite-csp.ts';

const hash = (body: string) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`;
const PAGE = `<html><head><meta charset="UTF-8" /><style>a{}</style><script type="module">go()</script>
<script src="./x.js"></script></head><body><script>two()</script></body></html>`;

describe('Content-Security-Policy of the built page', () => {
  it("allows its own script file ('self'), hashes each inline script and style, nothing else", () => {
    const policy = policyFor(PAGE);
    expect(policy).toContain(`script-src 'self' ${hash('go()')} ${hash('two()')};`);
    expect(policy).toContain(`style-src ${hash('a{}')};`);
    expect(policy).toMatch(/^default-src 'none'; /);
    expect(policy).toContain("require-trusted-types-for 'script'; trusted-types svelte-trusted-html");
    expect(policy).not.toMatch(/unsafe/);
  });

  it("has no 'self' without a script file, and refuses a script from elsewhere", () => {
    expect(policyFor('<head><script>go()</script></head>')).toContain(`script-src ${hash('go()')};`);
    for (const src of ['https://example.org/x.js', '//example.org/x.js', '/x.js', './x.php', 'data:,go()'])
      expect(() => policyFor(`<head><script defer src="${src}"></script></head>`)).toThrow(/from elsewhere/);
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
