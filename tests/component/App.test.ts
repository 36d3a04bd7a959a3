import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import App from '../../src/App.svelte';

describe('App (smoke)', () => {
  it('renders a level-1 heading', () => {
    render(App);
    const heading = screen.getByRole('heading', { level: 1 });
    expect(heading).toBeInTheDocument();
    expect(heading.textContent?.trim()).not.toBe('');
  });
});
