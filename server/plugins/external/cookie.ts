import cookie from '@fastify/cookie';
import fp from 'fastify-plugin';

/** Signed cookies: the session cookie carries a random token, signed with SESSION_SECRET. */
export default fp(
  async (app) => {
    await app.register(cookie, { secret: app.config.SESSION_SECRET });
  },
  { name: 'cookie', dependencies: ['config'] },
);
