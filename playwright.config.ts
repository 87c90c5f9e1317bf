import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions, testBrowserPath } from './scripts/lib/chromium';

/**
 * Browser tests run against `astro preview` of real builds: `dist/` at the
 * root and `dist-base/` under a base path (built by `npm run build:base`).
 *
 * The browser: `CHROMIUM_PATH` when set, else Debian's headless shell, else
 * Debian's full Chromium, else Playwright's own download
 * (`npx playwright install chromium`); see scripts/lib/chromium.ts.
 */
const BASE_PATH = '/atlas/';
// E2E_PORT moves both servers (to E2E_PORT and E2E_PORT + 1) when another checkout already uses 4321.
const rootPort = Number(process.env.E2E_PORT ?? 4321);
const basePort = rootPort + 1;
/** The base-path build's address: specs that test it `test.use` it as their base URL. */
export const basePathURL = `http://localhost:${basePort}${BASE_PATH}`;

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Every core: the suite is CPU-bound in Chromium, and '50%' left one of these machines' two cores idle.
  workers: availableParallelism(),
  reporter: [['list']],
  // One project, so that two workers run everything without restarting (tests/e2e/support/test.ts): the
  // base-path build's specs (base-path.spec.ts, and the link walk in links.spec.ts, which runs there because
  // that build is the stricter one: a link that forgets the base breaks there) set its URL with `test.use`.
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${rootPort}/`,
    launchOptions: chromiumLaunchOptions(testBrowserPath()),
  },
  // Both builds from one process (scripts/preview-builds.ts), ready when it says both listen.
  webServer: {
    command: `node scripts/preview-builds.ts ${rootPort} ${basePort} ${BASE_PATH}`,
    wait: { stdout: /both builds served/ },
    url: basePathURL,
    reuseExistingServer: !process.env.CI,
  },
});
