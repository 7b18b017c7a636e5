import { CompiledQuery, Kysely, MysqlDialect } from 'kysely';
import { createPool, type PoolOptions } from 'mysql2';
import type { Database } from './astpp/tables';

export interface PoolLimits {
  /** Connections the pool may open. */
  poolSize: number;
  /** Requests for a connection that may wait; past it getConnection fails at once ("Queue limit reached."). */
  queueLimit: number;
  /** The longest one statement may run, enforced by the database itself. */
  queryTimeoutMs: number;
}

const defaultLimits: PoolLimits = { poolSize: 10, queueLimit: 200, queryTimeoutMs: 5000 };

/** mysql2 options shared by the server, the migration and the tests. */
export function poolOptions(databaseUrl: string, limits: Partial<PoolLimits> = {}): PoolOptions {
  const { poolSize, queueLimit } = { ...defaultLimits, ...limits };
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
    connectionLimit: poolSize,
    queueLimit,
    // A database that does not answer fails the request in seconds (503), not after the OS gives up.
    connectTimeout: 5000,
    enableKeepAlive: true,
  };
}

export function createDatabase(databaseUrl: string, limits: Partial<PoolLimits> = {}): Kysely<Database> {
  const { queryTimeoutMs } = { ...defaultLimits, ...limits };
  return new Kysely<Database>({
    dialect: new MysqlDialect({
      pool: createPool(poolOptions(databaseUrl, limits)),
      // MySQL 8's default mode refuses the zero dates ASTPP itself writes (first_used of an
      // account never used); ASTPP runs without NO_ZERO_DATE, and so do we.
      onCreateConnection: async (connection) => {
        await connection.executeQuery(
          CompiledQuery.raw(
            "SET SESSION sql_mode = REPLACE(REPLACE(@@SESSION.sql_mode, 'NO_ZERO_IN_DATE', ''), 'NO_ZERO_DATE', ''), time_zone = '+00:00'",
          ),
        );
        // Every statement has a time limit the database enforces (a stuck query frees its
        // connection; the request gets 503). MariaDB counts seconds for any statement, MySQL
        // milliseconds for SELECTs, each under its own name.
        const { rows } = await connection.executeQuery<{ version: string }>(CompiledQuery.raw('SELECT VERSION() AS version'));
        const mariadb = /mariadb/i.test(rows[0]?.version ?? '');
        const limit = mariadb ? `max_statement_time = ${(queryTimeoutMs / 1000).toFixed(3)}` : `max_execution_time = ${Math.round(queryTimeoutMs)}`;
        // A write waiting for a row lock waits no longer either (MySQL's limit leaves writes out).
        const lockWait = Math.max(1, Math.ceil(queryTimeoutMs / 1000));
        await connection.executeQuery(CompiledQuery.raw(`SET SESSION ${limit}, innodb_lock_wait_timeout = ${lockWait}`));
      },
    }),
  });
}
