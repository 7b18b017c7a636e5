import { readFileSync } from 'node:fs';
import { createConnection, type RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createIndexStatement, recommendedIndexes } from './astpp/indexes';
import { fill } from './bench/fill';
import { createDatabase, poolOptions } from './db';
import { addIndexes, migrate } from './migrate';
import { customersRepository } from './repositories/customers';
import { loadAstpp } from './test/mariadb';
import { astppConnection } from './test/server';
import type { User } from '../src/features/session/session-schema';

const astppTables = ['accounts', 'countrycode', 'currency', 'localization', 'pricelists', 'system', 'taxes', 'taxes_to_accounts', 'timezone'];
let astpp: Awaited<ReturnType<typeof astppConnection>>;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  astpp = await astppConnection();
});

afterAll(async () => {
  await astpp?.end();
});

async function indexesOf(database: string) {
  const [rows] = await astpp.query<RowDataPacket[]>(
    "SELECT DISTINCT INDEX_NAME AS i FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND TABLE_NAME = 'accounts' ORDER BY i",
    [database],
  );
  return rows.map((r) => r.i as string);
}

async function columnsOf(database: string) {
  const [rows] = await astpp.query<RowDataPacket[]>(
    'SELECT TABLE_NAME AS t, COLUMN_NAME AS c FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ? ORDER BY t, ORDINAL_POSITION',
    [database],
  );
  return rows.map((r) => `${r.t}.${r.c}`);
}

describe('npm run server:migrate', () => {
  it("creates Carrierdesk's own database and leaves ASTPP's tables as they are", async () => {
    const before = await columnsOf('astpp');
    const indexesBefore = await indexesOf('astpp');
    expect(await migrate(inject('databaseUrl'), 'carrierdesk_fresh')).toEqual(['001-sessions', '002-rate-limits']);
    expect(await columnsOf('astpp')).toEqual(before);
    expect(await indexesOf('astpp')).toEqual(indexesBefore);
    expect([...new Set(before.map((c) => c.split('.')[0]))]).toEqual(astppTables);
    expect(await columnsOf('carrierdesk_fresh')).toEqual([
      'migrations.id',
      'migrations.applied_at',
      'rate_limits.bucket',
      'rate_limits.window_start_ms',
      'rate_limits.hits',
      'sessions.id',
      'sessions.account_id',
      'sessions.password_fingerprint',
      'sessions.created_at',
      'sessions.expires_at',
    ]);
  });

  it('applies each migration once', async () => {
    expect(await migrate(inject('databaseUrl'), 'carrierdesk_fresh')).toEqual([]);
    await astpp.query('DROP DATABASE carrierdesk_fresh');
  });
});

describe('npm run server:migrate -- --add-indexes', () => {
  // An ASTPP database of its own with a few thousand customers: big enough that MariaDB
  // chooses an index when one can serve, and the other files' database keeps its stock indexes.
  const indexedUrl = () => Object.assign(new URL(inject('databaseUrl')), { pathname: '/astpp_indexed' }).href;
  const admin: User = { id: 1, name: 'Administrator', email: 'admin', role: 'admin', resellerId: null };
  /**
   * Rows the database read by scanning a table, or by walking an index from end to end (as it
   * does for a page in an index's order), while `run` ran (nothing else runs meanwhile).
   */
  async function rowsScanned(run: () => Promise<unknown>) {
    const read = async () => {
      const rows = await astpp.query<RowDataPacket[]>("SHOW GLOBAL STATUS WHERE Variable_name IN ('Handler_read_rnd_next', 'Handler_read_next')");
      return rows[0].reduce((sum, row) => sum + Number(row.Value), 0);
    };
    // Reading the counter scans a row or two itself: an empty run measures how many.
    const [first, before] = [await read(), await read()];
    await run();
    return (await read()) - before - (before - first);
  }

  beforeAll(async () => {
    await loadAstpp(inject('databaseUrl'), 'astpp_indexed');
    const { connectionLimit: _limit, ...options } = poolOptions(indexedUrl());
    const connection = await createConnection({ ...options, multipleStatements: true });
    await fill(connection, { customers: 3000 });
    await connection.end();
  });

  afterAll(async () => {
    await astpp.query('DROP DATABASE IF EXISTS astpp_indexed');
  });

  /** A search as the list runs it, and the rows the database scanned to answer it. */
  async function search(q: string) {
    const db = createDatabase(indexedUrl());
    try {
      const customers = customersRepository(db, { lossLessRouting: false, nonCliRateGroup: false, cliPool: false });
      let emails: string[] = [];
      const scanned = await rowsScanned(async () => {
        const page = await customers.list(admin, { q, page: 1, pageSize: 25, sort: 'accountNumber' });
        emails = page.items.map((c) => c.email);
      });
      return { emails, scanned };
    } finally {
      await db.destroy();
    }
  }
  // Bench customer n has account 71<n in 8 digits>, email c<n>@bench.example, company "Company <n>".
  const searches = ['c2711@', 'Company 2711', '7100002711'];

  it('finds a customer on a stock ASTPP database by reading every row', async () => {
    for (const q of searches) {
      const { emails, scanned } = await search(q);
      expect([q, emails]).toEqual([q, ['c2711@bench.example']]);
      expect(scanned).toBeGreaterThanOrEqual(3000);
    }
  });

  it("adds the recommended indexes to ASTPP's accounts when asked, once each", async () => {
    const stock = await indexesOf('astpp_indexed');
    expect(stock).toEqual(['number', 'pricelist', 'PRIMARY', 'reseller']);
    expect(await addIndexes(indexedUrl())).toEqual(recommendedIndexes.map((i) => i.name));
    expect(new Set(await indexesOf('astpp_indexed'))).toEqual(new Set([...stock, ...recommendedIndexes.map((i) => i.name)]));
    expect(await addIndexes(indexedUrl())).toEqual([]);
  });

  it('then finds it by reading the index: no row of accounts is scanned', async () => {
    for (const q of searches) {
      const { emails, scanned } = await search(q);
      expect([q, emails]).toEqual([q, ['c2711@bench.example']]);
      // A handful (5 on MariaDB 10.11): the index entries that match, and the page's ids in the
      // deferred join's temporary tables; not the 3,000 customers.
      expect(scanned, q).toBeLessThanOrEqual(25);
    }
  });

  it("lists the same statements in the README that it runs", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const index of recommendedIndexes) expect(readme).toContain(createIndexStatement(index));
  });
});
