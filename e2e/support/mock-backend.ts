import type { Page } from '@playwright/test';
import type { MockState, StoredCustomer } from '../../mocks/db';
import type { Fault } from '../../mocks/faults';
import type { Customer } from '../../src/features/customers/customer-schema';
import type { Settings } from '../../src/features/settings/settings-schema';

export type { Fault };

/** The mock backend's localStorage keys (mocks/db.ts). */
export const mockStorageKeys = {
  db: 'mock-backend.db',
  session: 'mock-backend.session',
  options: 'mock-backend.options',
  faults: 'mock-backend.faults',
} as const;

/**
 * The mock backend's switches (mocks/controls.ts, `window.mockBackend`) from a flow. They
 * act on the page's browser storage, shared by every page of the test's context.
 */
export class MockBackend {
  private armed = 0;

  constructor(private readonly page: Page) {}

  private async loaded() {
    return this.page.evaluate(() => Boolean(window.mockBackend)).catch(() => false);
  }

  private async ensureLoaded(action: string) {
    if (!(await this.loaded())) {
      throw new Error(`mockBackend.${action}() needs the console open in the page first (only fail() can be armed before).`);
    }
  }

  /**
   * Makes the next matching request(s) fail (see mocks/faults.ts). Armed before the first
   * page load, it waits for that load; otherwise it is armed at once.
   */
  async fail(fault: Fault) {
    if (await this.loaded()) {
      await this.page.evaluate((f) => window.mockBackend!.fail(f), fault);
      return;
    }
    // An init script runs on every load of the page: arm it on the first one only.
    const key = `e2e.fault-armed.${this.armed++}`;
    await this.page.addInitScript(
      ({ key, fault, faultsKey }) => {
        if (sessionStorage.getItem(key)) return;
        sessionStorage.setItem(key, '1');
        const waiting = JSON.parse(localStorage.getItem(faultsKey) ?? '[]') as unknown[];
        localStorage.setItem(faultsKey, JSON.stringify([...waiting, fault]));
      },
      { key, fault, faultsKey: mockStorageKeys.faults },
    );
  }

  async faults(): Promise<Fault[]> {
    await this.ensureLoaded('faults');
    return this.page.evaluate(() => window.mockBackend!.faults());
  }

  async clearFaults() {
    await this.ensureLoaded('clearFaults');
    await this.page.evaluate(() => window.mockBackend!.clearFaults());
  }

  /** Fixed latency in ms for the following requests; undefined: MSW's realistic latency. */
  async setLatency(latencyMs: number | undefined) {
    await this.ensureLoaded('setLatency');
    await this.page.evaluate(
      (ms) => window.mockBackend!.setOptions({ ...window.mockBackend!.options(), latencyMs: ms ?? undefined }),
      latencyMs ?? null,
    );
  }

  async setSettings(settings: Partial<Settings>): Promise<Settings> {
    await this.ensureLoaded('setSettings');
    return this.page.evaluate((s) => window.mockBackend!.setSettings(s), settings);
  }

  /** Someone else saves this customer: its ETag moves on, so the next save answers 412. */
  async concurrentEdit(customerId: number, changes: Partial<Customer>): Promise<Customer | undefined> {
    await this.ensureLoaded('concurrentEdit');
    return this.page.evaluate(({ id, c }) => window.mockBackend!.concurrentEdit(id, c), { id: customerId, c: changes });
  }

  /**
   * How long the console waits for an answer before it gives up and says so (default 15 s),
   * from the next page load on: short, for flows with a request that hangs.
   */
  async giveUpAfter(timeoutMs: number) {
    await this.page.addInitScript(
      ({ key, timeoutMs }) => {
        try {
          const options = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
          localStorage.setItem(key, JSON.stringify({ ...options, requestTimeoutMs: timeoutMs }));
        } catch {
          // about:blank has no storage; the console's own pages do.
        }
      },
      { key: mockStorageKeys.options, timeoutMs },
    );
  }

  /** Someone deletes the customer: from now on it answers 404. Returns it as stored, for `restoreCustomer`. */
  async deleteCustomer(customerId: number): Promise<StoredCustomer> {
    await this.ensureLoaded('deleteCustomer');
    return this.page.evaluate(
      ({ key, id }) => {
        const state = JSON.parse(localStorage.getItem(key) ?? 'null') as MockState | null;
        const customer = state?.customers.find((c) => c.id === id);
        if (!state || !customer) throw new Error(`The mock backend has no customer ${id}`);
        localStorage.setItem(key, JSON.stringify({ ...state, customers: state.customers.filter((c) => c.id !== id) }));
        return customer;
      },
      { key: mockStorageKeys.db, id: customerId },
    );
  }

  /** Puts a deleted customer back as it was (same id and revision, so the same ETag). */
  async restoreCustomer(customer: StoredCustomer) {
    await this.ensureLoaded('restoreCustomer');
    await this.page.evaluate(
      ({ key, customer }) => {
        const state = JSON.parse(localStorage.getItem(key) ?? 'null') as MockState;
        localStorage.setItem(key, JSON.stringify({ ...state, customers: [...state.customers, customer].sort((a, b) => a.id - b.id) }));
      },
      { key: mockStorageKeys.db, customer },
    );
  }

  /** The session ends on the server (as when it times out); the console does not know yet. */
  async endSession() {
    await this.ensureLoaded('endSession');
    await this.page.evaluate((key) => localStorage.removeItem(key), mockStorageKeys.session);
  }

  /** Every customer back to the seed (the session stays). */
  async reset() {
    await this.ensureLoaded('reset');
    await this.page.evaluate(() => window.mockBackend!.reset());
  }
}
