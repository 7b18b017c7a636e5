/**
 * The mock backend's sign-in accounts (SPEC section 5): the seed's users, and the demo
 * accounts the login page lists once the mock backend runs (mocks/browser.ts hands them
 * over). Only mocks/ holds them, so a production build has neither the list nor a password.
 */
export const mockAccounts = [
  { label: 'carrier admin', name: 'Ada Carrier', email: 'admin@example.com', password: 'Admin123!', role: 'admin', resellerId: null },
  { label: 'Northwind Telecom', name: 'Nora Lind', email: 'northwind@example.com', password: 'Reseller123!', role: 'reseller', resellerId: 1 },
  { label: 'Contoso Voice', name: 'Colin Park', email: 'contoso@example.com', password: 'Reseller123!', role: 'reseller', resellerId: 2 },
] as const;
