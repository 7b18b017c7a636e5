import type { IncomingMessage, ServerResponse } from 'node:http';
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
      const [{ getResponse }, { handlers }, { resetState, writeOptions }] = await Promise.all([
        import('msw'),
        import('./handlers'),
        import('./db'),
      ]);
      const latency = process.env.MOCK_API_LATENCY_MS;
      if (latency !== undefined) writeOptions({ latencyMs: Number(latency) });

      server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
        // The data set back to the seed (the session stays), for a benchmark's next run.
        if (req.method === 'POST' && req.url === '/__mock-api/reset') {
          resetState();
          res.statusCode = 204;
          res.end();
          return;
        }
        if (!/^\/api(\/|\?|$)/.test(req.url ?? '')) return next();
        void (async () => {
          const response = await getResponse(handlers, await toRequest(req));
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
