import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import type { ServerConfig } from './config';
import { safeError } from './errors';
import problems, { sendProblem } from './plugins/app/problems';
import sameOrigin from './plugins/app/same-origin';
import session from './plugins/app/session';
import config from './plugins/external/config';
import cookie from './plugins/external/cookie';
import db from './plugins/external/db';
import helmet from './plugins/external/helmet';
import rateLimit from './plugins/external/rate-limit';
import consoleBuild from './plugins/external/static';
import customerRoutes from './routes/api/customers';
import referenceRoutes from './routes/api/reference';
import sessionRoutes from './routes/api/session';
import settingsRoutes from './routes/api/settings';
import healthRoutes from './routes/health';

/** The largest body the console sends is a whole customer, a few kB. */
const BODY_LIMIT = 64 * 1024;
/** The contract's bodies nest two levels (a customer, its tax ids); a little room, no more. */
const MAX_JSON_DEPTH = 8;

/** How deep a JSON text nests, read without parsing it (strings skipped), stopping past `limit`. */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 125 || c === 93) depth -= 1;
  }
  return false;
}

export interface AppOptions {
  /** Where log lines go (tests read them); stdout otherwise. */
  logStream?: DestinationStream;
}

/** The whole server: external plugins, app plugins, then the contract's routes under /api. */
export async function buildApp(serverConfig: ServerConfig, { logStream }: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: serverConfig.LOG_LEVEL,
      // Never log what could be a secret: cookies, the credentials in a sign-in body.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      // Errors by kind and code: no stack trace, no SQL, no value from a row.
      // (Fastify's type wants `message` and `stack` in every serialized error; leaving them out is the point.)
      // Requests by path only: what an operator searched for (names, emails) stays out of the log.
      serializers: {
        err: safeError as never,
        req: (request: { method: string; url: string; ip?: string }) => ({ method: request.method, path: request.url.split('?')[0], remoteAddress: request.ip }),
      },
      ...(logStream ? { stream: logStream } : {}),
    },
    trustProxy: serverConfig.TRUST_PROXY,
    bodyLimit: BODY_LIMIT,
    // In-flight requests finish on close; new ones get 503 (Fastify's default, said here on purpose).
    return503OnClosing: true,
  });

  // On close, a kept-alive connection (a balancer's, a browser's) would hold the server open
  // until it idles out: each answer sent while closing says Connection: close, so the server
  // exits as soon as the requests in flight are answered.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('Connection', 'close');
  });

  await app.register(config, { config: serverConfig });
  await app.register(helmet);
  await app.register(cookie);
  await app.register(db);
  await app.register(problems);
  await app.register(rateLimit);
  await app.register(session);
  await app.register(sameOrigin);

  // Fastify's own JSON parser (prototype poisoning refused), behind a nesting check: a
  // 60 kB body of brackets would otherwise become a structure that overflows the stack of
  // whatever walks it next.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) {
      const error = Object.assign(new Error('The body nests deeper than any form of this console sends.'), { statusCode: 422, code: 'CD_JSON_TOO_DEEP' });
      done(error, undefined);
      return;
    }
    parseJson(request, body as string, done);
  });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      // Customer data is nobody's cache's business: not the browser's, not a proxy's.
      api.addHook('onSend', async (_request, reply) => {
        reply.header('Cache-Control', 'no-store');
      });
      await api.register(sessionRoutes);
      await api.register(settingsRoutes);
      await api.register(referenceRoutes);
      await api.register(customerRoutes);
      api.setNotFoundHandler((request, reply) =>
        reply.problem(404, 'Not found', `There is no ${request.url.split('?')[0]} in this API.`),
      );
    },
    { prefix: '/api' },
  );

  await app.register(consoleBuild);
  app.setNotFoundHandler((request, reply) => {
    if (app.consoleBuild && (request.method === 'GET' || request.method === 'HEAD') && request.headers.accept?.includes('text/html')) {
      return reply.sendFile('index.html');
    }
    return sendProblem(reply, 404, 'Not found', `There is no ${request.url.split('?')[0]} here.`);
  });

  return app;
}
