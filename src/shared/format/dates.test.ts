// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './dates';

describe('dates as the viewer reads them', () => {
  it('shows a date-time in the given locale and timezone', () => {
    expect(formatDateTime('2026-02-03T14:05:00Z', 'en-GB', 'UTC')).toBe('3 Feb 2026, 14:05');
    // The same instant elsewhere: a formatter kept for one timezone is not used for another.
    expect(formatDateTime('2026-02-03T14:05:00Z', 'en-GB', 'Asia/Kolkata')).toBe('3 Feb 2026, 19:35');
    expect(formatDateTime('2026-02-03T14:05:00Z', 'en-GB', 'UTC')).toBe('3 Feb 2026, 14:05');
  });

  it('shows a calendar date as that day wherever the viewer is', () => {
    expect(formatDate('2027-03-31', 'en-GB')).toBe('31 Mar 2027');
    expect(formatDate('2027-03-31', 'en-US')).toBe('Mar 31, 2027');
  });

  it('leaves what is not a date as it came', () => {
    expect(formatDateTime('not a date')).toBe('not a date');
    expect(formatDate('2027-03')).toBe('2027-03');
  });
});
