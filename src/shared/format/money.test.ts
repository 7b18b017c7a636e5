// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencies } from '../../../mocks/data/currencies';
import { currencyDigits, formatMoney, isZeroMoney, moneyToInput, parseMoney, subtractMoney } from './money';

describe('parseMoney', () => {
  it.each([
    ['12.5', '12.50000'],
    [' 12.5 ', '12.50000'],
    ['1,234.50', '1234.50000'],
    ['1,234,567.12345', '1234567.12345'],
    ['0', '0.00000'],
    ['000', '0.00000'],
    ['0.5', '0.50000'],
    ['12.', '12.00000'],
    ['1\u00a0234.5', '1234.50000'],
    ['999999999999999.99999', '999999999999999.99999'],
  ])('reads %j as %s', (input, value) => {
    expect(parseMoney(input)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter an amount'],
    ['   ', 'Enter an amount'],
    ['-0.01', 'Enter an amount of 0 or more'],
    ['1,23', 'Enter an amount in digits, like 1234.50'],
    ['1,2345', 'Enter an amount in digits, like 1234.50'],
    ['1234,567.5', 'Enter an amount in digits, like 1234.50'],
    ['1.234,50', 'Enter an amount in digits, like 1234.50'],
    ['€5', 'Enter an amount in digits, like 1234.50'],
    ['1 234', 'Enter an amount in digits, like 1234.50'],
    ['0x10', 'Enter an amount in digits, like 1234.50'],
    ['Infinity', 'Enter an amount in digits, like 1234.50'],
    ['1.2.3', 'Enter an amount in digits, like 1234.50'],
    ['1.123456', 'Use at most 5 decimal places'],
    ['1000000000000000', 'Enter an amount with at most 15 digits before the decimal point'],
  ])('rejects %j: "%s" (never silently truncated)', (input, message) => {
    expect(parseMoney(input)).toEqual({ ok: false, message });
  });

  it('keeps amounts beyond float precision exact', () => {
    expect(parseMoney('123456789012345.12345')).toEqual({ ok: true, value: '123456789012345.12345' });
  });
});

describe('moneyToInput', () => {
  it.each([
    ['12.50000', 'USD', '12.50'],
    ['12.00000', 'USD', '12.00'],
    ['7.12345', 'USD', '7.12345'],
    ['7.12000', 'USD', '7.12'],
    ['1234.00000', 'JPY', '1234'],
    ['12.50000', 'JPY', '12.5'],
    ['1.50000', 'KWD', '1.500'],
    ['1.12340', 'KWD', '1.1234'],
    ['0.00000', 'EUR', '0.00'],
  ])('edits %s in %s as %s', (wire, currency, input) => {
    expect(moneyToInput(wire, currency)).toBe(input);
  });

  it('is empty for no amount', () => {
    expect(moneyToInput(null, 'USD')).toBe('');
    expect(moneyToInput(undefined, 'USD')).toBe('');
    expect(moneyToInput('', 'USD')).toBe('');
  });
});

describe('formatMoney', () => {
  it.each([
    ['1234.50000', 'USD', 'en-US', 'USD\u00a01,234.50'],
    ['-12.50000', 'USD', 'en-US', '-USD\u00a012.50'],
    ['0.01250', 'USD', 'en-US', 'USD\u00a00.0125'],
    ['999999999999999.99999', 'USD', 'en-US', 'USD\u00a0999,999,999,999,999.99999'],
    ['1234.00000', 'JPY', 'en-US', 'JPY\u00a01,234'],
    ['1234.50000', 'JPY', 'en-US', 'JPY\u00a01,234.5'],
    ['1234.50000', 'KWD', 'en-US', 'KWD\u00a01,234.500'],
    ['1234.50000', 'CAD', 'en-US', 'CAD\u00a01,234.50'],
    ['1234.50000', 'EUR', 'de-DE', '1.234,50\u00a0EUR'],
    ['1234.50000', 'EUR', 'fr-FR', '1\u202f234,50\u00a0EUR'],
  ])('shows %s %s in %s as %j: with the code, never a symbol another currency shares', (wire, currency, locale, shown) => {
    expect(formatMoney(wire, currency, locale)).toBe(shown);
  });

  it('shows a dash for no amount (a prepaid customer has no credit limit)', () => {
    expect(formatMoney(null, 'USD', 'en-US')).toBe('—');
  });

  it('falls back to the code for a currency Intl does not know', () => {
    expect(formatMoney('5.00000', 'not-a-code', 'en-US')).toBe('5.00 not-a-code');
  });
});

describe('subtractMoney and isZeroMoney', () => {
  it.each([
    ['5000.00000', '120.50000', '4879.50000'],
    ['100.00000', '250.00000', '-150.00000'],
    ['0.00000', '-12.50000', '12.50000'],
    ['99999999999999.99999', '-12.50000', '100000000000012.49999'],
    ['0.1', '0.3', '-0.20000'],
    ['7.00000', '7.00000', '0.00000'],
  ])('%s − %s = %s, exactly', (a, b, difference) => {
    expect(subtractMoney(a, b)).toBe(difference);
  });

  it('is exact where floats are not', () => {
    const cents = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }), fc.bigInt({ min: 0n, max: 10n ** 20n - 1n }));
    const wire = (units: bigint) => `${units / 100_000n}.${String(units % 100_000n).padStart(5, '0')}`;
    fc.assert(
      fc.property(cents, ([a, b]) => {
        const expected = a >= b ? wire(a - b) : `-${wire(b - a)}`;
        expect(subtractMoney(wire(a), wire(b))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('knows zero in any spelling', () => {
    expect(['0.00000', '-0.00000', '0', '0.0'].map(isZeroMoney)).toEqual([true, true, true, true]);
    expect(['0.00001', '-12.50000', '1.00000'].map(isZeroMoney)).toEqual([false, false, false]);
  });
});

describe('currency facts', () => {
  it('knows the digits of USD, JPY, KWD and EUR', () => {
    expect([currencyDigits('USD'), currencyDigits('JPY'), currencyDigits('KWD'), currencyDigits('EUR')]).toEqual([2, 0, 3, 2]);
    expect(currencyDigits('nope')).toBe(2);
  });
});

describe('round trips for every supported currency (fast-check)', () => {
  const codes = currencies.map(([code]) => code);
  const wireAmount = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.integer({ min: 0, max: 99_999 }))
    .map(([integer, fraction]) => `${integer}.${String(fraction).padStart(5, '0')}`);
  const edges = ['0.00000', '0.00001', '0.10000', '1.00000', '12.50000', '999.99999', '999999999999999.99999'];

  /** Reads back what formatMoney shows in en-US: drop the currency code and spaces, keep digits and separators. */
  function readBack(shown: string, currency: string): string {
    return shown.replace(currency, '').replace(/[\s\u00a0\u202f]/g, '');
  }

  function roundTrips(wire: string, currency: string) {
    // What the form shows for editing reads back as the same amount: nothing is lost or rounded.
    expect(parseMoney(moneyToInput(wire, currency))).toEqual({ ok: true, value: wire });
    // So does what the header and dialogs show.
    expect(parseMoney(readBack(formatMoney(wire, currency, 'en-US'), currency))).toEqual({ ok: true, value: wire });
    // The editable text keeps at least the currency's own digits.
    const decimals = moneyToInput(wire, currency).split('.')[1]?.length ?? 0;
    expect(decimals).toBeGreaterThanOrEqual(currencyDigits(currency));
  }

  it('the currency list and Intl agree on each currency’s digits', () => {
    for (const [code, , digits] of currencies) expect(currencyDigits(code), code).toBe(digits);
  });

  it('edge amounts in every currency', () => {
    for (const code of codes) for (const wire of edges) roundTrips(wire, code);
  });

  it('any amount in any currency', () => {
    fc.assert(
      fc.property(fc.constantFrom(...codes), wireAmount, (currency, wire) => roundTrips(wire, currency)),
      { numRuns: 1000 },
    );
  });

  it('any typed amount parses to its canonical form, and that form parses to itself', () => {
    const typed = fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n - 1n }), fc.stringMatching(/^\d{0,5}$/), fc.boolean(), fc.boolean()).map(
      ([integer, fraction, grouped, padded]) => {
        const digits = grouped ? integer.toLocaleString('en-US') : String(integer);
        const text = fraction ? `${digits}.${fraction}` : digits;
        return padded ? `  ${text} ` : text;
      },
    );
    fc.assert(
      fc.property(typed, (text) => {
        const parsed = parseMoney(text);
        expect(parsed.ok).toBe(true);
        if (!parsed.ok) return;
        expect(parsed.value).toMatch(/^\d{1,15}\.\d{5}$/);
        expect(parseMoney(parsed.value)).toEqual(parsed);
        expect(Number(parsed.value)).toBeCloseTo(Number(text.trim().replace(/,/g, '')), 5);
      }),
      { numRuns: 1000 },
    );
  });
});
