import type { Customer } from '../src/features/customers/customer-schema';
import type { Settings } from '../src/features/settings/settings-schema';
import { SEED_VERSION, seedCustomers, seedSettings, seedUsers, type MockUser } from './seed';

/**
 * The mock backend's data layer. State lives in localStorage so it survives a reload and is
 * shared by every tab of the browser (two tabs can produce a real 412). It is read afresh
 * on every request, so what another tab wrote is always seen.
 */

/**
 * A customer as the mock stores it: the record and its revision, a counter that moves on with
 * every write. The ETag is made of it; answers never carry it, and the console never reads
 * the ETag (an opaque string to it, which our server makes of a hash instead).
 */
export type StoredCustomer = Customer & { version: number };

export interface MockState {
  seedVersion: number;
  settings: Settings;
  customers: StoredCustomer[];
  nextCustomerId: number;
}

/** The ETag of a stored customer: its revision, quoted. */
export const etagOf = (customer: StoredCustomer) => `"${customer.version}"`;

/** A stored customer as the API answers it: without its revision. */
export function publicCustomer(customer: StoredCustomer): Customer {
  const { version: _version, ...record } = customer;
  return record;
}

/** A customer's values stored as its next revision: the first for a new customer. */
export function nextRevision(values: Customer, previous?: StoredCustomer): StoredCustomer {
  return { ...values, version: (previous?.version ?? 0) + 1 };
}

export const STORAGE_KEYS = {
  db: 'mock-backend.db',
  session: 'mock-backend.session',
  options: 'mock-backend.options',
  faults: 'mock-backend.faults',
} as const;

const memory = new Map<string, string>();

/** localStorage where there is one (browser, jsdom), a Map elsewhere. */
export const storage = {
  get(key: string): string | null {
    try {
      if (typeof localStorage !== 'undefined') return localStorage.getItem(key);
    } catch {
      /* storage disabled: fall back to memory */
    }
    return memory.get(key) ?? null;
  },
  set(key: string, value: string) {
    try {
      if (typeof localStorage !== 'undefined') {
        localStorage.setItem(key, value);
        return;
      }
    } catch {
      /* quota or disabled storage */
    }
    memory.set(key, value);
  },
  remove(key: string) {
    try {
      if (typeof localStorage !== 'undefined') localStorage.removeItem(key);
    } catch {
      /* ignore */
    }
    memory.delete(key);
  },
};

function freshState(): MockState {
  const customers = seedCustomers(seedSettings).map((customer) => nextRevision(customer));
  return {
    seedVersion: SEED_VERSION,
    settings: { ...seedSettings },
    customers,
    nextCustomerId: customers.length + 1,
  };
}

/**
 * The last state read or written with its JSON: a request whose storage still holds that
 * JSON skips parsing it again (the data set is a few hundred kB). Storage stays the truth;
 * another tab's write changes the JSON and is parsed. Handlers change a state only to write it.
 */
let parsed: { raw: string; state: MockState } | undefined;

export function readState(): MockState {
  const raw = storage.get(STORAGE_KEYS.db);
  if (raw && raw === parsed?.raw) return parsed.state;
  if (raw) {
    try {
      const state = JSON.parse(raw) as MockState;
      if (state.seedVersion === SEED_VERSION) {
        parsed = { raw, state };
        return state;
      }
    } catch {
      /* corrupted: start again from the seed */
    }
  }
  const state = freshState();
  writeState(state);
  return state;
}

export function writeState(state: MockState) {
  const raw = JSON.stringify(state);
  storage.set(STORAGE_KEYS.db, raw);
  parsed = { raw, state };
}

/** Back to the seed: every customer as shipped, settings as default. Keeps the session. */
export function resetState() {
  storage.remove(STORAGE_KEYS.db);
  storage.remove(STORAGE_KEYS.faults);
  return readState();
}

export function updateSettings(patch: Partial<Settings>) {
  const state = readState();
  state.settings = { ...state.settings, ...patch };
  writeState(state);
  return state.settings;
}

/**
 * Where the signed-in user's id is kept. In the page (and in Node for tests) it is this
 * browser's storage: one session per browser, shared by its tabs, as a cookie would be.
 * `npm run preview:api` serves many browsers from one process and keeps one session per
 * client instead, by a cookie (mocks/vite-plugin-api.ts).
 */
export interface SessionStore {
  get(): string | null;
  set(userId: string): void;
  remove(): void;
}

const browserSession: SessionStore = {
  get: () => storage.get(STORAGE_KEYS.session),
  set: (userId) => storage.set(STORAGE_KEYS.session, userId),
  remove: () => storage.remove(STORAGE_KEYS.session),
};

let sessionStore: SessionStore = browserSession;

/** Replaces where sessions are kept (the HTTP API's per-client store); none: back to the browser's. */
export function setSessionStore(store: SessionStore | null) {
  sessionStore = store ?? browserSession;
}

export function currentUser(): MockUser | null {
  const id = Number(sessionStore.get());
  return seedUsers.find((u) => u.id === id) ?? null;
}

export function signIn(user: MockUser) {
  sessionStore.set(String(user.id));
}

export function signOut() {
  sessionStore.remove();
}

export interface MockOptions {
  /** Fixed latency in ms; undefined means MSW's realistic latency (0 in Node). */
  latencyMs?: number;
  /** How long the console waits for an answer before saying so (QA shortens it for 'hang' faults). */
  requestTimeoutMs?: number;
}

export function readOptions(): MockOptions {
  try {
    return JSON.parse(storage.get(STORAGE_KEYS.options) ?? '{}') as MockOptions;
  } catch {
    return {};
  }
}

export function writeOptions(options: MockOptions) {
  storage.set(STORAGE_KEYS.options, JSON.stringify(options));
}
