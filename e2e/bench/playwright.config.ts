import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tools/browser';

/**
 * `npm run bench`: builds the demo (the production build with the mock backend), serves it
 * and measures the customer profile and list in Chromium. See docs/performance.md.
 */
const port = Number(process.env.BENCH_PORT ?? 4390);

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
    trace: 'off',
    screenshot: 'off',
  },
  webServer: {
    // A fresh build every time (with its manifest, to tell app chunks from the mock backend's).
    command: `npm run build:demo -- --manifest && npm run preview:demo -- --port ${port} --strictPort`,
    url: `http://localhost:${port}`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
});
