import { defineConfig } from 'vitest/config';

// Two projects, because `npm test` runs them at different moments:
// - unit: pure tests under tests/unit (folders mirror src/lib), run before the build (`npm run test:unit`);
// - dist: the quality gates over the built site in dist/ (tests/dist), run after `npm run build`
//   (`npm run test:dist`). Without dist/ they skip with a printed reason, in CI they fail.
// Browser tests (*.e2e.ts) run in Playwright.
export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The dist gates share one read of the built site (tests/helpers/built-site.ts caches it per module):
      // isolate: false with one file at a time lets all gate files reuse that cache instead of re-reading
      // and re-parsing every page per file. The heavy html-validate gate spreads over worker threads itself.
      {
        extends: true,
        test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], isolate: false, fileParallelism: false },
      },
    ],
  },
});
