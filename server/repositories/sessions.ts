import { createHash, randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../astpp/tables';

/** Server-side sessions in Carrierdesk's own schema; the cookie holds only a random token. */

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

/** Changes whenever ASTPP (or we) store a new password for the account. */
export const passwordFingerprint = (storedPassword: string) => sha256(`astpp-password:${storedPassword}`);

export function sessionsRepository(carrierdesk: Kysely<Database>) {
  return {
    async create(accountId: number, storedPassword: string, ttlHours: number): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await carrierdesk.deleteFrom('sessions').where('expires_at', '<', sql<string>`UTC_TIMESTAMP()`).execute();
      // Sign-in counters of windows long gone (the limits count per minute).
      await carrierdesk
        .deleteFrom('rate_limits')
        .where('window_start_ms', '<', sql<number>`CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED) - 86400000`)
        .execute();
      await carrierdesk
        .insertInto('sessions')
        .values({
          id: sha256(token),
          account_id: accountId,
          password_fingerprint: passwordFingerprint(storedPassword),
          created_at: sql<string>`UTC_TIMESTAMP()`,
          expires_at: sql<string>`UTC_TIMESTAMP() + INTERVAL ${Math.round(ttlHours * 60)} MINUTE`,
        })
        .execute();
      return token;
    },

    async find(token: string) {
      return carrierdesk
        .selectFrom('sessions')
        .select(['id', 'account_id', 'password_fingerprint'])
        .where('id', '=', sha256(token))
        .where('expires_at', '>', sql<string>`UTC_TIMESTAMP()`)
        .executeTakeFirst();
    },

    async end(token: string): Promise<void> {
      await carrierdesk.deleteFrom('sessions').where('id', '=', sha256(token)).execute();
    },
  };
}
