// The session feature's public entry: what other features may use of it.
export { sessionQueryOptions, useSignedInUser } from './api/session';
export { loginLoader } from './components/login-loader';
export { retryAfterSignIn } from './session-events';
export type { User } from './session-schema';
