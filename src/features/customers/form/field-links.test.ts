// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expiryFromValidDays, fieldLinks, validDaysFromExpiry } from './field-links';

// Mid-afternoon local time: "today" is the local calendar day, whatever the time zone.
const now = new Date(2026, 0, 15, 15, 30);

describe('Account Valid Days ↔ Expiry Date', () => {
  it('expiry is today plus the valid days (as ASTPP computes it)', () => {
    expect(expiryFromValidDays(0, now)).toBe('2026-01-15');
    expect(expiryFromValidDays(30, now)).toBe('2026-02-14');
    expect(expiryFromValidDays(365, now)).toBe('2027-01-15');
    expect(expiryFromValidDays(36500, now)).toBe('2125-12-22');
    // ASTPP's stock admin row.
    expect(expiryFromValidDays(60000, now)).toBe('2190-04-25');
  });

  it('valid days are the days from today to the expiry date, 0 when it is past', () => {
    expect(validDaysFromExpiry('2026-02-14', now)).toBe(30);
    expect(validDaysFromExpiry('2026-01-15', now)).toBe(0);
    expect(validDaysFromExpiry('2025-12-31', now)).toBe(0);
    expect(validDaysFromExpiry('not a date', now)).toBe(0);
  });

  it('does not move by a day late in the evening or across a daylight-saving change', () => {
    const lateEvening = new Date(2026, 2, 28, 23, 59);
    expect(expiryFromValidDays(1, lateEvening)).toBe('2026-03-29');
    expect(validDaysFromExpiry('2026-04-27', lateEvening)).toBe(30);
  });

  it('changing one recomputes the other, and back again gives the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000 }), fc.date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true }), (days, today) => {
        const linked = fieldLinks.validDays!(days, today);
        expect(linked).toEqual({ expiresAt: expiryFromValidDays(days, today) });
        expect(fieldLinks.expiresAt!(linked!.expiresAt, today)).toEqual({ validDays: days });
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves the other field alone while the edited one is not valid yet', () => {
    for (const days of ['', -1, 1.5, null]) expect(fieldLinks.validDays!(days, now)).toBeUndefined();
    for (const date of ['', '2026-1-5', null, 20260115]) expect(fieldLinks.expiresAt!(date, now)).toBeUndefined();
  });

  it('has no cap of its own: the last date a date field takes is as many days away as it is', () => {
    expect(fieldLinks.expiresAt!('9999-12-31', now)).toEqual({ validDays: 2_912_428 });
    expect(fieldLinks.validDays!(2_912_428, now)).toEqual({ expiresAt: '9999-12-31' });
  });

  it('moves no expiry date past the year 9999, which no date field can show', () => {
    expect(fieldLinks.validDays!(2_912_429, now)).toBeUndefined();
    expect(fieldLinks.validDays!(2_147_483_647, now)).toBeUndefined();
  });
});
