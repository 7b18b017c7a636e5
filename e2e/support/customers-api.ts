import { expect, type APIRequestContext, type BrowserContext, type Page } from '@playwright/test';
import { newCustomerDefaults } from '../../src/features/customers/create/new-customer-defaults';
import type { Customer, CustomerInput } from '../../src/features/customers/customer-schema';
import type { User } from '../../src/features/session/session-schema';
import type { Settings } from '../../src/features/settings/settings-schema';
import { accountOf, apiBase, type Role } from './env';
import { screenLoad } from './timeouts';

export type { Customer };
export type NewCustomer = Partial<CustomerInput>;

/**
 * A customer a flow created, with the ETag its creation answered: what a first save sends as
 * If-Match. The ETag is opaque (the mock counts, the server hashes the row): compare it, never
 * compute one.
 */
export type CreatedCustomer = Customer & { etag: string };

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

/** One API call as the signed-in user: its status, JSON body and ETag. */
type CallApi = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<{ status: number; json: unknown; etag: string | null }>;

/** Calls the API from inside the page, through whatever backend the console talks to. */
function callFromPage(page: Page): CallApi {
  return (method, path, body) =>
    page.evaluate(
      async ({ api, method, path, body }) => {
        const response = await fetch(`${api}${path}`, {
          method,
          headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
          credentials: 'include',
          body: body === undefined ? undefined : JSON.stringify(body),
        });
        const text = await response.text();
        return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, etag: response.headers.get('ETag') };
      },
      { api: apiBase, method, path, body },
    );
}

/**
 * Creates a customer through the API as the signed-in user: a prepaid, monthly customer of
 * the user's own reseller (or the carrier) with a unique email and generated account
 * number, pin and password. Every flow that saves gets its own, so parallel workers never
 * edit the same record. It starts from what the create form starts from
 * (`newCustomerDefaults`), with who the customer is filled in.
 */
async function createThrough(call: CallApi, overrides: NewCustomer): Promise<CreatedCustomer> {
  const unique = `${Date.now().toString(36)}${process.pid.toString(36)}${(created++).toString(36)}`;
  const get = async <T,>(path: string): Promise<T> => {
    const { status, json } = await call('GET', path);
    if (status !== 200) throw new Error(`GET ${apiBase}${path} answered ${status}: ${JSON.stringify(json)}`);
    return json as T;
  };
  type Generated = { value: string };
  const [{ user }, settings, rateGroups, countries, timezones, accountNumber, pin, password] = await Promise.all([
    get<{ user: User }>('/session'),
    get<Settings>('/settings'),
    // The rate groups of the new customer's reseller: those the backend accepts for it.
    get<Array<{ id: number }>>(overrides.resellerId ? `/rate-groups?resellerId=${overrides.resellerId}` : '/rate-groups'),
    get<Array<{ id: string }>>('/countries'),
    get<Array<{ id: string }>>('/timezones'),
    get<Generated>('/generators/account-number'),
    get<Generated>('/generators/pin'),
    get<Generated>('/generators/password'),
  ]);
  const rateGroupId = rateGroups[0]?.id;
  if (rateGroupId === undefined) throw new Error('The new customer’s reseller has no rate group to give it');
  const generated = { accountNumber: accountNumber.value, pin: pin.value, password: password.value };
  // The United Kingdom and London where the backend's lists have them (the mock's do; an
  // ASTPP install has the countries and timezones its operator loaded), else their first.
  const countryId = (countries.find((c) => c.id === 'GB') ?? countries[0])?.id;
  const timezone = (timezones.find((t) => t.id === 'Europe/London') ?? timezones[0])?.id;
  if (countryId === undefined || timezone === undefined) throw new Error('The backend lists no country or no timezone for a new customer');

  const body = {
    ...newCustomerDefaults(settings, user, generated, timezones),
    email: `e2e.${unique}@example.com`,
    firstName: 'Flow',
    lastName: `Tester ${unique}`,
    company: 'Playwright Test Lines',
    phone: '+1 555 0100',
    address1: '1 Test Street',
    city: 'Leeds',
    zipCode: 'LS1 1AA',
    countryId,
    timezone,
    rateGroupId,
    ...overrides,
  };
  // Fields the backend has no column for (a stock ASTPP 6.0 database) are left out, as the form leaves them.
  for (const [name, stored] of Object.entries(settings.optionalFields)) if (!stored) delete (body as Record<string, unknown>)[name];
  const { status, json, etag } = await call('POST', '/customers', body);
  if (status !== 201) throw new Error(`POST ${apiBase}/customers answered ${status}: ${JSON.stringify(json)}`);
  if (!etag) throw new Error(`POST ${apiBase}/customers answered 201 without an ETag`);
  return { ...(json as Customer), etag };
}

/**
 * Creates a customer (see createThrough) over HTTP beside the page, with the context's
 * cookies (the signed-in session): no page load, for a backend the page reaches over HTTP.
 */
export async function createCustomerOverHttp(api: APIRequestContext, overrides: NewCustomer = {}): Promise<CreatedCustomer> {
  const call: CallApi = async (method, path, body) => {
    const response = await api.fetch(`${apiBase}${path}`, { method, headers: { Accept: 'application/json' }, data: body });
    const text = await response.text();
    return { status: response.status(), json: text ? (JSON.parse(text) as unknown) : null, etag: response.headers()['etag'] ?? null };
  };
  return createThrough(call, overrides);
}

/** Creates a customer (see createThrough) from inside the page, with the console loaded. */
export async function createCustomer(page: Page, overrides: NewCustomer = {}): Promise<CreatedCustomer> {
  await ensureConsoleLoaded(page);
  return createThrough(callFromPage(page), overrides);
}

/**
 * Creates a customer (see createThrough) before the test's first page load, on the mock
 * backend: its own handlers run here in Node on the data set the page will start from,
 * which the context's first load then finds in its storage. It saves every such flow a
 * page load of its own; later loads and reloads keep what the page has written since.
 */
export async function createCustomerBeforeFirstLoad(context: BrowserContext, role: Role, overrides: NewCustomer = {}): Promise<CreatedCustomer> {
  const [{ getResponse }, { createHandlers }, db, { seedUsers }] = await Promise.all([
    import('msw'),
    import('../../mocks/handlers'),
    import('../../mocks/db'),
    import('../../mocks/seed'),
  ]);
  const user = seedUsers.find((u) => u.email === accountOf(role).email);
  if (!user) throw new Error(`No mock account for ${role}`);
  db.resetState();
  db.writeOptions({ latencyMs: 0 });
  db.signIn(user);
  const handlers = createHandlers('http://localhost/api');
  const call: CallApi = async (method, path, body) => {
    const request = new Request(`http://localhost/api${path}`, {
      method,
      headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const response = await getResponse(handlers, request);
    if (!response) throw new Error(`The mock backend has no handler for ${method} ${path}`);
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : null, etag: response.headers.get('ETag') };
  };
  const customer = await createThrough(call, overrides);
  const data = db.storage.get(db.STORAGE_KEYS.db);
  db.signOut();
  if (data === null) throw new Error('The mock backend kept no data set after creating a customer');
  await context.addInitScript(
    ({ key, data }) => {
      try {
        // The first load only: later ones keep what the page wrote.
        if (localStorage.getItem(key) === null) localStorage.setItem(key, data);
      } catch {
        // about:blank has no storage; the console's own pages do.
      }
    },
    { key: db.STORAGE_KEYS.db, data },
  );
  return customer;
}

/** Reads a customer and its ETag through the API from inside the page, as the signed-in user. */
async function readFromPage(page: Page, id: number): Promise<{ customer: Customer; etag: string | null }> {
  await ensureConsoleLoaded(page);
  return page.evaluate(
    async ({ api, id }) => {
      const response = await fetch(`${api}/customers/${id}`, { headers: { Accept: 'application/json' }, credentials: 'include' });
      if (!response.ok) throw new Error(`GET ${api}/customers/${id} answered ${response.status}: ${await response.text()}`);
      return { customer: (await response.json()) as Customer, etag: response.headers.get('ETag') };
    },
    { api: apiBase, id },
  );
}

/** Reads a customer through the API from inside the page, as the signed-in user. */
export async function readCustomer(page: Page, id: number): Promise<Customer> {
  return (await readFromPage(page, id)).customer;
}

/** The customer's ETag now, read as readCustomer reads it: what the console's next save sends as If-Match. */
export async function readEtag(page: Page, id: number): Promise<string> {
  const { etag } = await readFromPage(page, id);
  if (!etag) throw new Error(`GET ${apiBase}/customers/${id} answered without an ETag`);
  return etag;
}
