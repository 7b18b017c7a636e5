import fp from 'fastify-plugin';
import type { ServerConfig } from '../../config';
import { createPasswordCipher, type PasswordCipher } from '../../astpp/password';

declare module 'fastify' {
  interface FastifyInstance {
    config: ServerConfig;
    passwords: PasswordCipher;
  }
}

export default fp<{ config: ServerConfig }>(
  async (app, { config }) => {
    app.decorate('config', config);
    app.decorate('passwords', createPasswordCipher(config.ASTPP_PRIVATE_KEY));
  },
  { name: 'config' },
);
