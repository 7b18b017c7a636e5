/**
 * The mock backend's service worker: MSW's own worker (mockServiceWorker.js, written by
 * `npm ci`), seeing only the API. Every other request (the app's scripts, styles, icons)
 * goes straight to the network instead of making a round trip through the page's main
 * thread to be told "pass through", which MSW's worker does for every request it sees.
 * This listener is added first, so stopping the event here keeps it from MSW's listener.
 */
const isApi = (url) => /\/api(\/|$)/.test(new URL(url).pathname); // as mocks/handlers.ts: `*/api/…`

self.addEventListener('fetch', (event) => {
  if (!isApi(event.request.url)) event.stopImmediatePropagation();
});

importScripts('./mockServiceWorker.js');
