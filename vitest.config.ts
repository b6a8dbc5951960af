/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Two projects, because `npm test` runs them at different moments:
// - unit: pure tests under tests/unit (folders mirror src/lib), run before the build (`npm run test:unit`);
// - dist: the quality gates over the built site in dist/ (tests/dist), run after `npm run build`
//   (`npm run test:dist`). Without dist/ they skip with a printed reason, in CI they fail.
// Browser tests (*.e2e.ts) run in Playwright.
// getViteConfig adds Astro's Vite plugins, so a test can render an .astro component with the
// container API (`experimental_AstroContainer` from 'astro/container'; tests/unit/charts/render.test.ts).
export default getViteConfig({
  test: {
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One worker (Vitest's default on two cores is cores − 1) that keeps its modules between
          // files: importing each file's modules anew took a third of the run. Measured alternating,
          // 749 tests: 127.5 s wall (159 s CPU) isolated, 80.2 and 77.7 s (95 and 94 s CPU) not.
          // No test mocks a module or changes the environment; the files also pass in shuffled order.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'dist',
          include: ['tests/dist/**/*.test.ts'],
          // One audit of dist/ for all gates (each page read and parsed once, on worker threads).
          globalSetup: ['tests/helpers/dist-audit-setup.ts'],
          // The gate files share one worker and its modules, so the audit (188 MB at 34,503 pages) is
          // read once, not once per file. The gates only read it.
          isolate: false,
          maxWorkers: 1,
          testTimeout: 600_000,
        },
      },
    ],
  },
});
