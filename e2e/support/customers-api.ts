import { expect, type Page } from '@playwright/test';
import type { Customer, CustomerInput } from '../../src/features/customers/customer-schema';
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
 * own, so parallel workers never edit the same record.
 */
export async function createCustomer(page: Page, overrides: NewCustomer = {}): Promise<Customer> {
  await ensureConsoleLoaded(page);
  const unique = `${Date.now().toString(36)}${process.pid.toString(36)}${(created++).toString(36)}`;
  const expiresAt = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);
  return page.evaluate(
    async ({ api, unique, expiresAt, overrides }) => {
      const get = async <T,>(path: string): Promise<T> => {
        const response = await fetch(`${api}${path}`, { headers: { Accept: 'application/json' }, credentials: 'include' });
        if (!response.ok) throw new Error(`GET ${api}${path} answered ${response.status}: ${await response.text()}`);
        return (await response.json()) as T;
      };
      type Generated = { value: string };
      const [{ user }, rateGroups, accountNumber, pin, password] = await Promise.all([
        get<{ user: { resellerId: number | null } }>('/session'),
        get<Array<{ id: number; resellerId: number | null }>>('/rate-groups'),
        get<Generated>('/generators/account-number'),
        get<Generated>('/generators/pin'),
        get<Generated>('/generators/password'),
      ]);
      const rateGroup = rateGroups.find((g) => g.resellerId === user.resellerId);
      if (!rateGroup) throw new Error('The signed-in user has no rate group to give a new customer');
      const body = {
        resellerId: user.resellerId,
        accountNumber: accountNumber.value,
        password: password.value,
        pin: pin.value,
        email: `e2e.${unique}@example.com`,
        validDays: 365,
        expiresAt,
        status: 'active',
        maxChannels: 0,
        cps: 0,
        localizationId: null,
        allowLocalCalls: false,
        localCallChargePerMinute: '0.00000',
        allowLossLessRouting: false,
        allowRecording: false,
        allowIpManagement: false,
        notifications: true,
        paymentGatewayPermission: false,
        firstName: 'Flow',
        lastName: `Tester ${unique}`,
        company: 'Playwright Test Lines',
        phone: '+1 555 0100',
        notificationEmail: '',
        address1: '1 Test Street',
        address2: '',
        city: 'Leeds',
        province: '',
        zipCode: 'LS1 1AA',
        countryId: 'GB',
        timezone: 'Europe/London',
        currency: 'USD',
        accountType: 'prepaid',
        creditLimit: null,
        rateGroupId: rateGroup.id,
        nonCliRateGroupId: null,
        cliPool: 'disabled',
        billingSchedule: 'monthly',
        billingDay: 1,
        taxIds: [],
        taxNumber: '',
        generateInvoice: false,
        invoiceNote: '',
        reference: '',
        ...overrides,
      };
      const response = await fetch(`${api}/customers`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        credentials: 'include',
        body: JSON.stringify(body),
      });
      if (response.status !== 201) throw new Error(`POST ${api}/customers answered ${response.status}: ${await response.text()}`);
      return (await response.json()) as Customer;
    },
    { api: apiBase, unique, expiresAt, overrides },
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
