import type { IncomingMessage, ServerResponse } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * `MOCK_API=true vite preview`: the preview server answers `/api` with the mock backend's
 * handlers, run in Node with the data in memory. The page is the production build (no mock
 * code in it) talking HTTP to a separate process, as it would to a real backend: for the
 * benchmark's "what users get" figures, and for trying the real-backend code paths locally.
 * `MOCK_API_LATENCY_MS` fixes the latency (default: MSW's, a few ms in Node);
 * `POST /__mock-api/reset` puts the data back to the seed.
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
      // Handlers for the origin the requests carry (localhost, 127.0.0.1, a LAN name…).
      const handlersByOrigin = new Map<string, ReturnType<typeof mock.createHandlers>>();
      const handlersFor = (origin: string) => {
        let handlers = handlersByOrigin.get(origin);
        if (!handlers) handlersByOrigin.set(origin, (handlers = mock.createHandlers(`${origin}${basePath}`)));
        return handlers;
      };

      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
        // The data set back to the seed (the session stays), for a benchmark's next run.
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
          const response = await getResponse(handlersFor(new URL(request.url).origin), request);
          res.statusCode = response?.status ?? 404;
          response?.headers.forEach((value, name) => res.setHeader(name, value));
          res.end(response ? Buffer.from(await response.arrayBuffer()) : undefined);
        })().catch(next);
      });
    },
  };
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
