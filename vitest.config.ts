import { defineConfig } from 'vitest/config';

// Unit tests: *.test.ts under tests/. Browser tests (*.e2e.ts) run in Playwright.
// Two projects, because `npm test` runs them at different moments:
// - unit: pure tests, run before the build (`npm run test:unit`);
// - dist: the quality gates over the built site in dist/ (tests/unit/quality), run after
//   `npm run build` (`npm run test:dist`). Without dist/ they skip with a printed reason, in CI they fail.
const quality = 'tests/unit/quality/**/*.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [quality] } },
      { extends: true, test: { name: 'dist', include: [quality] } },
    ],
  },
});
