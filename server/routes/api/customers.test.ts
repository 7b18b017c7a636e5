import type { FastifyInstance } from 'fastify';
import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, signedIn, startServer, type Client } from '../../test/server';

let app: FastifyInstance;
let astpp: Connection;
let admin: Client;
let northwind: Client;
let contoso: Client;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  app = await startServer();
  astpp = await astppConnection();
  [admin, northwind, contoso] = await Promise.all([
    signedIn(app, accounts.stockAdmin),
    signedIn(app, accounts.northwind),
    signedIn(app, accounts.contoso),
  ]);
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
});

const ids = (body: { items: Array<{ id: number }> }) => body.items.map((c) => c.id);

describe('the customer list', () => {
  it("shows ASTPP's customers and providers, not deleted ones, admins or resellers", async () => {
    const { status, body } = await admin.call('GET', '/customers?pageSize=100');
    expect(status).toBe(200);
    expect(body.total).toBe(6);
    expect(ids(body)).toEqual([3, 2, 7, 8, 10, 11]);
  });

  it("shows a reseller only the reseller's own customers", async () => {
    expect(ids((await northwind.call('GET', '/customers')).body)).toEqual([7]);
    expect(ids((await contoso.call('GET', '/customers')).body)).toEqual([10]);
  });

  it('summarises each customer with its currency code and exact balance', async () => {
    const { body } = await admin.call('GET', '/customers?q=7012345678');
    expect(body.items).toEqual([
      {
        id: 7,
        accountNumber: '7012345678',
        firstName: 'Åsa',
        lastName: 'Öberg',
        company: 'Fjord Calls AB',
        email: 'customer@example.com',
        status: 'active',
        accountType: 'postpaid',
        balance: '-12.50000',
        currency: 'GBP',
        resellerId: 4,
      },
    ]);
  });

  it('searches account number, name, email and company, case-insensitively', async () => {
    expect(ids((await admin.call('GET', '/customers?q=%C3%85sa%20%C3%96berg')).body)).toEqual([7]);
    expect(ids((await admin.call('GET', '/customers?q=FJORD')).body)).toEqual([7]);
    expect(ids((await admin.call('GET', '/customers?q=pat%40example')).body)).toEqual([11]);
    expect(ids((await admin.call('GET', '/customers?q=70123456')).body)).toEqual([7, 8, 10, 11]);
  });

  it("takes the search's % and _ literally", async () => {
    expect((await admin.call('GET', '/customers?q=%25')).body.total).toBe(0);
    expect((await admin.call('GET', '/customers?q=_')).body.total).toBe(0);
  });

  it('filters by status and account type', async () => {
    expect(ids((await admin.call('GET', '/customers?status=inactive')).body)).toEqual([8]);
    expect(ids((await admin.call('GET', '/customers?accountType=postpaid')).body)).toEqual([7]);
    expect((await admin.call('GET', '/customers?status=active&accountType=prepaid')).body.total).toBe(4);
  });

  it('sorts and pages in the database', async () => {
    const byBalance = await admin.call('GET', '/customers?sort=-balance&pageSize=100');
    expect(byBalance.body.items.map((c: { balance: string }) => c.balance)).toEqual([
      '677.00000',
      '42.00000',
      '5.00000',
      '1.00000',
      '0.00000',
      '-12.50000',
    ]);
    const page2 = await admin.call('GET', '/customers?sort=name&page=2&pageSize=2');
    expect(page2.body).toMatchObject({ total: 6, page: 2, pageSize: 2 });
    expect(page2.body.items.map((c: { firstName: string }) => c.firstName)).toEqual(['default', 'Ina']);
  });

  it('counts the customers on the last page, and past it', async () => {
    expect((await admin.call('GET', '/customers?page=2&pageSize=4')).body).toMatchObject({ total: 6, page: 2 });
    expect((await admin.call('GET', '/customers?page=3&pageSize=3')).body).toMatchObject({ items: [], total: 6, page: 3 });
    expect((await admin.call('GET', '/customers?page=2&pageSize=3')).body).toMatchObject({ total: 6, page: 2 });
    expect((await admin.call('GET', '/customers?q=nobody-is-called-this')).body).toMatchObject({ items: [], total: 0 });
  });

  it('pages through every sort, either way, in the order of one long page, ties broken by id', async () => {
    const keys = ['accountNumber', 'name', 'company', 'email', 'status', 'accountType', 'balance'];
    for (const sort of [...keys, ...keys.map((key) => `-${key}`)]) {
      const whole = (await admin.call('GET', `/customers?sort=${sort}&pageSize=100`)).body;
      const pages = await Promise.all([1, 2, 3].map(async (page) => (await admin.call('GET', `/customers?sort=${sort}&page=${page}&pageSize=2`)).body));
      expect([sort, pages.flatMap(ids), pages.map((p) => p.total)]).toEqual([sort, ids(whole), [6, 6, 6]]);
      if (sort.endsWith('status') || sort.endsWith('accountType')) {
        const key = sort.replace('-', '') as 'status' | 'accountType';
        // As ASTPP stores them: active and prepaid are 0, so they come first in ascending order.
        const stored = (c: Record<string, string | number>) => Number(c[key] === 'inactive' || c[key] === 'postpaid');
        const byKeyThenId = [...whole.items].sort(
          (a: Record<string, string | number>, b: Record<string, string | number>) => stored(a) - stored(b) || (a.id as number) - (b.id as number),
        );
        const expected = byKeyThenId.map((c: { id: number }) => c.id);
        expect([sort, ids(whole)]).toEqual([sort, sort.startsWith('-') ? [...expected].reverse() : expected]);
      }
    }
  });
});

describe('a customer', () => {
  it('says null, not 1970, for a creation date ASTPP holds as a zero date', async () => {
    const [[row]] = (await astpp.query('SELECT creation FROM accounts WHERE id = 8')) as unknown as [[{ creation: string }]];
    await astpp.query("UPDATE accounts SET creation = '0000-00-00 00:00:00' WHERE id = 8");
    try {
      const { status, body } = await admin.call('GET', '/customers/8');
      expect(status).toBe(200);
      expect(body.createdAt).toBeNull();
    } finally {
      await astpp.query('UPDATE accounts SET creation = ? WHERE id = 8', [row.creation]);
    }
  });

  it('maps every field of an ASTPP row to the contract', async () => {
    const { status, body, headers } = await northwind.call('GET', '/customers/7');
    expect(status).toBe(200);
    expect(headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(body).toEqual({
      id: 7,
      balance: '-12.50000',
      createdAt: '2023-05-02T10:15:00Z',
      resellerId: 4,
      accountNumber: '7012345678',
      pin: '0123456789',
      email: 'customer@example.com',
      firstUsedAt: null,
      validDays: 3653,
      expiresAt: '2033-05-02',
      status: 'active',
      maxChannels: 4,
      cps: 2,
      localizationId: 2,
      allowLocalCalls: false,
      localCallChargePerMinute: '0.02500',
      allowLossLessRouting: false,
      allowRecording: true,
      allowIpManagement: false,
      notifications: false,
      paymentGatewayPermission: false,
      firstName: 'Åsa',
      lastName: 'Öberg',
      company: 'Fjord Calls AB',
      phone: '+46 8 123 45',
      notificationEmail: 'billing@fjordcalls.example',
      address1: 'Storgatan 1',
      address2: 'Box 12',
      city: 'Stockholm',
      province: 'Stockholms län',
      zipCode: '11122',
      countryId: 'GB',
      timezone: 'America/New_York',
      currency: 'GBP',
      accountType: 'postpaid',
      creditLimit: '99999999999999.99999',
      rateGroupId: 2,
      nonCliRateGroupId: null,
      cliPool: 'disabled',
      billingSchedule: 'monthly',
      billingDay: 15,
      taxIds: [3],
      taxNumber: 'SE556000000001',
      generateInvoice: false,
      invoiceNote: 'Net 30',
      reference: 'NW-0007',
    });
  });

  it("reads ASTPP's stock rows as they are: zero dates, a 10-digit pin, the provider's empty charge", async () => {
    const customer = (await admin.call('GET', '/customers/2')).body;
    expect(customer).toMatchObject({
      pin: '4727985745',
      firstUsedAt: '2016-07-26T11:26:24Z',
      localCallChargePerMinute: '1.00000',
      resellerId: null,
      countryId: 'IN',
      currency: 'INR',
      accountType: 'prepaid',
      creditLimit: null,
      billingSchedule: 'monthly',
      billingDay: 1,
      taxIds: [1],
      taxNumber: '',
    });
    const provider = (await admin.call('GET', '/customers/3')).body;
    expect(provider).toMatchObject({ localCallChargePerMinute: '0.00000', validDays: 0, expiresAt: '2026-07-26', firstUsedAt: null, pin: '320736' });
  });

  it('reads a NULL reseller as the carrier, and either GBP row as GBP', async () => {
    expect((await admin.call('GET', '/customers/8')).body).toMatchObject({ resellerId: null, status: 'inactive', firstUsedAt: '2023-06-02T08:30:00Z' });
    expect((await admin.call('GET', '/customers/11')).body).toMatchObject({ currency: 'GBP', taxIds: [1, 2] });
  });

  it("is 404 outside the caller's scope, deleted, or not a customer at all", async () => {
    for (const [caller, id] of [
      [contoso, 7],
      [northwind, 10],
      [northwind, 2],
      [admin, 9],
      [admin, 1],
      [admin, 4],
      [admin, 999],
    ] as const) {
      const { status, body } = await caller.call('GET', `/customers/${id}`);
      expect([id, status]).toEqual([id, 404]);
      expect(body.title).toBe('Customer not found');
    }
  });

  it('answers an ETag no client could guess: a quoted SHA-256 of the row, not a number, and another once ASTPP changes the row', async () => {
    const etagOf = async (id: number) => (await admin.call('GET', `/customers/${id}`)).headers.etag as string;
    const before = await etagOf(3);
    expect(before).toMatch(/^"[0-9a-f]{64}"$/);
    expect(before).not.toMatch(/^"\d+"$/);
    expect(await etagOf(2)).not.toBe(before);
    const [[row]] = (await astpp.query('SELECT reference FROM accounts WHERE id = 3')) as unknown as [[{ reference: string }]];
    await astpp.query("UPDATE accounts SET reference = 'EDITED-IN-ASTPP' WHERE id = 3");
    try {
      const after = await etagOf(3);
      expect(after).toMatch(/^"[0-9a-f]{64}"$/);
      expect(after).not.toBe(before);
    } finally {
      await astpp.query('UPDATE accounts SET reference = ? WHERE id = 3', [row.reference]);
    }
  });

  it('keeps its ETag while the switch bills calls, and changes it when ASTPP edits the row', async () => {
    const before = (await admin.call('GET', '/customers/11')).headers.etag;
    await astpp.execute("UPDATE accounts SET balance = balance - 0.01, first_used = '2025-01-01 10:00:00' WHERE id = 11");
    expect((await admin.call('GET', '/customers/11')).headers.etag).toBe(before);
    await astpp.execute("UPDATE accounts SET first_name = 'Patricia' WHERE id = 11");
    const afterEdit = (await admin.call('GET', '/customers/11')).headers.etag;
    expect(afterEdit).not.toBe(before);
    await astpp.execute('DELETE FROM taxes_to_accounts WHERE accountid = 11 AND taxes_id = 2');
    expect((await admin.call('GET', '/customers/11')).headers.etag).not.toBe(afterEdit);
  });

  it('needs a session', async () => {
    const anonymous = await app.inject({ method: 'GET', url: '/api/customers/7' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('the search', () => {
  // Customers shaped like the seed's Pat Pound (id 11, the carrier's), with the names below.
  const searched = [
    { id: 101, number: '4155000101', first: 'John', last: 'Smith', company: 'Acme Telecom', email: 'john@acme.example' },
    { id: 102, number: '4255000102', first: 'Jane', last: 'Smithers', company: 'Northgate Voice', email: 'jane@northgate.example' },
    { id: 103, number: '5155004155', first: 'Ann', last: 'Lee', company: 'Blue Lines', email: 'acme@bluelines.example' },
    { id: 104, number: '6155000104', first: 'Per', last: 'Cent', company: '100% Voice', email: 'per@cent.example' },
  ];
  const found = async (q: string) => ids((await admin.call('GET', `/customers?q=${encodeURIComponent(q)}&pageSize=100`)).body);

  beforeAll(async () => {
    await astpp.query('CREATE TEMPORARY TABLE searched SELECT * FROM accounts WHERE id = 11');
    for (const c of searched) {
      await astpp.execute('UPDATE searched SET id = ?, number = ?, first_name = ?, last_name = ?, company_name = ?, email = ?', [
        c.id, c.number, c.first, c.last, c.company, c.email,
      ]);
      await astpp.query('INSERT INTO accounts SELECT * FROM searched');
    }
    await astpp.query('DROP TEMPORARY TABLE searched');
  });

  afterAll(async () => {
    await astpp.query('DELETE FROM accounts WHERE id IN (?)', [searched.map((c) => c.id)]);
  });

  it("finds John Smith by 'john sm' and 'sm john', and not Jane Smithers", async () => {
    expect(await found('john sm')).toEqual([101]);
    expect(await found('  SM   john ')).toEqual([101]);
    expect(await found('smith')).toEqual([101, 102]);
  });

  it('finds an account number by its first digits, not by digits inside it', async () => {
    expect(await found('4155')).toEqual([101]);
  });

  it('finds a company or an email by its start, and a company by its whole name', async () => {
    expect(await found('acme')).toEqual([101, 103]);
    expect(await found('Acme Telecom')).toEqual([101]);
    expect(await found('acme tel')).toEqual([101]);
  });

  it('does not find a word in the middle of a company', async () => {
    expect(await found('Telecom')).toEqual([]);
    expect(await found('voice')).toEqual([]);
  });

  it("takes % and _ as the letters they are", async () => {
    expect(await found('100%')).toEqual([104]);
    expect(await found('10_')).toEqual([]);
    expect(await found('%')).toEqual([]);
    expect(await found('_')).toEqual([]);
  });

  it("keeps a reseller's search in the reseller's customers", async () => {
    expect(await found('john')).toEqual([101]);
    expect(ids((await northwind.call('GET', '/customers?q=john')).body)).toEqual([]);
    expect(ids((await northwind.call('GET', '/customers?q=%C3%A5sa')).body)).toEqual([7]);
  });
});
