import type { User } from '../../session';
import type { Settings } from '../../settings';
import type { Customer } from '../customer-schema';
import { expiryFromValidDays } from '../form/field-links';

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

/**
 * What a new customer starts with: the operator's defaults from `GET /settings` (ASTPP's
 * `system` table: valid days, the switches, limits, country, time zone, rate group), the base
 * currency, and the viewer's own time zone where the settings name none.
 */
export function newCustomerDefaults(
  settings: Settings,
  user: User,
  generated: { accountNumber: string; pin: string; password: string },
  timezones: ReadonlyArray<{ id: string }>,
  now = new Date(),
): Partial<Customer> & { password: string } {
  const defaults = settings.newCustomer;
  const timezone = (defaults.timezone && timezones.find((t) => t.id === defaults.timezone)?.id) ?? viewerTimezone(timezones);
  return {
    resellerId: user.role === 'reseller' ? user.resellerId : null,
    accountNumber: generated.accountNumber,
    password: generated.password,
    pin: generated.pin,
    email: '',
    validDays: defaults.validDays,
    expiresAt: expiryFromValidDays(defaults.validDays, now),
    status: 'active',
    maxChannels: defaults.maxChannels,
    cps: defaults.cps,
    localizationId: null,
    allowLocalCalls: defaults.allowLocalCalls,
    localCallChargePerMinute: defaults.localCallChargePerMinute,
    allowLossLessRouting: false,
    allowRecording: defaults.allowRecording,
    allowIpManagement: defaults.allowIpManagement,
    notifications: defaults.notifications,
    paymentGatewayPermission: defaults.paymentGatewayPermission,
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
    countryId: defaults.countryId ?? undefined,
    timezone: timezone ?? undefined,
    currency: settings.baseCurrency,
    accountType: 'prepaid',
    creditLimit: null,
    rateGroupId: defaults.rateGroupId ?? undefined,
    cliPool: 'disabled',
    nonCliRateGroupId: null,
    billingSchedule: 'monthly',
    billingDay: 1,
    taxIds: [],
    taxNumber: '',
    generateInvoice: defaults.generateInvoice,
    invoiceNote: '',
    reference: '',
  };
}
