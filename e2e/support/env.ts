import { fileURLToPath } from 'node:url';
import { mockAccounts } from '../../mocks/accounts';
import type { DemoAccount } from '../pages/login-page';

/**
 * Where the flows run. By default against the demo build on the mock backend; with
 * E2E_BASE_URL against a real deployment, where flows tagged @mock are skipped.
 */
export const realBackend = Boolean(process.env.E2E_BASE_URL);

/** The API base as the console sees it (the build's VITE_API_BASE_URL). */
export const apiBase = (process.env.E2E_API_BASE ?? '/api').replace(/\/$/, '');

export type Role = 'admin' | 'northwind' | 'contoso';
export const roles: readonly Role[] = ['admin', 'northwind', 'contoso'];

export interface Account {
  email: string;
  password: string;
  /** The name the account menu shows (unknown on a real backend unless E2E_<ROLE>_NAME says). */
  name?: string;
}

/** Each role's demo account on the mock backend (mocks/accounts.ts), by its label on the login page. */
const demoLabels: Record<Role, DemoAccount> = { admin: 'carrier admin', northwind: 'Northwind Telecom', contoso: 'Contoso Voice' };

function mockAccountOf(role: Role): Account {
  const account = mockAccounts.find((a) => a.label === demoLabels[role]);
  if (!account) throw new Error(`mocks/accounts.ts has no account labelled "${demoLabels[role]}"`);
  return { email: account.email, password: account.password, name: account.name };
}

/** The mock backend's demo accounts; on a real backend E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD… */
export function accountOf(role: Role): Account {
  const key = role.toUpperCase();
  const fallback = mockAccountOf(role);
  return {
    email: process.env[`E2E_${key}_EMAIL`] ?? fallback.email,
    password: process.env[`E2E_${key}_PASSWORD`] ?? fallback.password,
    name: process.env[`E2E_${key}_NAME`] ?? (realBackend ? undefined : fallback.name),
  };
}

/**
 * Storage state belongs to one origin: runs on different ports (or deployments) of one
 * checkout keep theirs apart, so one run's setup never signs another run's flows out.
 */
const authDir = (process.env.E2E_BASE_URL ?? `localhost:${process.env.E2E_PORT ?? 4311}`)
  .replace(/^\w+:\/\//, '')
  .replace(/[^\w.-]+/g, '_');

/** Storage state of a signed-in role, written once per run by auth.setup.ts (gitignored). */
export function authFile(role: Role): string {
  return fileURLToPath(new URL(`../.auth/${authDir}/${role}.json`, import.meta.url));
}

/**
 * A customer every role-free read-only flow may open: customer 1 of the seed (a carrier
 * customer), or E2E_CUSTOMER_ID on a real backend.
 */
export const existingCustomerId = Number(process.env.E2E_CUSTOMER_ID ?? 1);
