// Header settings, the share link and the baseline buttons of the serum chart.
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import BaselineButtons from '../../../../src/views/charts/BaselineButtons.svelte';
import Header from '../../../../src/views/layout/Header.svelte';
import { renderWithApp } from '../../harness.ts';

vi.setConfig({ testTimeout: 20_000 });

describe('Header', () => {
  it('switches language, unit and colour profile', async () => {
    const { app } = renderWithApp(Header);
    await fireEvent.click(screen.getByRole('radio', { name: 'English' }));
    expect(app.locale).toBe('en');
    await fireEvent.click(screen.getByRole('radio', { name: 'mmol' }));
    expect(app.unit).toBe('mmol');
    await fireEvent.click(screen.getByRole('radio', { name: 'Screen (dark)' }));
    expect(app.profile).toBe('screen');
  });

  it('copies a link to the current set-up, or says how when copying fails', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { app } = renderWithApp(Header);
    app.setInput('diuretic', 'loop');
    await fireEvent.click(screen.getByRole('button', { name: 'Kopieer een link naar deze instellingen' }));
    await waitFor(() => expect(screen.getByText('De link is gekopieerd.')).toBeInTheDocument());
    expect(writeText.mock.calls[0][0]).toContain('diuretic=loop');

    writeText.mockRejectedValueOnce(new Error('denied'));
    await fireEvent.click(screen.getByRole('button', { name: 'Kopieer een link naar deze instellingen' }));
    await waitFor(() => expect(screen.getByText(/Kopiëren lukte niet/)).toBeInTheDocument());
  });
});

describe('BaselineButtons', () => {
  it('pins what is on screen as the baseline and clears it again', async () => {
    const { app } = renderWithApp(BaselineButtons);
    expect(app.baseline).toBeNull();
    expect(screen.queryByRole('button', { name: 'Wis de vergelijkingslijn' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Bewaar dit verloop om te vergelijken' }));
    expect(app.baseline?.serumMgMmolPerL.length).toBeGreaterThan(300);
    await fireEvent.click(screen.getByRole('button', { name: 'Wis de vergelijkingslijn' }));
    expect(app.baseline).toBeNull();
  });
});
