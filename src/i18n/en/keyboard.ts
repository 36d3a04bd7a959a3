/** Presentation mode and the keyboard shortcuts with their help dialog (British English). */
import type { nlKeyboard } from '../nl/keyboard.ts';

export const enKeyboard: Record<keyof typeof nlKeyboard, string> = {
  'present.enter': 'Present',
  'present.enter.hint': 'Show the body and the serum chart as large as possible, full screen (key P or F).',
  'present.exit': 'Stop presenting',
  'present.showSettings': 'Show settings',
  'present.hideSettings': 'Hide settings',
  'present.settings.hint': 'Show or hide the settings column (key C).',
  'present.announce.on': 'Presentation mode is on. Key C shows the settings, key ? the shortcuts.',
  'present.announce.off': 'Presentation mode is off.',
  'shortcuts.open': 'Shortcuts',
  'shortcuts.open.hint': 'Show all keyboard shortcuts (key ?).',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.intro':
    'These keys work anywhere on the page, except while you type in a field. Escape closes this window.',
  'shortcuts.keyColumn': 'Key',
  'shortcuts.actionColumn': 'What it does',
  'shortcuts.key.space': 'Space bar',
  'shortcuts.key.arrowRight': 'Right arrow',
  'shortcuts.key.or': '{first} or {second}',
  'shortcuts.action.playPause': 'Play or pause time',
  'shortcuts.action.step': 'One day forward',
  'shortcuts.action.steadyState': 'Jump to the steady state',
  'shortcuts.action.resetAll': 'Reset all',
  'shortcuts.action.scenario': 'Choose scenario 1 to 9 from the list',
  'shortcuts.action.presentation': 'Presentation mode on or off (full screen)',
  'shortcuts.action.settings': 'Show or hide the settings in presentation mode',
  'shortcuts.action.language': 'Switch language (Dutch or English)',
  'shortcuts.action.help': 'Show this list',
  'shortcuts.close': 'Close',
};
