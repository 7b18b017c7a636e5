// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../settings';
import { newCustomerDefaults } from './new-customer-defaults';

const admin = { id: 1, name: 'Ada', email: 'admin@example.com', role: 'admin' as const, resellerId: null };
const generated = { accountNumber: '1234567890', pin: '123456', password: 'Str0ngPass' };
const timezones = [{ id: 'UTC' }, { id: 'Asia/Kolkata' }, { id: 'Europe/Oslo' }];
const now = new Date(2026, 0, 15, 12);

describe('a new customer starts from the operator’s settings', () => {
  it("takes ASTPP's signup defaults: valid days, limits, the Yes/No switches, country, time zone and the base currency", () => {
    expect(newCustomerDefaults(defaultSettings, admin, generated, timezones, now)).toMatchObject({
      validDays: 3650,
      expiresAt: '2036-01-13',
      maxChannels: 0,
      cps: 0,
      localCallChargePerMinute: '0.00000',
      allowLocalCalls: true,
      allowRecording: false,
      allowIpManagement: false,
      notifications: true,
      paymentGatewayPermission: true,
      generateInvoice: true,
      countryId: 'IN',
      timezone: 'Asia/Kolkata',
      currency: 'USD',
    });
  });

  it('follows a change of the settings', () => {
    const settings: Settings = {
      ...defaultSettings,
      baseCurrency: 'EUR',
      newCustomer: { ...defaultSettings.newCustomer, validDays: 30, maxChannels: 4, allowRecording: true, timezone: 'Europe/Oslo', rateGroupId: 2 },
    };
    expect(newCustomerDefaults(settings, admin, generated, timezones, now)).toMatchObject({
      validDays: 30,
      expiresAt: '2026-02-14',
      maxChannels: 4,
      allowRecording: true,
      timezone: 'Europe/Oslo',
      rateGroupId: 2,
      currency: 'EUR',
    });
  });

  it("takes the viewer's time zone when the settings name none the list has", () => {
    const settings: Settings = { ...defaultSettings, newCustomer: { ...defaultSettings.newCustomer, timezone: null, countryId: null } };
    const defaults = newCustomerDefaults(settings, admin, generated, [{ id: 'UTC' }], now);
    expect(defaults.timezone).toBe('UTC');
    expect(defaults.countryId).toBeUndefined();
  });
});
