import type { FastifyInstance } from 'fastify';
import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, client, signedIn, startServer, type Client } from '../../test/server';

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

describe("settings from ASTPP's system table", () => {
  it('reads the stock global configuration, with its 0 = Yes encoding', async () => {
    const { status, body } = await admin.call('GET', '/settings');
    expect(status).toBe(200);
    // Stock account_number_editable is 1, which ASTPP means as No.
    expect(body).toEqual({
      accountNumberLength: 10,
      pinLength: 6,
      accountNumberEditable: false,
      baseCurrency: 'USD',
      passwordMinLength: 8,
      // The signup rows a new customer starts from: local_call, notifications, paypal_permission
      // and generate_invoice 0 (Yes), is_recording and allow_ip_management 1 (No); country 88
      // and timezone 49 are ids.
      newCustomer: {
        validDays: 3650,
        maxChannels: 0,
        cps: 0,
        localCallChargePerMinute: '0.00000',
        allowLocalCalls: true,
        allowRecording: false,
        allowIpManagement: false,
        notifications: true,
        paymentGatewayPermission: true,
        generateInvoice: true,
        countryId: 'IN',
        timezone: 'Asia/Kolkata',
        rateGroupId: null,
      },
      // A stock 6.0 database has no column for them.
      optionalFields: { allowLossLessRouting: false, nonCliRateGroupId: false, cliPool: false },
    });
  });

  it("gives a new customer the operator's own defaults", async () => {
    await astpp.execute("UPDATE `system` SET value = '30' WHERE name = 'validfordays' AND reseller_id = 0");
    await astpp.execute("UPDATE `system` SET value = '0' WHERE name = 'is_recording' AND reseller_id = 0");
    try {
      expect((await admin.call('GET', '/settings')).body.newCustomer).toMatchObject({ validDays: 30, allowRecording: true });
    } finally {
      await astpp.execute("UPDATE `system` SET value = '3650' WHERE name = 'validfordays' AND reseller_id = 0");
      await astpp.execute("UPDATE `system` SET value = '1' WHERE name = 'is_recording' AND reseller_id = 0");
    }
  });

  it("follows the operator's changes in ASTPP, and a reseller's own rows", async () => {
    await astpp.execute("UPDATE `system` SET value = '0' WHERE name = 'account_number_editable' AND reseller_id = 0");
    await astpp.execute(
      "INSERT INTO `system` (name, display_name, value, field_type, reseller_id, group_title, sub_group) VALUES ('pin_length', 'Pin Length', '8', 'default_system_input', 4, 'signup', '')",
    );
    try {
      expect((await admin.call('GET', '/settings')).body).toMatchObject({ accountNumberEditable: true, pinLength: 6 });
      expect((await northwind.call('GET', '/settings')).body).toMatchObject({ accountNumberEditable: true, pinLength: 8 });
    } finally {
      await astpp.execute("UPDATE `system` SET value = '1' WHERE name = 'account_number_editable' AND reseller_id = 0");
      await astpp.execute("DELETE FROM `system` WHERE name = 'pin_length' AND reseller_id = 4");
    }
  });

  it('says so in the log, not to the browser, when a setting is out of range', async () => {
    await astpp.execute("UPDATE `system` SET value = '99' WHERE name = 'card_length' AND reseller_id = 0");
    try {
      const { status, body } = await admin.call('GET', '/settings');
      expect(status).toBe(500);
      expect(body.title).toBe('Server error');
      expect(JSON.stringify(body)).not.toMatch(/card_length|system/);
    } finally {
      await astpp.execute("UPDATE `system` SET value = '10' WHERE name = 'card_length' AND reseller_id = 0");
    }
  });
});

describe('reference lists, scoped to the caller', () => {
  it('offers an admin every reseller, and a reseller only itself', async () => {
    expect((await admin.call('GET', '/resellers')).body).toEqual([
      { id: 5, name: 'Contoso Voice' },
      { id: 4, name: 'Northwind Telecom' },
      { id: 13, name: 'Paused Reseller' },
    ]);
    expect((await northwind.call('GET', '/resellers')).body).toEqual([{ id: 4, name: 'Northwind Telecom' }]);
  });

  it("offers the active rate groups of the reseller asked for: the carrier's when none is; a reseller gets its own", async () => {
    const carriers = [{ id: 1, name: 'default', resellerId: null }];
    const northwinds = [{ id: 2, name: 'Northwind retail', resellerId: 4 }];
    expect((await admin.call('GET', '/rate-groups')).body).toEqual(carriers);
    expect((await admin.call('GET', '/rate-groups?resellerId=')).body).toEqual(carriers);
    expect((await admin.call('GET', '/rate-groups?resellerId=0')).body).toEqual(carriers);
    // Northwind's paused rate group (status 1) is not offered.
    expect((await admin.call('GET', '/rate-groups?resellerId=4')).body).toEqual(northwinds);
    expect((await admin.call('GET', '/rate-groups?resellerId=5')).body).toEqual([{ id: 3, name: 'Contoso retail', resellerId: 5 }]);
    expect((await northwind.call('GET', '/rate-groups')).body).toEqual(northwinds);
    // A reseller cannot look at another reseller's, nor the carrier's, by asking: it gets its own.
    expect((await northwind.call('GET', '/rate-groups?resellerId=5')).body).toEqual(northwinds);
    expect((await northwind.call('GET', '/rate-groups?resellerId=0')).body).toEqual(northwinds);
  });

  it('offers localizations and taxes the same way', async () => {
    expect((await admin.call('GET', '/localizations')).body).toEqual([{ id: 1, name: 'Carrier default', resellerId: null }]);
    expect((await admin.call('GET', '/localizations?resellerId=4')).body).toEqual([{ id: 2, name: 'Northwind local', resellerId: 4 }]);
    expect((await northwind.call('GET', '/localizations?resellerId=5')).body).toEqual([{ id: 2, name: 'Northwind local', resellerId: 4 }]);
    // The retired tax (status 1) is not offered.
    expect((await admin.call('GET', '/taxes')).body).toEqual([
      { id: 1, name: 'VAT 20%', rate: '20.00000' },
      { id: 2, name: 'Service fee', rate: '1.50000' },
    ]);
    expect((await admin.call('GET', '/taxes?resellerId=4')).body).toEqual([{ id: 3, name: 'Northwind VAT', rate: '25.00000' }]);
    expect((await northwind.call('GET', '/taxes')).body).toEqual([{ id: 3, name: 'Northwind VAT', rate: '25.00000' }]);
  });

  it('answers 400 to a resellerId that is not an id', async () => {
    for (const query of ['?resellerId=abc', '?resellerId=-4', '?resellerId=4.5']) {
      const { status, body } = await admin.call('GET', `/rate-groups${query}`);
      expect([query, status, body.detail]).toEqual([query, 400, 'resellerId must be a reseller id, or 0 for the carrier.']);
    }
  });

  it('lists countries by ISO code, skipping codes that are not two letters', async () => {
    const { body } = await admin.call('GET', '/countries');
    expect(body.map((c: { id: string }) => c.id)).toEqual(['DE', 'HK', 'IN', 'GB', 'US']);
    expect(body[3]).toEqual({ id: 'GB', name: 'United Kingdom' });
  });

  it("lists time zones by IANA name with today's offset", async () => {
    const { body } = await admin.call('GET', '/timezones');
    expect(body.find((t: { id: string }) => t.id === 'Asia/Kolkata')).toEqual({ id: 'Asia/Kolkata', name: '(UTC+05:30) Asia/Kolkata', utcOffset: 'UTC+05:30' });
    expect(body).toHaveLength(5);
  });

  it('lists each currency code once, though ASTPP repeats GBP and KRW', async () => {
    const { body } = await admin.call('GET', '/currencies');
    expect(body.map((c: { id: string }) => c.id)).toEqual(['EUR', 'GBP', 'INR', 'JPY', 'KRW', 'USD']);
    expect(body.find((c: { id: string }) => c.id === 'GBP')).toEqual({ id: 'GBP', name: 'British Pound', digits: 2 });
    expect(body.find((c: { id: string }) => c.id === 'JPY')).toMatchObject({ digits: 0 });
  });

  it('needs a session for every list', async () => {
    for (const path of ['/settings', '/resellers', '/rate-groups', '/localizations', '/taxes', '/countries', '/timezones', '/currencies']) {
      expect([path, (await client(app).call('GET', path)).status]).toEqual([path, 401]);
    }
  });
});
