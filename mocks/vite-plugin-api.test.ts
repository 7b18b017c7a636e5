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

describe('the mock backend as an HTTP API (npm run preview:api)', () => {
  it('answers the console over HTTP, from sign-in to a saved customer, and resets to the seed', async () => {
    expect((await fetch(`${base}/api/session`)).status).toBe(401);
    const signIn = await fetch(`${base}/api/session`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'admin@example.com', password: 'Admin123!' }),
    });
    expect(signIn.status).toBe(200);

    const customer = await fetch(`${base}/api/customers/1`);
    expect(customer.status).toBe(200);
    const etag = customer.headers.get('ETag')!;
    expect(etag).toBe('"1"');

    const saved = await fetch(`${base}/api/customers/1`, {
      method: 'PATCH',
      headers: { ...json, 'If-Match': etag },
      body: JSON.stringify({ company: 'Over HTTP Ltd' }),
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { company: string }).company).toBe('Over HTTP Ltd');

    expect((await fetch(`${base}/__mock-api/reset`, { method: 'POST' })).status).toBe(204);
    const again = (await (await fetch(`${base}/api/customers/1`)).json()) as { company: string; version: number };
    expect(again.version).toBe(1);
    expect(again.company).not.toBe('Over HTTP Ltd');
  });

  it('leaves everything outside /api to the preview server', async () => {
    const page = await fetch(`${base}/customers/1/profile`);
    expect(page.status).toBe(418);
    expect(await page.text()).toBe('not the API');
  });
});
