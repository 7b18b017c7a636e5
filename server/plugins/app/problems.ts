import { STATUS_CODES } from 'node:http';
import type { FastifyError, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { databaseFailure, type DatabaseFailure } from '../../errors';

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

/** A database that is down, slow or saturated is a 503 with Retry-After: the request may simply be sent again. */
const databaseProblems: Record<DatabaseFailure, { title: string; detail: string; retryAfter: number }> = {
  unavailable: {
    title: 'Database unavailable',
    detail: 'The server cannot reach the database right now. Try again in a few seconds.',
    retryAfter: 5,
  },
  timeout: {
    title: 'Database too slow',
    detail: 'The database took too long to answer, so the server stopped waiting. Try again in a few seconds.',
    retryAfter: 2,
  },
  busy: {
    title: 'Server busy',
    detail: 'Too many requests are waiting for the database. Try again in a few seconds.',
    retryAfter: 2,
  },
};

export function sendDatabaseProblem(reply: FastifyReply, failure: DatabaseFailure) {
  const { title, detail, retryAfter } = databaseProblems[failure];
  return sendProblem(reply.header('Retry-After', String(retryAfter)), 503, title, detail);
}

export default fp(
  async (app) => {
    app.decorateReply('problem', function (this: FastifyReply, status: number, title: string, detail?: string, errors?: FieldErrors) {
      return sendProblem(this, status, title, detail, errors);
    });

    app.setErrorHandler((error: FastifyError, request, reply) => {
      const failure = databaseFailure(error);
      if (failure) {
        request.log.warn({ err: error, failure }, 'database failure');
        return sendDatabaseProblem(reply, failure);
      }
      const status = error.statusCode ?? 500;
      if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
        return sendProblem(reply, 413, 'Request too large', 'The request body is larger than any form of this console sends.');
      }
      if (error.code === 'CD_JSON_TOO_DEEP') return sendProblem(reply, 422, 'Invalid request', error.message, { _: [error.message] });
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
