import type { Customer } from '../src/features/customers/customer-schema';
import { nextRevision, publicCustomer, readState, storage, STORAGE_KEYS, writeState } from './db';

/**
 * Fault injection for development and QA. A fault waits in localStorage until a request
 * matches it, so Playwright can set one before the page loads
 * (`localStorage.setItem('mock-backend.faults', JSON.stringify([...]))`) and the
 * developer panel can set one by hand. See docs/qa.md.
 */
export interface Fault {
  kind: 'status' | 'offline' | 'hang' | 'malformed' | 'invalid-body' | 'expire-session' | 'delay';
  /** HTTP method to match (default: any). */
  method?: string;
  /** Matches when the request path (after /api) contains this text (default: any). */
  path?: string;
  /** For kind 'status'. */
  status?: number;
  /** Added latency before the fault applies (all kinds; 'delay' adds only that). */
  delayMs?: number;
  /** How many matching requests it applies to (default 1); -1 means until cleared. */
  times?: number;
}

export function readFaults(): Fault[] {
  try {
    return JSON.parse(storage.get(STORAGE_KEYS.faults) ?? '[]') as Fault[];
  } catch {
    return [];
  }
}

export function writeFaults(faults: Fault[]) {
  if (faults.length === 0) storage.remove(STORAGE_KEYS.faults);
  else storage.set(STORAGE_KEYS.faults, JSON.stringify(faults));
}

export function addFault(fault: Fault) {
  writeFaults([...readFaults(), fault]);
}

export function clearFaults() {
  writeFaults([]);
}

function matches(fault: Fault, request: Request): boolean {
  const path = new URL(request.url).pathname.replace(/^.*?\/api/, '');
  return (!fault.method || fault.method.toUpperCase() === request.method) && (!fault.path || path.includes(fault.path));
}

/** The first waiting fault this request matches, used up by one. */
export function takeFault(request: Request): Fault | undefined {
  const faults = readFaults();
  const index = faults.findIndex((f) => matches(f, request));
  if (index === -1) return undefined;
  const fault = faults[index]!;
  const times = fault.times ?? 1;
  if (times !== -1) {
    if (times <= 1) faults.splice(index, 1);
    else faults[index] = { ...fault, times: times - 1 };
    writeFaults(faults);
  }
  return fault;
}

/**
 * Someone else saves a customer: the record changes and its revision moves on, so the next
 * PATCH with the old ETag answers 412. Answers the record as the API would.
 */
export function applyConcurrentEdit(customerId: number, changes: Partial<Customer>): Customer | undefined {
  const state = readState();
  const customer = state.customers.find((c) => c.id === customerId);
  if (!customer) return undefined;
  const updated = nextRevision({ ...publicCustomer(customer), ...changes }, customer);
  state.customers = state.customers.map((c) => (c.id === customerId ? updated : c));
  writeState(state);
  return publicCustomer(updated);
}
