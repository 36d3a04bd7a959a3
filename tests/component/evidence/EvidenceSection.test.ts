/**
 * The Evidence section: collapsed and not computed on load; opened, it shows every calibration
 * target with the published value, the accepted range, the model's value and the verdict in words,
 * and each check outside its range with its reason.
 */
import { fireEvent, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import { TARGETS } from '../../../src/model/evidence/targets.ts';
import { EvidenceRun } from '../../../src/state/evidenceRun.svelte.ts';
import type { Scheduler } from '../../../src/state/evidence.ts';
import EvidenceSection from '../../../src/views/evidence/EvidenceSection.svelte';
import { renderWithApp } from '../harness.ts';

vi.setConfig({ testTimeout: 30_000 });

/** Slices wait until the test runs them. */
function heldScheduler() {
  const queue: ((hasTime: () => boolean) => void)[] = [];
  const schedule: Scheduler = (slice) => void queue.push(slice);
  return {
    schedule,
    pending: () => queue.length,
    runOne: () => queue.shift()?.(() => false),
    runAll: () => {
      while (queue.length) queue.shift()!(() => true);
    },
  };
}

const open = async (container: HTMLElement) => {
  const details = container.querySelector('details')!;
  details.open = true;
  await fireEvent(details, new Event('toggle'));
  return details;
};

describe('EvidenceSection', () => {
  it('computes nothing until opened, then shows every target (Dutch)', async () => {
    const scheduler = heldScheduler();
    const run = new EvidenceRun(scheduler.schedule);
    const { container } = renderWithApp(EvidenceSection, { run });
    expect(screen.getByRole('heading', { level: 2, name: /Bewijs/ })).toBeInTheDocument();
    expect(
      screen.getByText(`Toon de ${TARGETS.length} ijkpunten (het model rekent ze dan uit)`),
    ).toBeInTheDocument();
    expect(run.status).toBe('idle');
    expect(scheduler.pending()).toBe(0);

    await open(container);
    expect(run.status).toBe('computing');
    scheduler.runOne();
    await Promise.resolve();
    expect(
      await screen.findByText(`Het model rekent: 1 van ${TARGETS.length} ijkpunten…`),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Voortgang van de berekening' })).toHaveAttribute(
      'value',
      '1',
    );

    scheduler.runAll();
    const status = await screen.findByRole('status');
    await vi.waitFor(() =>
      expect(status).toHaveTextContent(/van de \d+ vergelijkingen liggen binnen het bereik/),
    );
    const cards = screen.getAllByRole('article');
    expect(cards.map((c) => c.dataset.target)).toEqual(TARGETS.map((t) => t.id));
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows a target’s published value, range, model value and verdict in words', async () => {
    const scheduler = heldScheduler();
    const run = new EvidenceRun(scheduler.schedule);
    const { container } = renderWithApp(EvidenceSection, { run }, { locale: 'en' });
    await open(container);
    scheduler.runAll();
    const c1 = await screen.findByRole('article', { name: 'C1: Adult, 350 mg a day' });
    const serum = within(c1).getByRole('row', { name: /^serum Mg/ });
    expect(serum).toHaveTextContent('0.85 (0.75–0.95)');
    expect(serum).toHaveTextContent('0.75 to 0.95 mmol/L');
    expect(serum).toHaveTextContent(/0\.\d\d mmol\/L/);
    expect(within(serum).getByText('inside')).toBeInTheDocument();
    expect(within(c1).getByText(/^Source: IOM 1997/)).toBeInTheDocument();
    expect(within(c1).getByText('All inside the range')).toBeInTheDocument();
  });

  it('shows every check outside its range as failing, with its reason', async () => {
    const scheduler = heldScheduler();
    const run = new EvidenceRun(scheduler.schedule);
    const { container } = renderWithApp(EvidenceSection, { run }, { locale: 'en' });
    await open(container);
    scheduler.runAll();
    await screen.findAllByRole('article');
    const failing = run.targets.flatMap((t) => t.checks.filter((c) => !c.pass).map((c) => ({ t, c })));
    expect(failing.length).toBeGreaterThan(0);
    for (const { t, c } of failing) {
      const card = screen.getByRole('article', { name: new RegExp(`^${t.id}:`) });
      const row = within(card)
        .getAllByRole('row')
        .find((r) => r.dataset.check === c.id)!;
      expect(within(row).getByText('outside')).toBeInTheDocument();
      expect(
        within(card).getByText(new RegExp(`^Known mismatch \\(${escape(c.label.en)}\\)`)),
      ).toHaveTextContent(c.knownMismatch!.en);
    }
  });

  it('opening again computes nothing new', async () => {
    const scheduler = heldScheduler();
    const run = new EvidenceRun(scheduler.schedule);
    const { container } = renderWithApp(EvidenceSection, { run });
    const details = await open(container);
    scheduler.runAll();
    details.open = false;
    await fireEvent(details, new Event('toggle'));
    await open(container);
    expect(scheduler.pending()).toBe(0);
    expect(run.targets).toHaveLength(TARGETS.length);
  });
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
