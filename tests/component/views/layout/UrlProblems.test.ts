// The "About the link" box (issue 10, defects 1 and 3): repeated parameters, huge values, many remarks.
import { screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { readUrl } from '../../../../src/state/url.ts';
import UrlProblems from '../../../../src/views/layout/UrlProblems.svelte';
import { renderWithApp } from '../../harness.ts';

const items = () => screen.queryAllByRole('listitem').map((li) => li.textContent);

describe('UrlProblems', () => {
  it('shows two remarks that read the same (they once had the same key: a blank page)', () => {
    const same = { kind: 'unknown-parameter', parameter: 'foo', value: '1' } as const;
    renderWithApp(UrlProblems, { problems: [same, same] }, { locale: 'en' });
    expect(items()).toEqual([
      'The link has a parameter foo that this simulator does not use; it was ignored.',
      'The link has a parameter foo that this simulator does not use; it was ignored.',
    ]);
  });

  it('shortens a 10,000-character value and escapes control characters', () => {
    const { problems } = readUrl(`?scenario=${'A'.repeat(10_000)}&intake-mg=%0D%1B[2J`);
    renderWithApp(UrlProblems, { problems }, { locale: 'en' });
    const [huge, control] = items();
    expect(huge).toContain(`${'A'.repeat(40)}… (10,000 characters)`);
    expect(huge!.length).toBeLessThan(200);
    expect(control).toContain('"\\r\\e[2J"');
  });

  it('gives the length of a cut value in the page’s language', () => {
    renderWithApp(
      UrlProblems,
      { problems: readUrl(`?scenario=${'A'.repeat(12_345)}`).problems },
      { locale: 'nl' },
    );
    expect(items()[0]).toContain('… (12.345 tekens)');
  });

  it('lists at most eight remarks and counts the rest', () => {
    const query = Array.from({ length: 30 }, (_, i) => `p${i}=1`).join('&');
    renderWithApp(UrlProblems, { problems: readUrl(`?${query}`).problems }, { locale: 'nl' });
    expect(items()).toHaveLength(7);
    expect(screen.getByText('En nog 23 andere opmerkingen over de link.')).toBeInTheDocument();
  });

  it('names an unknown condition and the conditions the model uses, in words', () => {
    renderWithApp(UrlProblems, { problems: readUrl('?condition=alcohol,bogus').problems }, { locale: 'en' });
    expect(items()).toEqual([
      'The condition "bogus" in the link is unknown; the model uses these conditions: Excessive alcohol use.',
    ]);
  });
});
