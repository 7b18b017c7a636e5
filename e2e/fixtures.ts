import { test as base, expect } from '@playwright/test';
import { ConsoleShell } from './pages/console-shell';
import { CreateCustomerPage } from './pages/create-customer-page';
import { CustomerListPage } from './pages/customer-list-page';
import { CustomerProfilePage } from './pages/customer-profile/customer-profile-page';
import { LoginPage } from './pages/login-page';
import {
  createCustomer,
  createCustomerBeforeFirstLoad,
  createCustomerOverHttp,
  type CreatedCustomer,
  type NewCustomer,
} from './support/customers-api';
import { authFile, backendOf, onRealBackend, type Role } from './support/env';
import { MockBackend, mockStorageKeys } from './support/mock-backend';

export interface FlowOptions {
  /** Who the flow is signed in as (storage state from auth.setup.ts); null: signed out. */
  signedInAs: Role | null;
  /** Mock backend latency in ms; 0 keeps flows fast, null keeps its realistic latency. */
  mockLatencyMs: number | null;
}

export interface FlowFixtures {
  shell: ConsoleShell;
  loginPage: LoginPage;
  customerList: CustomerListPage;
  customerProfile: CustomerProfilePage;
  createCustomerPage: CreateCustomerPage;
  /** Creates customers through the API as the signed-in user, e.g. `{ accountType: 'postpaid', creditLimit: '100.00000' }`. */
  createCustomer: (overrides?: NewCustomer) => Promise<CreatedCustomer>;
  /** A new customer of this flow alone (prepaid, monthly), with the ETag it was created with: edit it freely. */
  freshCustomer: CreatedCustomer;
  /** The mock backend's switches: faults, latency, settings, concurrent edits. Mock-only. */
  mockBackend: MockBackend;
  /** Sets the mock latency before every page load (auto). */
  mockLatency: void;
}

export const test = base.extend<FlowOptions & FlowFixtures>({
  signedInAs: ['admin', { option: true }],
  mockLatencyMs: [0, { option: true }],

  storageState: async ({ signedInAs, baseURL }, use) => {
    await use(signedInAs ? authFile(signedInAs, baseURL) : undefined);
  },

  mockLatency: [
    async ({ context, mockLatencyMs }, use, testInfo) => {
      if (!onRealBackend(testInfo.project.metadata) && mockLatencyMs !== null) {
        // Keeps the other options (request time-out) a flow may have set.
        await context.addInitScript(
          ({ key, latencyMs }) => {
            try {
              const options = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
              localStorage.setItem(key, JSON.stringify({ ...options, latencyMs }));
            } catch {
              // about:blank has no storage; the console's own pages do.
            }
          },
          { key: mockStorageKeys.options, latencyMs: mockLatencyMs },
        );
      }
      await use();
    },
    { auto: true },
  ],

  shell: async ({ page }, use) => use(new ConsoleShell(page)),
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  customerList: async ({ page }, use) => use(new CustomerListPage(page)),
  customerProfile: async ({ page }, use) => use(new CustomerProfilePage(page)),
  createCustomerPage: async ({ page }, use) => use(new CreateCustomerPage(page)),

  createCustomer: async ({ page }, use) => {
    await use((overrides) => createCustomer(page, overrides));
  },
  freshCustomer: async ({ context, page, signedInAs, createCustomer }, use, testInfo) => {
    const backend = backendOf(testInfo.project.metadata);
    const beforeLoad = signedInAs !== null && page.url() === 'about:blank';
    // Before the first page load, which then opens the flow's screen: on the mock in Node
    // on the data set the page starts from; on our server over HTTP with the context's cookies.
    if (beforeLoad && backend === 'mock') await use(await createCustomerBeforeFirstLoad(context, signedInAs, {}));
    else if (beforeLoad && backend === 'astpp-server') await use(await createCustomerOverHttp(context.request));
    else await use(await createCustomer());
  },

  mockBackend: async ({ page }, use, testInfo) => {
    testInfo.skip(onRealBackend(testInfo.project.metadata), 'Needs the mock backend (tag the flow @mock)');
    await use(new MockBackend(page));
  },
});

export { expect };
