import { setupWorker } from 'msw/browser';
import { setDemoAccounts } from '../src/features/session/demo-accounts';
import { apiUrl, configureHttpClient } from '../src/shared/http/http-client';
import { mockAccounts } from './accounts';
import { installMockControls } from './controls';
import { readOptions } from './db';
import { createHandlers } from './handlers';

/** The mock backend's developer control, shown in the navigation of dev and demo builds. */
export { default as MockBackendPanel } from './mock-backend-panel';

/** Starts the mock backend in the browser (dev server and demo build). */
export async function startMockBackend() {
  // For `npm run bench`: how much of the demo's start is the mock backend's, which production never runs.
  performance.mark('mock-backend:start');
  setDemoAccounts(mockAccounts.map(({ label, email, accountNumber, password }) => ({ label, email, accountNumber, password })));
  installMockControls();
  const { requestTimeoutMs } = readOptions();
  if (requestTimeoutMs) configureHttpClient({ timeoutMs: requestTimeoutMs });
  // The handlers answer the API base the console calls, as an absolute URL, and nothing else.
  const worker = setupWorker(...createHandlers(apiUrl('')));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    // MSW's own worker, as `npm ci` writes it (docs/decisions/0010-mock-backend-routing.md).
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  performance.mark('mock-backend:ready');
}
