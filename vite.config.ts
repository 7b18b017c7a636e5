/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
// Node-only plugins, imported with their extensions: Vite's config loader bundles these
// files alone (the native loader, planned as its default, needs the extensions).
import { brandPlugin } from './build/vite-plugin-brand.ts';
import { contentSecurityPolicy } from './build/content-security-policy.ts';
import { mockApiServer } from './mocks/vite-plugin-api.ts';

// Modes: `development` (dev server) and `demo` (production build with the mock backend)
// run on MSW; `production` talks to the real backend at VITE_API_BASE_URL.
export default defineConfig(({ command, mode }) => {
  const mockBackend = process.env.MOCK_BACKEND ?? String(mode === 'development' || mode === 'demo' || mode === 'test');
  return {
    plugins: [
      react(),
      brandPlugin(process.env.BRAND),
      contentSecurityPolicy(process.env.VITE_API_BASE_URL),
      process.env.MOCK_API === 'true' ? mockApiServer() : null,
    ],
    // public/ holds only MSW's service worker: a production build must not ship it.
    publicDir: mockBackend === 'true' ? 'public' : false,
    resolve: {
      // React Router's package exports point at its development build in every environment
      // (remix-run/react-router#14102): builds take its production build instead.
      alias:
        command === 'build'
          ? [{ find: /^react-router$/, replacement: fileURLToPath(new URL('node_modules/react-router/dist/production/index.mjs', import.meta.url)) }]
          : [],
    },
    define: {
      'import.meta.env.VITE_MOCK_BACKEND': JSON.stringify(mockBackend),
    },
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      sourcemap: false,
      target: 'es2022',
    },
    server: {
      port: 5173,
      // Builds and reports land in the project: their index.html would reload every open page
      // (the flows build dist-e2e-<port>/ while the dev-server project runs).
      watch: { ignored: ['**/dist*/**', '**/playwright-report/**', '**/bench-results/**'] },
      // `MOCK_BACKEND=false API_PROXY_TARGET=https://billing.example.com npm run dev` talks to a real backend.
      proxy: process.env.API_PROXY_TARGET ? { '/api': { target: process.env.API_PROXY_TARGET, changeOrigin: true } } : undefined,
    },
    preview: { port: 4173 },
    test: {
      environment: 'jsdom',
      globals: true,
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'build/**/*.test.ts'],
      css: false,
      // Ceilings for a busy or slower machine (findBy* waits up to 10 s, src/test/setup.ts).
      testTimeout: 30_000,
      pool: 'threads',
      // Vitest leaves one core free by default: one worker on a 2-core build machine (63 s).
      // Nothing else runs beside it in `npm test`, so it takes them all: 36–41 s there.
      maxWorkers: availableParallelism(),
    },
  };
});
