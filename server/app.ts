import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { ServerConfig } from './config';
import problems from './plugins/app/problems';
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

/** The whole server: external plugins, app plugins, then the contract's routes under /api. */
export async function buildApp(serverConfig: ServerConfig, options: FastifyServerOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: serverConfig.LOG_LEVEL,
      // Never log what could be a secret: cookies, the credentials in a sign-in body.
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
    },
    trustProxy: serverConfig.TRUST_PROXY,
    ...options,
  });

  await app.register(config, { config: serverConfig });
  await app.register(helmet);
  await app.register(cookie);
  await app.register(rateLimit);
  await app.register(db);
  await app.register(problems);
  await app.register(session);

  await app.register(
    async (api) => {
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
    return reply.problem(404, 'Not found', `There is no ${request.url.split('?')[0]} here.`);
  });

  return app;
}
