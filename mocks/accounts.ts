/**
 * The mock backend's sign-in accounts (SPEC section 5): the seed's users, and the demo
 * accounts the login page lists once the mock backend runs (mocks/browser.ts hands them
 * over). Only mocks/ holds them, so a production build has neither the list nor a password.
 *
 * Staff sign in by email or by account number, as in ASTPP (`accounts.number`). The numbers
 * have 10 digits, as the seed's customers' do, and none of them is a customer's (a test
 * checks it); the resellers' are the ones they have in server/db/seed-test.sql.
 */
export const mockAccounts = [
  { label: 'carrier admin', name: 'Ada Carrier', email: 'admin@example.com', accountNumber: '5550000000', password: 'Admin123!', role: 'admin', resellerId: null },
  { label: 'Northwind Telecom', name: 'Nora Lind', email: 'northwind@example.com', accountNumber: '5550000001', password: 'Reseller123!', role: 'reseller', resellerId: 1 },
  { label: 'Contoso Voice', name: 'Colin Park', email: 'contoso@example.com', accountNumber: '5550000002', password: 'Reseller123!', role: 'reseller', resellerId: 2 },
] as const;
