import rateLimit from '@fastify/rate-limit';
import fp from 'fastify-plugin';

/**
 * Limits only where a route asks for it (sign-in: guessing passwords). Counters live in
 * memory, per server process; a pool of servers behind a balancer would need a shared store.
 */
export default fp(
  async (app) => {
    await app.register(rateLimit, {
      global: false,
      errorResponseBuilder: (_request, context) => ({
        statusCode: context.statusCode,
        type: 'about:blank',
        title: 'Too many attempts',
        status: context.statusCode,
        detail: `Too many attempts. Try again in ${context.after}.`,
      }),
    });
  },
  { name: 'rate-limit' },
);
