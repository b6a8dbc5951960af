// @ts-check
// Lint: ESLint's and typescript-eslint's recommended rules for TypeScript, the Astro
// plugin's recommended rules for .astro files. `npm run check` runs it with --max-warnings 0.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'tests/.tmp/',
      'content/data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // Unused variables are errors, except deliberate placeholders named _x.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Browser scripts: the search starter and the calculator island.
    files: ['public/scripts/**/*.js', 'src/components/**/*.client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
