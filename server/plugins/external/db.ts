import fp from 'fastify-plugin';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../astpp/tables';
import { createDatabase } from '../../db';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    /** Carrierdesk's own tables (sessions): the same pool, the database beside ASTPP's. */
    carrierdesk: Kysely<Database>;
    /** Columns some ASTPP installs have and a stock 6.0 database has not. */
    astppColumns: OptionalColumns;
  }
}

export interface OptionalColumns {
  lossLessRouting: boolean;
  nonCliRateGroup: boolean;
  cliPool: boolean;
}

export default fp(
  async (app) => {
    const db = createDatabase(app.config.DATABASE_URL, {
      poolSize: app.config.DATABASE_POOL_SIZE,
      queueLimit: app.config.DATABASE_QUEUE_LIMIT,
      queryTimeoutMs: app.config.DATABASE_QUERY_TIMEOUT_MS,
    });
    app.decorate('db', db);
    app.decorate('carrierdesk', db.withSchema(app.config.CARRIERDESK_DATABASE));
    app.addHook('onClose', async () => {
      await db.destroy();
    });

    const astppDatabase = decodeURIComponent(new URL(app.config.DATABASE_URL).pathname.slice(1));
    const { rows: columns } = await sql<{ name: string }>`
      SELECT COLUMN_NAME AS name FROM information_schema.COLUMNS
      WHERE TABLE_SCHEMA = ${astppDatabase} AND TABLE_NAME = 'accounts'
        AND COLUMN_NAME IN ('loss_less_routing', 'non_cli_pricelist_id', 'cli_pool')`.execute(db);
    const present = new Set(columns.map((c) => c.name));
    const optional: OptionalColumns = {
      lossLessRouting: present.has('loss_less_routing'),
      nonCliRateGroup: present.has('non_cli_pricelist_id'),
      cliPool: present.has('cli_pool'),
    };
    app.decorate('astppColumns', optional);
    app.log.info({ optionalColumns: optional }, 'ASTPP accounts table inspected');
  },
  { name: 'db', dependencies: ['config'] },
);
