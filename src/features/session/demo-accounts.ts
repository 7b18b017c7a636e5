import { useSyncExternalStore } from 'react';

/** A sign-in account the login page offers in one click. */
export interface DemoAccount {
  /** Who signs in, as the button says: "Sign in as {label}". */
  label: string;
  email: string;
  /** The account number (`accounts.number`), which signs in as well as the email. */
  accountNumber: string;
  password: string;
}

let accounts: readonly DemoAccount[] = [];
const listeners = new Set<() => void>();

/**
 * The mock backend hands its sign-in accounts over once it starts (mocks/browser.ts). src/
 * never imports mocks/ for them, so a production build, which never starts the mock
 * backend, has no list and no password to show.
 */
export function setDemoAccounts(next: readonly DemoAccount[]) {
  accounts = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => accounts;

/** The demo accounts to list: none until a mock backend has handed them over. */
export function useDemoAccounts(): readonly DemoAccount[] {
  return useSyncExternalStore(subscribe, current, current);
}
