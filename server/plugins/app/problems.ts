import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

/**
 * Every error answer is RFC 9457 problem details, as the mock backend's (mocks/handlers.ts):
 * `type`, `title`, `status`, `detail`, and `errors` by JSON field on 422. Server errors say
 * nothing about their cause; the log has it.
 */
export type FieldErrors = Record<string, string[]>;

declare module 'fastify' {
  interface FastifyReply {
    problem(status: number, title: string, detail?: string, errors?: FieldErrors): FastifyReply;
  }
}

export function sendProblem(reply: FastifyReply, status: number, title: string, detail?: string, errors?: FieldErrors) {
  return reply
    .code(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) });
}

export default fp(
  async (app) => {
    app.decorateReply('problem', function (this: FastifyReply, status: number, title: string, detail?: string, errors?: FieldErrors) {
      return sendProblem(this, status, title, detail, errors);
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const status = error.statusCode ?? 500;
      if (error.code?.startsWith('FST_ERR_CTP_')) {
        // An unreadable body is the client's to fix, like a field error: the mock says 422 too.
        return sendProblem(reply, 422, 'Invalid request', 'The body must be JSON.', { _: ['Send a JSON object'] });
      }
      if (status >= 500) {
        request.log.error({ err: error }, 'request failed');
        return sendProblem(reply, 500, 'Server error', 'Something went wrong on the server. Try again; if it keeps happening, tell your administrator.');
      }
      if (status === 429) return reply.code(429).type('application/problem+json').send(error);
      return sendProblem(reply, status, STATUS_CODES[status] ?? 'Error', error.message);
    });
  },
  { name: 'problems' },
);
