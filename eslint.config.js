import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default ts.config(
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The model stays pure: no view code may leak into it.
    files: ['src/model/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['svelte', 'svelte/*', 'd3', 'd3-*', '../views/*', '../state/*', '../i18n/*'] },
      ],
    },
  },
  {
    // Views render, the state decides: a view may name the model's types, never call or read it.
    files: ['src/views/**/*.ts', 'src/views/**/*.svelte', 'src/App.svelte'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/model', '**/model/*'],
              allowTypeImports: true,
              message: 'Views import only types from src/model; derive values in src/state.',
            },
          ],
        },
      ],
    },
  },
  { ignores: ['dist/', 'node_modules/', 'test-output/', 'coverage/'] },
);
