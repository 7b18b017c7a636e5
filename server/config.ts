import { z } from 'zod';

/**
 * The server's configuration, read from the environment once at start. A missing or bad
 * value stops the server with a message naming the variable; values are never printed,
 * since two of them are secrets and the database URL holds a password.
 */

const databaseName = /^[A-Za-z0-9_$]{1,64}$/;

const environmentSchema = z.object({
  DATABASE_URL: z
    .string({ error: 'is required: the ASTPP database, like mysql://user:password@host:3306/astpp' })
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'mysql:' || url.protocol === 'mariadb:') && databaseName.test(decodeURIComponent(url.pathname.slice(1)));
      } catch {
        return false;
      }
    }, 'must be a URL like mysql://user:password@host:3306/astpp, naming the ASTPP database'),
  CARRIERDESK_DATABASE: z
    .string()
    .regex(databaseName, 'must be a database name (letters, digits and _)')
    .default('carrierdesk'),
  ASTPP_PRIVATE_KEY: z
    .string({ error: "is required: the PRIVATE_KEY of ASTPP's astpp-config.conf" })
    .min(4, "must be the PRIVATE_KEY of ASTPP's astpp-config.conf (4 to 56 bytes)")
    .refine((key) => Buffer.byteLength(key) <= 56, 'is longer than the 56 bytes a Blowfish key can hold'),
  SESSION_SECRET: z
    .string({ error: 'is required: a random string of at least 32 characters that signs session cookies' })
    .min(32, 'must be at least 32 characters (for example: openssl rand -hex 32)'),
  PORT: z.coerce.number({ error: 'must be a port number' }).int('must be a port number').min(1).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  SESSION_TTL_HOURS: z.coerce.number({ error: 'must be a number of hours' }).positive().max(24 * 30).default(12),
  TRUST_PROXY: z
    .enum(['true', 'false'], { error: 'must be true (behind a reverse proxy that sets X-Forwarded-Proto) or false' })
    .default('false')
    .transform((value) => value === 'true'),
  SIGN_IN_ATTEMPTS_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(10_000).default(10),
  SIGN_IN_ATTEMPTS_PER_ACCOUNT_PER_MINUTE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(10_000).default(5),
  /** The console's address as browsers see it (https://billing.example.com), when a proxy rewrites Host. */
  PUBLIC_ORIGIN: z
    .string()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value.replace(/\/$/, '');
      } catch {
        return false;
      }
    }, 'must be an origin like https://billing.example.com (scheme, host and port only)')
    .transform((value) => new URL(value).origin)
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number({ error: 'must be a number' }).int().min(1).max(1000).default(10),
  /** Requests that may wait for a connection; past it they get 503 at once instead of piling up. */
  DATABASE_QUEUE_LIMIT: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100_000).default(200),
  /** The longest one statement may run; past it the database stops it and the request gets 503. */
  DATABASE_QUERY_TIMEOUT_MS: z.coerce.number({ error: 'must be a number of milliseconds' }).int().min(10).max(600_000).default(5000),
  /** How long in-flight requests get to finish after SIGTERM before the server exits anyway. */
  SHUTDOWN_GRACE_SECONDS: z.coerce.number({ error: 'must be a number of seconds' }).positive().max(600).default(25),
  STATIC_DIR: z.string().min(1).default('dist'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type ServerConfig = z.output<typeof environmentSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Carrierdesk server configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

export function loadConfig(env: Record<string, string | undefined>): ServerConfig {
  return parseEnvironment(environmentSchema, env);
}

/** What `npm run server:migrate` needs: the database, not the secrets. */
export function loadDatabaseConfig(env: Record<string, string | undefined>): Pick<ServerConfig, 'DATABASE_URL' | 'CARRIERDESK_DATABASE'> {
  return parseEnvironment(environmentSchema.pick({ DATABASE_URL: true, CARRIERDESK_DATABASE: true }), env);
}

function parseEnvironment<S extends z.ZodType>(schema: S, env: Record<string, string | undefined>): z.output<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  // Name the variable and say what it should be; zod's messages here never quote the input.
  const problems = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0] ?? 'environment');
    const message = issue.code === 'invalid_type' && env[name] === undefined && !issue.message.startsWith('is required') ? 'is required' : issue.message;
    return `${name} ${message}`;
  });
  throw new ConfigError(problems);
}
