import type { OptionalFieldName, Settings } from '../settings';
import { parseMoney } from '../../shared/format/money';
import { z } from '../../shared/zod';
import type { SectionSlug } from './sections';

/**
 * Every field of the Customer Profile, declared once: label (a contract with QA), tab, JSON
 * name (the key), input kind, zod rule and when it is shown or required. Tab error counts,
 * the dirty-field PATCH, the mock backend's validation and the OpenAPI document are all
 * derived from this table.
 */

export type FormMode = 'create' | 'edit';
export type Role = 'admin' | 'reseller';

export interface RuleContext {
  settings: Settings;
  mode: FormMode;
}

type InputKind =
  | 'text'
  | 'password'
  | 'email'
  | 'tel'
  | 'integer'
  | 'money'
  | 'date'
  | 'select'
  | 'multi-select'
  | 'switch'
  | 'textarea'
  | 'datetime';

/** Reference lists a select takes its options from. */
export type OptionSource =
  | 'resellers'
  | 'localizations'
  | 'countries'
  | 'timezones'
  | 'currencies'
  | 'rateGroups'
  | 'taxes';

interface StaticOption {
  value: string | number;
  label: string;
}

/**
 * The values of each choice and how the console names them, once: the form's selects, the
 * list's filters and badges, the header and the conflict dialog all say the same.
 */
export const statusLabels = { active: 'Active', inactive: 'Inactive' } as const;
export const accountTypeLabels = { prepaid: 'Prepaid', postpaid: 'Postpaid' } as const;
const billingScheduleLabels = { daily: 'Daily', monthly: 'Monthly' } as const;
/**
 * ASTPP's nine CLI pool modes (`set_cli_pool`, values 0–8 in this order): what happens to a
 * call whose caller ID is not one of the customer's own DIDs, caller IDs, or either.
 */
const cliPoolLabels = {
  disabled: 'Off: caller IDs are not checked',
  'random-did': 'Not one of their DIDs: send a random DID of theirs instead',
  'random-caller-id': 'Not one of their caller IDs: send a random caller ID of theirs instead',
  'non-cli-rate-group-did': 'Not one of their DIDs: bill at the NON-CLI rate group',
  'non-cli-rate-group-caller-id': 'Not one of their caller IDs: bill at the NON-CLI rate group',
  'non-cli-rate-group-any': 'Neither their DID nor caller ID: bill at the NON-CLI rate group',
  'reject-did': 'Not one of their DIDs: reject the call',
  'reject-caller-id': 'Not one of their caller IDs: reject the call',
  'reject-any': 'Neither their DID nor caller ID: reject the call',
} as const;

const valuesOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as [K, ...K[]];
/** A choice's labels as a select's options, in their order. */
export const optionsOf = <K extends string>(labels: Record<K, string>): StaticOption[] =>
  valuesOf(labels).map((value) => ({ value, label: labels[value] }));

export const statuses = valuesOf(statusLabels);
export const accountTypes = valuesOf(accountTypeLabels);
const billingSchedules = valuesOf(billingScheduleLabels);
export const cliPoolModes = valuesOf(cliPoolLabels);

export type Status = (typeof statuses)[number];
export type AccountType = (typeof accountTypes)[number];
export type CliPoolMode = (typeof cliPoolModes)[number];

/** CLI pool modes (ASTPP's 3, 4 and 5) that bill unmatched caller IDs at the NON-CLI rate group. */
export function cliPoolUsesNonCliRateGroup(mode: unknown): boolean {
  return typeof mode === 'string' && mode.startsWith('non-cli-rate-group');
}

/** The largest value of ASTPP's `int` columns (valid days, concurrent calls, CPS). */
export const INT_COLUMN_MAX = 2_147_483_647;

// Type errors reach only API clients (the form always sends the right types), but they too
// get a message that says what to send instead of zod's "Invalid input".
const text = (max: number) =>
  z.string({ error: `Enter text of at most ${max} characters` }).check(z.trim(), z.maxLength(max, `Use at most ${max} characters`));

const requiredText = (max: number, missing: string) =>
  z.string({ error: missing }).check(z.trim(), z.minLength(1, missing), z.maxLength(max, `Use at most ${max} characters`));

const yesNo = () => z.boolean({ error: 'Choose Yes or No' });

/** A whole number of 0 or more, up to what ASTPP's `int` column holds. */
const wholeNumber = (missing: string, negative: string) =>
  z
    .number({
      error: (issue) => (issue.input === undefined || issue.input === '' ? missing : 'Enter a number'),
    })
    .check(
      z.int('Enter a whole number'),
      z.minimum(0, negative),
      z.maximum(INT_COLUMN_MAX, `Enter at most ${INT_COLUMN_MAX.toLocaleString('en-US')}`),
    );

/** Digits only, at most `max` of them (ASTPP's pin and number columns hold 20). */
const digits = (max: number) =>
  z.string({ error: `Enter digits only, at most ${max}` }).check(
    z.trim(),
    z.regex(/^\d*$/, 'Use digits only'),
    z.maxLength(max, `Use at most ${max} digits`),
  );

const referenceId = (missing: string) => z.number({ error: missing }).check(z.int(), z.positive());

/** A clearable select of a reference list: an id from it, or null. */
const optionalReferenceId = (invalid: string) => z.nullable(z.number({ error: invalid }).check(z.int(), z.positive()));

const emailAddress = z
  .string({ error: 'Enter an email address like name@example.com' })
  .check(
    z.trim(),
    z.maxLength(80, 'Use at most 80 characters'),
    z.regex(z.regexes.email, 'Enter an email address like name@example.com'),
  );

/** Decimal string, ≥ 0, up to 15 integer digits and 5 decimals; outputs "1234.50000". */
export const money = z.pipe(
  z.string({ error: 'Enter an amount' }),
  z.transform((value: string, ctx) => {
    const parsed = parseMoney(value);
    if (!parsed.ok) {
      ctx.issues.push({ code: 'custom', message: parsed.message, input: value });
      return z.NEVER;
    }
    return parsed.value;
  }),
);

const passwordRule = ({ settings, mode }: RuleContext) => {
  const strong = z
    .string({ error: `Enter a password of at least ${settings.passwordMinLength} characters` })
    .check(
      z.minLength(settings.passwordMinLength, `Use at least ${settings.passwordMinLength} characters`),
      z.maxLength(64, 'Use at most 64 characters'),
      z.regex(/[A-Z]/, 'Add an upper-case letter'),
      z.regex(/[a-z]/, 'Add a lower-case letter'),
      z.regex(/\d/, 'Add a digit'),
    );
  // On edit an empty password means "keep the current one" (the API never returns it).
  return mode === 'edit'
    ? z.union([z.literal(''), strong], {
        error: `Enter a password of at least ${settings.passwordMinLength} characters, or leave it empty to keep the current one`,
      })
    : strong;
};

interface FieldSpec<Name extends string, Rule extends z.ZodMiniType> {
  name: Name;
  label: string;
  section: SectionSlug;
  input: InputKind;
  rule: (ctx: RuleContext) => Rule;
  /** Shown below the input. */
  description?: string;
  /** Shown below the input on the create form instead. */
  createDescription?: string;
  /** As the user types (the rule says the same at validation time). */
  maxLength?: number;
  /** Whether an empty value is an error; a function when it depends on other fields. */
  required?: boolean | ((values: Record<string, unknown>) => boolean);
  /** Required on the create form only (the password: on edit, empty keeps the current one). */
  requiredOnCreate?: boolean;
  /** Message when required and empty. */
  requiredMessage?: string;
  /** Hidden fields are neither validated nor sent. */
  visibleWhen?: (values: Record<string, unknown>) => boolean;
  /** Fields of the same section that visibleWhen or required read. */
  dependsOn?: readonly string[];
  /** Changing it on an existing customer asks first. */
  confirmOnEdit?: { title: string; message: (from: string, to: string) => string; confirmLabel: string };
  /** Where it can be changed: read-only after creation, or computed by the server. */
  writable?: 'always' | 'on-create' | 'never';
  /** Never shown to reseller users. */
  adminOnly?: boolean;
  /**
   * No column for it in a stock ASTPP 6.0 database: shown, checked and stored only where the
   * backend says it stores it (`settings.optionalFields`).
   */
  optionalColumn?: boolean;
  options?: OptionSource | readonly StaticOption[];
  placeholder?: string;
  clearable?: boolean;
  searchable?: boolean;
}

function field<const Name extends string, Rule extends z.ZodMiniType>(
  spec: FieldSpec<Name, Rule>,
): FieldSpec<Name, Rule> {
  return spec;
}

const billingDays = Array.from({ length: 28 }, (_, i) => ({ value: i + 1, label: String(i + 1) }));

export const customerFields = [
  // Panel Access
  field({
    name: 'resellerId',
    label: 'Reseller',
    section: 'panel-access',
    input: 'select',
    options: 'resellers',
    rule: () => optionalReferenceId('Choose a reseller from the list, or none'),
    writable: 'on-create',
    adminOnly: true,
    clearable: true,
    placeholder: 'None (carrier customer)',
    description: 'Who resells this account; empty means a customer of the carrier itself',
  }),
  field({
    name: 'accountNumber',
    label: 'Account',
    section: 'panel-access',
    input: 'text',
    // Digits, at most 20 (ASTPP's column). A new number has the configured length; numbers
    // stored under another setting keep theirs (the field is read-only on edit).
    rule: ({ settings, mode }) =>
      mode === 'create'
        ? digits(20).check(
            z.regex(new RegExp(`^\\d{${settings.accountNumberLength}}$`), `Enter exactly ${settings.accountNumberLength} digits`),
          )
        : digits(20),
    maxLength: 20,
    required: true,
    requiredMessage: 'Enter an account number',
    writable: 'on-create',
  }),
  field({
    name: 'password',
    label: 'Password',
    section: 'panel-access',
    input: 'password',
    rule: passwordRule,
    maxLength: 64,
    description: 'Leave empty to keep the current password',
    createDescription: 'Generated for the customer; copy it now, it is not shown again after creation',
    requiredOnCreate: true,
    requiredMessage: 'Enter a password, or generate one',
  }),
  field({
    name: 'pin',
    label: 'Pin',
    section: 'panel-access',
    input: 'text',
    // Generated at the configured length; ASTPP keeps pins of other lengths (its stock
    // customer's has 10 digits), so any up to the column's 20 digits are valid.
    rule: () => digits(20),
    maxLength: 20,
    description: 'For calling cards; optional, digits only',
  }),
  field({
    name: 'email',
    label: 'Email',
    section: 'panel-access',
    input: 'email',
    rule: () => emailAddress,
    maxLength: 80,
    required: true,
    requiredMessage: 'Enter an email address',
    description: 'Signs in with it and receives low-credit notices',
  }),
  field({
    name: 'firstUsedAt',
    label: 'First Used',
    section: 'panel-access',
    input: 'datetime',
    rule: () => z.nullable(z.iso.datetime({ offset: true })),
    writable: 'never',
  }),
  field({
    name: 'validDays',
    label: 'Account Valid Days',
    section: 'panel-access',
    input: 'integer',
    rule: () => wholeNumber('Enter the number of days', 'Enter 0 days or more'),
    required: true,
    requiredMessage: 'Enter the number of days',
    description: 'Changing it moves the expiry date, counted from today',
  }),
  field({
    name: 'expiresAt',
    label: 'Expiry Date',
    section: 'panel-access',
    input: 'date',
    rule: () => z.iso.date('Choose an expiry date'),
    required: true,
    requiredMessage: 'Choose an expiry date',
    description: 'No new calls after this date',
  }),
  field({
    name: 'status',
    label: 'Status',
    section: 'panel-access',
    input: 'select',
    options: optionsOf(statusLabels),
    rule: () => z.enum(statuses, 'Choose a status'),
    required: true,
    requiredMessage: 'Choose a status',
  }),

  // Account Settings
  field({
    name: 'maxChannels',
    label: 'Concurrent Calls',
    section: 'account-settings',
    input: 'integer',
    rule: () => wholeNumber('Enter a number of calls (0 for unlimited)', 'Enter 0 (unlimited) or more'),
    required: true,
    requiredMessage: 'Enter a number of calls (0 for unlimited)',
    description: '0 = unlimited',
  }),
  field({
    name: 'cps',
    label: 'CPS',
    section: 'account-settings',
    input: 'integer',
    rule: () => wholeNumber('Enter calls per second (0 for unlimited)', 'Enter 0 (unlimited) or more'),
    required: true,
    requiredMessage: 'Enter calls per second (0 for unlimited)',
    description: 'Calls per second; 0 = unlimited',
  }),
  field({
    name: 'localizationId',
    label: 'Localization',
    section: 'account-settings',
    input: 'select',
    options: 'localizations',
    rule: () => optionalReferenceId('Choose a localization from the list, or none'),
    clearable: true,
    placeholder: 'None',
  }),
  field({
    name: 'allowLocalCalls',
    label: 'Allow Local Calls',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
    description: 'SIP-to-SIP calls between accounts',
  }),
  field({
    name: 'localCallChargePerMinute',
    label: 'LC Charge / Min',
    section: 'account-settings',
    input: 'money',
    rule: () => money,
    required: true,
    requiredMessage: 'Enter the charge per minute (0 for free)',
    maxLength: 28,
    description: 'Charged per minute of local (SIP-to-SIP) calls',
  }),
  field({
    name: 'allowLossLessRouting',
    label: 'Allow Loss Less Routing',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
    optionalColumn: true,
    description: 'Allow calls whose origination rate is below the termination rate',
  }),
  field({
    name: 'allowRecording',
    label: 'Allow Recording',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
  }),
  field({
    name: 'allowIpManagement',
    label: 'Allow IP Management',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
    description: 'On: the customer manages their own IP whitelist. Off: only admins do',
  }),
  field({
    name: 'notifications',
    label: 'Notifications',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
    description: 'Email low-credit and welcome notices',
  }),
  field({
    name: 'paymentGatewayPermission',
    label: 'Payment Gateway Permission',
    section: 'account-settings',
    input: 'switch',
    rule: yesNo,
    description: 'The customer may top up through the payment gateway',
  }),

  // Profile
  field({
    name: 'firstName',
    label: 'First Name',
    section: 'profile',
    input: 'text',
    // ASTPP strips non-ASCII letters from names; we keep every script.
    rule: () => requiredText(40, 'Enter a first name'),
    maxLength: 40,
    required: true,
    requiredMessage: 'Enter a first name',
  }),
  field({ name: 'lastName', label: 'Last Name', section: 'profile', input: 'text', rule: () => text(40), maxLength: 40 }),
  field({ name: 'company', label: 'Company', section: 'profile', input: 'text', rule: () => text(40), maxLength: 40 }),
  field({
    name: 'phone',
    label: 'Phone',
    section: 'profile',
    input: 'tel',
    rule: () => text(20).check(z.regex(/^[\d +\-()]*$/, 'Use digits, spaces, +, -, ( and ) only')),
    maxLength: 20,
  }),
  field({
    name: 'notificationEmail',
    label: 'Notification Email',
    section: 'profile',
    input: 'email',
    rule: () =>
      z.union([z.literal(''), emailAddress], { error: 'Enter an email address like name@example.com, or leave empty' }),
    maxLength: 80,
    description: 'Optional; notices go here instead of the sign-in email',
    createDescription: 'Optional; left empty, it is set to the Email, as ASTPP does',
  }),
  field({ name: 'address1', label: 'Address 1', section: 'profile', input: 'text', rule: () => text(80), maxLength: 80 }),
  field({ name: 'address2', label: 'Address 2', section: 'profile', input: 'text', rule: () => text(80), maxLength: 80 }),
  // ASTPP's columns hold 20 characters.
  field({ name: 'city', label: 'City', section: 'profile', input: 'text', rule: () => text(20), maxLength: 20 }),
  field({ name: 'province', label: 'Province', section: 'profile', input: 'text', rule: () => text(20), maxLength: 20 }),
  field({ name: 'zipCode', label: 'Zip Code', section: 'profile', input: 'text', rule: () => text(12), maxLength: 12 }),
  field({
    name: 'countryId',
    label: 'Country',
    section: 'profile',
    input: 'select',
    options: 'countries',
    searchable: true,
    rule: () => z.string({ error: 'Choose a country' }).check(z.regex(/^[A-Z]{2}$/, 'Choose a country')),
    required: true,
    requiredMessage: 'Choose a country',
  }),
  field({
    name: 'timezone',
    label: 'Timezone',
    section: 'profile',
    input: 'select',
    options: 'timezones',
    searchable: true,
    rule: () => z.string({ error: 'Choose a timezone' }).check(z.minLength(1, 'Choose a timezone'), z.maxLength(64, 'Choose a timezone')),
    required: true,
    requiredMessage: 'Choose a timezone',
  }),
  field({
    name: 'currency',
    label: 'Currency',
    section: 'profile',
    input: 'select',
    options: 'currencies',
    searchable: true,
    rule: () => z.string({ error: 'Choose a currency' }).check(z.regex(/^[A-Z]{3}$/, 'Choose a currency')),
    required: true,
    requiredMessage: 'Choose a currency',
    // ASTPP stores balance, credit limit and charges in the base currency, not in this one.
    description: 'The customer’s billing currency. Amounts on this page are in the system’s base currency',
  }),

  // Billing Settings
  field({
    name: 'accountType',
    label: 'Account Type',
    section: 'billing-settings',
    input: 'select',
    options: optionsOf(accountTypeLabels),
    rule: () => z.enum(accountTypes, 'Choose prepaid or postpaid'),
    required: true,
    requiredMessage: 'Choose prepaid or postpaid',
    // ASTPP forbids this change outright (issue #501); we allow it, explicitly, once the
    // balance is 0 (account-type-change.ts): before that, the field says why not.
    confirmOnEdit: {
      title: 'Change the account type?',
      message: (from, to) =>
        to === 'postpaid'
          ? `This ${from} customer will become postpaid: invoices are made on the billing day and calls are allowed up to the credit limit. The change applies when you save.`
          : `This ${from} customer will become prepaid: receipts are made as charges apply, calls stop when the balance runs out and the credit limit no longer applies. The change applies when you save.`,
      confirmLabel: 'Change account type',
    },
    description: 'Prepaid: receipts as charges apply. Postpaid: invoices on the billing day',
  }),
  field({
    name: 'creditLimit',
    label: 'Credit Limit',
    section: 'billing-settings',
    input: 'money',
    rule: () => money,
    maxLength: 28,
    visibleWhen: (v) => v.accountType === 'postpaid',
    dependsOn: ['accountType'],
    required: true,
    requiredMessage: 'Enter a credit limit (0 or more) for a postpaid account',
    description: 'How far a postpaid account may run up charges before calls stop',
  }),
  field({
    name: 'rateGroupId',
    label: 'Rate Group',
    section: 'billing-settings',
    input: 'select',
    options: 'rateGroups',
    searchable: true,
    rule: () => referenceId('Choose a rate group: without one the customer can make no calls'),
    required: true,
    requiredMessage: 'Choose a rate group: without one the customer can make no calls',
  }),
  field({
    name: 'nonCliRateGroupId',
    label: 'NON-CLI Rate Group',
    section: 'billing-settings',
    input: 'select',
    options: 'rateGroups',
    searchable: true,
    clearable: true,
    placeholder: 'None',
    rule: () => optionalReferenceId('Choose a NON-CLI rate group from the list, or none'),
    optionalColumn: true,
    required: (v) => cliPoolUsesNonCliRateGroup(v.cliPool),
    dependsOn: ['cliPool'],
    requiredMessage: 'Choose a NON-CLI rate group: the CLI pool bills unmatched calls at it',
    description: 'Rates calls whose caller ID is not in the CLI pool',
  }),
  field({
    name: 'cliPool',
    label: 'CLI Pool',
    section: 'billing-settings',
    input: 'select',
    options: optionsOf(cliPoolLabels),
    rule: () => z.enum(cliPoolModes, 'Choose a CLI pool mode'),
    optionalColumn: true,
    required: true,
    requiredMessage: 'Choose a CLI pool mode',
  }),
  field({
    name: 'billingSchedule',
    label: 'Billing Schedule',
    section: 'billing-settings',
    input: 'select',
    options: optionsOf(billingScheduleLabels),
    rule: () => z.enum(billingSchedules, 'Choose daily or monthly'),
    required: true,
    requiredMessage: 'Choose daily or monthly',
  }),
  field({
    name: 'billingDay',
    label: 'Billing Day',
    section: 'billing-settings',
    input: 'select',
    options: billingDays,
    rule: () =>
      z
        .number({ error: 'Choose a billing day' })
        .check(z.int(), z.minimum(1, 'Choose a day from 1 to 28'), z.maximum(28, 'Choose a day from 1 to 28')),
    visibleWhen: (v) => v.billingSchedule === 'monthly',
    dependsOn: ['billingSchedule'],
    required: true,
    requiredMessage: 'Choose the day of the month invoices are made',
    description: 'Day of the month the invoice is made',
  }),
  field({
    name: 'taxIds',
    label: 'Taxes',
    section: 'billing-settings',
    input: 'multi-select',
    options: 'taxes',
    rule: () =>
      z
        .array(z.number({ error: 'Choose taxes from the list' }).check(z.int(), z.positive()), { error: 'Choose taxes from the list' }),
    placeholder: 'No taxes',
  }),
  field({ name: 'taxNumber', label: 'Tax Number', section: 'billing-settings', input: 'text', rule: () => text(100), maxLength: 100, description: 'Printed on invoices' }),
  field({
    name: 'generateInvoice',
    label: 'Generate Invoice',
    section: 'billing-settings',
    input: 'switch',
    rule: yesNo,
    description: 'Make invoices even when the amount is zero',
  }),
  field({
    name: 'invoiceNote',
    label: 'Invoice Note',
    section: 'billing-settings',
    input: 'textarea',
    rule: () => text(110),
    maxLength: 110,
    description: 'Printed on invoices',
  }),
  field({ name: 'reference', label: 'Reference', section: 'billing-settings', input: 'text', rule: () => text(100), maxLength: 100 }),
] as const;

export type CustomerField = (typeof customerFields)[number];
export type CustomerFieldName = CustomerField['name'];
export type AnyFieldSpec = FieldSpec<string, z.ZodMiniType>;

const byName = new Map<string, AnyFieldSpec>(customerFields.map((f) => [f.name, f]));

export function fieldByName(name: string): AnyFieldSpec | undefined {
  return byName.get(name);
}

export function fieldsOfSection(section: SectionSlug): readonly AnyFieldSpec[] {
  return customerFields.filter((f) => f.section === section);
}

export function isVisible(f: AnyFieldSpec, values: Record<string, unknown>): boolean {
  return f.visibleWhen ? f.visibleWhen(values) : true;
}

export function isRequired(f: AnyFieldSpec, values: Record<string, unknown>, mode: FormMode = 'edit'): boolean {
  if (mode === 'create' && f.requiredOnCreate) return true;
  return typeof f.required === 'function' ? f.required(values) : f.required === true;
}

/** Fields whose visibility or requiredness reads this one (the credit limit, for the account type). */
export function dependentsOf(name: string): string[] {
  return (customerFields as readonly AnyFieldSpec[]).filter((f) => f.dependsOn?.includes(name)).map((f) => f.name);
}

/** Whether the backend stores this field (a stock ASTPP 6.0 database lacks the optional ones). */
export function isStored(f: AnyFieldSpec, settings: Settings): boolean {
  return !f.optionalColumn || settings.optionalFields[f.name as OptionalFieldName];
}

export interface Audience {
  mode: FormMode;
  role: Role;
  settings: Settings;
}

/** How a field appears to this user in this form: editable, shown read-only, or not at all. */
export function fieldAccess(f: AnyFieldSpec, { mode, role, settings }: Audience): 'editable' | 'readonly' | 'hidden' {
  if (f.adminOnly && role !== 'admin') return 'hidden';
  if (!isStored(f, settings)) return 'hidden';
  if (f.writable === 'never') return mode === 'create' ? 'hidden' : 'readonly';
  if (f.name === 'accountNumber' && mode === 'create') {
    return settings.accountNumberEditable ? 'editable' : 'readonly';
  }
  if (f.writable === 'on-create' && mode === 'edit') return 'readonly';
  return 'editable';
}
