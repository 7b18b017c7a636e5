import { sql, type Kysely } from 'kysely';
import type { User } from '../../src/features/session/session-schema';
import type { Database } from '../astpp/tables';

/**
 * Who may sign in, as ASTPP's `verify_login` decides (auth_model.php): an `accounts` row
 * whose number or email equals the user name byte for byte, whose stored password equals
 * the encrypted one, not deleted and active. Of those, admins (-1, 2) and resellers (1) use
 * the console; sub-admins (4) carry ASTPP permissions the console cannot honour, and
 * customers, providers and callshops (0, 3, 5) have ASTPP's own portal.
 */

const staffColumns = ['id', 'type', 'number', 'email', 'first_name', 'last_name', 'company_name', 'password'] as const;

export type StaffRow = { id: number; type: number | null; number: string; email: string; first_name: string; last_name: string; company_name: string; password: string };

export type StaffKind = 'admin' | 'reseller' | 'sub-admin' | 'customer';

export function staffKind(type: number | null): StaffKind {
  if (type === -1 || type === 2) return 'admin';
  if (type === 1) return 'reseller';
  if (type === 4) return 'sub-admin';
  return 'customer';
}

export function toUser(row: StaffRow): User {
  const role = staffKind(row.type) === 'reseller' ? 'reseller' : 'admin';
  const name = `${row.first_name} ${row.last_name}`.trim() || row.company_name || row.number;
  return { id: row.id, name, email: row.email || row.number, role, resellerId: role === 'reseller' ? row.id : null };
}

export function staffRepository(db: Kysely<Database>) {
  return {
    async findByCredentials(login: string, encryptedPassword: string): Promise<StaffRow | undefined> {
      return db
        .selectFrom('accounts')
        .select(staffColumns)
        .where((eb) => eb.or([eb(sql`BINARY ${sql.ref('number')}`, '=', login), eb(sql`BINARY ${sql.ref('email')}`, '=', login)]))
        .where(sql`BINARY ${sql.ref('password')}`, '=', encryptedPassword)
        .where('deleted', '=', 0)
        .where('status', '=', 0)
        .orderBy('id')
        .executeTakeFirst();
    },

    /** The account behind a session, while it may still use the console. */
    async findActive(id: number): Promise<StaffRow | undefined> {
      return db
        .selectFrom('accounts')
        .select(staffColumns)
        .where('id', '=', id)
        .where('deleted', '=', 0)
        .where('status', '=', 0)
        .where('type', 'in', [-1, 1, 2])
        .executeTakeFirst();
    },
  };
}
