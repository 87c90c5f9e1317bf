import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

const debianChromium = '/usr/bin/chromium';
const debianHeadlessShell = '/usr/bin/chromium-headless-shell';

const firstPresent = (...paths: string[]) => paths.find((path) => existsSync(path));

/**
 * The full browser, for the benchmark's Lighthouse and search figures (what a reader's browser does):
 * CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own download.
 */
export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? firstPresent(debianChromium);
}

/**
 * The browser for the Playwright tests: CHROMIUM_PATH, else Debian's headless shell, else Debian's full
 * Chromium, else Playwright's own download (itself the headless shell). The shell is the same engine
 * without the full browser's window machinery; on these 2-core machines it runs the suite in about 60 % of
 * the full browser's time (115 s against 195 s).
 */
export function testBrowserPath(): string | undefined {
  return process.env.CHROMIUM_PATH ?? firstPresent(debianHeadlessShell, debianChromium);
}

/** Flags needed as root in a sandbox with a closed network; harmless elsewhere. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumLaunchOptions(executablePath = chromiumPath()): LaunchOptions {
  return { ...(executablePath ? { executablePath } : {}), args: chromiumArgs };
}
