import { sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { CustomerPage } from '../../src/features/customers/customer-schema';
import { parseCustomerSearch, type SearchedField } from '../../src/features/customers/list/customer-search';
import type { User } from '../../src/features/session/session-schema';
import { etagOf, toCustomer, toSummary, type CustomerRow } from '../astpp/customer-mapping';
import type { Database } from '../astpp/tables';
import type { OptionalColumns } from '../plugins/external/db';

/**
 * Customers as ASTPP's customer list defines them: `type IN (0, 3)` (customers and
 * providers) and not deleted; a reseller's are those whose reseller_id is the reseller.
 * Search, filters, sort and paging run in SQL.
 */

export interface CustomerListQuery {
  q: string;
  status?: 'active' | 'inactive';
  accountType?: 'prepaid' | 'postpaid';
  page: number;
  pageSize: number;
  sort: string;
}

const sortColumns = {
  accountNumber: [sql`a.number`],
  name: [sql`a.first_name`, sql`a.last_name`],
  company: [sql`a.company_name`],
  email: [sql`a.email`],
  status: [sql`a.status`],
  accountType: [sql`a.posttoexternal`],
  balance: [sql`a.balance`],
} as const;

type SortKey = keyof typeof sortColumns;
export const isSortKey = (key: string): key is SortKey => Object.hasOwn(sortColumns, key);

const searchColumns: Record<SearchedField, 'a.number' | 'a.first_name' | 'a.last_name' | 'a.email' | 'a.company_name'> = {
  accountNumber: 'a.number',
  firstName: 'a.first_name',
  lastName: 'a.last_name',
  email: 'a.email',
  company: 'a.company_name',
};

/** LIKE's own wildcards in the user's search are searched for, not expanded. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function customersRepository(db: Kysely<Database>, columns: OptionalColumns) {
  const customers = () => db.selectFrom('accounts as a').where('a.type', 'in', [0, 3]).where('a.deleted', '=', 0);

  function scoped<O>(query: SelectQueryBuilder<Database & { a: Database['accounts'] }, 'a', O>, user: User) {
    return user.role === 'reseller' ? query.where('a.reseller_id', '=', user.resellerId!) : query;
  }

  return {
    async list(user: User, params: CustomerListQuery): Promise<CustomerPage> {
      let query = scoped(customers(), user);
      if (params.status) query = query.where('a.status', '=', params.status === 'active' ? 0 : 1);
      if (params.accountType) query = query.where('a.posttoexternal', '=', params.accountType === 'postpaid' ? 1 : 0);
      const search = parseCustomerSearch(params.q);
      if (search) {
        // Every condition is a column LIKE 'text%', which the column's index serves (a range);
        // the whole phrase begins with the first word, so the first word's condition holds for
        // both ways to match, and each later word's condition is "this word, or the phrase".
        const { words, phrase } = search;
        query = query.where((eb) => {
          const begins = (text: string) => eb.or(Object.values(searchColumns).map((column) => eb(column, 'like', likePrefix(text))));
          return eb.and(words.map((word, i) => (i === 0 ? begins(word) : eb.or([begins(word), begins(phrase)]))));
        });
      }
      const descending = params.sort.startsWith('-');
      const key = params.sort.replace(/^-/, '');
      const order = isSortKey(key) ? sortColumns[key] : sortColumns.accountNumber;
      const direction = descending ? sql`DESC` : sql`ASC`;

      const orderBy = sql`${sql.join(order.map((column) => sql`${column} ${direction}`))}, a.id ${direction}`;

      // The page is found by id first (a deferred join): with an index that holds the order,
      // the scope and the type, the rows skipped by OFFSET are read from the index alone, and
      // only the page's 25 rows from the table (docs/performance.md, "Where a list page's time goes").
      const offset = (params.page - 1) * params.pageSize;
      const pageIds = query.select('a.id').orderBy(orderBy).limit(params.pageSize).offset(offset);
      const rows = await db
        .selectFrom('accounts as a')
        .innerJoin(pageIds.as('page'), 'page.id', 'a.id')
        .leftJoin('currency as cur', 'cur.id', 'a.currency_id')
        .select([
          'a.id', 'a.number', 'a.first_name', 'a.last_name', 'a.company_name', 'a.email', 'a.status', 'a.posttoexternal',
          'a.balance', 'a.reseller_id', 'cur.currency as currency_code',
        ])
        .orderBy(orderBy)
        .execute();
      // The COUNT reads every matching entry of an index (100,000 for a large carrier's whole
      // list: most of a page's cost). A page that is not full, and not past the end, is the
      // last one, so it counts itself: a narrow search costs no COUNT.
      const total =
        rows.length < params.pageSize && (rows.length > 0 || offset === 0)
          ? offset + rows.length
          : Number((await query.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow()).total);
      return { items: rows.map(toSummary), total, page: params.page, pageSize: params.pageSize };
    },

    /** Any account, of any type, deleted or not: ASTPP's numbers are unique over all of them. */
    async numberTaken(number: string): Promise<boolean> {
      return (await db.selectFrom('accounts').select('id').where('number', '=', number).executeTakeFirst()) !== undefined;
    },

    /** The customer with its ETag, if it is one of the user's. */
    async find(user: User, id: number) {
      const scopedRow = await scoped(customers(), user).select('a.id').where('a.id', '=', id).executeTakeFirst();
      const read = scopedRow ? await readCustomer(db, columns, id) : undefined;
      return read ? { customer: read.customer, etag: read.etag } : undefined;
    },
  };
}

/**
 * One customer (type 0 or 3, not deleted) with its reference codes and taxes, as stored: the
 * row, the record and its ETag, read together so the ETag is always the record's.
 */
export async function readCustomer(db: Kysely<Database>, columns: OptionalColumns, id: number) {
  const optional = [
    ...(columns.lossLessRouting ? [sql<number>`a.loss_less_routing`.as('loss_less_routing')] : []),
    ...(columns.nonCliRateGroup ? [sql<number>`a.non_cli_pricelist_id`.as('non_cli_pricelist_id')] : []),
    ...(columns.cliPool ? [sql<number>`a.cli_pool`.as('cli_pool')] : []),
  ];
  const found = await db
    .selectFrom('accounts as a')
    .where('a.type', 'in', [0, 3])
    .where('a.deleted', '=', 0)
    .where('a.id', '=', id)
    .leftJoin('countrycode as c', 'c.id', 'a.country_id')
    .leftJoin('timezone as tz', 'tz.id', 'a.timezone_id')
    .leftJoin('currency as cur', 'cur.id', 'a.currency_id')
    .selectAll('a')
    .select(['c.iso as country_iso', 'tz.timezone_name as timezone_name', 'cur.currency as currency_code'])
    .select(optional)
    .executeTakeFirst();
  if (!found) return undefined;
  const row = found as unknown as CustomerRow;
  const taxes = await db.selectFrom('taxes_to_accounts').select('taxes_id').where('accountid', '=', id).orderBy('taxes_priority').orderBy('id').execute();
  const taxIds = taxes.map((t) => t.taxes_id);
  return { row, customer: toCustomer(row, taxIds, columns), etag: etagOf(row, taxIds, columns) };
}
