import { expect, type Page } from '@playwright/test';
import { newCustomerDefaults } from '../../src/features/customers/create/new-customer-defaults';
import type { Customer, CustomerInput } from '../../src/features/customers/customer-schema';
import type { User } from '../../src/features/session/session-schema';
import type { Settings } from '../../src/features/settings/settings-schema';
import { apiBase } from './env';
import { screenLoad } from './timeouts';

export type { Customer };
export type NewCustomer = Partial<CustomerInput>;

let created = 0;

/**
 * Makes sure the console is loaded in the page (so requests go through its backend, the
 * mock service worker included) without leaving a screen the flow is on. A blank page
 * opens an address the console does not know: its "Page not found" is the cheapest screen
 * with the console running (no list or form to load).
 */
export async function ensureConsoleLoaded(page: Page) {
  if (page.url() === 'about:blank') {
    await page.goto('/e2e-start');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible(screenLoad);
  }
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/**
 * Creates a customer through the API from inside the page, as the signed-in user: a
 * prepaid, monthly customer of the user's own reseller (or the carrier) with a unique
 * email and generated account number, pin and password. Every flow that saves gets its
 * own, so parallel workers never edit the same record. It starts from what the create form
 * starts from (`newCustomerDefaults`), with who the customer is filled in.
 */
export async function createCustomer(page: Page, overrides: NewCustomer = {}): Promise<Customer> {
  await ensureConsoleLoaded(page);
  const unique = `${Date.now().toString(36)}${process.pid.toString(36)}${(created++).toString(36)}`;
  const context = await page.evaluate(async (api) => {
    const get = async <T,>(path: string): Promise<T> => {
      const response = await fetch(`${api}${path}`, { headers: { Accept: 'application/json' }, credentials: 'include' });
      if (!response.ok) throw new Error(`GET ${api}${path} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as T;
    };
    type Generated = { value: string };
    const [{ user }, settings, rateGroups, accountNumber, pin, password] = await Promise.all([
      get<{ user: User }>('/session'),
      get<Settings>('/settings'),
      get<Array<{ id: number; resellerId: number | null }>>('/rate-groups'),
      get<Generated>('/generators/account-number'),
      get<Generated>('/generators/pin'),
      get<Generated>('/generators/password'),
    ]);
    const generated = { accountNumber: accountNumber.value, pin: pin.value, password: password.value };
    return { user, settings, rateGroupId: rateGroups.find((g) => g.resellerId === user.resellerId)?.id, generated };
  }, apiBase);
  if (context.rateGroupId === undefined) throw new Error('The signed-in user has no rate group to give a new customer');

  const body = {
    ...newCustomerDefaults(context.settings, context.user, context.generated, []),
    email: `e2e.${unique}@example.com`,
    firstName: 'Flow',
    lastName: `Tester ${unique}`,
    company: 'Playwright Test Lines',
    phone: '+1 555 0100',
    address1: '1 Test Street',
    city: 'Leeds',
    zipCode: 'LS1 1AA',
    countryId: 'GB',
    timezone: 'Europe/London',
    rateGroupId: context.rateGroupId,
    ...overrides,
  };
  return page.evaluate(
    async ({ api, body }) => {
      const response = await fetch(`${api}/customers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'include',
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST ${api}/customers answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Customer;
    },
    { api: apiBase, body },
  );
}

/** Reads a customer through the API from inside the page, as the signed-in user. */
export async function readCustomer(page: Page, id: number): Promise<Customer> {
  await ensureConsoleLoaded(page);
  return page.evaluate(
    async ({ api, id }) => {
      const response = await fetch(`${api}/customers/${id}`, { headers: { Accept: 'application/json' }, credentials: 'include' });
      if (!response.ok) throw new Error(`GET ${api}/customers/${id} answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Customer;
    },
    { api: apiBase, id },
  );
}
