import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { configureHttpClient } from '../src/shared/http/http-client';
import { installMockControls } from './controls';
import { readOptions } from './db';

/** Starts the mock backend in the browser (dev server and demo build). */
export async function startMockBackend() {
  // For `npm run bench`: how much of the demo's start is the mock backend's, which production never runs.
  performance.mark('mock-backend:start');
  installMockControls();
  const { requestTimeoutMs } = readOptions();
  if (requestTimeoutMs) configureHttpClient({ timeoutMs: requestTimeoutMs });
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // MSW's worker behind a filter that lets only the API through (public/mock-service-worker.js).
    serviceWorker: { url: `${import.meta.env.BASE_URL}mock-service-worker.js` },
  });
  performance.mark('mock-backend:ready');
}
