import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { User } from '../../../src/features/session/session-schema';
import { passwordFingerprint, sessionsRepository } from '../../repositories/sessions';
import { staffRepository, toUser } from '../../repositories/staff';
import { sendProblem } from './problems';

export const SESSION_COOKIE = 'carrierdesk_session';

declare module 'fastify' {
  interface FastifyInstance {
    sessions: ReturnType<typeof sessionsRepository>;
    staff: ReturnType<typeof staffRepository>;
    /** preHandler: the signed-in user, or 401 as the mock answers it. */
    requireUser(request: FastifyRequest, reply: FastifyReply): Promise<void>;
  }
  interface FastifyRequest {
    user?: User;
  }
}

export default fp(
  async (app) => {
    app.decorate('sessions', sessionsRepository(app.carrierdesk));
    app.decorate('staff', staffRepository(app.db));
    app.decorateRequest('user', undefined);

    app.decorate('requireUser', async (request: FastifyRequest, reply: FastifyReply) => {
      const token = sessionToken(request);
      const session = token ? await app.sessions.find(token) : undefined;
      const account = session ? await app.staff.findActive(session.account_id) : undefined;
      // Disabled, deleted or re-passworded in ASTPP since sign-in: the session is over for good.
      if (!session || !account || passwordFingerprint(account.password) !== session.password_fingerprint) {
        if (token && session) await app.sessions.end(token);
        return sendProblem(reply, 401, 'Not signed in', 'Your session has ended. Sign in again to continue.');
      }
      request.user = toUser(account);
    });
  },
  { name: 'session', dependencies: ['db', 'cookie', 'problems'] },
);

/** The token from the signed cookie, or undefined when absent or tampered with. */
export function sessionToken(request: FastifyRequest): string | undefined {
  const raw = request.cookies[SESSION_COOKIE];
  if (!raw) return undefined;
  const unsigned = request.unsignCookie(raw);
  return unsigned.valid && unsigned.value ? unsigned.value : undefined;
}
