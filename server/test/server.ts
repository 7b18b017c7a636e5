import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { createConnection, type Connection } from 'mysql2/promise';
import { buildApp, type AppOptions } from '../app';
import { loadConfig, type ServerConfig } from '../config';
import { poolOptions } from '../db';
import { expectContract } from './contract';

export const STOCK_KEY = '8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR';

export function testConfig(overrides: Record<string, string> = {}): ServerConfig {
  return loadConfig({
    DATABASE_URL: inject('databaseUrl'),
    ASTPP_PRIVATE_KEY: STOCK_KEY,
    SESSION_SECRET: 'a test secret that is long enough to sign cookies',
    LOG_LEVEL: 'silent',
    // Tests sign in far more often than a person: the limit has its own test.
    SIGN_IN_ATTEMPTS_PER_MINUTE: '10000',
    SIGN_IN_ATTEMPTS_PER_ACCOUNT_PER_MINUTE: '10000',
    STATIC_DIR: 'server/test/no-build-here',
    ...overrides,
  });
}

/** The seed's sign-in accounts (server/db/seed-test.sql). */
export const accounts = {
  stockAdmin: { email: 'admin', password: 'admin' },
  operator: { email: 'ops@example.com', password: 'Operator123!' },
  northwind: { email: 'northwind@example.com', password: 'Northwind123!' },
  contoso: { email: 'contoso@example.com', password: 'Contoso123!' },
  subAdmin: { email: 'subadmin@example.com', password: 'SubAdmin123!' },
  customer: { email: 'customer@example.com', password: 'Customer123!' },
  paused: { email: 'paused@example.com', password: 'Disabled123!' },
} as const;

export interface Client {
  cookie?: string;
  call(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, options?: { body?: unknown; headers?: Record<string, string> }): Promise<{
    status: number;
    headers: Record<string, string | string[] | number | undefined>;
    body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- test answers are read freely
    setCookie: string | undefined;
  }>;
}

/** Calls the API through fastify.inject, checking every answer against docs/openapi.json. */
export function client(app: FastifyInstance, cookie?: string): Client {
  const self: Client = {
    cookie,
    async call(method, path, { body, headers = {} } = {}) {
      const response = await app.inject({
        method,
        url: `/api${path}`,
        headers: { ...(self.cookie ? { cookie: self.cookie } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
        payload: body === undefined ? undefined : JSON.stringify(body),
      });
      expectContract(method, path, { statusCode: response.statusCode, headers: response.headers, body: response.body });
      const setCookie = ([] as string[]).concat(response.headers['set-cookie'] ?? [])[0];
      return { status: response.statusCode, headers: response.headers, body: response.body ? JSON.parse(response.body) : undefined, setCookie };
    },
  };
  return self;
}

/** Signs in and returns a client that carries the session cookie. */
export async function signedIn(app: FastifyInstance, credentials: { email: string; password: string }): Promise<Client> {
  const anonymous = client(app);
  const { status, setCookie } = await anonymous.call('POST', '/session', { body: credentials });
  if (status !== 200 || !setCookie) throw new Error(`Could not sign in as ${credentials.email}: ${status}`);
  return client(app, setCookie.split(';')[0]);
}

export async function startServer(overrides: Record<string, string> = {}, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides), options);
  await app.ready();
  return app;
}

/** A direct connection to the ASTPP database, to change rows the way ASTPP's PHP would. */
export async function astppConnection(): Promise<Connection> {
  const { connectionLimit: _limit, ...options } = poolOptions(inject('databaseUrl'));
  return createConnection(options);
}
