/**
 * What a failure means for the person waiting on it, and what of it may reach a log line.
 * Database failures are the server's to report honestly (503, try again), never as a bug
 * (500); no answer and no log line carries a stack trace, SQL or a value from a row.
 */

export type DatabaseFailure = 'unavailable' | 'timeout' | 'busy';

interface DriverError {
  code?: unknown;
  errno?: unknown;
  fatal?: unknown;
  sqlState?: unknown;
  message?: unknown;
}

const unavailableCodes = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN',
  'PROTOCOL_CONNECTION_LOST', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_SERVER_SHUTDOWN', 'ER_CON_COUNT_ERROR',
  'ER_CONNECTION_KILLED', 'ER_NORMAL_SHUTDOWN', 'ER_SHUTDOWN_COMPLETE',
]);
// MariaDB's max_statement_time (1969), MySQL's max_execution_time (3024), InnoDB's lock wait (1205),
// a statement stopped by KILL QUERY (1317).
const timeoutCodes = new Set(['ER_STATEMENT_TIMEOUT', 'ER_QUERY_TIMEOUT', 'ER_LOCK_WAIT_TIMEOUT', 'ER_QUERY_INTERRUPTED']);
const timeoutErrnos = new Set([1969, 3024, 1205, 1317]);

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { code, errno, fatal, message } = error as DriverError;
  if (message === 'Queue limit reached.' || code === 'ER_LOCK_DEADLOCK') return 'busy';
  if ((typeof code === 'string' && timeoutCodes.has(code)) || (typeof errno === 'number' && timeoutErrnos.has(errno))) return 'timeout';
  if (fatal === true || (typeof code === 'string' && unavailableCodes.has(code))) return 'unavailable';
  if (message === 'Pool is closed.' || (typeof message === 'string' && message.startsWith("Can't add new command when connection is in closed state"))) {
    return 'unavailable';
  }
  return undefined;
}

/**
 * pino's `err` serializer: the kind of error and its code, never its stack, and for database
 * errors not even the message (MySQL's messages quote values and SQL: "Duplicate entry
 * 'x@y.z'…", "…near 'SELECT …'").
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (typeof error !== 'object' || error === null) return { type: typeof error };
  const { code, errno, sqlState, message } = error as DriverError;
  const type = (error as Error).name || (error as object).constructor?.name || 'Error';
  const fromDatabase = sqlState !== undefined || errno !== undefined || databaseFailure(error) !== undefined;
  return {
    type,
    ...(typeof code === 'string' ? { code } : {}),
    ...(typeof errno === 'number' ? { errno } : {}),
    ...(typeof sqlState === 'string' ? { sqlState } : {}),
    ...(!fromDatabase && typeof message === 'string' ? { message: message.split('\n')[0]!.slice(0, 200) } : {}),
  };
}
