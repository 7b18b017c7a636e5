import type { Page } from '@playwright/test';
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

  /** Someone else saves this customer: the version moves on, so the next save answers 412. */
  async concurrentEdit(customerId: number, changes: Partial<Customer>): Promise<Customer | undefined> {
    await this.ensureLoaded('concurrentEdit');
    return this.page.evaluate(({ id, c }) => window.mockBackend!.concurrentEdit(id, c), { id: customerId, c: changes });
  }

  /** Every customer back to the seed (the session stays). */
  async reset() {
    await this.ensureLoaded('reset');
    await this.page.evaluate(() => window.mockBackend!.reset());
  }
}
