import type { Connection } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectCleanLogs } from './test/logs';
import { loadAstpp } from './test/mariadb';
import { startServerProcess, type ServerProcess } from './test/process';
import { accounts, astppConnection } from './test/server';

/**
 * `npm run server` twice, as two processes behind a balancer would run it: one database,
 * nothing kept in a process. A session, the sign-in limits and a conflict hold across them;
 * SIGTERM lets the requests in flight finish before the process exits.
 */

let a: ServerProcess;
let b: ServerProcess;
let astpp: Connection;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  astpp = await astppConnection();
  await astpp.query('DELETE FROM carrierdesk.rate_limits');
  const limits = { SIGN_IN_ATTEMPTS_PER_MINUTE: '6', SIGN_IN_ATTEMPTS_PER_ACCOUNT_PER_MINUTE: '3' };
  [a, b] = await Promise.all([startServerProcess(limits), startServerProcess(limits)]);
});

afterAll(async () => {
  await astpp?.end();
  await Promise.all([a?.stop(), b?.stop()]);
});

async function call(server: ServerProcess, method: string, path: string, { cookie, body, headers = {} }: { cookie?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const response = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { ...(cookie ? { cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

async function signIn(server: ServerProcess, credentials: { email: string; password: string }) {
  const response = await fetch(`${server.url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

describe('two server processes on one database', () => {
  it('share a session: signed in on one, known on the other, signed out on the other, over on both', async () => {
    const cookie = await signIn(a, accounts.northwind);
    expect((await call(b, 'GET', '/session', { cookie })).body.user.email).toBe('northwind@example.com');
    expect((await call(b, 'GET', '/customers', { cookie })).body.total).toBe(1);
    expect((await call(b, 'DELETE', '/session', { cookie })).status).toBe(204);
    expect((await call(a, 'GET', '/session', { cookie })).status).toBe(401);
  });

  it('share the sign-in limits: per account, then per address, counted across both, with Retry-After', async () => {
    await astpp.query('DELETE FROM carrierdesk.rate_limits');
    const guess = (server: ServerProcess, email: string, n: number) => call(server, 'POST', '/session', { body: { email, password: `guess-${n}` } });
    // Three tries at one account, on alternate servers; the fourth is refused wherever it lands.
    expect([(await guess(a, 'contoso@example.com', 1)).status, (await guess(b, 'contoso@example.com', 2)).status, (await guess(a, 'contoso@example.com', 3)).status]).toEqual([401, 401, 401]);
    const refused = await guess(b, 'contoso@example.com', 4);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ title: 'Too many attempts', status: 429 });
    // The right password does not get through either while the account is limited.
    expect((await call(a, 'POST', '/session', { body: accounts.contoso })).status).toBe(429);
    // Other accounts from the same address: six attempts in all from it, then it is refused too.
    expect((await guess(b, 'admin', 6)).status).toBe(401);
    expect((await guess(a, 'ops@example.com', 7)).status).toBe(429);
  });

  it('share a conflict: a save on one makes the other answer 412 to an edit of the old version', async () => {
    await astpp.query('DELETE FROM carrierdesk.rate_limits');
    const [onA, onB] = [await signIn(a, accounts.stockAdmin), await signIn(b, accounts.stockAdmin)];
    const read = await call(a, 'GET', '/customers/11', { cookie: onA });
    const etag = read.headers.get('etag')!;
    expect((await call(b, 'PATCH', '/customers/11', { cookie: onB, body: { firstName: 'Bea' }, headers: { 'if-match': etag } })).status).toBe(200);
    const stale = await call(a, 'PATCH', '/customers/11', { cookie: onA, body: { firstName: 'Alf' }, headers: { 'if-match': etag } });
    expect(stale.status).toBe(412);
    expect((await call(a, 'GET', '/customers/11', { cookie: onA })).body.firstName).toBe('Bea');
  });
});

describe('SIGTERM while requests are in flight', () => {
  it('finishes them, refuses new ones, then exits; the other process serves on', async () => {
    await astpp.query('DELETE FROM carrierdesk.rate_limits');
    const cookie = await signIn(a, accounts.stockAdmin);
    const read = await call(a, 'GET', '/customers/2', { cookie });
    // ASTPP's own page holds the row: the save below is in flight when the signal comes.
    await astpp.query('START TRANSACTION');
    await astpp.query('SELECT id FROM accounts WHERE id = 2 FOR UPDATE');
    const inFlight = call(a, 'PATCH', '/customers/2', { cookie, body: { firstName: 'Finished' }, headers: { 'if-match': read.headers.get('etag')! } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    a.child.kill('SIGTERM');
    await expect.poll(() => a.logs.some((line) => line.includes('shutting down'))).toBe(true);
    // A new request is not taken: the port is closed (or, on a kept-alive connection, 503).
    const late = await fetch(`${a.url}/health`).then((r) => r.status, () => 'refused');
    expect([503, 'refused']).toContain(late);
    expect(a.child.exitCode).toBeNull();

    await astpp.query('COMMIT');
    const saved = await inFlight;
    expect(saved.status).toBe(200);
    expect(saved.body.firstName).toBe('Finished');
    expect(await a.exited).toBe(0);
    expect((await call(b, 'GET', '/customers/2', { cookie: await signIn(b, accounts.stockAdmin) })).body.firstName).toBe('Finished');
  });

  it('logged nothing secret on either process', () => {
    expect(a.logs.some((line) => line.includes('"msg":"stopped"'))).toBe(true);
    expectCleanLogs([...a.logs, ...b.logs]);
  });
});
