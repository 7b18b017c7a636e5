import type { FastifyPluginAsync } from 'fastify';
import { settingsRepository } from '../../repositories/settings';

const settingsRoutes: FastifyPluginAsync = async (app) => {
  const settings = settingsRepository(app.db, app.astppColumns);
  app.get('/settings', { preHandler: app.requireUser }, async (request) => settings.read(request.user!.resellerId));
};

export default settingsRoutes;
