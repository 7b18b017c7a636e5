import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import fp from 'fastify-plugin';

/**
 * The console's production build (`npm run build` → dist/) on the same port as /api. Any
 * other GET that is not a file gets index.html, so a reload on /customers/7/profile works.
 */
export default fp(
  async (app) => {
    const root = resolve(app.config.STATIC_DIR);
    if (!existsSync(resolve(root, 'index.html'))) {
      app.log.warn({ root }, 'No console build here: run `npm run build` first; serving the API only');
      return;
    }
    await app.register(fastifyStatic, { root, wildcard: false, index: 'index.html' });
    app.decorate('consoleBuild', root);
  },
  { name: 'static', dependencies: ['config'] },
);

declare module 'fastify' {
  interface FastifyInstance {
    consoleBuild?: string;
  }
}
