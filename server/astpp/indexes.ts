import type { Connection } from 'mysql2/promise';

/**
 * Indexes on ASTPP's `accounts` that keep the customer list and its search fast on a large
 * database (docs/performance.md, "Server"; docs/decisions/0015-search-by-prefix.md). A stock
 * ASTPP 6.0 has only id, number, pricelist_id and reseller_id. Carrierdesk never adds them on
 * its own: the operator asks with `npm run server:migrate -- --add-indexes`, and the bench's
 * `--with-indexes` adds them to its throw-away database.
 */
export const recommendedIndexes: ReadonlyArray<{ name: string; columns: readonly string[] }> = [
  // The list's scope and filters (deleted, type, reseller, status, account type): its COUNT(*)
  // and its default order read this index instead of every row of the table.
  { name: 'carrierdesk_list', columns: ['deleted', 'type', 'reseller_id', 'status', 'posttoexternal'] },
  // Sorting by status and by account type: each holds the sort column, then id (the
  // tie-break) and type, so a page is found in the index alone, however deep (OFFSET); without
  // them MariaDB read every customer's row through carrierdesk_list, then sorted them all.
  // The same shape for the account number, (deleted, number, id, type), made deep pages in the
  // default order fast but lured MariaDB into walking it in order for a reseller's rare search
  // (about 95 ms instead of 1 to 5): not recommended (docs/performance.md).
  { name: 'carrierdesk_status', columns: ['deleted', 'status', 'id', 'type'] },
  { name: 'carrierdesk_account_type', columns: ['deleted', 'posttoexternal', 'id', 'type'] },
  // The email checks of a save and a create, and a search by the start of an email.
  { name: 'carrierdesk_email', columns: ['email'] },
  // Sorting by name, and a search by the start of a first name.
  { name: 'carrierdesk_name', columns: ['first_name', 'last_name'] },
  // A search by the start of a last name ("smi" finds Smith).
  { name: 'carrierdesk_last_name', columns: ['last_name'] },
  // Sorting by company, and a search by the start of a company.
  { name: 'carrierdesk_company', columns: ['company_name'] },
  // Sorting by balance.
  { name: 'carrierdesk_balance', columns: ['balance'] },
];
// The start of an account number is served by ASTPP's own index on `number`.

/**
 * Built while ASTPP keeps writing (the switch updates balances on every call): the statement
 * fails rather than lock the table if the server cannot build the index online.
 */
export const createIndexStatement = ({ name, columns }: { name: string; columns: readonly string[] }) =>
  `CREATE INDEX ${name} ON accounts (${columns.join(', ')}) ALGORITHM=INPLACE LOCK=NONE`;

/** Adds those of the recommended indexes that the connection's database lacks; answers their names. */
export async function addRecommendedIndexes(astpp: Connection): Promise<string[]> {
  const [rows] = await astpp.query(
    "SELECT DISTINCT INDEX_NAME AS name FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'accounts'",
  );
  const present = new Set((rows as Array<{ name: string }>).map((r) => r.name));
  const added: string[] = [];
  for (const index of recommendedIndexes) {
    if (present.has(index.name)) continue;
    await astpp.query(createIndexStatement(index));
    added.push(index.name);
  }
  return added;
}
