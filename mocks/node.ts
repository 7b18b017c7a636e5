import { setupServer } from 'msw/node';
import { apiUrl } from '../src/shared/http/http-client';
import { createHandlers } from './handlers';

/** The mock backend for Vitest: the same handlers as the browser, at the base the HTTP client calls. */
export const mockServer = setupServer(...createHandlers(apiUrl('')));
