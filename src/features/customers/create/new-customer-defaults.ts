import type { User } from '../../session';
import type { Settings } from '../../settings';
import type { Customer } from '../customer-schema';
import { expiryFromValidDays } from '../form/field-links';

const DEFAULT_VALID_DAYS = 365;

function canonical(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en', { timeZone }).resolvedOptions().timeZone;
  } catch {
    return timeZone;
  }
}

/**
 * The viewer's own timezone, spelled as the server's list spells it: browsers may report a
 * legacy name ("Asia/Calcutta") for a zone the list calls "Asia/Kolkata".
 */
function viewerTimezone(timezones: ReadonlyArray<{ id: string }>): string | null {
  const own = canonical(Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
  return (
    timezones.find((t) => t.id === own)?.id ??
    timezones.find((t) => canonical(t.id) === own)?.id ??
    timezones.find((t) => t.id === 'UTC')?.id ??
    null
  );
}

/** What a new customer starts with: the common case, so most operators only fill in who it is. */
export function newCustomerDefaults(
  settings: Settings,
  user: User,
  generated: { accountNumber: string; pin: string; password: string },
  timezones: ReadonlyArray<{ id: string }>,
  now = new Date(),
): Partial<Customer> & { password: string } {
  const timezone = viewerTimezone(timezones);
  return {
    resellerId: user.role === 'reseller' ? user.resellerId : null,
    accountNumber: generated.accountNumber,
    password: generated.password,
    pin: generated.pin,
    email: '',
    validDays: DEFAULT_VALID_DAYS,
    expiresAt: expiryFromValidDays(DEFAULT_VALID_DAYS, now),
    status: 'active',
    maxChannels: 0,
    cps: 0,
    localizationId: null,
    allowLocalCalls: false,
    localCallChargePerMinute: '0.00000',
    allowLossLessRouting: false,
    allowRecording: false,
    allowIpManagement: false,
    notifications: true,
    paymentGatewayPermission: false,
    firstName: '',
    lastName: '',
    company: '',
    phone: '',
    notificationEmail: '',
    address1: '',
    address2: '',
    city: '',
    province: '',
    zipCode: '',
    timezone: timezone ?? undefined,
    currency: settings.baseCurrency,
    accountType: 'prepaid',
    creditLimit: null,
    cliPool: 'disabled',
    nonCliRateGroupId: null,
    billingSchedule: 'monthly',
    billingDay: 1,
    taxIds: [],
    taxNumber: '',
    generateInvoice: false,
    invoiceNote: '',
    reference: '',
  };
}
