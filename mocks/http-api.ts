/**
 * What `npm run preview:api` runs of the mock backend (mocks/vite-plugin-api.ts loads this
 * one module, so the handlers and the data they change are one instance).
 */
export { createHandlers } from './handlers';
export { resetState, setSessionStore, writeOptions, type SessionStore } from './db';
