// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mockServer } from './node';
import { mockApiServer } from './vite-plugin-api';

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** The plugin's middleware behind a real HTTP server, as `npm run preview:api` serves it. */
let server: Server;
let base: string;

beforeAll(async () => {
  // The test setup's msw/node would intercept this test's own fetch calls to the server.
  mockServer.close();
  let middleware: Middleware | undefined;
  const plugin = mockApiServer();
  const preview = { middlewares: { use: (fn: Middleware) => (middleware = fn) } } as unknown as PreviewServer;
  await (plugin.configurePreviewServer as (server: PreviewServer) => Promise<void>)(preview);
  server = createServer((req, res) =>
    middleware!(req, res, () => {
      res.statusCode = 418;
      res.end('not the API');
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  mockServer.listen({ onUnhandledRequest: 'error' });
});

const json = { 'Content-Type': 'application/json', Accept: 'application/json' };

/** The `name=value` of the session cookie a response sets, for the next request's Cookie header. */
function sessionCookie(response: Response): string {
  const setCookie = response.headers.get('Set-Cookie');
  if (!setCookie) throw new Error(`No Set-Cookie on ${response.status}`);
  return setCookie.split(';')[0]!;
}

/** One client (a browser): its own cookie, sent with every request. */
function client() {
  let cookie = '';
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}/api${path}`, {
      method,
      headers: { ...json, ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('Set-Cookie');
    if (setCookie) cookie = /Max-Age=0/i.test(setCookie) ? '' : setCookie.split(';')[0]!;
    return response;
  };
  return {
    call,
    signIn: (email: string, password: string) => call('POST', '/session', { email, password }),
    whoAmI: async () => {
      const response = await call('GET', '/session');
      return response.status === 200 ? ((await response.json()) as { user: { email: string } }).user.email : response.status;
    },
  };
}

describe('the mock backend as an HTTP API (npm run preview:api)', () => {
  it('answers the console over HTTP, from sign-in to a saved customer, and resets to the seed', async () => {
    expect((await fetch(`${base}/api/session`)).status).toBe(401);
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@example.com', password: 'Admin123!' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = sessionCookie(signIn);

    const customer = await fetch(`${base}/api/customers/1`, { headers: { cookie } });
    expect(customer.status).toBe(200);
    const etag = customer.headers.get('ETag')!;
    expect(etag).toBe('"1"');

    const saved = await fetch(`${base}/api/customers/1`, {
      method: 'PATCH',
      headers: { ...json, cookie, 'If-Match': etag },
      body: JSON.stringify({ company: 'Over HTTP Ltd' }),
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { company: string }).company).toBe('Over HTTP Ltd');

    expect((await fetch(`${base}/__mock-api/reset`, { method: 'POST' })).status).toBe(204);
    const again = await fetch(`${base}/api/customers/1`, { headers: { cookie } });
    expect(again.headers.get('ETag')).toBe(etag);
    expect(((await again.json()) as { company: string }).company).not.toBe('Over HTTP Ltd');
  });

  it('keeps one session per client: a second browser is neither signed in nor out by the first', async () => {
    const first = client();
    const second = client();

    const signIn = await first.signIn('admin@example.com', 'Admin123!');
    expect(signIn.status).toBe(200);
    const setCookie = signIn.headers.get('Set-Cookie')!;
    expect(setCookie).toMatch(/^carrierdesk_session=[\w-]{43}; /);
    expect(setCookie).toMatch(/; Path=\/api(;|$)/);
    expect(setCookie).toMatch(/; HttpOnly(;|$)/);
    expect(setCookie).toMatch(/; SameSite=Strict(;|$)/);
    expect(await first.whoAmI()).toBe('admin@example.com');
    expect(await second.whoAmI()).toBe(401);
    expect((await second.call('GET', '/customers/1')).status).toBe(401);

    expect((await second.signIn('northwind@example.com', 'Reseller123!')).status).toBe(200);
    expect(await second.whoAmI()).toBe('northwind@example.com');
    expect(await first.whoAmI()).toBe('admin@example.com');

    const signOut = await first.call('DELETE', '/session');
    expect(signOut.status).toBe(204);
    expect(signOut.headers.get('Set-Cookie')).toMatch(/^carrierdesk_session=; .*Max-Age=0/);
    expect(await first.whoAmI()).toBe(401);
    expect(await second.whoAmI()).toBe('northwind@example.com');
  });

  it('forgets a signed-out session: its cookie, replayed, is not signed in', async () => {
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@example.com', password: 'Admin123!' }),
    });
    const cookie = sessionCookie(signIn);
    expect((await fetch(`${base}/api/session`, { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    expect((await fetch(`${base}/api/session`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${base}/api/session`, { headers: { cookie: 'carrierdesk_session=made-up' } })).status).toBe(401);
  });

  it('signing in again starts a new session and ends the old one', async () => {
    const body = JSON.stringify({ email: 'admin@example.com', password: 'Admin123!' });
    const old = sessionCookie(await fetch(`${base}/api/session`, { method: 'POST', headers: json, body }));
    const renewed = sessionCookie(await fetch(`${base}/api/session`, { method: 'POST', headers: { ...json, cookie: old }, body }));
    expect(renewed).not.toBe(old);
    expect((await fetch(`${base}/api/session`, { headers: { cookie: old } })).status).toBe(401);
    expect((await fetch(`${base}/api/session`, { headers: { cookie: renewed } })).status).toBe(200);
  });

  it('leaves everything outside /api to the preview server', async () => {
    const page = await fetch(`${base}/customers/1/profile`);
    expect(page.status).toBe(418);
    expect(await page.text()).toBe('not the API');
  });
});
