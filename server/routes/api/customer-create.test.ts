import type { FastifyInstance } from 'fastify';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createPasswordCipher } from '../../astpp/password';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, signedIn, startServer, STOCK_KEY, type Client } from '../../test/server';

let app: FastifyInstance;
let astpp: Connection;
let admin: Client;
let northwind: Client;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  app = await startServer();
  astpp = await astppConnection();
  [admin, northwind] = await Promise.all([signedIn(app, accounts.stockAdmin), signedIn(app, accounts.northwind)]);
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
});

/** A new customer as the create form sends it to a stock 6.0 database: without the fields it has no column for. */
const newCustomer = {
  resellerId: null,
  accountNumber: '5551234567',
  password: 'Str0ngPass!',
  pin: '123456',
  email: 'new@example.com',
  validDays: 3650,
  expiresAt: '2035-12-31',
  status: 'active',
  maxChannels: 1,
  cps: 0,
  localizationId: null,
  allowLocalCalls: true,
  localCallChargePerMinute: '0',
  allowRecording: false,
  allowIpManagement: false,
  notifications: true,
  paymentGatewayPermission: true,
  firstName: 'New',
  lastName: 'Customer',
  company: '',
  phone: '',
  notificationEmail: '',
  address1: '',
  address2: '',
  city: '',
  province: '',
  zipCode: '',
  countryId: 'US',
  timezone: 'America/Chicago',
  currency: 'USD',
  accountType: 'prepaid',
  creditLimit: null,
  rateGroupId: 1,
  billingSchedule: 'daily',
  billingDay: null,
  taxIds: [2, 1],
  taxNumber: '',
  generateInvoice: true,
  invoiceNote: '',
  reference: '',
};

async function accountRow(id: number): Promise<Record<string, unknown>> {
  const [rows] = await astpp.query<RowDataPacket[]>('SELECT * FROM accounts WHERE id = ?', [id]);
  return { ...rows[0] };
}

describe('creating a customer in ASTPP’s tables', () => {
  it('inserts the account as ASTPP’s customer_add does, with its taxes', async () => {
    const { status, body, headers } = await admin.call('POST', '/customers', { body: newCustomer });
    expect(status).toBe(201);
    expect(headers.location).toBe(`/api/customers/${body.id}`);
    expect(headers.etag).toMatch(/^"[0-9a-f]{64}"$/);
    const { password: _password, ...visible } = newCustomer;
    expect(body).toMatchObject({
      ...visible,
      localCallChargePerMinute: '0.00000',
      taxIds: [1, 2],
      balance: '0.00000',
      firstUsedAt: null,
      // Left empty, ASTPP copies the sign-in email here.
      notificationEmail: 'new@example.com',
    });
    const read = await admin.call('GET', `/customers/${body.id}`);
    expect(read.body).toEqual(body);
    expect(read.headers.etag).toBe(headers.etag);

    expect(await accountRow(body.id)).toMatchObject({
      type: 0,
      reseller_id: 0,
      deleted: 0,
      password: createPasswordCipher(STOCK_KEY).encrypt('Str0ngPass!'),
      first_used: '0000-00-00 00:00:00',
      expiry: '2035-12-31 00:00:00',
      notification_email: 'new@example.com',
      credit_limit: '0.00000',
      sweep_id: 0,
      invoice_day: 0,
      local_call: 0,
      is_recording: 1,
      country_id: 203,
      timezone_id: 383,
      currency_id: 139,
      dialed_modify: '',
      std_cid_translation: '',
      did_cid_translation: '',
    });
    const [taxes] = await astpp.query<RowDataPacket[]>('SELECT taxes_id, taxes_priority FROM taxes_to_accounts WHERE accountid = ? ORDER BY taxes_id', [body.id]);
    expect(taxes.map((t) => ({ ...t }))).toEqual([
      { taxes_id: 1, taxes_priority: 1 },
      { taxes_id: 2, taxes_priority: 2 },
    ]);
  });

  it('makes a reseller’s new customer the reseller’s own, with the reseller’s rate groups and taxes', async () => {
    const mine = { ...newCustomer, accountNumber: '5551234568', email: 'mine@example.com', resellerId: 5, rateGroupId: 2, taxIds: [3] };
    const { status, body } = await northwind.call('POST', '/customers', { body: mine });
    expect(status).toBe(201);
    expect(body.resellerId).toBe(4);
    const carriers = await northwind.call('POST', '/customers', { body: { ...mine, accountNumber: '5551234569', email: 'x@example.com', rateGroupId: 1, taxIds: [1] } });
    expect(carriers.status).toBe(422);
    expect(Object.keys(carriers.body.errors).sort()).toEqual(['rateGroupId', 'taxIds']);
  });

  it('gives an admin’s new customer of a reseller only that reseller’s rate groups and taxes', async () => {
    const northwinds = { ...newCustomer, accountNumber: '5551234570', email: 'nw@example.com', resellerId: 4 };
    const carriers = await admin.call('POST', '/customers', { body: northwinds });
    expect(carriers.status).toBe(422);
    expect(Object.keys(carriers.body.errors).sort()).toEqual(['rateGroupId', 'taxIds']);
    const own = await admin.call('POST', '/customers', { body: { ...northwinds, rateGroupId: 2, localizationId: 2, taxIds: [3] } });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ resellerId: 4, rateGroupId: 2, localizationId: 2, taxIds: [3] });
  });

  it('refuses an account number or email another account has, and fields the form would refuse', async () => {
    const taken = await admin.call('POST', '/customers', { body: { ...newCustomer, accountNumber: '7012345678', email: 'ops@example.com' } });
    expect(taken.status).toBe(422);
    expect(taken.body.errors).toEqual({
      accountNumber: ['This account number is taken. Generate a new one.'],
      email: ['Another account already uses this email address. Enter a different one.'],
    });
    const invalid = await admin.call('POST', '/customers', { body: { ...newCustomer, accountNumber: '123', password: 'weak' } });
    expect(invalid.status).toBe(422);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(['accountNumber', 'password']);
  });
});

describe('creating customers at once', () => {
  it('creates every one of twenty sent together, each with its taxes', async () => {
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        admin.call('POST', '/customers', { body: { ...newCustomer, accountNumber: `55599${String(i).padStart(5, '0')}`, email: `together${i}@example.com` } }),
      ),
    );
    expect(answers.map((a) => a.status)).toEqual(answers.map(() => 201));
    const ids = answers.map((a) => a.body.id as number);
    const [taxes] = await astpp.query<RowDataPacket[]>('SELECT accountid, COUNT(*) AS n FROM taxes_to_accounts WHERE accountid IN (?) GROUP BY accountid', [ids]);
    expect(taxes.map((t) => Number(t.n))).toEqual(ids.map(() => 2));
  });
});

describe('generators for the create form', () => {
  it('offers an account number of the configured length that no account has', async () => {
    const { body } = await admin.call('GET', '/generators/account-number');
    expect(body.value).toMatch(/^[1-9]\d{9}$/);
    const [rows] = await astpp.query<RowDataPacket[]>('SELECT id FROM accounts WHERE number = ?', [body.value]);
    expect(rows).toHaveLength(0);
  });

  it('offers a pin of the configured length and a password the rules accept', async () => {
    expect((await admin.call('GET', '/generators/pin')).body.value).toMatch(/^\d{6}$/);
    const password = (await admin.call('GET', '/generators/password')).body.value as string;
    expect(password.length).toBeGreaterThanOrEqual(14);
    expect(password).toMatch(/[A-Z]/);
    expect(password).toMatch(/[a-z]/);
    expect(password).toMatch(/\d/);
  });
});
