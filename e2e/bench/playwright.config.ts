import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from '../tools/browser';
import { benchDist } from './targets';
import { benchPort, floorBenchPort, productionBenchPort, reactAdminBenchPort } from './ports';
import { reactAdminSource, reactAdminWorkDir } from './react-admin';

/**
 * `npm run bench`: builds the demo (the production build with the mock backend in the page),
 * the production build (talking to the mock backend over HTTP) and the react-admin edition of
 * the same form (the yardstick), serves them with two floor pages (e2e/bench/floor/) and
 * measures the customer profile and list in Chromium, the three alternating run by run.
 * See docs/performance.md.
 */

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  outputDir: '../../test-results/bench',
  workers: 1,
  retries: 0,
  timeout: 30 * 60_000,
  reporter: [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable('full'), args: chromiumArgs },
    trace: 'off',
    screenshot: 'off',
  },
  // Fresh builds every time, with their manifests (to tell app chunks from the mock backend's),
  // each in a folder of its own so a build by someone else never replaces what is measured.
  webServer: [
    {
      // The demo: the mock backend runs in the page.
      command: `npm run build:demo -- --manifest --outDir ${benchDist.demo} --emptyOutDir && npm run preview:demo -- --outDir ${benchDist.demo} --port ${benchPort} --strictPort`,
      url: `http://localhost:${benchPort}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      // Production, talking HTTP to the mock backend run by the preview server (mocks/vite-plugin-api.ts).
      command: `npm run build -- --manifest --outDir ${benchDist.production} --emptyOutDir && npm run preview:api -- --outDir ${benchDist.production} --port ${productionBenchPort} --strictPort`,
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
    {
      // The react-admin reference: copied, installed (npm ci) and built with its own Vite, the
      // install and build skipped while its lock file and sources are unchanged.
      command: `node react-admin-server.mjs --source ${JSON.stringify(reactAdminSource)} --dir ${JSON.stringify(reactAdminWorkDir)} --port ${reactAdminBenchPort}`,
      url: `http://127.0.0.1:${reactAdminBenchPort}`,
      reuseExistingServer: false,
      // A first install and build: about 2 minutes on a busy 2-core machine.
      timeout: 15 * 60_000,
    },
  ],
});
