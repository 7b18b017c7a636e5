import { Writable } from 'node:stream';
import { expect } from 'vitest';
import { accounts, STOCK_KEY } from './server';

/** The server's log lines, as they would reach an operator's log collector. */
export function captureLogs() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

const statement = /\b(select\b.+\bfrom|insert\s+into|update\b.+\bset\b|delete\s+from|lock\s+tables)\b/i;
const stackFrame = /\bat\s+\S+\s+\(|\bat\s+(file:|node:|\/)\S+:\d+:\d+|\.(ts|js):\d+:\d+/;

/**
 * No line holds a stack trace, an SQL statement, a password the tests typed, a session
 * token, the cookie secret or the database password.
 */
export function expectCleanLogs(lines: string[], alsoSecret: string[] = []) {
  const secrets = [
    ...Object.values(accounts).map((a) => a.password).filter((p) => p.length > 5),
    'a test secret that is long enough to sign cookies',
    'test-only-password',
    STOCK_KEY,
    ...alsoSecret,
  ];
  const offending = lines.filter(
    (line) => statement.test(line) || stackFrame.test(line) || line.includes('"stack"') || secrets.some((secret) => line.includes(secret)),
  );
  expect(offending).toEqual([]);
}
