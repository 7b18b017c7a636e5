import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mock backend for Vitest: the same handlers as the browser. */
export const mockServer = setupServer(...handlers);
