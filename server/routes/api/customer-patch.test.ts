import type { FastifyInstance } from 'fastify';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { createPasswordCipher } from '../../astpp/password';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, signedIn, startServer, STOCK_KEY, type Client } from '../../test/server';

let app: FastifyInstance;
let astpp: Connection;
let admin: Client;
let northwind: Client;

beforeAll(async () => {
  app = await startServer();
  astpp = await astppConnection();
});

beforeEach(async () => {
  // Every test edits rows: each starts from the seed, with fresh sessions.
  await loadAstpp(inject('databaseUrl'));
  [admin, northwind] = await Promise.all([signedIn(app, accounts.stockAdmin), signedIn(app, accounts.northwind)]);
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
});

async function accountRow(id: number): Promise<Record<string, unknown>> {
  const [rows] = await astpp.query<RowDataPacket[]>('SELECT * FROM accounts WHERE id = ?', [id]);
  return { ...rows[0] };
}

async function taxRows(id: number) {
  const [rows] = await astpp.query<RowDataPacket[]>('SELECT taxes_id, taxes_priority FROM taxes_to_accounts WHERE accountid = ? ORDER BY taxes_id', [id]);
  return rows.map((r) => ({ ...r }));
}

async function edit(client: Client, id: number, changes: Record<string, unknown>) {
  const read = await client.call('GET', `/customers/${id}`);
  return client.call('PATCH', `/customers/${id}`, { body: changes, headers: { 'if-match': read.headers.etag as string } });
}

describe('saving a customer into ASTPP’s row', () => {
  it('leaves a row ASTPP wrote unchanged, byte for byte, on a PATCH that changes nothing', async () => {
    for (const id of [2, 3, 7, 8, 11]) {
      const before = await accountRow(id);
      const read = await admin.call('GET', `/customers/${id}`);
      const saved = await admin.call('PATCH', `/customers/${id}`, { body: {}, headers: { 'if-match': read.headers.etag as string } });
      expect([id, saved.status]).toEqual([id, 200]);
      expect(saved.body).toEqual(read.body);
      expect(saved.headers.etag).toBe(read.headers.etag);
      expect(await accountRow(id)).toEqual(before);
    }
  });

  it('writes every changed field to its column, in ASTPP’s encodings, and reads it back the same', async () => {
    // The account type changes only once the balance is settled.
    await astpp.execute('UPDATE accounts SET balance = 0 WHERE id = 11');
    const changes = {
      password: 'N3wPassword',
      pin: '654321',
      email: 'pat.pound@example.org',
      validDays: 30,
      expiresAt: '2030-01-31',
      status: 'inactive',
      maxChannels: 9,
      cps: 3,
      localizationId: 1,
      allowLocalCalls: true,
      localCallChargePerMinute: '0.01000',
      allowRecording: true,
      allowIpManagement: true,
      notifications: false,
      paymentGatewayPermission: false,
      firstName: 'Patricia',
      lastName: 'Pound',
      company: 'Sterling & Sons',
      phone: '+44 20 1234 5678',
      notificationEmail: 'billing@sterling.example',
      address1: '1 Mint Street',
      address2: 'Floor 2',
      city: 'Bath',
      province: 'Somerset',
      zipCode: 'BA1 1AA',
      countryId: 'DE',
      timezone: 'Europe/Andorra',
      currency: 'EUR',
      accountType: 'postpaid',
      creditLimit: '99999999999999.99999',
      rateGroupId: 1,
      billingSchedule: 'monthly',
      billingDay: 28,
      taxIds: [2],
      taxNumber: 'GB123',
      generateInvoice: false,
      invoiceNote: 'Thanks',
      reference: 'REF-11',
    };
    const saved = await edit(admin, 11, changes);
    expect(saved.status).toBe(200);
    const { password: _password, ...visible } = changes;
    expect(saved.body).toMatchObject(visible);
    expect((await admin.call('GET', '/customers/11')).body).toEqual(saved.body);

    expect(await accountRow(11)).toMatchObject({
      password: createPasswordCipher(STOCK_KEY).encrypt('N3wPassword'),
      pin: '654321',
      email: 'pat.pound@example.org',
      validfordays: 30,
      expiry: '2030-01-31 00:00:00',
      status: 1,
      maxchannels: 9,
      cps: 3,
      localization_id: 1,
      local_call: 0,
      charge_per_min: '0.01000',
      is_recording: 0,
      allow_ip_management: 0,
      notifications: 1,
      paypal_permission: 1,
      first_name: 'Patricia',
      company_name: 'Sterling & Sons',
      telephone_1: '+44 20 1234 5678',
      postal_code: 'BA1 1AA',
      country_id: 72,
      timezone_id: 1,
      currency_id: 46,
      posttoexternal: 1,
      credit_limit: '99999999999999.99999',
      pricelist_id: 1,
      sweep_id: 2,
      invoice_day: 28,
      tax_number: 'GB123',
      generate_invoice: 1,
      invoice_note: 'Thanks',
      reference: 'REF-11',
      // What the console does not edit stays.
      balance: '0.00000',
      first_used: '0000-00-00 00:00:00',
      creation: '2024-03-01 00:00:00',
    });
    expect(await taxRows(11)).toEqual([{ taxes_id: 2, taxes_priority: 2 }]);
  });

  it('stores a prepaid customer’s credit limit as 0 and a daily one’s billing day as 0, as ASTPP does', async () => {
    await astpp.execute('UPDATE accounts SET balance = 0 WHERE id = 7');
    const saved = await edit(northwind, 7, { accountType: 'prepaid', billingSchedule: 'daily' });
    expect(saved.body).toMatchObject({ accountType: 'prepaid', creditLimit: null, billingSchedule: 'daily', billingDay: null });
    expect(await accountRow(7)).toMatchObject({ posttoexternal: 0, credit_limit: '0.00000', sweep_id: 0, invoice_day: 0 });
  });

  it('keeps the row’s currency id when its code already matches, though GBP is both 17 and 188', async () => {
    await edit(northwind, 7, { currency: 'GBP', firstName: 'Åsa Maria' });
    expect(await accountRow(7)).toMatchObject({ currency_id: 188, first_name: 'Åsa Maria' });
    await edit(admin, 2, { currency: 'GBP' });
    expect(await accountRow(2)).toMatchObject({ currency_id: 17 });
  });

  it('copies each tax’s priority into taxes_to_accounts', async () => {
    await edit(admin, 2, { taxIds: [2, 1] });
    expect(await taxRows(2)).toEqual([
      { taxes_id: 1, taxes_priority: 1 },
      { taxes_id: 2, taxes_priority: 2 },
    ]);
    await edit(admin, 2, { taxIds: [] });
    expect(await taxRows(2)).toEqual([]);
  });
});

describe('concurrency without a version column', () => {
  it('answers 412 when ASTPP’s own pages saved the row after it was read', async () => {
    const read = await admin.call('GET', '/customers/8');
    await astpp.execute("UPDATE accounts SET company_name = 'Edited in ASTPP' WHERE id = 8");
    const saved = await admin.call('PATCH', '/customers/8', { body: { lastName: 'Mine' }, headers: { 'if-match': read.headers.etag as string } });
    expect(saved.status).toBe(412);
    expect(saved.body.title).toBe('Changed by someone else');
    expect(await accountRow(8)).toMatchObject({ company_name: 'Edited in ASTPP', last_name: 'Active' });
  });

  it('saves over calls the switch billed meanwhile', async () => {
    const read = await admin.call('GET', '/customers/8');
    await astpp.execute("UPDATE accounts SET balance = balance - 0.25, first_used = '2025-05-05 05:05:05' WHERE id = 8");
    const saved = await admin.call('PATCH', '/customers/8', { body: { lastName: 'Mine' }, headers: { 'if-match': read.headers.etag as string } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ lastName: 'Mine', balance: '4.75000', firstUsedAt: '2025-05-05T05:05:05Z' });
  });

  it('answers 412 to an If-Match other than the ETag answered: a guessed number, or the ETag unquoted', async () => {
    const before = await accountRow(8);
    const read = await admin.call('GET', '/customers/8');
    for (const guess of ['"1"', '"0"', (read.headers.etag as string).replaceAll('"', '')]) {
      const saved = await admin.call('PATCH', '/customers/8', { body: { lastName: 'Guessed' }, headers: { 'if-match': guess } });
      expect([guess, saved.status]).toEqual([guess, 412]);
    }
    expect(await accountRow(8)).toEqual(before);
  });

  it('answers 428 without If-Match', async () => {
    const saved = await admin.call('PATCH', '/customers/8', { body: { lastName: 'Mine' } });
    expect(saved.status).toBe(428);
  });
});

describe('what a PATCH may not do', () => {
  it('judges only the changed fields: a legacy value nobody sent stays, a bad pin sent is refused', async () => {
    // A value today's rules refuse, as an older install or a hand edit may have left it.
    const { pin } = await accountRow(2);
    await astpp.query("UPDATE accounts SET pin = 'not a pin' WHERE id = 2");
    expect((await edit(admin, 2, { firstName: 'Default' })).status).toBe(200);
    const saved = await edit(admin, 2, { pin: '12345a' });
    expect(saved.status).toBe(422);
    expect(saved.body.errors).toEqual({ pin: ['Use digits only'] });
    expect(await accountRow(2)).toMatchObject({ pin: 'not a pin' });
    await astpp.query('UPDATE accounts SET pin = ? WHERE id = 2', [pin]);
  });

  it('refuses another reseller’s rate group, localization or taxes, and an email another account uses', async () => {
    const saved = await edit(northwind, 7, { rateGroupId: 3, localizationId: 1, taxIds: [1], email: 'contoso@example.com' });
    expect(saved.status).toBe(422);
    expect(Object.keys(saved.body.errors).sort()).toEqual(['email', 'localizationId', 'rateGroupId', 'taxIds']);
  });

  it('refuses an admin a rate group, localization or taxes that are not of the customer’s own reseller', async () => {
    // Customer 7 is Northwind's: the carrier's lists and Contoso's are not its own.
    const foreign = await edit(admin, 7, { rateGroupId: 3, localizationId: 1, taxIds: [1] });
    expect(foreign.status).toBe(422);
    expect(foreign.body.errors).toEqual({
      rateGroupId: ['Choose one of the rate groups of this customer’s reseller'],
      localizationId: ['Choose one of the localizations of this customer’s reseller'],
      taxIds: ['Choose taxes of this customer’s reseller from the list'],
    });
    // The carrier's customer 2 may not have Northwind's rate group either.
    expect((await edit(admin, 2, { rateGroupId: 2 })).body.errors).toEqual({ rateGroupId: ['Choose one of the rate groups of this customer’s reseller'] });
    expect(await accountRow(7)).toMatchObject({ pricelist_id: 2, localization_id: 2 });

    expect((await edit(admin, 7, { localizationId: null, taxIds: [] })).status).toBe(200);
    const own = await edit(admin, 7, { localizationId: 2, taxIds: [3] });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ rateGroupId: 2, localizationId: 2, taxIds: [3] });
  });

  it('refuses another account type while the balance is not 0, saying why, and allows it once it is 0', async () => {
    // Customer 7 is postpaid and has used -12.50 (paid ahead); customer 8 is prepaid with 5.00 left.
    const postpaid = await edit(admin, 7, { accountType: 'prepaid', company: 'Fjord Calls' });
    expect(postpaid.status).toBe(422);
    expect(postpaid.body.errors).toEqual({
      accountType: ['The balance must be settled to 0 before the account type can change. It is -USD\u00a012.50, the money used on this postpaid account.'],
    });
    const prepaid = await edit(admin, 8, { accountType: 'postpaid', creditLimit: '100' });
    expect(prepaid.status).toBe(422);
    expect(prepaid.body.errors).toEqual({
      accountType: ['The balance must be settled to 0 before the account type can change. It is USD\u00a05.00, the money left on this prepaid account.'],
    });
    expect(await accountRow(7)).toMatchObject({ posttoexternal: 1, company_name: 'Fjord Calls AB', balance: '-12.50000' });
    expect(await accountRow(8)).toMatchObject({ posttoexternal: 0, balance: '5.00000' });

    // Sending the type it already has is no change; the rest saves.
    expect((await edit(admin, 7, { accountType: 'postpaid', company: 'Fjord Calls' })).status).toBe(200);

    // The balance ASTPP holds now counts, not the one read before: the switch billed a call meanwhile.
    await astpp.execute('UPDATE accounts SET balance = 0 WHERE id = 8');
    const read = await admin.call('GET', '/customers/8');
    await astpp.execute('UPDATE accounts SET balance = 0.25 WHERE id = 8');
    const billed = await admin.call('PATCH', '/customers/8', { body: { accountType: 'postpaid', creditLimit: '100' }, headers: { 'if-match': read.headers.etag as string } });
    expect(billed.status).toBe(422);
    expect(billed.body.errors).toEqual({
      accountType: ['The balance must be settled to 0 before the account type can change. It is USD\u00a00.25, the money left on this prepaid account.'],
    });

    await astpp.execute('UPDATE accounts SET balance = 0 WHERE id = 8');
    const settled = await edit(admin, 8, { accountType: 'postpaid', creditLimit: '100' });
    expect(settled.status).toBe(200);
    expect(settled.body).toMatchObject({ accountType: 'postpaid', creditLimit: '100.00000', balance: '0.00000' });
    expect(await accountRow(8)).toMatchObject({ posttoexternal: 1, credit_limit: '100.00000' });
  });

  it('never moves a customer to another reseller, and hides other resellers’ customers', async () => {
    const moved = await edit(northwind, 7, { resellerId: 5 });
    expect(moved.status).toBe(422);
    expect(moved.body.errors).toEqual({ resellerId: ['Leave Reseller out: it cannot be changed here'] });
    const other = await northwind.call('PATCH', '/customers/10', { body: { firstName: 'X' }, headers: { 'if-match': '"1"' } });
    expect(other.status).toBe(404);
    expect(await accountRow(7)).toMatchObject({ reseller_id: 4 });
  });

  it('refuses columns this ASTPP database does not have', async () => {
    const saved = await edit(admin, 2, { allowLossLessRouting: true, cliPool: 'reject-did' });
    expect(saved.status).toBe(422);
    expect(saved.body.errors).toEqual({
      allowLossLessRouting: ['Leave Allow Loss Less Routing out: this ASTPP database has no column for it (a stock 6.0 one has none)'],
      cliPool: ['Leave CLI Pool out: this ASTPP database has no column for it (a stock 6.0 one has none)'],
    });
  });
});
