import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The server's suite: Node, one real MariaDB started by the global setup, files one after
// another (they share that database). The root config's `include` (src/, mocks/) leaves it out.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    name: 'server',
    environment: 'node',
    include: ['server/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    fileParallelism: false,
    // Files share no module state (each builds its own app), so they share one module graph:
    // re-importing Fastify, Kysely and the zod schemas per file cost a third of the suite.
    isolate: false,
    testTimeout: 15_000,
    hookTimeout: 60_000,
  },
});
