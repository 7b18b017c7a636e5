import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConnection, type Connection } from 'mysql2/promise';

/**
 * A throw-away MariaDB for the server's tests: Debian's mariadb-server (installed when
 * missing, as e2e/tools/ensure-browser.mjs does for Chromium), a data directory in /tmp,
 * a free port, run as a plain process and removed afterwards.
 */

const serverBinaries = ['/usr/sbin/mariadbd', '/usr/bin/mariadbd'];

export function ensureMariadb(): string {
  const found = serverBinaries.find((path) => existsSync(path));
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? [] : ['sudo'];
  console.log("mariadbd not found; installing Debian's mariadb-server package…");
  const run = (args: string[]) => execFileSync(sudo[0] ?? args[0]!, sudo.length ? args : args.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', 'mariadb-server']);
  const installed = serverBinaries.find((path) => existsSync(path));
  if (!installed) throw new Error('Installed mariadb-server, but mariadbd is still missing');
  return installed;
}

/** A TCP port nothing listens on now: for a throw-away database, server or proxy. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface TestMariadb {
  port: number;
  socket: string;
  /** As the server gets it: a plain user, over TCP. */
  databaseUrl: string;
  stop(): Promise<void>;
}

const user = 'carrierdesk';
const password = 'test-only-password';

/** A small server by default (a few MB of test data); the load bench asks for a buffer pool that holds its 100,000 customers. */

export async function startMariadb({ bufferPool = '32M' }: { bufferPool?: string } = {}): Promise<TestMariadb> {
  const sized = [`--innodb-buffer-pool-size=${bufferPool}`, '--innodb-log-file-size=8M'];
  const mariadbd = ensureMariadb();
  // In memory where the machine has /dev/shm: the database is thrown away anyway, and
  // bootstrapping it on disk takes most of the suite's time on a busy machine.
  const dir = await mkdtemp(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'carrierdesk-mariadb-'));
  const datadir = join(dir, 'data');
  const socket = join(dir, 'mariadb.sock');
  let child: ChildProcess | undefined;

  const stop = async () => {
    if (child && child.exitCode === null && child.signalCode === null) {
      const exited = new Promise<void>((resolve) => child!.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child!.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  try {
    const asRoot = typeof process.getuid === 'function' && process.getuid() === 0 ? ['--user=root'] : [];
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${datadir}`, ...asRoot, '--auth-root-authentication-method=normal', '--skip-test-db', ...sized],
      { stdio: 'pipe' },
    );
    const port = await freePort();
    child = spawn(
      mariadbd,
      [
        '--no-defaults',
        `--datadir=${datadir}`,
        `--socket=${socket}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(dir, 'mariadb.pid')}`,
        `--log-error=${join(dir, 'error.log')}`,
        ...asRoot,
        '--skip-name-resolve',
        '--skip-log-bin',
        '--skip-performance-schema',
        ...sized,
        '--innodb-flush-log-at-trx-commit=0',
        '--innodb-doublewrite=0',
        '--character-set-server=utf8mb4',
      ],
      { stdio: 'ignore' },
    );
    const root = await connectWhenReady(socket, child, join(dir, 'error.log'));
    try {
      await root.query(`CREATE USER '${user}'@'127.0.0.1' IDENTIFIED BY '${password}'`);
      await root.query(`GRANT ALL PRIVILEGES ON *.* TO '${user}'@'127.0.0.1'`);
    } finally {
      await root.end();
    }
    return { port, socket, databaseUrl: `mysql://${user}:${password}@127.0.0.1:${port}/astpp`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function connectWhenReady(socketPath: string, child: ChildProcess, errorLog: string): Promise<Connection> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) {
      const log = await readFile(errorLog, 'utf8').catch(() => '');
      throw new Error(`mariadbd exited with code ${child.exitCode}:\n${log.slice(-2000)}`);
    }
    try {
      return await createConnection({ socketPath, user: 'root', multipleStatements: true });
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

const astppSchema = new URL('../db/astpp-schema.sql', import.meta.url);
const testSeed = new URL('../db/seed-test.sql', import.meta.url);

/** ASTPP's tables with the test seed, afresh: tests call it before they change rows. */
export async function loadAstpp(databaseUrl: string, database = 'astpp'): Promise<void> {
  const url = new URL(databaseUrl);
  const connection = await createConnection({
    host: url.hostname,
    port: Number(url.port),
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    multipleStatements: true,
    charset: 'utf8mb4_general_ci',
  });
  try {
    const [schema, seed] = await Promise.all([readFile(astppSchema, 'utf8'), readFile(testSeed, 'utf8')]);
    await connection.query(`DROP DATABASE IF EXISTS \`${database}\`; CREATE DATABASE \`${database}\` CHARACTER SET utf8; USE \`${database}\`;`);
    await connection.query(schema);
    await connection.query(seed);
  } finally {
    await connection.end();
  }
}
