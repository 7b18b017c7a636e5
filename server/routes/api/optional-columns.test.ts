import type { FastifyInstance } from 'fastify';
import type { Connection, RowDataPacket } from 'mysql2/promise';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadAstpp } from '../../test/mariadb';
import { accounts, astppConnection, signedIn, startServer, type Client } from '../../test/server';
import { cliPoolModes, cliPoolUsesNonCliRateGroup } from '../../../src/features/customers/fields';

/**
 * Some installs have columns a stock 6.0 database lacks (older upgrades, the Community API
 * add-on): loss_less_routing (0 = Yes), non_cli_pricelist_id and cli_pool. The server looks
 * for them at start and maps them when they are there.
 */

let app: FastifyInstance;
let astpp: Connection;
let admin: Client;

beforeAll(async () => {
  await loadAstpp(inject('databaseUrl'));
  astpp = await astppConnection();
  await astpp.query(
    "ALTER TABLE accounts ADD `loss_less_routing` tinyint(1) NOT NULL DEFAULT '1', ADD `non_cli_pricelist_id` int NOT NULL DEFAULT '0', ADD `cli_pool` tinyint(1) NOT NULL DEFAULT '0'",
  );
  await astpp.query('UPDATE accounts SET loss_less_routing = 0, non_cli_pricelist_id = 1, cli_pool = 4 WHERE id = 2');
  app = await startServer();
  admin = await signedIn(app, accounts.stockAdmin);
});

afterAll(async () => {
  await astpp?.end();
  await app?.close();
  // The next file starts from the stock tables again.
  await loadAstpp(inject('databaseUrl'));
});

async function row(id: number) {
  const [rows] = await astpp.query<RowDataPacket[]>('SELECT loss_less_routing, non_cli_pricelist_id, cli_pool FROM accounts WHERE id = ?', [id]);
  return { ...rows[0] };
}

describe('optional ASTPP columns', () => {
  it('are found at start and read in ASTPP’s encodings', async () => {
    expect(app.astppColumns).toEqual({ lossLessRouting: true, nonCliRateGroup: true, cliPool: true });
    expect((await admin.call('GET', '/settings')).body.optionalFields).toEqual({ allowLossLessRouting: true, nonCliRateGroupId: true, cliPool: true });
    expect((await admin.call('GET', '/customers/2')).body).toMatchObject({
      allowLossLessRouting: true,
      nonCliRateGroupId: 1,
      // ASTPP's mode 4: NON-CLI rate group when the caller ID is not one of the customer's.
      cliPool: 'non-cli-rate-group-caller-id',
    });
    expect((await admin.call('GET', '/customers/8')).body).toMatchObject({ allowLossLessRouting: false, nonCliRateGroupId: null, cliPool: 'disabled' });
  });

  it('keep ASTPP’s CLI pool mode when another field is saved, and write each of its nine modes as ASTPP numbers them', async () => {
    const read = await admin.call('GET', '/customers/2');
    const saved = await admin.call('PATCH', '/customers/2', { body: { firstName: 'Kept' }, headers: { 'if-match': read.headers.etag as string } });
    expect(saved.status).toBe(200);
    expect(await row(2)).toEqual({ loss_less_routing: 0, non_cli_pricelist_id: 1, cli_pool: 4 });

    const changed = await admin.call('PATCH', '/customers/2', {
      body: { cliPool: 'reject-caller-id', allowLossLessRouting: false, nonCliRateGroupId: null },
      headers: { 'if-match': saved.headers.etag as string },
    });
    expect(changed.status).toBe(200);
    expect(await row(2)).toEqual({ loss_less_routing: 1, non_cli_pricelist_id: 0, cli_pool: 7 });

    let etag = changed.headers.etag as string;
    for (const [value, cliPool] of cliPoolModes.entries()) {
      const body = { cliPool, nonCliRateGroupId: cliPoolUsesNonCliRateGroup(cliPool) ? 1 : null };
      const next = await admin.call('PATCH', '/customers/2', { body, headers: { 'if-match': etag } });
      expect(next.status, cliPool).toBe(200);
      expect((await row(2)).cli_pool).toBe(value);
      etag = next.headers.etag as string;
    }
  });

  it('count in the ETag: an edit of them in ASTPP is a conflict', async () => {
    const read = await admin.call('GET', '/customers/8');
    await astpp.query('UPDATE accounts SET cli_pool = 1 WHERE id = 8');
    const saved = await admin.call('PATCH', '/customers/8', { body: { firstName: 'Late' }, headers: { 'if-match': read.headers.etag as string } });
    expect(saved.status).toBe(412);
  });
});
