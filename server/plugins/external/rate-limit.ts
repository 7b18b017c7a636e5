import { createHash } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../astpp/tables';
import { sendProblem } from '../app/problems';

/**
 * Sign-in attempts are counted per client address and per account name, in Carrierdesk's
 * own database (`rate_limits`), so every server process behind a balancer counts the same
 * attempts. @fastify/rate-limit does the limiting; its store is the table below, on the
 * database's clock, so servers with skewed clocks still agree on a window.
 */

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler for POST /session: 429 with Retry-After once an address or an account has had its tries. */
    limitSignIn(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined>;
  }
}

type Counted = { current: number; ttl: number };

const bucketOf = (key: string) => createHash('sha256').update(key).digest('hex');

/** One atomic upsert per attempt: a window that has run out starts again at 1. */
export function databaseRateLimitStore(db: Kysely<Database>, schema: string) {
  return class DatabaseStore {
    incr(key: string, callback: (error: Error | null, result?: Counted) => void, timeWindow: number) {
      const now = sql<number>`CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)`;
      const bucket = bucketOf(key);
      (async () => {
        await sql`
          INSERT INTO ${sql.table(`${schema}.rate_limits`)} (bucket, window_start_ms, hits) VALUES (${bucket}, ${now}, 1)
          ON DUPLICATE KEY UPDATE
            hits = IF(window_start_ms + ${timeWindow} <= ${now}, 1, hits + 1),
            window_start_ms = IF(hits = 1, ${now}, window_start_ms)`.execute(db);
        const row = await db
          .withSchema(schema)
          .selectFrom('rate_limits')
          .select(['hits', sql<number>`window_start_ms + ${timeWindow} - ${now}`.as('ttl')])
          .where('bucket', '=', bucket)
          .executeTakeFirstOrThrow();
        return { current: Number(row.hits), ttl: Math.max(0, Number(row.ttl)) };
      })().then(
        (result) => callback(null, result),
        (error: Error) => callback(error),
      );
    }

    child() {
      return this;
    }
  };
}

export default fp(
  async (app) => {
    await app.register(rateLimit, { global: false, store: databaseRateLimitStore(app.db, app.config.CARRIERDESK_DATABASE) });

    const perAddress = app.createRateLimit({
      max: app.config.SIGN_IN_ATTEMPTS_PER_MINUTE,
      timeWindow: 60_000,
      keyGenerator: (request) => `sign-in address ${request.ip}`,
    });
    const perAccount = app.createRateLimit({
      max: app.config.SIGN_IN_ATTEMPTS_PER_ACCOUNT_PER_MINUTE,
      timeWindow: 60_000,
      // Guessing one account from many addresses counts here; the name is counted as typed,
      // as ASTPP compares it byte for byte.
      keyGenerator: (request) => {
        const body = request.body as { email?: unknown } | undefined;
        return `sign-in account ${typeof body?.email === 'string' ? body.email.trim() : ''}`;
      },
    });

    app.decorate('limitSignIn', async (request: FastifyRequest, reply: FastifyReply) => {
      // Both counters move on every attempt, so neither can be spent while the other refuses.
      const results = await Promise.all([perAddress(request), perAccount(request)]);
      const waits = results.map((r) => (!r.isAllowed && r.isExceeded ? Math.max(1, r.ttlInSeconds) : 0));
      const wait = Math.max(...waits);
      if (!wait) return;
      request.log.warn({ limit: ['address', 'account'].filter((_, i) => waits[i]) }, 'sign-in rate limit');
      reply.header('Retry-After', String(wait));
      return sendProblem(reply, 429, 'Too many attempts', `Too many sign-in attempts. Try again in ${wait === 1 ? '1 second' : `${wait} seconds`}.`);
    });
  },
  { name: 'rate-limit', dependencies: ['config', 'db', 'problems'] },
);
