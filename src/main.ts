import { mount } from 'svelte';
import App from './App.svelte';
import { openingApp, openingView } from './opening.ts';
import { NextTaskProjector } from './state/projection/projector.ts';
import { readUrl } from './state/url.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing');
const nextTask = (job: () => void) => setTimeout(job, 0);
// Short tasks instead of one long one (see views/layout/mountQueue.ts): this module's code, the
// state the page opens with, its course ahead (a year of simulation, in slices), then the page.
nextTask(() => {
  const fromUrl = readUrl(location.search);
  const projector = new NextTaskProjector();
  const props = { app: openingApp(fromUrl, projector), view: openingView(fromUrl) };
  projector.whenDone(() => mount(App, { target, props }));
});
