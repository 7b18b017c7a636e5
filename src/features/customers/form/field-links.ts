import type { FormValues } from './form-values';

const DAY = 86_400_000;

function todayUtc(now: Date): number {
  return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
}

/** ASTPP: expiry = today + valid days. */
export function expiryFromValidDays(days: number, now = new Date()): string {
  return new Date(todayUtc(now) + days * DAY).toISOString().slice(0, 10);
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
  validDays: (value, now) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 36500
      ? { expiresAt: expiryFromValidDays(value, now) }
      : undefined,
  expiresAt: (value, now) =>
    typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? { validDays: Math.min(36500, validDaysFromExpiry(value, now)) }
      : undefined,
};
