import { availableParallelism } from 'node:os';
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
// E2E_PORT moves both servers (to E2E_PORT and E2E_PORT + 1) when another checkout already uses 4321.
const rootPort = Number(process.env.E2E_PORT ?? 4321);
const basePort = rootPort + 1;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Every core: the suite is CPU-bound in Chromium, and '50%' left one of these machines' two cores idle.
  workers: availableParallelism(),
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    // The link walk runs under the base path only: it is the stricter build (a link that forgets the base
    // breaks there, not at the root), and both builds write the same pages and ids.
    {
      name: 'root',
      testIgnore: /base-path\.spec\.ts|links\.spec\.ts/,
      use: { baseURL: `http://localhost:${rootPort}/` },
    },
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
