/** Generators of the create form: unique account numbers, pins and strong passwords. */

function randomInt(max: number): number {
  const buffer = new Uint32Array(1);
  crypto.getRandomValues(buffer);
  return (buffer[0] ?? 0) % max;
}

function digits(length: number): string {
  return Array.from({ length }, () => randomInt(10)).join('');
}

export function generateAccountNumber(length: number, taken: ReadonlySet<string>): string {
  for (;;) {
    const candidate = String(1 + randomInt(9)) + digits(length - 1);
    if (!taken.has(candidate)) return candidate;
  }
}

export function generatePin(length: number): string {
  return digits(length);
}

const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const lower = 'abcdefghijkmnopqrstuvwxyz';
const numbers = '23456789';
const symbols = '!#$%&*+-=?@';

/** 14 characters with every class present; no look-alikes (0/O, 1/l/I). */
export function generatePassword(length = 14): string {
  const all = upper + lower + numbers + symbols;
  const chars = [upper, lower, numbers, symbols].map((set) => set[randomInt(set.length)]!);
  while (chars.length < length) chars.push(all[randomInt(all.length)]!);
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
