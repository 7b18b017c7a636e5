import type { User } from '../../session/session-schema';
import type { Settings } from '../../settings/settings-schema';
import type { Customer } from '../customer-schema';
import { expiryFromValidDays } from '../form/field-links';

const DEFAULT_VALID_DAYS = 365;

/** What a new customer starts with: the common case, so most operators only fill in who it is. */
export function newCustomerDefaults(
  settings: Settings,
  user: User,
  generated: { accountNumber: string; pin: string; password: string },
  now = new Date(),
): Partial<Customer> & { password: string } {
  let timezone = 'UTC';
  try {
    timezone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    /* keep UTC */
  }
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
    timezone,
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
