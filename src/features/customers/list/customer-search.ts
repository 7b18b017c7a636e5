/**
 * What the customer list's search finds, for the server's SQL and the mock alike
 * (docs/decisions/0015-search-by-prefix.md): a customer matches when each word typed begins
 * its account number, first name, last name, email or company ("john sm" finds John Smith,
 * "4155" account 4155…), or when the whole text begins one of them ("Acme Telecom").
 * Beginnings only, never the middle: an index can serve a beginning, so a search stays fast
 * on 100,000 customers; "Telecom" does not find "Acme Telecom". Case follows the database's
 * collation (case-insensitive); `%` and `_` are letters to find.
 */

export const searchedFields = ['accountNumber', 'firstName', 'lastName', 'email', 'company'] as const;
export type SearchedField = (typeof searchedFields)[number];

export interface CustomerSearch {
  /** The words typed, each once, in order. */
  words: string[];
  /** The whole text, its spaces collapsed. */
  phrase: string;
}

/** The search in `q`, or undefined when it holds no word (the list is not searched). */
export function parseCustomerSearch(q: string): CustomerSearch | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  return { words: [...new Set(words)], phrase: words.join(' ') };
}

export function matchesCustomerSearch(customer: Record<SearchedField, string>, search: CustomerSearch): boolean {
  const values = searchedFields.map((field) => customer[field].toLocaleLowerCase());
  const begins = (text: string) => {
    const start = text.toLocaleLowerCase();
    return values.some((value) => value.startsWith(start));
  };
  return begins(search.phrase) || search.words.every(begins);
}
