import { fileURLToPath } from 'node:url';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { benchPort, productionBenchPort, reactAdminBenchPort } from './ports';
import { reactAdminDist } from './react-admin';

const repoFolder = (name: string) => fileURLToPath(new URL(`../../${name}`, import.meta.url));

/** Where the bench builds the console: a folder per port, like the flows' (`dist-e2e-<port>`). */
export const benchDist = {
  demo: repoFolder(`dist-bench-${benchPort}`),
  production: repoFolder(`dist-bench-${productionBenchPort}`),
};

/**
 * What is measured, by the same code paths: the console's production build talking HTTP to
 * the mock backend run by its preview server (mocks/vite-plugin-api.ts), as it would to a real
 * API (what users get, and what the budgets are about); the react-admin edition of the same
 * form (e2e/bench/react-admin.ts), the yardstick; and the console's demo build, whose mock
 * backend starts and answers on the page's own main thread.
 */
export interface Target {
  name: 'production' | 'reactAdmin' | 'demo';
  label: string;
  baseURL: string;
  /** The served build, with its `.vite/manifest.json`. */
  distDir: string;
  /** The profile, on its Panel Access tab. */
  formPath: string;
  /** Before the page loads: the data back to the seed, signed in where there is a sign-in. */
  prepare(context: BrowserContext): Promise<void>;
  /** Clicked to measure the save round trip until this notice shows; null where it is not comparable. */
  saveNotice: string | null;
  /** Leaves the form for the customer list. */
  customersLink(page: Page): Locator;
  nextPage(page: Page): Locator;
  /** CSS: an element of the list's first data row whose text names the customer. */
  listRowKey: string;
}

export const production: Target = {
  name: 'production',
  label: 'console, production build (vite build), the mock backend as an HTTP API in another process',
  baseURL: `http://localhost:${productionBenchPort}`,
  distDir: benchDist.production,
  formPath: '/customers/1/panel-access',
  async prepare(context) {
    // The API server keeps one data set for every client: back to the seed; this context
    // signed in as the admin (its session cookie, shared with the context's pages).
    const api = context.request;
    const reset = await api.post('/__mock-api/reset');
    const signIn = await api.post('/api/session', { data: { email: 'admin@example.com', password: 'Admin123!' } });
    if (!reset.ok() || !signIn.ok()) throw new Error(`The mock API server did not reset or sign in (${reset.status()}, ${signIn.status()})`);
  },
  saveNotice: 'Profile saved',
  customersLink: (page) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers', exact: true }),
  nextPage: (page) => page.getByRole('button', { name: 'Next page' }),
  listRowKey: 'tbody tr a[href^="/customers/"]',
};

export const demo: Target = {
  ...production,
  name: 'demo',
  label: 'console, demo build (vite build --mode demo), mock backend in the page',
  baseURL: `http://localhost:${benchPort}`,
  distDir: benchDist.demo,
  async prepare(context) {
    // Signed in as the carrier admin; the mock backend answers at once, so the times are the app's.
    await context.addInitScript(() => {
      localStorage.setItem('mock-backend.session', '1');
      localStorage.setItem('mock-backend.options', JSON.stringify({ latencyMs: 0 }));
    });
  },
};

export const reactAdmin: Target = {
  name: 'reactAdmin',
  label: 'react-admin 5 edition of the same form (../shared/reference/react-admin-form), data in the page (ra-data-fakerest)',
  baseURL: `http://127.0.0.1:${reactAdminBenchPort}`,
  distDir: reactAdminDist,
  formPath: '/#/customers/1',
  // No sign-in; every page load starts from the same generated data.
  async prepare() {},
  // react-admin saves in "undoable" mode: the notice and the list show before the update is
  // even sent, so a save "round trip" would not be one. Not measured.
  saveNotice: null,
  customersLink: (page) => page.getByRole('menuitem', { name: 'Customers' }),
  nextPage: (page) => page.getByRole('button', { name: 'Go to next page' }),
  // The first cell is the row's checkbox; the second its id.
  listRowKey: 'tbody tr td:nth-child(2)',
};

/** The order of each round: the yardstick between the console's two builds. */
export const targets: Target[] = [production, reactAdmin, demo];
