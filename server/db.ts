import { CompiledQuery, Kysely, MysqlDialect } from 'kysely';
import { createPool, type PoolOptions } from 'mysql2';
import type { Database } from './astpp/tables';

/** mysql2 options shared by the server, the migration and the tests. */
export function poolOptions(databaseUrl: string): PoolOptions {
  const url = new URL(databaseUrl);
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : 3306,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    // ASTPP's datetimes are GMT and include zero dates ('0000-00-00 00:00:00'), which a Date
    // cannot hold: keep them as the strings the database sends.
    dateStrings: true,
    timezone: 'Z',
    // DECIMAL(20,5) stays an exact string (mysql2's default; said here so nobody flips it).
    decimalNumbers: false,
    supportBigNumbers: true,
    bigNumberStrings: true,
    charset: 'utf8mb4_general_ci',
    connectionLimit: 10,
  };
}

export function createDatabase(databaseUrl: string): Kysely<Database> {
  return new Kysely<Database>({
    dialect: new MysqlDialect({
      pool: createPool(poolOptions(databaseUrl)),
      // MySQL 8's default mode refuses the zero dates ASTPP itself writes (first_used of an
      // account never used); ASTPP runs without NO_ZERO_DATE, and so do we.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(
          CompiledQuery.raw(
            "SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_ZERO_IN_DATE', ''), 'NO_ZERO_DATE', ''), time_zone = '+00:00'",
          ),
        );
      },
    }),
  });
}
