import type { FastifyPluginAsync } from 'fastify';
import { sql } from 'kysely';
import { databaseFailure } from '../errors';
import { sendProblem } from '../plugins/app/problems';

/**
 * GET /health, for a balancer or a monitor: 200 when this process can reach the database
 * (ASTPP's and Carrierdesk's), 503 otherwise or while it shuts down. It signs nobody in and
 * says nothing but that.
 */
const healthRoutes: FastifyPluginAsync = async (app) => {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.get('/health', async (request, reply) => {
    reply.header('Cache-Control', 'no-store');
    if (closing) return sendProblem(reply.header('Retry-After', '5'), 503, 'Shutting down', 'This server is stopping; send requests to another.');
    try {
      await sql`SELECT 1 FROM ${sql.table(`${app.config.CARRIERDESK_DATABASE}.sessions`)} LIMIT 1`.execute(app.db);
      await sql`SELECT 1 FROM accounts LIMIT 1`.execute(app.db);
      return { status: 'ok', database: 'reachable' };
    } catch (error) {
      request.log.warn({ err: error }, 'health check: database failure');
      const failure = databaseFailure(error) ?? 'unavailable';
      return reply
        .code(503)
        .header('Retry-After', '5')
        .type('application/problem+json')
        .send({
          type: 'about:blank',
          title: 'Database unreachable',
          status: 503,
          detail: failure === 'timeout' ? 'The database is too slow to answer.' : 'The server cannot reach the database.',
          database: failure,
        });
    }
  });
};

export default healthRoutes;
