import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Which Chromium runs the flows and the benchmark. Playwright cannot download its browsers
 * on our build machines, so these are Debian's packages (e2e/tools/ensure-browser.mjs
 * installs them); CHROMIUM_PATH overrides, and Playwright's own build is used when present.
 *
 * - `shell`, for the flows: Chromium's headless shell (package chromium-headless-shell),
 *   what Playwright itself runs headless tests in: no browser UI or GPU process to start,
 *   about a fifth quicker per flow here than the full browser.
 * - `full`, for the benchmark: the full browser in its headless mode (package chromium),
 *   the same rendering pipeline as the Chrome operators use.
 */
export type ChromiumKind = 'shell' | 'full';

export const systemChromium: Record<ChromiumKind, string[]> = {
  shell: ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  full: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
};

export function chromiumExecutable(kind: ChromiumKind): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    /* not installed */
  }
  return systemChromium[kind].find((p) => existsSync(p));
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
