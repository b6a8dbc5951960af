// @ts-check
// Lint: ESLint's and typescript-eslint's recommended rules for TypeScript, the Astro
// plugin's recommended rules for .astro files. `npm run check` runs it with --max-warnings 0.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

// Layers (README "Layout of the repository"): imports flow one way. Per file, while editing:
// no-restricted-imports below. For the whole folder graph, cycles through a third folder included:
// tests/unit/site-audit/layers.test.ts (src/lib/site-audit/import-graph.ts).
const libNeverImports = [
  {
    group: ['astro', 'astro:*', '*.astro', '**/*.astro'],
    message: 'src/lib never imports Astro: .astro files render what src/lib computes.',
  },
  {
    group: ['**/pages/**', '**/components/**', '**/layouts/**', '**/routing/**'],
    message:
      'src/lib never imports pages, components, layouts or routing: they depend on src/lib, not the other way.',
  },
];
const modelImportsNoReader = {
  group: ['**/eml/**', '**/csv/**', '**/import/**', '**/lib/eml', '**/lib/csv', '**/lib/import'],
  message:
    'model/ imports no reader (eml/, csv/, import/): readers produce the model, the model knows no file format.',
};
const apportionmentStaysInside = {
  regex: '^(?!\\./)',
  message:
    'apportionment/ (the seat engine) imports nothing outside itself: it runs the same in Node, the browser and the CLI.',
};
const renderOnly = {
  group: ['**/lib/apportionment/**', '**/lib/import/**', '**/lib/model/load*', '**/lib/model/catalog*'],
  message:
    'Components and layouts render ready data: call the seat engine, the importer or the snapshot loader from a view model in src/lib.',
};

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
    files: ['src/lib/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: libNeverImports }] },
  },
  {
    files: ['src/lib/model/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...libNeverImports, modelImportsNoReader] }] },
  },
  {
    files: ['src/lib/apportionment/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...libNeverImports, apportionmentStaysInside] }],
    },
  },
  {
    files: ['src/components/**/*.astro', 'src/layouts/**/*.astro'],
    rules: { 'no-restricted-imports': ['error', { patterns: [renderOnly] }] },
  },
  {
    // Browser scripts: the search starter and the calculator island.
    files: ['public/scripts/**/*.js', 'src/components/**/*.client.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
