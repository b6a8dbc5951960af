import { defineConfig } from '@playwright/test';

// Browser tests run against the production build in dist/, served by scripts/serve.ts with the real
// headers of dist/_headers, on their own port (E2E_PORT, default 4399): a preview left running by
// `npm start` on 4321 does not get in the way (astro preview would refuse a second instance).
// Browser downloads are impossible here: we use Debian's chromium. The flags stop Chromium from
// contacting Google's services in the background (this machine has no internet, and a test of
// "no third-party requests" must only see the page's own requests).
const port = Number(process.env['E2E_PORT'] ?? 4399);
export const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.ts',
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env['PLAYWRIGHT_CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    command: `npx --no-install node scripts/serve.ts --port ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
