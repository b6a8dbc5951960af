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
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
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
