import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { installMockControls } from './controls';

/** Starts the mock backend in the browser (dev server and demo build). */
export async function startMockBackend() {
  installMockControls();
  const worker = setupWorker(...handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
