import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tools/browser';
import { benchPort, floorBenchPort, productionBenchPort } from './ports';

/**
 * `npm run bench`: builds the demo (the production build with the mock backend in the page)
 * and the production build (talking to the mock backend over HTTP), serves both and measures
 * the customer profile and list in Chromium, beside two floor pages (e2e/bench/floor/). See
 * docs/performance.md.
 */

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 15 * 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable('full'), args: chromiumArgs },
    trace: 'off',
    screenshot: 'off',
  },
  // Fresh builds every time, with their manifests (to tell app chunks from the mock backend's).
  webServer: [
    {
      // The demo: the mock backend runs in the page.
      command: `npm run build:demo -- --manifest && npm run preview:demo -- --port ${benchPort} --strictPort`,
      url: `http://localhost:${benchPort}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // Production, talking HTTP to the mock backend run by the preview server (mocks/vite-plugin-api.ts).
      command: `npm run build -- --manifest && npm run preview:api -- --port ${productionBenchPort} --strictPort`,
      env: { MOCK_API_LATENCY_MS: '0' },
      url: `http://localhost:${productionBenchPort}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // The floor: the first tab's fields in React and Mantine alone, and as plain HTML.
      // Commands run in e2e/bench/, hence the config's relative path.
      command: `npx vite build --config floor/vite.config.ts && npx vite preview --config floor/vite.config.ts --port ${floorBenchPort} --strictPort`,
      url: `http://localhost:${floorBenchPort}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
