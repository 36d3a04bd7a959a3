import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app element missing');
// The page is built in the next task, not in the one that ran this module's code: two shorter
// tasks instead of one long one (see views/layout/mountQueue.ts).
setTimeout(() => mount(App, { target }), 0);
