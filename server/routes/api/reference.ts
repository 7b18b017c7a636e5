import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { referenceListPaths, resellerScopedLists } from '../../../src/features/reference/reference-paths';
import { referenceRepository } from '../../repositories/reference';

/** `?resellerId=`: whose items an admin asks for; absent, empty or 0 is the carrier's own. */
function resellerParam(request: FastifyRequest, reply: FastifyReply): number | null {
  const raw = (request.query as Record<string, unknown>).resellerId;
  if (raw === undefined || raw === '') return 0;
  if (typeof raw === 'string' && /^\d{1,10}$/.test(raw)) return Number(raw);
  void reply.problem(400, 'Bad request', 'resellerId must be a reseller id, or 0 for the carrier.');
  return null;
}

const referenceRoutes: FastifyPluginAsync = async (app) => {
  const reference = referenceRepository(app.db);
  const guarded = { preHandler: app.requireUser };

  app.get(referenceListPaths.resellers, guarded, async (request) => reference.resellers(request.user!));
  // A customer is offered its own reseller's rate groups, localizations and taxes, whoever edits it.
  for (const name of resellerScopedLists) {
    app.get(referenceListPaths[name], guarded, async (request, reply) => {
      const forReseller = resellerParam(request, reply);
      if (forReseller === null) return reply;
      return reference[name](request.user!, forReseller);
    });
  }
  app.get(referenceListPaths.countries, guarded, async () => reference.countries());
  app.get(referenceListPaths.timezones, guarded, async () => reference.timezones());
  app.get(referenceListPaths.currencies, guarded, async () => reference.currencies());
};

export default referenceRoutes;
