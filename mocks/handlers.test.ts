// @vitest-environment node
import { getResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { customerPageSchema, customerSchema, type Customer } from '../src/features/customers/customer-schema';
import { customerValidator } from '../src/features/customers/customer-schema';
import { defaultSettings, stockAstppOptionalFields } from '../src/features/settings/settings-schema';
import { readState, signIn, storage, STORAGE_KEYS, updateSettings, writeState } from './db';
import { addFault, applyConcurrentEdit } from './faults';
import { createHandlers } from './handlers';
import { mockAccounts } from './accounts';
import { seedCustomers, seedUsers } from './seed';

const ORIGIN = 'http://localhost';

// Without a browser the mock keeps its data in memory: start every test from the seed, signed out.
beforeEach(() => {
  for (const key of Object.values(STORAGE_KEYS)) storage.remove(key);
});

/** The mock backend through real fetch, as the console calls it (msw/node is started by the test setup). */
async function call(method: string, path: string, { body, ifMatch }: { body?: unknown; ifMatch?: string } = {}) {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = ifMatch;
  const response = await fetch(new URL(`/api${path}`, ORIGIN), {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('ETag'),
    contentType: response.headers.get('Content-Type'),
    location: response.headers.get('Location'),
    allow: response.headers.get('Allow'),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    body: (text ? JSON.parse(text) : undefined) as any,
  };
}

const [admin, northwind, contoso] = seedUsers as [(typeof seedUsers)[0], (typeof seedUsers)[0], (typeof seedUsers)[0]];
const seed = seedCustomers(defaultSettings);
const firstOf = (match: (c: Customer) => boolean) => seed.find(match)!;

describe('routing', () => {
  it('answers an unknown path 404 and a known path with another method 405, as problem details', async () => {
    signIn(admin);
    const unknown = await call('GET', '/invoices');
    expect(unknown.status).toBe(404);
    expect(unknown.contentType).toContain('application/problem+json');
    expect(unknown.body).toMatchObject({ title: 'Not found', status: 404 });
    const wrongMethod = await call('PUT', '/customers/1', { body: {} });
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.body).toMatchObject({ title: 'Method not allowed', status: 405 });
    expect((await call('GET', '/customers/1?unused=1')).status).toBe(200);
    expect(wrongMethod.allow).toBe('GET, PATCH');
  });

  it('answers its API base alone: the console\'s own modules under an api/ folder go to the server', async () => {
    const handlers = createHandlers(`${ORIGIN}/api`);
    signIn(admin);
    const answerOf = (url: string) => getResponse(handlers, new Request(new URL(url, ORIGIN)));
    // The dev server serves src/features/customers/api/get-customers.ts at this path.
    expect(await answerOf('/src/features/customers/api/get-customers.ts')).toBeUndefined();
    expect(await answerOf('/assets/api/customers')).toBeUndefined();
    expect(await answerOf('http://elsewhere.example/api/customers/1')).toBeUndefined();
    expect((await answerOf('/api/customers/1'))?.status).toBe(200);
    expect((await answerOf('/api/no-such-thing'))?.status).toBe(404);
  });
});

describe('session', () => {
  it('answers 401 as problem details until someone signs in', async () => {
    const answer = await call('GET', '/customers/1');
    expect(answer.status).toBe(401);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body).toEqual({
      type: 'about:blank',
      title: 'Not signed in',
      status: 401,
      detail: 'Your session has ended. Sign in again to continue.',
    });
  });

  it('signs in with a demo account, never returns the password, and signs out', async () => {
    expect((await call('POST', '/session', { body: { email: 'admin@example.com', password: 'wrong' } })).status).toBe(401);
    const signedIn = await call('POST', '/session', { body: { email: ' admin@example.com ', password: 'Admin123!' } });
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toEqual({ user: { id: 1, name: 'Ada Carrier', email: 'admin@example.com', role: 'admin', resellerId: null } });
    expect((await call('GET', '/session')).body.user.email).toBe('admin@example.com');
    expect((await call('DELETE', '/session')).status).toBe(204);
    expect((await call('GET', '/session')).status).toBe(401);
  });

  it('answers 422 with field errors for an empty sign-in form', async () => {
    const answer = await call('POST', '/session', { body: { email: '', password: '' } });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({ email: ['Enter your email or account number'], password: ['Enter your password'] });
  });

  it('signs staff in by account number as well, matched exactly as ASTPP does', async () => {
    const [adminAccount, northwindAccount, contosoAccount] = mockAccounts;
    const byNumber = await call('POST', '/session', { body: { email: northwindAccount.accountNumber, password: northwindAccount.password } });
    expect(byNumber.status).toBe(200);
    // The user the API answers has no account number: the contract's User is the same for both ways in.
    expect(byNumber.body).toEqual({ user: { id: 2, name: 'Nora Lind', email: 'northwind@example.com', role: 'reseller', resellerId: 1 } });
    expect((await call('GET', '/session')).body.user.id).toBe(2);
    await call('DELETE', '/session');

    const refused = {
      type: 'about:blank',
      title: 'Wrong email, account number or password',
      status: 401,
      detail: 'The email, account number or password is not right. Check them and try again.',
    };
    for (const email of ['5550000009', adminAccount.accountNumber.slice(1), `${adminAccount.accountNumber}0`, 'Admin@Example.com']) {
      const answer = await call('POST', '/session', { body: { email, password: adminAccount.password } });
      expect([email, answer.status, answer.body]).toEqual([email, 401, refused]);
    }
    // Another account's number with this one's password is no way in either.
    expect((await call('POST', '/session', { body: { email: contosoAccount.accountNumber, password: adminAccount.password } })).status).toBe(401);
    expect((await call('GET', '/session')).status).toBe(401);
  });

  it('gives every member of staff a 10-digit account number that no seeded customer has', () => {
    const customerNumbers = new Set(seed.map((c) => c.accountNumber));
    const staffNumbers = mockAccounts.map((a) => a.accountNumber);
    expect(new Set(staffNumbers).size).toBe(mockAccounts.length);
    for (const number of staffNumbers) {
      expect(number).toMatch(/^\d{10}$/);
      expect(customerNumbers.has(number)).toBe(false);
    }
  });
});

describe('customer record with ETag', () => {
  beforeEach(() => signIn(admin));

  it('GET answers the customer with its revision as ETag, and the record without it', async () => {
    const answer = await call('GET', '/customers/1');
    expect(answer.status).toBe(200);
    expect(answer.etag).toBe('"1"');
    expect(customerSchema.parse(answer.body)).toEqual(seed[0]);
    expect(answer.body).toEqual(seed[0]);
    expect(answer.body).not.toHaveProperty('version');
    expect(answer.body).not.toHaveProperty('password');
  });

  it('GET of a customer that does not exist answers 404', async () => {
    const answer = await call('GET', '/customers/99999');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ status: 404, title: 'Customer not found' });
  });

  it('PATCH with the current ETag saves only the sent fields and moves the ETag on', async () => {
    const before = (await call('GET', '/customers/1')).body as Customer;
    const saved = await call('PATCH', '/customers/1', { body: { firstName: '  Ñandú ', company: 'Taller Ñandú' }, ifMatch: '"1"' });
    expect(saved.status).toBe(200);
    expect(saved.etag).toBe('"2"');
    expect(saved.body).toEqual({ ...before, firstName: 'Ñandú', company: 'Taller Ñandú' });
    expect((await call('GET', '/customers/1')).body).toEqual(saved.body);
  });

  it('PATCH with a stale ETag answers 412 and changes nothing', async () => {
    expect((await call('PATCH', '/customers/1', { body: { lastName: 'First' }, ifMatch: '"1"' })).status).toBe(200);
    const stale = await call('PATCH', '/customers/1', { body: { lastName: 'Second' }, ifMatch: '"1"' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ status: 412, title: 'Changed by someone else' });
    expect((await call('GET', '/customers/1')).body.lastName).toBe('First');
    expect((await call('PATCH', '/customers/1', { body: { lastName: 'Second' }, ifMatch: '"0"' })).status).toBe(412);
  });

  it('someone else’s save moves the ETag on, and answers the record without its revision', async () => {
    const theirs = applyConcurrentEdit(1, { city: 'Oslo' });
    expect(theirs).toEqual({ ...seed[0], city: 'Oslo' });
    const read = await call('GET', '/customers/1');
    expect(read.etag).toBe('"2"');
    expect(read.body).toEqual(theirs);
    expect((await call('PATCH', '/customers/1', { body: { city: 'Bergen' }, ifMatch: '"1"' })).status).toBe(412);
  });

  it('PATCH without If-Match answers 428', async () => {
    const answer = await call('PATCH', '/customers/1', { body: { lastName: 'Nobody' } });
    expect(answer.status).toBe(428);
    expect(answer.body).toMatchObject({ status: 428, title: 'If-Match required' });
  });
});

describe('422 field errors keyed by JSON field', () => {
  beforeEach(() => signIn(admin));

  it('an email another customer uses (in any case) is refused', async () => {
    const other = seed[1]!;
    const answer = await call('PATCH', '/customers/1', { body: { email: other.email.toUpperCase() }, ifMatch: '"1"' });
    expect(answer.status).toBe(422);
    expect(answer.contentType).toContain('application/problem+json');
    expect(answer.body).toEqual({
      type: 'about:blank',
      title: 'Invalid customer',
      status: 422,
      detail: 'Some fields need attention.',
      errors: { email: ['Another account already uses this email address. Enter a different one.'] },
    });
  });

  it('keeping one’s own email is not a duplicate', async () => {
    const answer = await call('PATCH', '/customers/1', { body: { email: seed[0]!.email }, ifMatch: '"1"' });
    expect(answer.status).toBe(200);
  });

  it('postpaid without a credit limit is refused; with one it is stored, and dropped again for prepaid', async () => {
    // A type change needs a balance of 0.
    const prepaid = firstOf((c) => c.accountType === 'prepaid' && c.balance === '0.00000');
    const path = `/customers/${prepaid.id}`;
    const refused = await call('PATCH', path, { body: { accountType: 'postpaid' }, ifMatch: '"1"' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ creditLimit: ['Enter a credit limit (0 or more) for a postpaid account'] });

    const postpaid = await call('PATCH', path, { body: { accountType: 'postpaid', creditLimit: '1,000.5' }, ifMatch: '"1"' });
    expect(postpaid.status).toBe(200);
    expect(postpaid.body).toMatchObject({ accountType: 'postpaid', creditLimit: '1000.50000' });

    const back = await call('PATCH', path, { body: { accountType: 'prepaid' }, ifMatch: '"2"' });
    expect(back.body).toMatchObject({ accountType: 'prepaid', creditLimit: null });
  });

  it('another account type is refused with the reason while the balance is not 0, over HTTP as problem details', async () => {
    const postpaid = firstOf((c) => c.accountType === 'postpaid' && c.balance !== '0.00000');
    const refused = await call('PATCH', `/customers/${postpaid.id}`, { body: { accountType: 'prepaid' }, ifMatch: '"1"' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({ accountType: [expect.stringMatching(/^The balance must be settled to 0 before the account type can change\. It is USD\u00a0[\d,]+\.\d\d, the money used on this postpaid account\.$/)] });
    const after = await call('GET', `/customers/${postpaid.id}`);
    expect(after.body).toMatchObject({ accountType: 'postpaid' });
    expect(after.etag).toBe('"1"');
  });

  it('a credit limit sent for a prepaid customer is neither validated nor stored, as in the form', async () => {
    const prepaid = firstOf((c) => c.accountType === 'prepaid');
    const answer = await call('PATCH', `/customers/${prepaid.id}`, { body: { creditLimit: 'not money' }, ifMatch: '"1"' });
    expect(answer.status).toBe(200);
    expect(answer.body.creditLimit).toBeNull();
  });

  it('monthly billing needs a billing day; daily billing stores none', async () => {
    const daily = firstOf((c) => c.billingSchedule === 'daily');
    const path = `/customers/${daily.id}`;
    const refused = await call('PATCH', path, { body: { billingSchedule: 'monthly' }, ifMatch: '"1"' });
    expect(refused.body.errors).toEqual({ billingDay: ['Choose the day of the month invoices are made'] });
    const monthly = await call('PATCH', path, { body: { billingSchedule: 'monthly', billingDay: 28 }, ifMatch: '"1"' });
    expect(monthly.body).toMatchObject({ billingSchedule: 'monthly', billingDay: 28 });
    const back = await call('PATCH', path, { body: { billingSchedule: 'daily' }, ifMatch: '"2"' });
    expect(back.body).toMatchObject({ billingSchedule: 'daily', billingDay: null });
  });

  it('every invalid field is named at once', async () => {
    const answer = await call('PATCH', '/customers/1', {
      body: { firstName: '', pin: '12a', phone: 'call me', validDays: -1, rateGroupId: null },
      ifMatch: '"1"',
    });
    expect(answer.body.errors).toEqual({
      firstName: ['Enter a first name'],
      pin: ['Use digits only'],
      phone: ['Use digits, spaces, +, -, ( and ) only'],
      validDays: ['Enter 0 days or more'],
      rateGroupId: ['Choose a rate group: without one the customer can make no calls'],
    });
  });

  it('a pin of another length than the settings generate is kept, as ASTPP keeps them; more than 20 digits is not', async () => {
    updateSettings({ pinLength: 4 });
    expect((await call('PATCH', '/customers/1', { body: { pin: '1'.repeat(21) }, ifMatch: '"1"' })).body.errors).toEqual({
      pin: ['Use at most 20 digits'],
    });
    expect((await call('PATCH', '/customers/1', { body: { pin: '4738291056' }, ifMatch: '"1"' })).status).toBe(200);
  });

  it('unknown keys and fields fixed at creation are refused, keyed by the name sent', async () => {
    const answer = await call('PATCH', '/customers/1', {
      body: { nickname: 'Z', accountNumber: '1111111111', resellerId: 2, balance: '1000000.00000', firstName: 'Zoë' },
      ifMatch: '"1"',
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual({
      nickname: ['Leave this out: customers have no such field'],
      accountNumber: ['Leave Account out: it cannot be changed here'],
      resellerId: ['Leave Reseller out: it cannot be changed here'],
      balance: ['Leave this out: customers have no such field'],
    });
    expect((await call('GET', '/customers/1')).body.firstName).toBe(seed[0]!.firstName);
  });

  it('a body that is not a JSON object is refused', async () => {
    for (const body of ['[1]', 'null', 'not json']) {
      const answer = await call('PATCH', '/customers/1', { body, ifMatch: '"1"' });
      expect(answer.status, body).toBe(422);
      expect(answer.body.errors).toEqual({ _: ['Send the changed fields as a JSON object'] });
    }
  });

  it('a rate group of another reseller is refused', async () => {
    const carrierCustomer = firstOf((c) => c.resellerId === null);
    const answer = await call('PATCH', `/customers/${carrierCustomer.id}`, { body: { rateGroupId: 8 }, ifMatch: '"1"' });
    expect(answer.body.errors).toEqual({ rateGroupId: ['Choose one of the rate groups of this customer’s reseller'] });
  });

  it('an admin gives a reseller’s customer only that reseller’s rate groups, localization and taxes, not the carrier’s', async () => {
    const northwinds = firstOf((c) => c.resellerId === 1);
    const path = `/customers/${northwinds.id}`;
    const foreign = await call('PATCH', path, { body: { rateGroupId: 1, nonCliRateGroupId: 8, localizationId: 1, taxIds: [1] }, ifMatch: '"1"' });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual({
      rateGroupId: ['Choose one of the rate groups of this customer’s reseller'],
      nonCliRateGroupId: ['Choose one of the rate groups of this customer’s reseller'],
      localizationId: ['Choose one of the localizations of this customer’s reseller'],
      taxIds: ['Choose taxes of this customer’s reseller from the list'],
    });
    const own = await call('PATCH', path, { body: { rateGroupId: 6, nonCliRateGroupId: 7, localizationId: 4, taxIds: [5] }, ifMatch: '"1"' });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ rateGroupId: 6, nonCliRateGroupId: 7, localizationId: 4, taxIds: [5] });
  });
});

describe('rate groups, localizations and taxes of the reseller asked for', () => {
  const names = (answer: { body: Array<{ name: string }> }) => answer.body.map((item) => item.name);

  it('an admin gets the carrier’s own without ?resellerId= (or with it empty or 0), and a reseller’s by its id', async () => {
    signIn(admin);
    const carriers = ['Standard Retail', 'Wholesale A-Z', 'Premium Routes', 'Mobile Heavy'];
    for (const query of ['', '?resellerId=', '?resellerId=0']) expect(names(await call('GET', `/rate-groups${query}`)), query).toEqual(carriers);
    expect(names(await call('GET', '/rate-groups?resellerId=1'))).toEqual(['Northwind Basic', 'Northwind Plus', 'Northwind No-CLI']);
    expect((await call('GET', '/localizations?resellerId=2')).body).toEqual([{ id: 5, name: 'Contoso India (+91)', resellerId: 2 }]);
    expect((await call('GET', '/taxes?resellerId=1')).body).toEqual([{ id: 5, name: 'Northwind VAT 25%', rate: '25.00' }]);
    expect(names(await call('GET', '/taxes'))).toEqual(['VAT 20%', 'GST 10%', 'Sales tax 8.875%', 'Telecom levy 2%']);
    expect((await call('GET', '/rate-groups?resellerId=99')).body).toEqual([]);
  });

  it('a reseller gets its own whatever it asks for', async () => {
    signIn(northwind);
    const own = ['Northwind Basic', 'Northwind Plus', 'Northwind No-CLI'];
    for (const query of ['', '?resellerId=2', '?resellerId=0']) expect(names(await call('GET', `/rate-groups${query}`)), query).toEqual(own);
    expect(names(await call('GET', '/taxes?resellerId=2'))).toEqual(['Northwind VAT 25%']);
  });

  it('answers 400 to a resellerId that is not an id', async () => {
    signIn(admin);
    for (const query of ['?resellerId=abc', '?resellerId=-1', '?resellerId=1.5']) {
      const answer = await call('GET', `/localizations${query}`);
      expect([query, answer.status, answer.body.detail]).toEqual([query, 400, 'resellerId must be a reseller id, or 0 for the carrier.']);
    }
  });
});

describe('reseller scoping', () => {
  const own = firstOf((c) => c.resellerId === 1);
  const others = firstOf((c) => c.resellerId === 2);
  const carriers = firstOf((c) => c.resellerId === null);

  beforeEach(() => signIn(northwind));

  it('a reseller reads and edits its own customers', async () => {
    expect((await call('GET', `/customers/${own.id}`)).status).toBe(200);
    expect((await call('PATCH', `/customers/${own.id}`, { body: { city: 'Oslo' }, ifMatch: '"1"' })).status).toBe(200);
  });

  it('another reseller’s or the carrier’s customer answers 404, exactly like a missing one', async () => {
    for (const customer of [others, carriers]) {
      const read = await call('GET', `/customers/${customer.id}`);
      expect(read.status).toBe(404);
      expect(read.body).toEqual((await call('GET', '/customers/99999')).body);
      expect((await call('PATCH', `/customers/${customer.id}`, { body: { city: 'Oslo' }, ifMatch: '"1"' })).status).toBe(404);
    }
  });

  it('the list shows only its own customers', async () => {
    const answer = await call('GET', '/customers?pageSize=100');
    const page = customerPageSchema.parse(answer.body);
    expect(page.total).toBe(seed.filter((c) => c.resellerId === 1).length);
    expect(page.items.every((c) => c.resellerId === 1)).toBe(true);
    signIn(contoso);
    const contosoPage = customerPageSchema.parse((await call('GET', '/customers?pageSize=100')).body);
    expect(contosoPage.items.every((c) => c.resellerId === 2)).toBe(true);
  });

  it('reference lists are scoped to the reseller', async () => {
    expect((await call('GET', '/resellers')).body).toEqual([{ id: 1, name: 'Northwind Telecom' }]);
    const rateGroups = (await call('GET', '/rate-groups')).body as Array<{ resellerId: number | null }>;
    expect(rateGroups.length).toBeGreaterThan(0);
    expect(rateGroups.every((g) => g.resellerId === 1)).toBe(true);
    const localizations = (await call('GET', '/localizations')).body as Array<{ resellerId: number | null }>;
    expect(localizations.every((l) => l.resellerId === 1)).toBe(true);
  });

  it('a customer a reseller creates is its own, whatever the body says', async () => {
    const { id: _id, balance: _b, createdAt: _c, firstUsedAt: _f, ...input } = own;
    const answer = await call('POST', '/customers', {
      body: { ...input, resellerId: 2, accountNumber: '5550000001', email: 'new.one@example.com', password: 'Str0ngPass!' },
    });
    expect(answer.status).toBe(201);
    expect(answer.body.resellerId).toBe(1);
  });
});

describe('POST /customers', () => {
  beforeEach(() => signIn(admin));
  const { id: _id, balance: _b, createdAt: _c, firstUsedAt: _f, ...input } = firstOf((c) => c.resellerId === null);
  const body = { ...input, accountNumber: '5550000002', email: 'olafur@example.com', firstName: 'Ólafur', password: 'Str0ngPass!' };

  it('answers 201 with the record, its ETag and its address', async () => {
    const answer = await call('POST', '/customers', { body });
    expect(answer.status).toBe(201);
    expect(answer.etag).toBe('"1"');
    expect(answer.location).toBe(`/api/customers/${seed.length + 1}`);
    const created = customerSchema.parse(answer.body);
    expect(created).toMatchObject({ id: seed.length + 1, balance: '0.00000', firstUsedAt: null, firstName: 'Ólafur' });
    expect(answer.body).not.toHaveProperty('password');
    expect(answer.body).not.toHaveProperty('version');
    expect((await call('GET', `/customers/${created.id}`)).body).toEqual(answer.body);
  });

  it('takes the time zone a browser reports, stored as the list spells it', async () => {
    for (const [reported, stored, n] of [
      ['UTC', 'UTC', 3],
      ['Asia/Calcutta', 'Asia/Kolkata', 4],
      ['Europe/Kiev', 'Europe/Kyiv', 5],
    ] as const) {
      const answer = await call('POST', '/customers', { body: { ...body, timezone: reported, accountNumber: `555000000${n}`, email: `tz${n}@example.org` } });
      expect(answer.status, reported).toBe(201);
      expect(answer.body.timezone).toBe(stored);
    }
    const unknown = await call('POST', '/customers', { body: { ...body, timezone: 'Mars/Olympus_Mons' } });
    expect(unknown.body.errors).toEqual({ timezone: ['Choose a timezone from the list'] });
  });

  it('refuses a duplicate account number or email, and a missing password', async () => {
    const duplicate = await call('POST', '/customers', { body: { ...body, accountNumber: seed[0]!.accountNumber, email: seed[0]!.email } });
    expect(duplicate.status).toBe(422);
    expect(Object.keys(duplicate.body.errors).sort()).toEqual(['accountNumber', 'email']);
    const noPassword = await call('POST', '/customers', { body: { ...body, password: '' } });
    expect(noPassword.body.errors).toEqual({ password: ['Enter a password, or generate one'] });
  });

  it('refuses an email a staff account signs in with: as in ASTPP, an email is unique over every account', async () => {
    const staff = await call('POST', '/customers', { body: { ...body, email: mockAccounts[1].email } });
    expect(staff.body.errors).toEqual({ email: ['Another account already uses this email address. Enter a different one.'] });
    const edit = await call('PATCH', '/customers/1', { body: { email: mockAccounts[0].email }, ifMatch: '"1"' });
    expect(edit.body.errors).toEqual({ email: ['Another account already uses this email address. Enter a different one.'] });
  });

  it('sets the Notification Email to the Email when it is left empty, as ASTPP does', async () => {
    const answer = await call('POST', '/customers', { body: { ...body, notificationEmail: '' } });
    expect(answer.body).toMatchObject({ email: 'olafur@example.com', notificationEmail: 'olafur@example.com' });
  });
});

describe('settings', () => {
  beforeEach(() => signIn(admin));

  it("hold ASTPP 6.0's stock defaults for a new customer, and every optional field", async () => {
    const { body } = await call('GET', '/settings');
    expect(body.newCustomer).toMatchObject({ validDays: 3650, allowLocalCalls: true, allowRecording: false, generateInvoice: true, countryId: 'IN' });
    expect(body.optionalFields).toEqual({ allowLossLessRouting: true, nonCliRateGroupId: true, cliPool: true });
  });

  it('as a stock 6.0 database, refuse the fields it has no column for, and take a save without them', async () => {
    updateSettings({ optionalFields: stockAstppOptionalFields });
    expect((await call('GET', '/settings')).body.optionalFields).toEqual(stockAstppOptionalFields);
    const refused = await call('PATCH', '/customers/1', { body: { cliPool: 'reject-did', allowLossLessRouting: true, firstName: 'Kept' }, ifMatch: '"1"' });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual({
      cliPool: ['Leave CLI Pool out: this ASTPP database has no column for it (a stock 6.0 one has none)'],
      allowLossLessRouting: ['Leave Allow Loss Less Routing out: this ASTPP database has no column for it (a stock 6.0 one has none)'],
    });
    expect((await call('PATCH', '/customers/1', { body: { firstName: 'Kept' }, ifMatch: '"1"' })).status).toBe(200);

    const { id: _id, balance: _b, createdAt: _c, firstUsedAt: _f, allowLossLessRouting: _l, nonCliRateGroupId: _n, cliPool: _p, ...input } =
      firstOf((c) => c.resellerId === null);
    const created = await call('POST', '/customers', { body: { ...input, accountNumber: '5550000009', email: 'stock@example.org', password: 'Str0ngPass!' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ allowLossLessRouting: false, nonCliRateGroupId: null, cliPool: 'disabled' });
    const withOne = await call('POST', '/customers', { body: { ...input, cliPool: 'disabled', accountNumber: '5550000008', email: 'stock2@example.org', password: 'Str0ngPass!' } });
    expect(withOne.body.errors).toEqual({ cliPool: ['Leave CLI Pool out: this ASTPP database has no column for it (a stock 6.0 one has none)'] });
  });
});

describe('customer list', () => {
  beforeEach(() => signIn(admin));

  it('pages, filters, searches and sorts', async () => {
    const first = customerPageSchema.parse((await call('GET', '/customers')).body);
    expect(first).toMatchObject({ total: seed.length, page: 1, pageSize: 25 });
    expect(first.items).toHaveLength(25);

    const postpaid = customerPageSchema.parse((await call('GET', '/customers?accountType=postpaid&status=active&pageSize=100')).body);
    expect(postpaid.total).toBe(seed.filter((c) => c.accountType === 'postpaid' && c.status === 'active').length);

    const search = customerPageSchema.parse((await call('GET', `/customers?q=${encodeURIComponent(seed[5]!.email.toUpperCase())}`)).body);
    expect(search.items.map((c) => c.id)).toContain(seed[5]!.id);

    const byBalance = customerPageSchema.parse((await call('GET', '/customers?sort=-balance&pageSize=50')).body);
    const balances = byBalance.items.map((c) => Number(c.balance));
    expect(balances).toEqual([...balances].sort((a, b) => b - a));
  });
});

describe('customer search', () => {
  beforeEach(() => signIn(admin));
  const found = async (q: string) =>
    customerPageSchema.parse((await call('GET', `/customers?q=${encodeURIComponent(q)}&pageSize=100`)).body).items.map((c) => c.id);

  it("matches the start of each word typed, as the server does: 'john sm' finds John Smith and not Jane Smithers", async () => {
    const state = readState();
    const [john, jane] = state.customers;
    Object.assign(john!, { firstName: 'John', lastName: 'Smith', company: 'Acme Telecom', accountNumber: '4155000101' });
    Object.assign(jane!, { firstName: 'Jane', lastName: 'Smithers', company: 'Northgate Voice', accountNumber: '4255000102' });
    writeState(state);

    expect(await found('john sm')).toEqual([john!.id]);
    expect(await found('SM JOHN')).toEqual([john!.id]);
    expect(await found('smith')).toEqual(expect.arrayContaining([john!.id, jane!.id]));
    expect(await found('4155')).toEqual([john!.id]);
    expect(await found('Acme Telecom')).toEqual([john!.id]);
    expect(await found('Telecom')).not.toContain(john!.id);
    expect(await found('%')).toEqual([]);
  });
});

describe('generators', () => {
  beforeEach(() => signIn(admin));

  it('make a free account number, a pin and a strong password of the configured lengths', async () => {
    const taken = new Set(readState().customers.map((c) => c.accountNumber));
    const accountNumber = (await call('GET', '/generators/account-number')).body.value as string;
    expect(accountNumber).toMatch(/^\d{10}$/);
    expect(taken.has(accountNumber)).toBe(false);
    expect((await call('GET', '/generators/pin')).body.value).toMatch(/^\d{6}$/);
    const password = (await call('GET', '/generators/password')).body.value as string;
    const create = customerValidator(['password'], { settings: defaultSettings, mode: 'create' });
    expect(create.safeParse({ password }).success).toBe(true);
  });
});

describe('fault switch', () => {
  beforeEach(() => signIn(admin));

  it('fails the next matching request once with the chosen status', async () => {
    addFault({ kind: 'status', status: 503, method: 'GET', path: '/customers/1' });
    expect((await call('GET', '/customers/1')).status).toBe(503);
    expect((await call('GET', '/customers/1')).status).toBe(200);
  });
});
