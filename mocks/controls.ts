import type { Customer } from '../src/features/customers/customer-schema';
import type { Settings } from '../src/features/settings/settings-schema';
import { readOptions, resetState, updateSettings, writeOptions, type MockOptions } from './db';
import { addFault, applyConcurrentEdit, clearFaults, readFaults, type Fault } from './faults';

/**
 * The mock backend's switches, on `window.mockBackend` for Playwright and the developer
 * panel. Everything also works by writing localStorage before the page loads.
 */
export interface MockControls {
  reset(): void;
  setOptions(options: MockOptions): void;
  options(): MockOptions;
  setSettings(settings: Partial<Settings>): Settings;
  fail(fault: Fault): void;
  faults(): Fault[];
  clearFaults(): void;
  concurrentEdit(customerId: number, changes: Partial<Customer>): Customer | undefined;
}

declare global {
  interface Window {
    mockBackend?: MockControls;
  }
}

export const mockControls: MockControls = {
  reset: () => void resetState(),
  setOptions: writeOptions,
  options: readOptions,
  setSettings: updateSettings,
  fail: addFault,
  faults: readFaults,
  clearFaults,
  concurrentEdit: applyConcurrentEdit,
};

export function installMockControls() {
  window.mockBackend = mockControls;
}
