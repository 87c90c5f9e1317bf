import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/lib/chromium';

/**
 * Browser tests run against `astro preview` of real builds: `dist/` at the
 * root and `dist-base/` under a base path (built by `npm run build:base`).
 *
 * The browser: `CHROMIUM_PATH` when set, else Debian's /usr/bin/chromium when
 * present, else Playwright's own download (`npx playwright install chromium`).
 */
export const BASE_PATH = '/atlas/';
// E2E_PORT lets several checkouts run their browser tests side by side.
const rootPort = Number(process.env.E2E_PORT ?? 4321);
const basePort = rootPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : '50%',
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'root', testIgnore: /base-path\.spec\.ts/, use: { baseURL: `http://localhost:${rootPort}/` } },
    {
      name: 'base-path',
      testMatch: /base-path\.spec\.ts|links\.spec\.ts/,
      use: { baseURL: `http://localhost:${basePort}${BASE_PATH}` },
    },
  ],
  webServer: [
    {
      command: `npx astro preview --port ${rootPort} --ignore-lock`,
      url: `http://localhost:${rootPort}/`,
      reuseExistingServer: !process.env.CI,
    },
    {
      command: `npx astro preview --port ${basePort} --ignore-lock`,
      env: { BASE_PATH, ATLAS_OUT_DIR: './dist-base' },
      url: `http://localhost:${basePort}${BASE_PATH}`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
