import type { Customer } from '../features/customers/customer-schema';

/**
 * A valid customer as the API returns it: a postpaid, monthly-billed carrier customer whose
 * CLI pool bills unmatched calls at the NON-CLI rate group, so every conditional field is set.
 */
export function aCustomer(overrides: Partial<Customer> = {}): Customer {
  return {
    id: 1,
    balance: '-12.50000',
    createdAt: '2025-03-01T10:00:00.000Z',
    resellerId: null,
    accountNumber: '1234567890',
    pin: '123456',
    email: 'zoe.muller@example.com',
    firstUsedAt: '2025-03-02T08:15:00.000Z',
    validDays: 365,
    expiresAt: '2026-03-01',
    status: 'active',
    maxChannels: 5,
    cps: 1,
    localizationId: 1,
    allowLocalCalls: true,
    localCallChargePerMinute: '0.01250',
    allowLossLessRouting: false,
    allowRecording: false,
    allowIpManagement: true,
    notifications: true,
    paymentGatewayPermission: false,
    firstName: 'Zoë',
    lastName: 'Müller',
    company: 'Café Lumière',
    phone: '+33 1 23 45 67 89',
    notificationEmail: '',
    address1: '12 Rue de la Paix',
    address2: '',
    city: 'Lyon',
    province: '',
    zipCode: '69001',
    countryId: 'FR',
    timezone: 'Europe/Paris',
    currency: 'EUR',
    accountType: 'postpaid',
    creditLimit: '500.00000',
    rateGroupId: 1,
    nonCliRateGroupId: 2,
    cliPool: 'non-cli-rate-group-did',
    billingSchedule: 'monthly',
    billingDay: 15,
    taxIds: [1],
    taxNumber: 'FR-123',
    generateInvoice: true,
    invoiceNote: '',
    reference: '',
    ...overrides,
  };
}

/** Zod issues as a 422 carries them: messages keyed by JSON field name. */
export function errorsByField(issues: ReadonlyArray<{ path: PropertyKey[]; message: string }>): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[String(issue.path[0] ?? '_')] ??= []).push(issue.message);
  return errors;
}
