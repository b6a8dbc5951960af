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
      // The gates read every page of dist/ (over 1,000 with the finder's municipality pages): the first
      // test of a file pays for the audit, which takes minutes on a busy two-core machine.
      { extends: true, test: { name: 'dist', include: ['tests/dist/**/*.test.ts'], testTimeout: 600_000 } },
    ],
  },
});
