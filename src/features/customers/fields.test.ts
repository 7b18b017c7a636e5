// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { customerFields, fieldAccess, fieldByName, fieldsOfSection, isRequired, isVisible, type AnyFieldSpec } from './fields';
import { sections } from './sections';

const fields = customerFields as readonly AnyFieldSpec[];

describe('the field table', () => {
  // SPEC section 3: tab names and labels are a contract with QA (getByRole('tab'), getByLabel).
  it('has exactly the tabs and labels of the spec, in order', () => {
    expect(sections.map((s) => s.title)).toEqual(['Panel Access', 'Account Settings', 'Profile', 'Billing Settings']);
    expect(Object.fromEntries(sections.map((s) => [s.title, fieldsOfSection(s.slug).map((f) => f.label)]))).toEqual({
      'Panel Access': ['Reseller', 'Account', 'Password', 'Pin', 'Email', 'First Used', 'Account Valid Days', 'Expiry Date', 'Status'],
      'Account Settings': [
        'Concurrent Calls',
        'CPS',
        'Localization',
        'Allow Local Calls',
        'LC Charge / Min',
        'Allow Loss Less Routing',
        'Allow Recording',
        'Allow IP Management',
        'Notifications',
        'Payment Gateway Permission',
      ],
      Profile: [
        'First Name',
        'Last Name',
        'Company',
        'Phone',
        'Notification Email',
        'Address 1',
        'Address 2',
        'City',
        'Province',
        'Zip Code',
        'Country',
        'Timezone',
        'Currency',
      ],
      'Billing Settings': [
        'Account Type',
        'Credit Limit',
        'Rate Group',
        'NON-CLI Rate Group',
        'CLI Pool',
        'Billing Schedule',
        'Billing Day',
        'Taxes',
        'Tax Number',
        'Generate Invoice',
        'Invoice Note',
        'Reference',
      ],
    });
  });

  it('names each field and label once', () => {
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
    expect(new Set(fields.map((f) => f.label)).size).toBe(fields.length);
    expect(fieldByName('creditLimit')?.label).toBe('Credit Limit');
    expect(fieldByName('nickname')).toBeUndefined();
  });

  it('Yes/No settings are switches', () => {
    const switches = fields.filter((f) => f.input === 'switch').map((f) => f.label);
    expect(switches).toEqual([
      'Allow Local Calls',
      'Allow Loss Less Routing',
      'Allow Recording',
      'Allow IP Management',
      'Notifications',
      'Payment Gateway Permission',
      'Generate Invoice',
    ]);
  });

  it('a condition reads only the fields it declares, all of its own section', () => {
    for (const f of fields.filter((f) => f.visibleWhen || typeof f.required === 'function')) {
      const read = new Set<string>();
      const values = new Proxy({} as Record<string, unknown>, {
        get: (_, key) => {
          read.add(String(key));
          return undefined;
        },
      });
      f.visibleWhen?.(values);
      if (typeof f.required === 'function') f.required(values);
      expect([...read].sort(), f.name).toEqual([...(f.dependsOn ?? [])].sort());
      for (const name of f.dependsOn ?? []) expect(fieldByName(name)?.section, `${f.name} → ${name}`).toBe(f.section);
    }
  });
});

describe('conditions', () => {
  const creditLimit = fieldByName('creditLimit')!;
  const billingDay = fieldByName('billingDay')!;
  const nonCli = fieldByName('nonCliRateGroupId')!;

  it('credit limit is shown and required for postpaid only', () => {
    expect(isVisible(creditLimit, { accountType: 'postpaid' })).toBe(true);
    expect(isRequired(creditLimit, { accountType: 'postpaid' })).toBe(true);
    expect(isVisible(creditLimit, { accountType: 'prepaid' })).toBe(false);
  });

  it('billing day is shown and required for monthly billing only', () => {
    expect(isVisible(billingDay, { billingSchedule: 'monthly' })).toBe(true);
    expect(isVisible(billingDay, { billingSchedule: 'daily' })).toBe(false);
  });

  it('NON-CLI rate group is always shown, and required only when the CLI pool bills at it', () => {
    for (const cliPool of ['disabled', 'random-cli', 'reject']) {
      expect(isVisible(nonCli, { cliPool })).toBe(true);
      expect(isRequired(nonCli, { cliPool })).toBe(false);
    }
    expect(isRequired(nonCli, { cliPool: 'non-cli-rate-group' })).toBe(true);
  });

  it('the password is required on create only', () => {
    const password = fieldByName('password')!;
    expect(isRequired(password, {}, 'create')).toBe(true);
    expect(isRequired(password, {}, 'edit')).toBe(false);
  });
});

describe('who sees and edits what', () => {
  const access = (name: string, mode: 'create' | 'edit', role: 'admin' | 'reseller', accountNumberEditable = false) =>
    fieldAccess(fieldByName(name)!, { mode, role, settings: { ...defaultSettings, accountNumberEditable } });

  it('the reseller is chosen by admins on create, read-only on edit, never shown to resellers', () => {
    expect(access('resellerId', 'create', 'admin')).toBe('editable');
    expect(access('resellerId', 'edit', 'admin')).toBe('readonly');
    expect(access('resellerId', 'create', 'reseller')).toBe('hidden');
    expect(access('resellerId', 'edit', 'reseller')).toBe('hidden');
  });

  it('the account number is editable on create only when the settings allow it, read-only on edit', () => {
    expect(access('accountNumber', 'create', 'admin', true)).toBe('editable');
    expect(access('accountNumber', 'create', 'admin', false)).toBe('readonly');
    expect(access('accountNumber', 'edit', 'admin', true)).toBe('readonly');
    expect(access('accountNumber', 'edit', 'reseller')).toBe('readonly');
  });

  it('first used is shown read-only on edit and not at all on create', () => {
    expect(access('firstUsedAt', 'edit', 'admin')).toBe('readonly');
    expect(access('firstUsedAt', 'create', 'admin')).toBe('hidden');
  });

  it('everything else is editable by both roles', () => {
    const fixed = new Set(['resellerId', 'accountNumber', 'firstUsedAt']);
    for (const f of fields.filter((f) => !fixed.has(f.name))) {
      for (const mode of ['create', 'edit'] as const) {
        for (const role of ['admin', 'reseller'] as const) expect(access(f.name, mode, role), `${f.name} ${mode} ${role}`).toBe('editable');
      }
    }
  });
});
