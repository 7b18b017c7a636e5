import type { Connection } from 'mysql2/promise';

/**
 * A carrier's worth of customers in ASTPP's tables, in seconds: 50 resellers, each with a
 * rate group and a tax, and 100,000 customers spread over them, written by a few
 * INSERT … SELECT statements over a generated sequence (no round trip per row). Rows are
 * shaped like the seed's (server/db/seed-test.sql): every NOT NULL column given, a tenth
 * inactive, a third postpaid, each with one tax.
 */

export const BENCH_RESELLERS = 50;
export const BENCH_CUSTOMERS = 100_000;
/** Every bench reseller signs in with Northwind's password (its stored form is the seed's). */
export const benchReseller = (r: number) => ({ id: 1000 + r, email: `reseller${r}@bench.example`, password: 'Northwind123!' });
export const benchCustomerId = (n: number) => 10_000 + n;

const firstNames = ['Anna', 'Ben', 'Chloe', 'Dev', 'Emil', 'Fatima', 'Goran', 'Hana', 'Ivan', 'Jia', 'Kofi', 'Lena', 'Mateo', 'Nina', 'Omar', 'Priya', 'Quinn', 'Rosa', 'Sven', 'Tariq'];
const lastNames = ['Lind', 'Meyer', 'Okafor', 'Silva', 'Tanaka', 'Novak', 'Haddad', 'Kowalski', 'Rossi', 'Dubois', 'Larsen', 'Moreau', 'Nguyen', 'Ortega', 'Petrov', 'Quist', 'Rahman', 'Sato', 'Weber', 'Young'];
const quoted = (names: string[]) => names.map((n) => `'${n}'`).join(', ');

const digits = '(SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4 UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9)';
const sequence = `(SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d AS n FROM ${digits} a, ${digits} b, ${digits} c, ${digits} e, ${digits} f)`;

/** `customers` fewer than 100,000 fills a smaller carrier the same way (the server's tests use a few thousand). */
export async function fill(astpp: Connection, { customers = BENCH_CUSTOMERS } = {}): Promise<{ seconds: number }> {
  const started = Date.now();
  const columns = `(id, number, reseller_id, pricelist_id, paypal_permission, reference, status, sweep_id, creation, credit_limit, posttoexternal, balance, password,
    first_name, last_name, company_name, address_1, address_2, postal_code, province, city, country_id, telephone_1, email, notification_email,
    currency_id, maxchannels, cps, dialed_modify, type, timezone_id, deleted, notify_flag, notify_email, invoice_day, invoice_interval, invoice_note,
    pin, first_used, expiry, validfordays, local_call, charge_per_min, is_recording, allow_ip_management, permission_id, localization_id, notifications,
    generate_invoice, std_cid_translation, did_cid_translation, tax_number)`;

  await astpp.query(`
    INSERT INTO accounts ${columns}
    SELECT 1000 + r, CONCAT('66', LPAD(r, 8, '0')), 0, 1, 0, '', 0, 0, '2021-01-01 00:00:00', 0, 0, 0, 'QGWclaG2dSojgkoWlh5mRw',
      'Bench', CONCAT('Reseller ', r), CONCAT('Reseller ', r, ' Ltd'), '', '', '', '', '', 200, '', CONCAT('reseller', r, '@bench.example'), '',
      139, 10, 5, '', 1, 400, 0, 0, '', 0, 0, '', '', '0000-00-00 00:00:00', '2031-01-01 00:00:00', 3650, 0, '0', 1, 1, 0, 0, 0, 0, '', '', NULL
    FROM (SELECT n + 1 AS r FROM ${sequence} s WHERE n < ${BENCH_RESELLERS}) resellers`);
  await astpp.query(`
    INSERT INTO pricelists (id, name, markup, routing_type, initially_increment, inc, status, reseller_id, pricelist_id_admin, routing_prefix, call_count, creation_date, last_modified_date)
    SELECT 100 + r, CONCAT('Reseller ', r, ' retail'), '0', 0, 0, 60, 0, 1000 + r, 1, '', 0, '2021-01-01 00:00:00', '0000-00-00 00:00:00'
    FROM (SELECT n + 1 AS r FROM ${sequence} s WHERE n < ${BENCH_RESELLERS}) resellers`);
  await astpp.query(`
    INSERT INTO taxes (id, taxes_priority, taxes_amount, tax_type, taxes_rate, taxes_description, reseller_id, status)
    SELECT 100 + r, 1, 0, 0, 20, CONCAT('Reseller ', r, ' VAT'), 1000 + r, 0
    FROM (SELECT n + 1 AS r FROM ${sequence} s WHERE n < ${BENCH_RESELLERS}) resellers`);

  await astpp.query(`
    INSERT INTO accounts ${columns}
    SELECT 10000 + n, CONCAT('71', LPAD(n, 8, '0')), 1001 + n % ${BENCH_RESELLERS}, 101 + n % ${BENCH_RESELLERS}, 0, '', IF(n % 10 = 0, 1, 0), 0,
      '2023-01-01 00:00:00' + INTERVAL n MINUTE, IF(n % 3 = 0, 500, 0), IF(n % 3 = 0, 1, 0), (n % 1000) / 7, 'BcFUROd-mNpLUb-anpg5$w',
      ELT(1 + n % 20, ${quoted(firstNames)}), ELT(1 + (n DIV 20) % 20, ${quoted(lastNames)}), CONCAT('Company ', n), CONCAT(n, ' Main Street'), '', '11122', '', 'Springfield', 203,
      CONCAT('+1 555 ', LPAD(n, 7, '0')), CONCAT('c', n, '@bench.example'), '', 139, 2, 1, '', 0, 383, 0, 0, '', IF(n % 3 = 0, 1, 0), 0, '',
      LPAD(n, 6, '0'), '0000-00-00 00:00:00', '2033-01-01 00:00:00', 3650, 0, '0', 1, 1, 0, 0, 0, 0, '', '', NULL
    FROM ${sequence} s WHERE n < ${customers}`);
  await astpp.query(`
    INSERT INTO taxes_to_accounts (accountid, taxes_id, taxes_priority, assign_date)
    SELECT 10000 + n, 101 + n % ${BENCH_RESELLERS}, 1, '2023-01-01 00:00:00' FROM ${sequence} s WHERE n < ${customers}`);
  await astpp.query('ANALYZE TABLE accounts, taxes_to_accounts');
  return { seconds: (Date.now() - started) / 1000 };
}
