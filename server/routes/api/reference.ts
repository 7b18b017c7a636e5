import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { referenceListPaths } from '../../../src/features/reference/reference-paths';
import { referenceRepository } from '../../repositories/reference';

/** `?resellerId=` narrows an admin's list to one reseller's items (0 for the carrier's). */
function resellerParam(request: FastifyRequest, reply: FastifyReply): number | undefined | null {
  const raw = (request.query as Record<string, unknown>).resellerId;
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string' && /^\d{1,10}$/.test(raw)) return Number(raw);
  void reply.problem(400, 'Bad request', 'resellerId must be a reseller id, or 0 for the carrier.');
  return null;
}

const referenceRoutes: FastifyPluginAsync = async (app) => {
  const reference = referenceRepository(app.db);
  const guarded = { preHandler: app.requireUser };

  app.get(referenceListPaths.resellers, guarded, async (request) => reference.resellers(request.user!));
  for (const [path, list] of [
    [referenceListPaths.rateGroups, reference.rateGroups],
    [referenceListPaths.localizations, reference.localizations],
    [referenceListPaths.taxes, reference.taxes],
  ] as const) {
    app.get(path, guarded, async (request, reply) => {
      const forReseller = resellerParam(request, reply);
      if (forReseller === null) return reply;
      return list(request.user!, forReseller);
    });
  }
  app.get(referenceListPaths.countries, guarded, async () => reference.countries());
  app.get(referenceListPaths.timezones, guarded, async () => reference.timezones());
  app.get(referenceListPaths.currencies, guarded, async () => reference.currencies());
};

export default referenceRoutes;
