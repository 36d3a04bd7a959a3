// Page-wide shortcuts and their help dialog (the time keys are tested with TimeControls).
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { SCENARIOS } from '../../../../src/scenarios/scenarios.ts';
import KeyboardShortcuts from '../../../../src/views/keyboard/KeyboardShortcuts.svelte';
import TimeControls from '../../../../src/views/time/TimeControls.svelte';
import { renderWithApp } from '../../harness.ts';

vi.setConfig({ testTimeout: 20_000 });

describe('KeyboardShortcuts', () => {
  it('switches language with L, loads scenario n with digit n, toggles presentation with P and F', async () => {
    const { app, view } = renderWithApp(KeyboardShortcuts);
    await fireEvent.keyDown(window, { key: 'l' });
    expect(app.locale).toBe('en');
    await fireEvent.keyDown(window, { key: 'L' });
    expect(app.locale).toBe('nl');
    await fireEvent.keyDown(window, { key: '3', code: 'Digit3' });
    expect(app.scenarioId).toBe(SCENARIOS[2].id);
    expect(app.playing).toBe(false);
    await fireEvent.keyDown(window, { key: 'p' });
    expect(view.on).toBe(true);
    await fireEvent.keyDown(window, { key: 'c' });
    expect(view.settingsShown).toBe(true);
    await fireEvent.keyDown(window, { key: 'f' });
    expect(view.on).toBe(false);
  });

  it('does nothing while the user types in a field or holds a modifier', async () => {
    const { app, view } = renderWithApp(KeyboardShortcuts);
    const field = document.createElement('input');
    document.body.append(field);
    await fireEvent.keyDown(field, { key: 'l' });
    await fireEvent.keyDown(field, { key: '2', code: 'Digit2' });
    await fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
    await fireEvent.keyDown(window, { key: 'p', metaKey: true });
    expect(app.locale).toBe('nl');
    expect(app.scenarioId).toBeNull();
    expect(view.on).toBe(false);
    field.remove();
  });

  it('lists every shortcut in the page language and closes with Escape, focus back where it was', async () => {
    const { app, view } = renderWithApp(KeyboardShortcuts);
    const opener = document.createElement('button');
    document.body.append(opener);
    opener.focus();
    // Not built until first asked for (one part less while the page opens).
    expect(screen.queryByRole('dialog', { hidden: true })).toBeNull();
    await fireEvent.keyDown(window, { key: '?', shiftKey: true });
    expect(view.helpOpen).toBe(true);
    const dialog = screen.getByRole('dialog', { name: 'Sneltoetsen', hidden: true });
    expect(dialog).toHaveAttribute('open');
    for (const text of [
      'Spatiebalk',
      'Pijl naar rechts',
      'Alles terugzetten',
      'P of F',
      'Wissel van taal (Nederlands of Engels)',
    ])
      expect(dialog).toHaveTextContent(text);
    expect(dialog.querySelectorAll('tbody tr')).toHaveLength(9);

    await fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(view.helpOpen).toBe(false));
    expect(dialog).not.toHaveAttribute('open');
    expect(document.activeElement).toBe(opener);

    app.locale = 'en';
    view.helpOpen = true;
    await waitFor(() =>
      expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts', hidden: true })).toHaveAttribute(
        'open',
      ),
    );
    expect(screen.getByRole('dialog', { hidden: true })).toHaveTextContent('Space bar');
    await fireEvent.click(screen.getByRole('button', { name: 'Close', hidden: true }));
    await waitFor(() => expect(view.helpOpen).toBe(false));
    opener.remove();
  });

  it('keys inside the open dialog are not shortcuts', async () => {
    const { app, view } = renderWithApp(KeyboardShortcuts);
    view.helpOpen = true;
    await waitFor(() => expect(screen.getByRole('dialog', { hidden: true })).toHaveAttribute('open'));
    await fireEvent.keyDown(screen.getByRole('button', { name: 'Sluiten', hidden: true }), { key: 'l' });
    expect(app.locale).toBe('nl');
  });
});

describe('time shortcuts', () => {
  it('space plays and pauses, → steps a day, S jumps to the steady state, R resets all', async () => {
    const { app } = renderWithApp(TimeControls);
    await fireEvent.keyDown(window, { key: ' ' });
    expect(app.playing).toBe(true);
    await fireEvent.keyDown(window, { key: ' ' });
    expect(app.playing).toBe(false);
    const day = app.day;
    await fireEvent.keyDown(window, { key: 'ArrowRight' });
    expect(app.day).toBeCloseTo(day + 1, 6);
    // Less intake: the steady state lies lower than today's serum value.
    app.setInput('intakeMgPerDay', 10);
    const serumBefore = app.current.serumMgMmolPerL;
    await fireEvent.keyDown(window, { key: 's' });
    expect(app.current.serumMgMmolPerL).toBeLessThan(serumBefore - 0.1);
    const resetAll = vi.spyOn(app, 'resetAll');
    await fireEvent.keyDown(window, { key: 'r' });
    expect(resetAll).toHaveBeenCalledOnce();
    expect(app.day).toBe(0);
  });
});
