import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { credentialsSchema } from '../../../src/features/session/session-schema';
import { issuesToErrors } from '../../validation';
import { SESSION_COOKIE, sessionToken } from '../../plugins/app/session';
import { staffKind, toUser } from '../../repositories/staff';

const refusals = {
  'sub-admin': 'Sub-admin accounts work with the permissions ASTPP gives them, which this console cannot apply. Sign in to ASTPP itself.',
  customer: 'This is a customer account. Customers use ASTPP’s customer portal; this console is for admins and resellers.',
} as const;

const sessionRoutes: FastifyPluginAsync = async (app) => {
  const cookieOptions = (request: FastifyRequest) => ({
    path: '/api',
    httpOnly: true,
    sameSite: 'strict' as const,
    // Secure whenever the browser came over HTTPS (directly, or through a proxy the server
    // trusts); plain HTTP on localhost keeps working for trials and tests.
    secure: request.protocol === 'https',
    signed: true,
    maxAge: Math.round(app.config.SESSION_TTL_HOURS * 3600),
  });

  app.post(
    '/session',
    { preHandler: app.limitSignIn },
    async (request: FastifyRequest, reply: FastifyReply) => {
      const parsed = credentialsSchema.safeParse(request.body);
      if (!parsed.success) return reply.problem(422, 'Invalid sign-in', undefined, issuesToErrors(parsed.error.issues));
      const { email: login, password } = parsed.data;
      const account = await app.staff.findByCredentials(login, app.passwords.encrypt(password));
      if (!account) {
        return reply.problem(401, 'Wrong email, account number or password', 'The email, account number or password is not right. Check them and try again.');
      }
      const kind = staffKind(account.type);
      if (kind === 'sub-admin' || kind === 'customer') return reply.problem(401, 'This account cannot sign in here', refusals[kind]);
      const token = await app.sessions.create(account.id, account.password, app.config.SESSION_TTL_HOURS);
      reply.setCookie(SESSION_COOKIE, token, cookieOptions(request));
      return { user: toUser(account) };
    },
  );

  app.get('/session', { preHandler: app.requireUser }, async (request) => ({ user: request.user! }));

  app.delete('/session', async (request, reply) => {
    const token = sessionToken(request);
    if (token) await app.sessions.end(token);
    reply.clearCookie(SESSION_COOKIE, { path: '/api' });
    return reply.code(204).send();
  });
};

export default sessionRoutes;
