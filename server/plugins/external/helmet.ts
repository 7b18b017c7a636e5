import helmet from '@fastify/helmet';
import fp from 'fastify-plugin';

// The console's HTML carries its own Content-Security-Policy, built with the hashes of its
// inline scripts (docs/decisions/0003-content-security-policy.md); a second, generic policy
// from helmet would block them. Every other helmet header applies.
export default fp(
  async (app) => {
    await app.register(helmet, { contentSecurityPolicy: false, crossOriginEmbedderPolicy: false });
  },
  { name: 'helmet' },
);
