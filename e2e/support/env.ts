import { fileURLToPath } from 'node:url';
import { test } from '@playwright/test';
import { mockAccounts } from '../../mocks/accounts';
import type { DemoAccount } from '../pages/login-page';

/**
 * Where the flows run: by default against the demo build on the mock backend; with
 * E2E_BASE_URL against a real deployment; in the `astpp-server` project against our own
 * server over a throw-away ASTPP database (e2e/tools/astpp-server.ts), which that project
 * says in its `metadata.backend`. Flows tagged @mock are skipped on both real backends.
 */
export type Backend = 'mock' | 'external' | 'astpp-server';

/** The backend of a project, from its metadata (the running flow's when none is given). */
export function backendOf(metadata?: Record<string, unknown>): Backend {
  let projectMetadata = metadata;
  if (!projectMetadata) {
    try {
      projectMetadata = test.info().project.metadata as Record<string, unknown>;
    } catch {
      // Outside a flow (a describe block's body): the run's default.
    }
  }
  if (projectMetadata?.backend === 'astpp-server') return 'astpp-server';
  return process.env.E2E_BASE_URL ? 'external' : 'mock';
}

/** Whether the running flow talks to a real backend (no mock switches, no mock seed). */
export const onRealBackend = (metadata?: Record<string, unknown>) => backendOf(metadata) !== 'mock';

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

/**
 * Each role's account in server/db/seed-test.sql (the stock admin signs in by its account
 * number), for the `astpp-server` project. Another admin, for edits made by someone else.
 */
export const astppSeedAccounts: Record<Role | 'operator', Required<Account>> = {
  admin: { email: 'admin', password: 'admin', name: 'Administrator Admin' },
  northwind: { email: 'northwind@example.com', password: 'Northwind123!', name: 'Nora Lind' },
  contoso: { email: 'contoso@example.com', password: 'Contoso123!', name: 'Colin Park' },
  operator: { email: 'ops@example.com', password: 'Operator123!', name: 'Otto Operator' },
};

/**
 * The mock backend's demo accounts; the seed's in the `astpp-server` project; on a real
 * deployment E2E_ADMIN_EMAIL, E2E_ADMIN_PASSWORD…
 */
export function accountOf(role: Role): Account {
  const backend = backendOf();
  if (backend === 'astpp-server') return astppSeedAccounts[role];
  const key = role.toUpperCase();
  const fallback = mockAccountOf(role);
  return {
    email: process.env[`E2E_${key}_EMAIL`] ?? fallback.email,
    password: process.env[`E2E_${key}_PASSWORD`] ?? fallback.password,
    name: process.env[`E2E_${key}_NAME`] ?? (backend === 'external' ? undefined : fallback.name),
  };
}

/**
 * Storage state belongs to one origin: runs on different ports (or deployments) of one
 * checkout, and the projects of one run, keep theirs apart by the project's baseURL, so
 * one run's setup never signs another run's flows out.
 */
function authDir(baseURL: string | undefined): string {
  return (baseURL ?? process.env.E2E_BASE_URL ?? `localhost:${process.env.E2E_PORT ?? 4311}`)
    .replace(/^\w+:\/\//, '')
    .replace(/[^\w.-]+/g, '_');
}

/** Storage state of a signed-in role on a host, written once per run by auth.setup.ts (gitignored). */
export function authFile(role: Role, baseURL: string | undefined): string {
  return fileURLToPath(new URL(`../.auth/${authDir(baseURL)}/${role}.json`, import.meta.url));
}

/**
 * A customer every role-free read-only flow may open: customer 1 of the mock's seed (a
 * carrier customer), customer 2 of server/db/seed-test.sql (ASTPP's stock customer; its
 * account 1 is the admin), or E2E_CUSTOMER_ID on a real deployment.
 */
export function existingCustomerId(): number {
  if (process.env.E2E_CUSTOMER_ID) return Number(process.env.E2E_CUSTOMER_ID);
  return backendOf() === 'astpp-server' ? 2 : 1;
}
