import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import type { SessionStore } from './db';

/**
 * `MOCK_API=true vite preview`: the preview server answers `/api` with the mock backend's
 * handlers, run in Node with the data in memory. The page is the production build (no mock
 * code in it) talking HTTP to a separate process, as it would to a real backend: for the
 * benchmark's "what users get" figures, and for trying the real-backend code paths locally.
 * `MOCK_API_LATENCY_MS` fixes the latency (default: MSW's, a few ms in Node);
 * `POST /__mock-api/reset` puts the data back to the seed. The data set is one for every
 * client; sessions are one per client, by a cookie, as the server keeps them (see
 * `clientSessions`).
 */
export function mockApiServer(): Plugin {
  return {
    name: 'mock-api-server',
    async configurePreviewServer(server) {
      // Loaded through Vite's module runner when the preview server starts, not imported here:
      // the config loader then bundles this file alone, not the mock backend and the parts of
      // src/ it shares (their extensionless TypeScript imports are what Node cannot load).
      const [{ getResponse }, { runnerImport }] = await Promise.all([import('msw'), import('vite')]);
      const { module: mock } = await runnerImport<typeof import('./http-api')>(fileURLToPath(new URL('./http-api.ts', import.meta.url)));
      const latency = process.env.MOCK_API_LATENCY_MS;
      if (latency !== undefined) mock.writeOptions({ latencyMs: Number(latency) });
      // The production build calls its VITE_API_BASE_URL; served from here that is a path.
      const basePath = new URL(process.env.VITE_API_BASE_URL ?? '/api', 'http://localhost').pathname.replace(/\/$/, '');
      const sessions = clientSessions(basePath || '/');
      mock.setSessionStore(sessions.store);
      // Handlers for the origin the requests carry (localhost, 127.0.0.1, a LAN name…).
      const handlersByOrigin = new Map<string, ReturnType<typeof mock.createHandlers>>();
      const handlersFor = (origin: string) => {
        let handlers = handlersByOrigin.get(origin);
        if (!handlers) handlersByOrigin.set(origin, (handlers = mock.createHandlers(`${origin}${basePath}`)));
        return handlers;
      };

      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
        // The data set back to the seed (sessions stay), for a benchmark's next run.
        if (req.method === 'POST' && req.url === '/__mock-api/reset') {
          mock.resetState();
          res.statusCode = 204;
          res.end();
          return;
        }
        const path = (req.url ?? '/').split('?')[0]!;
        if (path !== basePath && !path.startsWith(`${basePath}/`)) return next();
        void (async () => {
          const request = await toRequest(req);
          const { result: response, setCookie } = await sessions.run(req.headers.cookie, () =>
            getResponse(handlersFor(new URL(request.url).origin), request),
          );
          res.statusCode = response?.status ?? 404;
          response?.headers.forEach((value, name) => res.setHeader(name, value));
          if (setCookie) res.setHeader('Set-Cookie', setCookie);
          res.end(response ? Buffer.from(await response.arrayBuffer()) : undefined);
        })().catch(next);
      });
    },
  };
}

/** The session cookie's name, the server's (server/plugins/app/session.ts). */
export const SESSION_COOKIE = 'carrierdesk_session';
/** Sessions kept at most; past it the oldest go (a browser left signed in, long ago). */
const MAX_SESSIONS = 10_000;

/**
 * One session per client, as the server keeps them: sign-in gives the client a cookie
 * holding an opaque random id (HttpOnly, SameSite=Strict, on the API's path) that this
 * process maps to the signed-in user; sign-out forgets the id and clears the cookie. The
 * handlers' `signIn`/`currentUser`/`signOut` (mocks/db.ts) reach the session of the request
 * they answer through `store`, which reads it from the request's async context, so requests
 * of several clients answered at once never see each other's.
 */
export function clientSessions(cookiePath: string) {
  const users = new Map<string, string>();
  const current = new AsyncLocalStorage<{ userId: string | null; changed: boolean }>();
  const store: SessionStore = {
    get: () => current.getStore()?.userId ?? null,
    set(userId) {
      const session = current.getStore();
      if (session) Object.assign(session, { userId, changed: true });
    },
    remove() {
      const session = current.getStore();
      if (session) Object.assign(session, { userId: null, changed: true });
    },
  };
  const cookie = (value: string, extra = '') => `${SESSION_COOKIE}=${value}; Path=${cookiePath}; HttpOnly; SameSite=Strict${extra}`;

  return {
    store,
    /** Runs one request's handling in its client's session; a Set-Cookie when it signed in or out. */
    async run<T>(cookieHeader: string | undefined, handle: () => Promise<T>): Promise<{ result: T; setCookie?: string }> {
      const id = readCookie(cookieHeader, SESSION_COOKIE);
      const session = { userId: (id && users.get(id)) || null, changed: false };
      const result = await current.run(session, handle);
      if (!session.changed) return { result };
      // Signing in again (or as someone else) starts a new session; the old id is never reused.
      if (id) users.delete(id);
      if (session.userId === null) return { result, setCookie: cookie('', '; Max-Age=0') };
      const newId = randomBytes(32).toString('base64url');
      users.set(newId, session.userId);
      if (users.size > MAX_SESSIONS) users.delete(users.keys().next().value!);
      return { result, setCookie: cookie(newId) };
    },
  };
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=') || undefined;
  }
  return undefined;
}

async function toRequest(req: IncomingMessage): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`), {
    method,
    headers,
    body: method === 'GET' || method === 'HEAD' || chunks.length === 0 ? undefined : Buffer.concat(chunks),
  });
}
