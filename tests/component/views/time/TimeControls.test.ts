/** Play/pause, step, speed, Reset All, steady state, the day readout; the horizon select. */
import { fireEvent, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import HorizonSelect from '../../../../src/views/time/HorizonSelect.svelte';
import TimeControls from '../../../../src/views/time/TimeControls.svelte';
import { renderWithApp } from '../../harness.ts';

// Role queries over the whole panel are slow in jsdom on a busy machine.
vi.setConfig({ testTimeout: 20_000 });

const renderTime = (initial: Parameters<typeof renderWithApp>[2] = {}) =>
  renderWithApp(TimeControls, {}, initial);
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('TimeControls', () => {
  it('play/pause toggles app.playing, aria-pressed and the label (what it will do)', async () => {
    const { app } = renderTime();
    const button = screen.getByRole('button', { name: 'Start' });
    expect(button).toHaveAttribute('aria-pressed', 'false');
    expect(app.playing).toBe(false);

    await fireEvent.click(button);
    expect(app.playing).toBe(true);
    expect(button).toHaveAccessibleName('Pauze');
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('De tijd loopt vanaf dag 0.');

    await fireEvent.click(button);
    expect(app.playing).toBe(false);
    expect(button).toHaveAccessibleName('Start');
    expect(screen.getByRole('status')).toHaveTextContent('Gepauzeerd op dag 0 (0 dagen).');
  });

  it('step advances app.day by one and announces it', async () => {
    const { app } = renderTime();
    expect(screen.getByText('Dag 0')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: '+1 dag' }));
    expect(app.day).toBe(1);
    expect(screen.getByText('Dag 1')).toBeInTheDocument();
    expect(screen.getByText('1 dag')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Dag 1 (1 dag).');
    await fireEvent.click(screen.getByRole('button', { name: '+1 dag' }));
    expect(app.day).toBe(2);
  });

  it('announces a pause by the clock itself (a scenario reaching its end)', async () => {
    const { app } = renderTime();
    app.play();
    await tick();
    app.pause();
    await tick();
    expect(screen.getByRole('status')).toHaveTextContent('Gepauzeerd op dag 0');
  });

  it('Reset All restores the default inputs and time, paused', async () => {
    const { app } = renderTime();
    app.setInput('intakeMgPerDay', 100);
    app.setInput('ppi', 'susceptible');
    app.step();
    app.step();
    expect(app.day).toBe(2);

    await fireEvent.click(screen.getByRole('button', { name: 'Alles terugzetten' }));
    expect(app.inputs.intakeMgPerDay).toBe(350);
    expect(app.inputs.ppi).toBe('none');
    expect(app.day).toBe(0);
    expect(app.playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Start' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('the speed radios change app.speed', async () => {
    const { app } = renderTime();
    const normal = screen.getByRole('radio', { name: /Normaal/ });
    expect(normal).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: /Snel/ }));
    expect(app.speed).toBe('fast');
    await fireEvent.click(screen.getByRole('radio', { name: /Traag/ }));
    expect(app.speed).toBe('slow');
    expect(screen.getByRole('radio', { name: 'Traag 2 dagen per seconde' })).toBeChecked();
    expect(screen.getByText('2 dagen per seconde', { selector: '[aria-hidden="true"]' })).toBeInTheDocument();
  });

  it('the horizon select sets app.horizonDays', async () => {
    const { app } = renderWithApp(HorizonSelect);
    const select = screen.getByRole('combobox', { name: 'Vooruitblik' });
    expect(select).toHaveValue('365');
    await fireEvent.change(select, { target: { value: '1825' } });
    expect(app.horizonDays).toBe(1825);
    expect(screen.getByRole('option', { name: '5 jaar' })).toBeInTheDocument();
  });

  it('jumps to the steady state without moving the clock', async () => {
    const { app } = renderTime();
    app.setInput('intakeMgPerDay', 150);
    const before = app.current.boneSurfaceMg;
    await fireEvent.click(screen.getByRole('button', { name: 'Naar evenwicht' }));
    expect(app.day).toBe(0);
    expect(app.current.boneSurfaceMg).toBeLessThan(before);
    expect(screen.getByRole('status')).toHaveTextContent('Het lichaam staat nu in evenwicht, op dag 0.');
  });

  it('space plays and pauses, but not while typing in a field', async () => {
    const { app } = renderTime();
    await fireEvent.keyDown(document.body, { key: ' ' });
    expect(app.playing).toBe(true);
    await fireEvent.keyDown(document.body, { key: ' ' });
    expect(app.playing).toBe(false);
    await fireEvent.keyDown(screen.getAllByRole('radio')[0], { key: ' ' });
    expect(app.playing).toBe(false);
  });

  it('shows the day and the elapsed time in weeks and days', () => {
    const { app } = renderTime();
    for (let i = 0; i < 45; i++) app.step();
    return tick().then(() => {
      expect(screen.getByText('Dag 45')).toBeInTheDocument();
      expect(screen.getByText('6 weken en 3 dagen')).toBeInTheDocument();
    });
  });

  it('speaks British English', () => {
    renderTime({ locale: 'en' });
    expect(screen.getByRole('button', { name: 'Play' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '+1 day' })).toBeInTheDocument();
    expect(screen.getByText('Day 0')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /Fast/ })).toBeInTheDocument();
  });
});
