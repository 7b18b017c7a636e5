import { execFileSync } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, client, signedIn, startServer, STOCK_KEY } from '../../test/server';

let app: FastifyInstance;
let astpp: Connection;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  app = await startServer();
  astpp = await astppConnection();
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
});

describe('signing in as ASTPP does', () => {
  it('signs the stock admin in by account number, with a session cookie the browser keeps to itself', async () => {
    const { status, body, setCookie } = await client(app).call('POST', '/session', { body: accounts.stockAdmin });
    expect(status).toBe(200);
    expect(body).toEqual({ user: { id: 1, name: 'Administrator Admin', email: 'your@email.com', role: 'admin', resellerId: null } });
    expect(setCookie).toMatch(/^carrierdesk_session=[^;]+;/);
    expect(setCookie).toMatch(/; HttpOnly/);
    expect(setCookie).toMatch(/; SameSite=Strict/);
    expect(setCookie).toMatch(/; Path=\/api/);
    expect(setCookie).toMatch(/; Max-Age=43200/);
    // Plain HTTP (a local trial) must keep working: no Secure flag there.
    expect(setCookie).not.toMatch(/; Secure/);
  });

  it('signs a reseller in by email, as a reseller of their own customers', async () => {
    const { status, body } = await client(app).call('POST', '/session', { body: accounts.northwind });
    expect(status).toBe(200);
    expect(body.user).toEqual({ id: 4, name: 'Nora Lind', email: 'northwind@example.com', role: 'reseller', resellerId: 4 });
  });

  it('signs an admin of type 2 in as an admin', async () => {
    const { body } = await client(app).call('POST', '/session', { body: accounts.operator });
    expect(body.user).toMatchObject({ id: 12, role: 'admin', resellerId: null });
  });

  it('signs an admin in by its 10-digit account number as well as by its email, and no other number', async () => {
    // The operator (id 12, type 2) is account 5550000004 in server/db/seed-test.sql.
    for (const email of ['5550000004', accounts.operator.email]) {
      const { status, body } = await client(app).call('POST', '/session', { body: { email, password: accounts.operator.password } });
      expect([email, status]).toEqual([email, 200]);
      expect(body.user).toEqual({ id: 12, name: 'Otto Operator', email: 'ops@example.com', role: 'admin', resellerId: null });
    }
    for (const email of ['555000000', '55500000040', '5550000001']) {
      const { status, body } = await client(app).call('POST', '/session', { body: { email, password: accounts.operator.password } });
      expect([email, status, body.title]).toEqual([email, 401, 'Wrong email, account number or password']);
    }
  });

  it('compares the user name byte for byte, as verify_login does', async () => {
    for (const email of ['ADMIN', 'Northwind@example.com', ' northwind@example.com ']) {
      const password = email.toLowerCase().includes('northwind') ? accounts.northwind.password : 'admin';
      const { status, body } = await client(app).call('POST', '/session', { body: { email, password } });
      // The shared rule trims the field; what remains must match exactly.
      expect([email, status]).toEqual([email, email.trim() === 'northwind@example.com' ? 200 : 401]);
      if (status === 401) expect(body.title).toBe('Wrong email, account number or password');
    }
  });

  it('refuses a wrong password, an inactive account and a deleted one alike', async () => {
    for (const credentials of [
      { email: 'admin', password: 'Admin' },
      accounts.paused,
      { email: 'deleted@example.com', password: accounts.customer.password },
    ]) {
      const { status, body } = await client(app).call('POST', '/session', { body: credentials });
      expect(status).toBe(401);
      expect(body).toEqual({
        type: 'about:blank',
        title: 'Wrong email, account number or password',
        status: 401,
        detail: 'The email, account number or password is not right. Check them and try again.',
      });
    }
  });

  it('refuses sub-admins and customers with a message that says where they sign in', async () => {
    const subAdmin = await client(app).call('POST', '/session', { body: accounts.subAdmin });
    expect(subAdmin.status).toBe(401);
    expect(subAdmin.body.title).toBe('This account cannot sign in here');
    expect(subAdmin.body.detail).toMatch(/Sign in to ASTPP itself/);
    expect(subAdmin.setCookie).toBeUndefined();

    const customer = await client(app).call('POST', '/session', { body: accounts.customer });
    expect(customer.status).toBe(401);
    expect(customer.body.detail).toMatch(/customer portal/);
    expect(customer.setCookie).toBeUndefined();
  });

  it('answers a body that is not credentials with field errors', async () => {
    const { status, body } = await client(app).call('POST', '/session', { body: { email: '', password: '' } });
    expect(status).toBe(422);
    expect(body.errors).toEqual({ email: ['Enter your email or account number'], password: ['Enter your password'] });
  });

  it('accepts a password that an independent Blowfish (OpenSSL, whole 32-byte key) stored', async () => {
    const script =
      "const c = require('crypto').createCipheriv('bf-ecb', Buffer.from(process.argv[1]), null);" +
      "process.stdout.write(Buffer.concat([c.update(process.argv[2], 'utf8'), c.final()]).toString('base64'))";
    const stored = execFileSync(process.execPath, ['--openssl-legacy-provider', '-e', script, STOCK_KEY, 'Fresh+Pass/2024'], { encoding: 'utf8' })
      .replace(/\+/g, '-')
      .replace(/\//g, '$')
      .replace(/=+$/, '');
    await astpp.execute('UPDATE accounts SET password = ? WHERE id = 12', [stored]);
    const { status } = await client(app).call('POST', '/session', { body: { email: 'ops@example.com', password: 'Fresh+Pass/2024' } });
    expect(status).toBe(200);
  });
});

describe('sessions live on the server', () => {
  it('knows who is signed in, and nobody without the cookie', async () => {
    const admin = await signedIn(app, accounts.stockAdmin);
    expect((await admin.call('GET', '/session')).body.user.id).toBe(1);
    const anonymous = await client(app).call('GET', '/session');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ type: 'about:blank', title: 'Not signed in', status: 401, detail: 'Your session has ended. Sign in again to continue.' });
  });

  it('ends for good at sign-out: the old cookie no longer works', async () => {
    const admin = await signedIn(app, accounts.stockAdmin);
    const out = await admin.call('DELETE', '/session');
    expect(out.status).toBe(204);
    expect(out.setCookie).toMatch(/^carrierdesk_session=;/);
    expect((await admin.call('GET', '/session')).status).toBe(401);
  });

  it('ends when ASTPP disables the account, and stays ended once it is enabled again', async () => {
    const reseller = await signedIn(app, accounts.contoso);
    await astpp.execute('UPDATE accounts SET status = 1 WHERE id = 5');
    expect((await reseller.call('GET', '/session')).status).toBe(401);
    await astpp.execute('UPDATE accounts SET status = 0 WHERE id = 5');
    expect((await reseller.call('GET', '/session')).status).toBe(401);
  });

  it('ends when ASTPP changes the password', async () => {
    const reseller = await signedIn(app, accounts.northwind);
    await astpp.execute("UPDATE accounts SET password = CONCAT(password, 'x') WHERE id = 4");
    try {
      expect((await reseller.call('GET', '/session')).status).toBe(401);
    } finally {
      await astpp.execute("UPDATE accounts SET password = 'QGWclaG2dSojgkoWlh5mRw' WHERE id = 4");
    }
  });

  it('refuses a cookie whose signature does not match', async () => {
    const admin = await signedIn(app, accounts.stockAdmin);
    const [name, value] = admin.cookie!.split('=') as [string, string];
    const forged = client(app, `${name}=${decodeURIComponent(value).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`);
    expect((await forged.call('GET', '/session')).status).toBe(401);
  });

  it('marks the cookie Secure behind an HTTPS proxy the server trusts', async () => {
    const behindProxy = await startServer({ TRUST_PROXY: 'true' });
    try {
      const { setCookie } = await client(behindProxy).call('POST', '/session', { body: accounts.stockAdmin, headers: { 'x-forwarded-proto': 'https' } });
      expect(setCookie).toMatch(/; Secure/);
    } finally {
      await behindProxy.close();
    }
  });

  it('slows down password guessing: past the limit, sign-in waits', async () => {
    const guarded = await startServer({ SIGN_IN_ATTEMPTS_PER_MINUTE: '10' });
    // The counters live in the database, shared by every server: start this count afresh.
    await astpp.query('DELETE FROM carrierdesk.rate_limits');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i += 1) {
        const response = await guarded.inject({ method: 'POST', url: '/api/session', payload: { email: 'admin', password: `guess-${i}` } });
        statuses.push(response.statusCode);
        if (i === 10) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(response.json()).toMatchObject({ title: 'Too many attempts', status: 429 });
          expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        }
      }
      expect(statuses).toEqual([...Array(10).fill(401), 429]);
    } finally {
      await guarded.close();
    }
  });
});
