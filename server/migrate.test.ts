import type { RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { migrate } from './migrate';
import { loadAstpp } from './test/mariadb';
import { astppConnection } from './test/server';

const astppTables = ['accounts', 'countrycode', 'currency', 'localization', 'pricelists', 'system', 'taxes', 'taxes_to_accounts', 'timezone'];
let astpp: Awaited<ReturnType<typeof astppConnection>>;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  astpp = await astppConnection();
});

afterAll(async () => {
  await astpp?.end();
});

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
    expect(await migrate(inject('databaseUrl'), 'carrierdesk_fresh')).toEqual(['001-sessions', '002-rate-limits']);
    expect(await columnsOf('astpp')).toEqual(before);
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
