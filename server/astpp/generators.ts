import { randomInt } from 'node:crypto';

/** The create form's generators: account numbers and pins of the configured length, strong passwords. */

const digits = (length: number) => Array.from({ length }, () => randomInt(10)).join('');

/** No leading zero: ASTPP's own generator and the dial plan treat the number as digits. */
export const accountNumber = (length: number) => String(1 + randomInt(9)) + digits(length - 1);

export const pin = (length: number) => digits(length);

const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const numbers = '23456789';
const symbols = '!#%&*+-=?@';

/** Every class present, no look-alikes (0/O, 1/l/I); at least 14 characters. */
export function password(minLength: number): string {
  const length = Math.max(14, minLength);
  const all = upper + lower + numbers + symbols;
  const chars = [upper, lower, numbers, symbols].map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
