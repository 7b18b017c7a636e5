import type { FormValues } from './form-values';

const DAY = 86_400_000;

function todayUtc(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** ASTPP: expiry = today + valid days; undefined past the year 9999, which no date field takes. */
export function expiryFromValidDays(days: number, now = new Date()): string | undefined {
  const expiry = new Date(todayUtc(now) + days * DAY);
  return expiry.getUTCFullYear() <= 9999 ? expiry.toISOString().slice(0, 10) : undefined;
}

/** The inverse: days from today to the expiry date (0 when it is today or past). */
export function validDaysFromExpiry(date: string, now = new Date()): number {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return 0;
  return Math.max(0, Math.round((Date.UTC(y, m - 1, d) - todayUtc(now)) / DAY));
}

/**
 * Fields whose change recomputes another field of the same section. Returns the updates to
 * apply (marked dirty), or nothing.
 */
export const fieldLinks: Record<string, (value: unknown, now?: Date) => FormValues | undefined> = {
  validDays: (value, now) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) return undefined;
    const expiresAt = expiryFromValidDays(value, now);
    return expiresAt ? { expiresAt } : undefined;
  },
  expiresAt: (value, now) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { validDays: validDaysFromExpiry(value, now) } : undefined,
};
