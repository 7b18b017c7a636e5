/**
 * Money is a decimal string on the wire ("12.50000": up to 15 integer digits and 5 decimals,
 * as ASTPP's DECIMAL(20,5) columns). It never goes through a JavaScript number, so a credit
 * limit of 999 999 999 999 999.99999 survives a round trip.
 */
const MONEY_DECIMALS = 5;
const MONEY_INTEGER_DIGITS = 15;

export type MoneyParseResult =
  | { ok: true; value: string }
  | { ok: false; message: string };

const plain = /^(\d+)(?:\.(\d*))?$/;
// "1,234,567.50": comma grouping is accepted only when every group has three digits, so
// "1,23" (a European decimal comma) is rejected instead of silently read as 123.
const grouped = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;

/** Reads what an operator typed or pasted; returns the canonical wire string or a message. */
export function parseMoney(input: string): MoneyParseResult {
  const text = input.trim().replace(/\u00a0/g, '');
  if (text === '') return { ok: false, message: 'Enter an amount' };
  if (text.startsWith('-')) return { ok: false, message: 'Enter an amount of 0 or more' };
  const match = plain.exec(text) ?? grouped.exec(text);
  if (!match) {
    return { ok: false, message: 'Enter an amount in digits, like 1234.50' };
  }
  const integer = (match[1] ?? '').replace(/,/g, '').replace(/^0+(?=\d)/, '');
  const fraction = match[2] ?? '';
  if (integer.length > MONEY_INTEGER_DIGITS) {
    return { ok: false, message: `Enter an amount with at most ${MONEY_INTEGER_DIGITS} digits before the decimal point` };
  }
  if (fraction.length > MONEY_DECIMALS) {
    return { ok: false, message: `Use at most ${MONEY_DECIMALS} decimal places` };
  }
  return { ok: true, value: `${integer}.${fraction.padEnd(MONEY_DECIMALS, '0')}` };
}

// Building an Intl.NumberFormat costs far more than using one, and a list page formats
// dozens of amounts in a handful of currencies: keep the ones built.
const formats = new Map<string, Intl.NumberFormat | null>();

function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = JSON.stringify([locale ?? null, options]);
  if (!formats.has(key)) {
    let format: Intl.NumberFormat | null;
    try {
      format = new Intl.NumberFormat(locale, options);
    } catch {
      format = null; // an unknown currency code
    }
    formats.set(key, format);
  }
  return formats.get(key)!;
}

/** Digits the currency normally shows (2 for USD, 0 for JPY, 3 for KWD). */
export function currencyDigits(currency: string): number {
  return numberFormat('en', { style: 'currency', currency })?.resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * The editable text for a wire amount: trailing zeros beyond the currency's own digits are
 * dropped, so "12.50000" in USD edits as "12.50" and "7.12345" keeps all five decimals.
 */
export function moneyToInput(value: string | null | undefined, currency: string): string {
  if (value == null || value === '') return '';
  const [integer = '0', fraction = ''] = value.split('.');
  const keep = Math.max(currencyDigits(currency), fraction.replace(/0+$/, '').length);
  return keep > 0 ? `${integer}.${fraction.padEnd(keep, '0').slice(0, keep)}` : integer;
}

/**
 * Formats a wire amount for display with the currency's ISO code ("USD 1,234.50"), exact to
 * five decimals. The code, not a symbol: amounts are in the base currency, which may not be
 * the customer's own, and "$" would not say which dollar.
 */
export function formatMoney(value: string | null | undefined, currency: string, locale?: string): string {
  if (value == null || value === '') return '—';
  const input = moneyToInput(value, currency);
  const digits = input.split('.')[1]?.length ?? 0;
  const format = numberFormat(locale, {
    style: 'currency',
    currency,
    currencyDisplay: 'code',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // Intl accepts decimal strings and formats them without float rounding.
  return format ? format.format(input as unknown as number) : `${input} ${currency}`;
}

const SCALE = 10n ** BigInt(MONEY_DECIMALS);

/** A wire amount ("-12.50000", "0.5") as a whole number of hundred-thousandths. */
function toUnits(value: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{0,5}))?$/.exec(value.trim());
  if (!match) throw new Error(`Not an amount: ${JSON.stringify(value)}`);
  const units = BigInt(match[2]!) * SCALE + BigInt((match[3] ?? '').padEnd(MONEY_DECIMALS, '0'));
  return match[1] ? -units : units;
}

/** a − b for wire amounts, exactly (no float on the way): "5000.00000" − "120.50000" = "4879.50000". */
export function subtractMoney(a: string, b: string): string {
  const units = toUnits(a) - toUnits(b);
  const magnitude = units < 0n ? -units : units;
  const fraction = String(magnitude % SCALE).padStart(MONEY_DECIMALS, '0');
  return `${units < 0n ? '-' : ''}${magnitude / SCALE}.${fraction}`;
}

/** Whether a wire amount is zero ("0.00000", "-0.00000"). */
export function isZeroMoney(value: string): boolean {
  return toUnits(value) === 0n;
}
