import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { writableNames } from '../src/features/customers/customer-schema';
import { captureLogs, expectCleanLogs } from './test/logs';
import { loadAstpp } from './test/mariadb';
import { accounts, astppConnection, client, signedIn, startServer, type Client } from './test/server';

/**
 * What someone who should not get in, or should not get further, tries: SQL through every
 * input, forged and stale cookies, writes from another site, another reseller's ids, bodies
 * built to hurt. Each is refused, and nothing of the server's insides reaches an answer or
 * a log line.
 */

let app: FastifyInstance;
let astpp: Connection;
let admin: Client;
let northwind: Client;
const logs = captureLogs();

beforeAll(async () => {
  app = await startServer({ LOG_LEVEL: 'info' }, { logStream: logs.stream });
  astpp = await astppConnection();
});

beforeEach(async () => {
  await loadAstpp(inject('databaseUrl'));
  [admin, northwind] = await Promise.all([signedIn(app, accounts.stockAdmin), signedIn(app, accounts.northwind)]);
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
});

/** Every row of ASTPP's tables the console touches, to show an attack changed none of them. */
async function snapshot(exceptAccount?: number) {
  const [rows] = await astpp.query<RowDataPacket[]>('SELECT * FROM accounts WHERE id <> ? ORDER BY id', [exceptAccount ?? 0]);
  const [taxes] = await astpp.query<RowDataPacket[]>('SELECT * FROM taxes_to_accounts ORDER BY id');
  const [tables] = await astpp.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM information_schema.TABLES WHERE TABLE_SCHEMA = 'astpp'");
  return JSON.stringify([rows, taxes, tables]);
}

const injections = [
  "' OR '1'='1",
  "x' UNION SELECT password, number, email, 1, 1, 1, 1, 1, 1, 1, 1 FROM accounts -- ",
  "'; UPDATE accounts SET balance = 0; -- ",
  "\\' OR SLEEP(2) OR \\'",
  '" OR ""="',
  '%',
  '_',
  'name; DROP TABLE accounts',
];

describe('SQL injection', () => {
  it('through search, sort and each filter: nothing runs, nothing leaks, nothing waits', async () => {
    const before = await snapshot();
    const everyone = (await admin.call('GET', '/customers?pageSize=100')).body.total as number;
    for (const payload of injections) {
      const value = encodeURIComponent(payload);
      const started = Date.now();
      const search = await admin.call('GET', `/customers?q=${value}`);
      expect([payload, search.status]).toEqual([payload, 200]);
      // Taken as text to find: no customer's name, number, email or company contains it.
      expect([payload, search.body.total]).toEqual([payload, 0]);
      for (const parameter of ['sort', 'status', 'accountType', 'page', 'pageSize']) {
        const listed = await admin.call('GET', `/customers?${parameter}=${value}`);
        expect([parameter, payload, listed.status]).toEqual([parameter, payload, 200]);
        expect(listed.body.total).toBe(everyone);
      }
      expect(Date.now() - started).toBeLessThan(1500);
    }
    // A reseller's search stays in the reseller's customers whatever it says.
    expect((await northwind.call('GET', `/customers?q=${encodeURIComponent("' OR reseller_id <> 4 OR '")}`)).body.total).toBe(0);
    expect(await snapshot()).toBe(before);
  });

  it('through every field of a save: text is stored as typed, anything else is refused, no other row changes', async () => {
    const payload = "O'Brien\"); UPDATE accounts SET balance = 0; -- \\ %_";
    const applies: Record<string, object> = { creditLimit: { accountType: 'postpaid' }, billingDay: { billingSchedule: 'monthly' } };
    const before = await snapshot(11);
    for (const name of writableNames('edit')) {
      const read = await admin.call('GET', '/customers/11');
      // (Customer 11 is prepaid and billed daily: a credit limit and a billing day are judged only where they apply.)
      const body = { ...applies[name], [name]: payload };
      const saved = await admin.call('PATCH', '/customers/11', { body, headers: { 'if-match': read.headers.etag as string } });
      expect([name, [200, 422]]).toEqual([name, expect.arrayContaining([saved.status])]);
      if (saved.status === 200 && name !== 'password') {
        expect([name, (await admin.call('GET', '/customers/11')).body[name]]).toEqual([name, payload]);
      }
    }
    expect(await snapshot(11)).toBe(before);
  });

  it('through sign-in: the user name and password are values, never SQL', async () => {
    for (const email of ["admin' -- ", "' OR '1'='1' -- ", 'admin\\']) {
      const answer = await client(app).call('POST', '/session', { body: { email, password: "' OR '1'='1" } });
      expect([email, answer.status]).toEqual([email, 401]);
    }
  });
});

describe('session cookies', () => {
  const sign = (token: string, secret: string) => `${token}.${createHmac('sha256', secret).update(token).digest('base64').replace(/=+$/, '')}`;

  it('refuses a cookie signed with another secret, a made-up token, a tampered one and an expired one', async () => {
    const madeUp = randomBytes(32).toString('base64url');
    const [, value] = northwind.cookie!.split('=') as [string, string];
    const [token, signature] = decodeURIComponent(value).split('.') as [string, string];
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}.${signature}`;
    for (const cookie of [
      sign(madeUp, 'some other secret that is long enough to sign'),
      sign(madeUp, 'a test secret that is long enough to sign cookies'), // signed right, but no such session
      tampered,
      token, // unsigned
    ]) {
      const answer = await client(app, `carrierdesk_session=${encodeURIComponent(cookie)}`).call('GET', '/customers');
      expect(answer.status).toBe(401);
    }
    expect((await northwind.call('GET', '/session')).status).toBe(200);

    await astpp.query('UPDATE carrierdesk.sessions SET expires_at = UTC_TIMESTAMP() - INTERVAL 1 SECOND');
    expect((await northwind.call('GET', '/customers')).status).toBe(401);
  });

  it('keeps only a hash of each token in the database', async () => {
    const [, value] = admin.cookie!.split('=') as [string, string];
    const token = decodeURIComponent(value).split('.')[0]!;
    const [rows] = await astpp.query<RowDataPacket[]>('SELECT id FROM carrierdesk.sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.id === token)).toBe(false);
  });
});

describe('cross-site writes', () => {
  it('refuses a POST, PATCH or DELETE from another site, before it does anything', async () => {
    const before = await snapshot();
    const read = await admin.call('GET', '/customers/11');
    const attempts = [
      { method: 'PATCH' as const, url: '/api/customers/11', headers: { origin: 'https://evil.example', 'if-match': read.headers.etag as string } },
      { method: 'PATCH' as const, url: '/api/customers/11', headers: { 'sec-fetch-site': 'cross-site', 'if-match': read.headers.etag as string } },
      { method: 'POST' as const, url: '/api/customers', headers: { origin: 'null' } },
      { method: 'DELETE' as const, url: '/api/session', headers: { origin: 'http://localhost.evil.example' } },
    ];
    for (const attempt of attempts) {
      const answer = await app.inject({
        method: attempt.method,
        url: attempt.url,
        headers: { cookie: admin.cookie!, 'content-type': 'application/json', ...attempt.headers },
        payload: attempt.method === 'DELETE' ? undefined : JSON.stringify({ firstName: 'Evil' }),
      });
      expect([attempt, answer.statusCode]).toEqual([attempt, 403]);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect(await snapshot()).toBe(before);
    expect((await admin.call('GET', '/session')).status).toBe(200);
  });

  it("lets the console's own pages write", async () => {
    const read = await admin.call('GET', '/customers/11');
    const own = await admin.call('PATCH', '/customers/11', {
      body: { firstName: 'Own' },
      headers: { origin: 'http://localhost', 'sec-fetch-site': 'same-origin', 'if-match': read.headers.etag as string },
    });
    expect(own.status).toBe(200);
  });
});

describe('a reseller probing other resellers', () => {
  it("gets another reseller's customer exactly as a missing one, for reading and for saving", async () => {
    const missing = await northwind.call('GET', '/customers/999999');
    const theirs = await northwind.call('GET', '/customers/10');
    expect(theirs.status).toBe(404);
    expect(theirs.body).toEqual(missing.body);
    const etag = (await admin.call('GET', '/customers/10')).headers.etag as string;
    const save = await northwind.call('PATCH', '/customers/10', { body: { firstName: 'Mine' }, headers: { 'if-match': etag } });
    expect(save.status).toBe(404);
    expect(save.body).toEqual(missing.body);
  });

  it("cannot give its customer another reseller's rate group, taxes or localization, nor move it", async () => {
    const before = await snapshot();
    for (const change of [{ rateGroupId: 3 }, { taxIds: [1] }, { localizationId: 3 }, { resellerId: 5 }]) {
      const etag = (await northwind.call('GET', '/customers/7')).headers.etag as string;
      const saved = await northwind.call('PATCH', '/customers/7', { body: change, headers: { 'if-match': etag } });
      expect([change, saved.status]).toEqual([change, 422]);
    }
    expect(await snapshot()).toBe(before);
  });

  it("creates its customers as its own whatever resellerId the body says, and lists only its own reference data", async () => {
    const rateGroups = await northwind.call('GET', '/rate-groups?resellerId=5');
    expect(rateGroups.body.every((g: { resellerId: number }) => g.resellerId === 4)).toBe(true);
    const taxes = await northwind.call('GET', '/taxes?resellerId=0');
    expect(taxes.body.map((t: { id: number }) => t.id)).toEqual([3]);
    const created = await northwind.call('POST', '/customers', {
      body: {
        resellerId: 5, accountNumber: '5559876543', password: 'Str0ngPass!', pin: '123456', email: 'probe@example.com', validDays: 3650,
        expiresAt: '2035-12-31', status: 'active', maxChannels: 1, cps: 0, localizationId: null, allowLocalCalls: true,
        localCallChargePerMinute: '0', allowRecording: false, allowIpManagement: false, notifications: true,
        paymentGatewayPermission: true, firstName: 'Probe', lastName: 'Probe', company: '', phone: '', notificationEmail: '', address1: '',
        address2: '', city: '', province: '', zipCode: '', countryId: 'US', timezone: 'America/Chicago', currency: 'USD', accountType: 'prepaid',
        creditLimit: null, rateGroupId: 2, billingSchedule: 'daily', billingDay: null,
        taxIds: [3], taxNumber: '', generateInvoice: true, invoiceNote: '', reference: '',
      },
    });
    expect(created.status).toBe(201);
    const [rows] = await astpp.query<RowDataPacket[]>("SELECT reseller_id FROM accounts WHERE number = '5559876543'");
    expect(rows[0]!.reseller_id).toBe(4);
  });
});

describe('bodies built to hurt', () => {
  it('refuses an oversized body with 413 before reading it all', async () => {
    const answer = await app.inject({
      method: 'PATCH',
      url: '/api/customers/11',
      headers: { cookie: admin.cookie!, 'content-type': 'application/json', 'if-match': '"1"' },
      payload: JSON.stringify({ invoiceNote: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(answer.statusCode).toBe(413);
    expect(answer.json()).toMatchObject({ title: 'Request too large', status: 413 });
  });

  it('refuses deeply nested JSON with a clear message, and keeps serving', async () => {
    for (const body of ['{"taxIds":' + '['.repeat(20_000) + ']'.repeat(20_000) + '}', '{"a":'.repeat(9) + '1' + '}'.repeat(9)]) {
      const answer = await app.inject({
        method: 'POST',
        url: '/api/customers',
        headers: { cookie: admin.cookie!, 'content-type': 'application/json' },
        payload: body,
      });
      expect(answer.statusCode).toBe(422);
      expect(answer.json().detail).toBe('The body nests deeper than any form of this console sends.');
    }
    expect((await admin.call('GET', '/customers')).status).toBe(200);
  });

  it('refuses a prototype-poisoning body', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { 'content-type': 'application/json' },
      payload: '{"email":"admin","password":"admin","__proto__":{"role":"admin"}}',
    });
    expect(answer.statusCode).toBe(422);
  });
});

describe('headers', () => {
  it("sends helmet's protections on every answer, no-store on the API's, and nothing that names the stack", async () => {
    for (const url of ['/api/customers', '/api/session', '/health', '/nothing-here']) {
      const answer = await app.inject({ method: 'GET', url, headers: { cookie: admin.cookie! } });
      expect([url, answer.headers]).toEqual([
        url,
        expect.objectContaining({
          'x-content-type-options': 'nosniff',
          'x-frame-options': 'SAMEORIGIN',
          'strict-transport-security': expect.stringMatching(/max-age=\d+/),
          'referrer-policy': 'no-referrer',
          'cross-origin-opener-policy': 'same-origin',
          'cross-origin-resource-policy': 'same-origin',
          'x-dns-prefetch-control': 'off',
          'x-permitted-cross-domain-policies': 'none',
          'origin-agent-cluster': '?1',
        }),
      ]);
      expect(answer.headers['x-powered-by']).toBeUndefined();
      expect(answer.headers.server).toBeUndefined();
    }
    expect((await app.inject({ method: 'GET', url: '/api/customers', headers: { cookie: admin.cookie! } })).headers['cache-control']).toBe('no-store');
  });
});

describe('answers and logs', () => {
  it('never carry a stack trace, SQL or a password, even when the database fails', async () => {
    // A failure inside a route: the settings row the console needs, gone.
    await astpp.query("UPDATE system SET value = 'x' WHERE name = 'card_length'");
    const failed = await admin.call('GET', '/generators/account-number');
    expect(failed.status).toBe(500);
    expect(JSON.stringify(failed.body)).not.toMatch(/select|card_length|system|at \S+:\d+/i);
    // A failure of the database itself, with SQL in the driver's error.
    await astpp.query('RENAME TABLE taxes TO taxes_away');
    try {
      const broken = await admin.call('GET', '/taxes');
      expect(broken.status).toBe(500);
      expect(JSON.stringify(broken.body)).not.toMatch(/select|taxes_away|ER_|at \S+:\d+/i);
    } finally {
      await astpp.query('RENAME TABLE taxes_away TO taxes');
    }
    const tokens = [admin.cookie!, northwind.cookie!].map((c) => decodeURIComponent(c.split('=')[1]!).split('.')[0]!);
    expect(logs.lines.some((line) => line.includes('"level":50'))).toBe(true);
    expectCleanLogs(logs.lines, tokens);
  });
});
