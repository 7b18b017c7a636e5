/**
 * The `astpp-server` Playwright project's web server: Carrierdesk's own server over a
 * throw-away ASTPP database, as `npm run server` runs it in production.
 *
 *   node --import tsx e2e/tools/astpp-server.ts --port 4314
 *
 * Starts a MariaDB of its own (the server suite's harness, server/test/mariadb.ts: installed
 * when missing, data in /dev/shm, a free port), loads ASTPP's schema and the test seed
 * (server/db/seed-test.sql: the sign-in accounts are listed there), runs the migration,
 * builds the production console into dist-e2e-<port>/ and loads the server's modules
 * meanwhile, then serves that build and /api on the port as `npm run server` does
 * (server/main.ts: loadConfig, buildApp, listen), in this process. On SIGTERM or SIGINT
 * (Playwright sends SIGTERM at the end of the run) the server stops taking requests and
 * finishes those in flight, then the database stops and its data directory is deleted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { FastifyInstance } from 'fastify';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate } from '../../server/migrate';
import { loadAstpp, startMariadb, type TestMariadb } from '../../server/test/mariadb';

const root = fileURLToPath(new URL('../..', import.meta.url));
const portArgument = process.argv.indexOf('--port');
const port = Number(portArgument > 0 ? process.argv[portArgument + 1] : process.env.PORT);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error('Usage: node --import tsx e2e/tools/astpp-server.ts --port <port>');
  process.exit(2);
}
const outDir = `dist-e2e-${port}`;
/** ASTPP's stock PRIVATE_KEY, which the seed's passwords are encrypted with. */
const stockAstppKey = '8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR';

let mariadb: Promise<TestMariadb> | undefined;
let build: ChildProcess | undefined;
let server: FastifyInstance | undefined;
let stopping: Promise<void> | undefined;

function run(command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(command, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit'] });
}

function finished(child: ChildProcess, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`${what} failed (${signal ?? `exit code ${code}`})`))));
  });
}

async function stopChild(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

function stop(): Promise<void> {
  stopping ??= (async () => {
    await Promise.all([server?.close(), stopChild(build)]);
    // A signal during start-up waits for the database to be up, so that it is stopped too.
    const database = await mariadb?.catch(() => undefined);
    await database?.stop();
  })();
  return stopping;
}

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`astpp-server: could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  });
}

async function startDatabase(): Promise<string> {
  mariadb = startMariadb();
  const { databaseUrl } = await mariadb;
  await loadAstpp(databaseUrl);
  await migrate(databaseUrl, 'carrierdesk');
  return databaseUrl;
}

try {
  const started = Date.now();
  // The database, the build and loading the server's modules at once: none waits for another.
  const serverModules = Promise.all([import('../../server/app'), import('../../server/config')]);
  build = run(process.execPath, [fileURLToPath(new URL('../../node_modules/vite/bin/vite.js', import.meta.url)), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
  const [databaseUrl, , [{ buildApp }, { loadConfig }]] = await Promise.all([startDatabase(), finished(build, 'vite build'), serverModules]);

  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    ASTPP_PRIVATE_KEY: stockAstppKey,
    // A new one each run: sessions of an earlier run never carry over.
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PORT: String(port),
    HOST: 'localhost',
    STATIC_DIR: join(root, outDir),
    LOG_LEVEL: 'warn',
    // Every flow signs in from 127.0.0.1 as one of three accounts, several a minute; the
    // limits themselves have their own tests in server/.
    SIGN_IN_ATTEMPTS_PER_MINUTE: '1000',
    SIGN_IN_ATTEMPTS_PER_ACCOUNT_PER_MINUTE: '1000',
  });
  server = await buildApp(config);
  await server.listen({ port: config.PORT, host: config.HOST });
  console.log(`astpp-server: serving ${outDir} on http://localhost:${port}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  console.error(`astpp-server: ${error instanceof Error ? error.message : String(error)}`);
  await stop();
  process.exit(1);
}
