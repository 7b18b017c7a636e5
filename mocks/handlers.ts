import { delay, http, HttpResponse, matchRequestUrl, type HttpHandler, type JsonBodyType } from 'msw';
import type { Customer, CustomerSummary } from '../src/features/customers/customer-schema';
import { matchesCustomerSearch, parseCustomerSearch } from '../src/features/customers/list/customer-search';
import { timezoneEntry } from '../src/features/reference/timezone-entry';
import { credentialsSchema } from '../src/features/session/session-schema';
import { mockAccounts } from './accounts';
import { countries } from './data/countries';
import { currencies } from './data/currencies';
import { timezones } from './data/timezones';
import { createCustomer, issuesToErrors, patchCustomer } from './customer-rules';
import {
  currentUser,
  etagOf,
  nextRevision,
  publicCustomer,
  readOptions,
  readState,
  signIn,
  signOut,
  writeState,
  type MockState,
  type StoredCustomer,
} from './db';
import { takeFault, type Fault } from './faults';
import { seedLocalizations, seedRateGroups, seedResellers, seedTaxes, seedUsers, type MockUser } from './seed';
import { generateAccountNumber, generatePassword, generatePin } from './generators';

function problem(status: number, title: string, detail?: string, errors?: Record<string, string[]>, headers?: Record<string, string>) {
  return HttpResponse.json(
    { type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) },
    { status, headers: { 'Content-Type': 'application/problem+json', ...headers } },
  );
}

async function latency() {
  const { latencyMs } = readOptions();
  await (latencyMs === undefined ? delay() : delay(latencyMs));
}

/** Applies an injected fault for this request, if one is waiting (see mocks/faults.ts). */
async function injected(request: Request): Promise<Response | undefined> {
  const fault: Fault | undefined = takeFault(request);
  if (!fault) return undefined;
  if (fault.delayMs) await delay(fault.delayMs);
  switch (fault.kind) {
    case 'status':
      return problem(fault.status ?? 500, fault.status === 403 ? 'Forbidden' : 'Injected failure', 'Injected by the fault switch');
    case 'offline':
      return HttpResponse.error();
    case 'hang':
      await delay('infinite');
      return undefined;
    case 'malformed':
      return new HttpResponse('<html>502 Bad Gateway</html>', { status: 200, headers: { 'Content-Type': 'application/json' } });
    case 'invalid-body':
      return HttpResponse.json({ unexpected: true, id: 'not-a-number' });
    case 'expire-session':
      signOut();
      return undefined;
    case 'delay':
      return undefined;
    default:
      return undefined;
  }
}

type Params = Record<string, string | readonly string[] | undefined>;
type Guarded = (user: MockUser, request: Request, params: Params) => Promise<Response> | Response;

/** Latency, faults, then a signed-in user or 401. */
function guarded(handler: Guarded) {
  return async ({ request, params }: { request: Request; params: Params }): Promise<Response> => {
    await latency();
    const fault = await injected(request);
    if (fault) return fault;
    const user = currentUser();
    if (!user) return problem(401, 'Not signed in', 'Your session has ended. Sign in again to continue.');
    return handler(user, request, params);
  };
}

function inScope(user: MockUser, resellerId: number | null): boolean {
  return user.role === 'admin' || user.resellerId === resellerId;
}

/**
 * Whose rate groups, localizations or taxes a request asks for (`?resellerId=`; absent, empty
 * or 0: the carrier's, null). A reseller user gets its own whatever it asks, as our server
 * answers; undefined when the parameter is not an id.
 */
function listOwner(user: MockUser, request: Request): number | null | undefined {
  const asked = new URL(request.url).searchParams.get('resellerId') ?? '';
  if (!/^\d{0,10}$/.test(asked)) return undefined;
  if (user.role === 'reseller') return user.resellerId;
  return Number(asked) || null;
}

/** A reference list of the reseller the request asks for (see listOwner), or 400. */
function ownedList<T extends { resellerId: number | null }>(items: readonly T[], present: (item: T) => JsonBodyType) {
  return guarded((user, request) => {
    const owner = listOwner(user, request);
    if (owner === undefined) return problem(400, 'Bad request', 'resellerId must be a reseller id, or 0 for the carrier.');
    return json(items.filter((item) => item.resellerId === owner).map(present));
  });
}

function publicUser(user: MockUser) {
  const { password: _password, ...rest } = user;
  return rest;
}

function findCustomer(state: MockState, user: MockUser, id: string | readonly string[] | undefined) {
  const customer = state.customers.find((c) => String(c.id) === id);
  // Another reseller's customer is answered exactly like a missing one: no existence leak.
  return customer && inScope(user, customer.resellerId) ? customer : undefined;
}

function summary(c: Customer): CustomerSummary {
  return {
    id: c.id,
    accountNumber: c.accountNumber,
    firstName: c.firstName,
    lastName: c.lastName,
    company: c.company,
    email: c.email,
    status: c.status,
    accountType: c.accountType,
    balance: c.balance,
    currency: c.currency,
    resellerId: c.resellerId,
  };
}

const sortKeys: Record<string, (c: Customer) => string | number> = {
  accountNumber: (c) => c.accountNumber,
  name: (c) => `${c.firstName} ${c.lastName}`.toLocaleLowerCase(),
  company: (c) => c.company.toLocaleLowerCase(),
  email: (c) => c.email,
  status: (c) => c.status,
  accountType: (c) => c.accountType,
  balance: (c) => Number(c.balance),
};

function json(body: JsonBodyType, init?: ResponseInit) {
  return HttpResponse.json(body, init);
}

/** A customer answer: the record without its revision, and the ETag made of it. */
function customerAnswer(customer: StoredCustomer, init: { status?: number; headers?: Record<string, string> } = {}) {
  return json(publicCustomer(customer), { status: init.status, headers: { ETag: etagOf(customer), ...init.headers } });
}

let timezoneCache: { day: string; list: Array<{ id: string; name: string; utcOffset: string }> } | undefined;

function timezoneList() {
  const day = new Date().toISOString().slice(0, 10);
  if (timezoneCache?.day !== day) {
    const list = timezones.map((id) => timezoneEntry(id));
    timezoneCache = { day, list };
  }
  return timezoneCache.list;
}

/**
 * The mock backend: one MSW handler per endpoint, each matched against the API base as an
 * absolute URL (`http://localhost:5173/api/customers/:id`), so nothing outside the API, such
 * as the dev server's own modules under `/src/features/<feature>/api/`, ever reaches it.
 * Under the base, an unknown path answers 404 and a known path with another method 405, as
 * a server would. `apiBaseUrl` is the base the console's HTTP client calls
 * (`apiUrl('')` of src/shared/http/http-client.ts).
 */
export function createHandlers(apiBaseUrl: string): HttpHandler[] {
  const base = apiBaseUrl.replace(/\/$/, '');
  const basePath = new URL(base).pathname;
  const api = (path: string) => `${base}${path}`;

  const endpoints = [
    // Session
    http.post(api('/session'), async ({ request }) => {
      await latency();
      const fault = await injected(request);
      if (fault) return fault;
      const parsed = credentialsSchema.safeParse(await request.json().catch(() => null));
      if (!parsed.success) return problem(422, 'Invalid sign-in', undefined, issuesToErrors(parsed.error.issues));
      // As ASTPP's verify_login: the email or the account number, byte for byte (the schema trims it).
      const { email: login, password } = parsed.data;
      const account = mockAccounts.find((a) => (a.email === login || a.accountNumber === login) && a.password === password);
      const user = account && seedUsers.find((u) => u.email === account.email);
      if (!user) {
        return problem(401, 'Wrong email, account number or password', 'The email, account number or password is not right. Check them and try again.');
      }
      signIn(user);
      return json({ user: publicUser(user) });
    }),
    http.get(api('/session'), guarded((user) => json({ user: publicUser(user) }))),
    http.delete(api('/session'), async () => {
      await latency();
      signOut();
      return new HttpResponse(null, { status: 204 });
    }),

    http.get(api('/settings'), guarded(() => json(readState().settings))),

    // Customers
    http.get(
      api('/customers'),
      guarded((user, request) => {
        const url = new URL(request.url);
        const search = parseCustomerSearch(url.searchParams.get('q') ?? '');
        const status = url.searchParams.get('status');
        const accountType = url.searchParams.get('accountType');
        const page = Math.max(1, Number(url.searchParams.get('page')) || 1);
        const pageSize = Math.min(100, Math.max(1, Number(url.searchParams.get('pageSize')) || 25));
        const sort = url.searchParams.get('sort') ?? 'accountNumber';
        const descending = sort.startsWith('-');
        const key = sortKeys[sort.replace(/^-/, '')] ?? sortKeys.accountNumber!;

        const matches = readState()
          .customers.filter((c) => inScope(user, c.resellerId))
          .filter((c) => !status || c.status === status)
          .filter((c) => !accountType || c.accountType === accountType)
          .filter((c) => !search || matchesCustomerSearch(c, search))
          .sort((a, b) => {
            const [x, y] = [key(a), key(b)];
            const order = x < y ? -1 : x > y ? 1 : a.id - b.id;
            return descending ? -order : order;
          });
        const items = matches.slice((page - 1) * pageSize, page * pageSize).map(summary);
        return json({ items, total: matches.length, page, pageSize });
      }),
    ),

    http.get(
      api('/customers/:id'),
      guarded((user, _request, params) => {
        const customer = findCustomer(readState(), user, params.id);
        if (!customer) return problem(404, 'Customer not found', 'This customer does not exist or is not one of yours.');
        return customerAnswer(customer);
      }),
    ),

    http.patch(
      api('/customers/:id'),
      guarded(async (user, request, params) => {
        const state = readState();
        const customer = findCustomer(state, user, params.id);
        if (!customer) return problem(404, 'Customer not found', 'This customer does not exist or is not one of yours.');
        const ifMatch = request.headers.get('If-Match');
        if (!ifMatch) return problem(428, 'If-Match required', 'Send the ETag of the record you edited.');
        if (ifMatch !== etagOf(customer)) {
          return problem(412, 'Changed by someone else', 'Someone else saved this customer after you opened it.');
        }
        const outcome = patchCustomer(state, customer, await request.json().catch(() => null));
        if (!outcome.ok) return problem(422, 'Invalid customer', 'Some fields need attention.', outcome.errors);
        const updated = nextRevision(outcome.customer, customer);
        state.customers = state.customers.map((c) => (c.id === customer.id ? updated : c));
        writeState(state);
        return customerAnswer(updated);
      }),
    ),

    http.post(
      api('/customers'),
      guarded(async (user, request) => {
        const state = readState();
        const input = (await request.json().catch(() => null)) as Record<string, unknown> | null;
        // A reseller's customers are always their own, whatever the body says.
        const scoped = input && user.role === 'reseller' ? { ...input, resellerId: user.resellerId } : input;
        const outcome = createCustomer(state, scoped, state.nextCustomerId);
        if (!outcome.ok) return problem(422, 'Invalid customer', 'Some fields need attention.', outcome.errors);
        const created = nextRevision(outcome.customer);
        state.customers.push(created);
        state.nextCustomerId += 1;
        writeState(state);
        return customerAnswer(created, { status: 201, headers: { Location: `${basePath}/customers/${created.id}` } });
      }),
    ),

    // Generators for the create form
    http.get(
      api('/generators/account-number'),
      guarded(() => {
        const state = readState();
        return json({ value: generateAccountNumber(state.settings.accountNumberLength, new Set(state.customers.map((c) => c.accountNumber))) });
      }),
    ),
    http.get(api('/generators/pin'), guarded(() => json({ value: generatePin(readState().settings.pinLength) }))),
    http.get(api('/generators/password'), guarded(() => json({ value: generatePassword() }))),

    // Reference lists, scoped to the caller
    http.get(api('/resellers'), guarded((user) => json(seedResellers.filter((r) => inScope(user, r.id))))),
    // Rate groups, localizations and taxes of one reseller: a customer is offered its own reseller's.
    http.get(api('/rate-groups'), ownedList(seedRateGroups, (g) => g)),
    http.get(api('/localizations'), ownedList(seedLocalizations, (l) => l)),
    http.get(api('/taxes'), ownedList(seedTaxes, ({ id, name, rate }) => ({ id, name, rate }))),
    http.get(api('/countries'), guarded(() => json(countries.map(([id, name]) => ({ id, name }))))),
    http.get(api('/timezones'), guarded(() => json(timezoneList()))),
    http.get(api('/currencies'), guarded(() => json(currencies.map(([id, name, digits]) => ({ id, name, digits }))))),
  ];

  const unknownOrNotAllowed = http.all(api('/*'), ({ request }) => {
    const url = new URL(request.url);
    const allowed = endpoints
      .filter(({ info }) => typeof info.path !== 'function' && matchRequestUrl(url, info.path).matches)
      .map(({ info }) => String(info.method));
    return allowed.length > 0
      ? problem(405, 'Method not allowed', `${request.method} is not allowed on ${url.pathname}.`, undefined, { Allow: allowed.join(', ') })
      : problem(404, 'Not found', `There is no ${url.pathname} in this API.`);
  });

  return [...endpoints, unknownOrNotAllowed];
}
