import { defineConfig } from 'vitest/config';

// Unit tests only: *.test.ts under tests/. Browser tests (*.e2e.ts) run in Playwright.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
