import { formatMoney, isZeroMoney } from '../../shared/format/money';
import type { Customer } from './customer-schema';
import { accountTypes, type AccountType } from './fields';

/**
 * ASTPP's `balance` is the money left on a prepaid account and the money used (owed) on a
 * postpaid one. Switching the type of an account whose balance is not 0 would turn that
 * credit into a debt or the other way round, so ASTPP forbids any change of type (issue
 * #501). We allow it once the balance is 0, and say why not before that. The form, the mock
 * backend and the server all ask this one rule.
 */
type Saved = Pick<Customer, 'accountType' | 'balance'>;

/**
 * Why this customer's account type cannot change now, in the operator's words, with the
 * balance in the base currency (ASTPP stores it so); undefined when it can.
 */
export function accountTypeChangeRefusal(saved: Saved, baseCurrency: string, locale?: string): string | undefined {
  if (isZeroMoney(saved.balance)) return undefined;
  const balance = formatMoney(saved.balance, baseCurrency, locale);
  const meaning = saved.accountType === 'prepaid' ? 'the money left on this prepaid account' : 'the money used on this postpaid account';
  return `The balance must be settled to 0 before the account type can change. It is ${balance}, ${meaning}.`;
}

/** Fields of this saved customer that cannot change now, each with the reason (the profile shows them read-only). */
export function lockedFields(saved: Saved, baseCurrency: string): Partial<Record<string, string>> {
  const accountType = accountTypeChangeRefusal(saved, baseCurrency);
  return accountType ? { accountType } : {};
}

/**
 * The API's verdict on a PATCH body: `{ accountType: [reason] }` when it sends the other
 * account type while the stored balance is not 0. Messages are in one locale, whoever asks.
 */
export function accountTypeChangeErrors(saved: Saved, body: Record<string, unknown>, baseCurrency: string): Record<string, string[]> {
  const sent = body.accountType;
  const changes = accountTypes.includes(sent as AccountType) && sent !== saved.accountType;
  const refusal = changes ? accountTypeChangeRefusal(saved, baseCurrency, 'en-US') : undefined;
  return refusal ? { accountType: [refusal] } : {};
}
