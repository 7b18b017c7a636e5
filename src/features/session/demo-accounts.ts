import { mockAccounts } from './mock-accounts';

/**
 * Listed on the login page in mock mode only; a production build drops them. Apart from
 * mock-accounts.ts so the mock backend can run outside a Vite build (`npm run preview:api`),
 * where there is no `import.meta.env`.
 */
export const demoAccounts: ReadonlyArray<(typeof mockAccounts)[number]> =
  import.meta.env.VITE_MOCK_BACKEND === 'true' ? mockAccounts : [];
