import { pathToFileURL } from 'node:url';
import { createConnection } from 'mysql2/promise';
import { addRecommendedIndexes, recommendedIndexes } from './astpp/indexes';
import { ConfigError, loadDatabaseConfig } from './config';
import { poolOptions } from './db';

/**
 * Carrierdesk's own schema, in a database beside ASTPP's (`carrierdesk` unless
 * CARRIERDESK_DATABASE says otherwise). ASTPP's tables get no new table or column.
 * Migrations only ever get appended; each runs once, recorded in `migrations`.
 * `--add-indexes` is the one exception, and only when the operator passes it: it adds the
 * indexes of server/astpp/indexes.ts to ASTPP's `accounts` (README, "Indexes for a large
 * database").
 */
const migrations: ReadonlyArray<{ id: string; statements: (database: string) => string[] }> = [
  {
    id: '001-sessions',
    statements: (db) => [
      `CREATE TABLE \`${db}\`.\`sessions\` (
        \`id\` char(64) NOT NULL COMMENT 'SHA-256 of the cookie token',
        \`account_id\` int NOT NULL COMMENT 'accounts.id in ASTPP',
        \`password_fingerprint\` char(64) NOT NULL COMMENT 'SHA-256 of accounts.password at sign-in',
        \`created_at\` datetime NOT NULL,
        \`expires_at\` datetime NOT NULL,
        PRIMARY KEY (\`id\`),
        KEY \`account\` (\`account_id\`),
        KEY \`expires\` (\`expires_at\`)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
    ],
  },
  {
    id: '002-rate-limits',
    statements: (db) => [
      `CREATE TABLE \`${db}\`.\`rate_limits\` (
        \`bucket\` char(64) NOT NULL COMMENT 'SHA-256 of what is counted: a client address or a sign-in name',
        \`window_start_ms\` bigint NOT NULL COMMENT 'the database clock, in ms since 1970, when this window began',
        \`hits\` int NOT NULL,
        PRIMARY KEY (\`bucket\`),
        KEY \`window_start\` (\`window_start_ms\`)
      ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4`,
    ],
  },
];

export async function migrate(databaseUrl: string, database: string): Promise<string[]> {
  const { database: _astpp, ...options } = poolOptions(databaseUrl);
  const connection = await createConnection(options);
  try {
    await connection.query(`CREATE DATABASE IF NOT EXISTS \`${database}\` CHARACTER SET utf8mb4`);
    await connection.query(
      `CREATE TABLE IF NOT EXISTS \`${database}\`.\`migrations\` (\`id\` varchar(100) NOT NULL, \`applied_at\` datetime NOT NULL, PRIMARY KEY (\`id\`)) ENGINE=InnoDB`,
    );
    const [rows] = await connection.query(`SELECT id FROM \`${database}\`.\`migrations\``);
    const done = new Set((rows as Array<{ id: string }>).map((r) => r.id));
    const applied: string[] = [];
    for (const migration of migrations) {
      if (done.has(migration.id)) continue;
      for (const statement of migration.statements(database)) await connection.query(statement);
      await connection.execute(`INSERT INTO \`${database}\`.\`migrations\` (id, applied_at) VALUES (?, UTC_TIMESTAMP())`, [migration.id]);
      applied.push(migration.id);
    }
    return applied;
  } finally {
    await connection.end();
  }
}

/** The recommended indexes that the ASTPP database in `databaseUrl` lacks, added; their names. */
export async function addIndexes(databaseUrl: string): Promise<string[]> {
  const { connectionLimit: _limit, ...options } = poolOptions(databaseUrl);
  const astpp = await createConnection(options);
  try {
    return await addRecommendedIndexes(astpp);
  } finally {
    await astpp.end();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const config = loadDatabaseConfig(process.env);
    const applied = await migrate(config.DATABASE_URL, config.CARRIERDESK_DATABASE);
    console.log(
      applied.length
        ? `Carrierdesk schema in database ${config.CARRIERDESK_DATABASE}: applied ${applied.join(', ')}`
        : `Carrierdesk schema in database ${config.CARRIERDESK_DATABASE} is up to date`,
    );
    if (process.argv.includes('--add-indexes')) {
      const added = await addIndexes(config.DATABASE_URL);
      console.log(
        added.length
          ? `ASTPP's accounts: added ${added.join(', ')}`
          : `ASTPP's accounts already has the recommended indexes (${recommendedIndexes.map((i) => i.name).join(', ')})`,
      );
    }
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : `Migration failed: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}
