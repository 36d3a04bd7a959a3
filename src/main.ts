/**
 * Opens the page in short tasks instead of one long one (a long task keeps a phone or an old
 * laptop from answering a tap; see views/layout/mountQueue.ts): this file's code; the
 * catalogues; the model; the state's code; the state the page opens with; its course ahead (a year of
 * simulation, in slices); the page's code (components); the page's frame. Each `import()` below
 * is in the same one file (no code splitting, see vite.config.ts): it only runs a part of the
 * code's start-up in a task of its own.
 */
const target = document.getElementById('app');
if (!target) throw new Error('#app element missing');

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function open(into: HTMLElement): Promise<void> {
  await nextTask();
  await import('./i18n/index.ts');
  await nextTask();
  await import('./model/index.ts');
  await nextTask();
  const [{ openingApp, openingView }, { NextTaskProjector }, { readUrl }] = await Promise.all([
    import('./opening.ts'),
    import('./state/projection/projector.ts'),
    import('./state/url.ts'),
  ]);
  await nextTask();
  const fromUrl = readUrl(location.search);
  const projector = new NextTaskProjector();
  const props = { app: openingApp(fromUrl, projector), view: openingView(fromUrl) };
  await new Promise<void>((resolve) => projector.whenDone(resolve));
  const [{ mount }, { default: App }] = await Promise.all([import('svelte'), import('./App.svelte')]);
  await nextTask();
  mount(App, { target: into, props });
}

void open(target);
