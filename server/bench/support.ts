/**
 * Indexes that would bring the list's sorts and filters within budget on a large ASTPP
 * database. ASTPP's stock `accounts` has only id, number, pricelist_id and reseller_id.
 * Carrierdesk never adds them to an operator's database: docs/performance.md ("Server")
 * shows the figures with and without, and the operator decides. `--with-indexes` adds them
 * to the bench's own throw-away database.
 */
export const suggestedIndexes: string[] = [
  // The list's scope and filters (type, deleted, reseller, status, account type): its COUNT(*)
  // and its default order read this index instead of every row of the table.
  'ALTER TABLE accounts ADD INDEX carrierdesk_list (deleted, type, reseller_id, status, posttoexternal)',
  // The email checks of a save and a create ("another account uses this email").
  'ALTER TABLE accounts ADD INDEX carrierdesk_email (email)',
  // Sorting by name, company or balance: the page's first rows come from an index, not a sort.
  'ALTER TABLE accounts ADD INDEX carrierdesk_name (first_name, last_name)',
  'ALTER TABLE accounts ADD INDEX carrierdesk_company (company_name)',
  'ALTER TABLE accounts ADD INDEX carrierdesk_balance (balance)',
];
