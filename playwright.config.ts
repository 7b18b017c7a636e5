import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './e2e/tools/browser';

/**
 * Flows run against the demo production build (what users get, with the mock backend),
 * or against a real deployment when E2E_BASE_URL is set (mock-only flows are skipped).
 */
const externalBaseUrl = process.env.E2E_BASE_URL;
const port = Number(process.env.E2E_PORT ?? 4311);

/**
 * The white-label smoke flow runs against a second build, of the example brand `acme`, on
 * the next port (or E2E_ACME_BASE_URL). It is the only flow of the `acme` project.
 */
const acmeFlow = '**/console/acme.spec.ts';
const acmePort = port + 1;
const acmeBaseUrl = process.env.E2E_ACME_BASE_URL ?? (externalBaseUrl ? undefined : `http://localhost:${acmePort}`);

/**
 * A smoke set on the dev server (`vite`, what `npm start` runs), two ports up: modules served
 * from their source paths, as a developer's first run sees them. Its flows (e2e/dev/, tagged
 * @dev-server) are the only flows of the `dev-server` project, which sign in on their own.
 */
const devServerFlows = '**/dev/**/*.spec.ts';
const devServerPort = port + 2;

/**
 * The same flows against our own server (server/) on a throw-away MariaDB loaded with ASTPP's
 * schema and the test seed, three ports up: e2e/tools/astpp-server.ts builds the production
 * console and runs the server; it stops the database and deletes it when the run ends. The
 * `astpp-server` project runs the smoke flows, saving a section and e2e/server/ (412 after
 * someone else's save, 401 re-auth); flows tagged @mock are left out. Not with E2E_BASE_URL.
 */
const astppServerPort = port + 3;
const astppServerUrl = `http://localhost:${astppServerPort}`;
const astppServerFlows = [
  '**/console/*.spec.ts',
  '**/customer-profile/*.spec.ts',
  '**/failures/save-failures.spec.ts',
  '**/server/**/*.spec.ts',
];
const astppServer = { baseURL: astppServerUrl };

/** Builds the demo (production build, mock backend inside) of a brand into outDir and serves it. */
const demoServer = (brand: string | undefined, outDir: string, serverPort: number) => ({
  command: `npx vite build --mode demo --outDir ${outDir} --emptyOutDir && npx vite preview --mode demo --outDir ${outDir} --port ${serverPort} --strictPort`,
  env: brand ? { BRAND: brand } : undefined,
  url: `http://localhost:${serverPort}`,
  reuseExistingServer: !process.env.CI,
  timeout: 120_000,
});

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One more than the cores: a flow spends part of its time waiting (on the browser, on a
  // debounce, on a time-out it provokes). 3 workers on 2 cores: 3.6 min; 2 workers: 4.1 min.
  workers: Math.min(availableParallelism() + 1, 8),
  // A failing flow runs once more, recording a trace: kept with its screenshot in
  // test-results/ (and the HTML report on CI). Recording one for every flow would make the
  // whole suite half as slow again; a flow that passes on its retry is reported as flaky.
  retries: 1,
  forbidOnly: Boolean(process.env.CI),
  // Ceilings, not waits: a passing flow never sits them out. Room for a machine twice as slow
  // as our 2-core build machines (a flow takes 5–15 s there), where 30 s ran out (issue 11).
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: externalBaseUrl ?? `http://localhost:${port}`,
    trace: 'on-first-retry',
    screenshot: 'only-on-failure',
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumExecutable('shell'), args: chromiumArgs },
  },
  // Flows that need the mock backend (fault switches, seed data) are tagged @mock.
  grepInvert: externalBaseUrl ? /@mock/ : undefined,
  projects: [
    // Signs in once per run as each role (e2e/.auth/<host_port>/*.json) for the flows' storage state.
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    {
      name: 'chromium',
      dependencies: ['setup'],
      testIgnore: [acmeFlow, devServerFlows, '**/server/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } },
    },
    ...(acmeBaseUrl
      ? [
          {
            name: 'acme',
            testMatch: acmeFlow,
            use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: acmeBaseUrl },
          },
        ]
      : []),
    ...(externalBaseUrl
      ? []
      : [
          {
            name: 'astpp-server-setup',
            testMatch: /auth\.setup\.ts$/,
            // Its flows are all the admin's: the resellers' sign-ins would only cost time.
            grep: /sign in as admin/,
            metadata: { backend: 'astpp-server' },
            use: astppServer,
          },
          {
            name: 'astpp-server',
            dependencies: ['astpp-server-setup'],
            testMatch: astppServerFlows,
            testIgnore: [acmeFlow],
            // The smoke flows, every flow that saves a section, and the server's own flows.
            grep: [/@smoke/, /Customer Profile: saving a section/, /@server/],
            // axe judges the same build's screens in the chromium project; here it would only cost time.
            grepInvert: [/@mock/, /axe finds nothing/],
            metadata: { backend: 'astpp-server' },
            use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, ...astppServer },
          },
          {
            name: 'dev-server',
            testMatch: devServerFlows,
            grep: /@dev-server/,
            use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, baseURL: `http://localhost:${devServerPort}` },
          },
        ]),
  ],
  webServer: externalBaseUrl
    ? undefined
    : [
        // Each port builds into its own folder, so two runs on other ports never clobber each other's build.
        demoServer(undefined, `dist-e2e-${port}`, port),
        demoServer('acme', `dist-e2e-${acmePort}`, acmePort),
        {
          command: `node --import tsx e2e/tools/astpp-server.ts --port ${astppServerPort}`,
          url: `${astppServerUrl}/health`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
          // SIGTERM, not Playwright's default SIGKILL: the script stops the server and the
          // database, and deletes the database's files.
          gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 20_000 },
        },
        {
          command: `npx vite --port ${devServerPort} --strictPort`,
          url: `http://localhost:${devServerPort}`,
          reuseExistingServer: !process.env.CI,
          timeout: 120_000,
        },
      ],
});
