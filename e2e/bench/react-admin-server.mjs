// The react-admin reference for `npm run bench`: copies the read-only source folder to a
// working folder, installs it with its own lock file (`npm ci`), builds it with its own Vite
// and, given --port, serves dist/ with its own `vite preview`. The install and the build are
// skipped when the lock file and the sources are the same as at the last successful one
// (a hash of them, kept in the working folder). The folders come from e2e/bench/react-admin.ts.
//
//   node e2e/bench/react-admin-server.mjs --source <folder> --dir <working folder> [--port <port>]
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parseArgs } from 'node:util';

/** Bump when the steps below change what ends up in dist/. */
const RECIPE = 1;
const SKIPPED = new Set(['node_modules', 'dist', '.git']);
const STATE = '.bench-state.json';

const { values } = parseArgs({ options: { source: { type: 'string' }, dir: { type: 'string' }, port: { type: 'string' } } });
const { source, dir, port } = values;
if (!source || !dir) {
  console.error('usage: node e2e/bench/react-admin-server.mjs --source <folder> --dir <working folder> [--port <port>]');
  process.exit(2);
}

const log = (message) => console.error(`[react-admin reference] ${message}`);

function fail(message) {
  log(`FAILED: ${message}`);
  process.exit(1);
}

if (!existsSync(join(source, 'package.json')) || !existsSync(join(source, 'package-lock.json'))) {
  fail(`no package.json and package-lock.json in ${source} (set BENCH_REACT_ADMIN_SOURCE to the reference's folder)`);
}

/** The source's files, relative and sorted, without installed or built output. */
function sourceFiles(root) {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => !path.split(sep).some((part) => SKIPPED.has(part)))
    .filter((path) => statSync(join(root, path)).isFile())
    .sort();
}

function hashOf(root, files, extra) {
  const hash = createHash('sha256').update(extra);
  for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(root, file))).update('\0');
  return hash.digest('hex');
}

const files = sourceFiles(source);
// npm ci's result depends on the lock file, the manifest and the Node that runs it.
const installKey = hashOf(source, ['package.json', 'package-lock.json'], `node ${process.version}`);
const buildKey = hashOf(source, files, `${installKey} recipe ${RECIPE}`);
const statePath = join(dir, STATE);
const state = existsSync(statePath) ? JSON.parse(readFileSync(statePath, 'utf8')) : {};
const saveState = (next) => writeFileSync(statePath, `${JSON.stringify(next, null, 2)}\n`);

// The parent's npm_* variables (npm run bench) would point npm and Vite at this repository.
// NODE_ENV would make npm ci leave out the devDependencies (Vite); it is set for the build only.
const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(npm_|NODE_ENV$)/i.test(name)));

function run(command, args, what, extraEnv = {}) {
  const started = Date.now();
  try {
    execFileSync(command, args, { cwd: dir, env: { ...env, ...extraEnv }, stdio: ['ignore', process.stderr, process.stderr] });
  } catch (error) {
    fail(`${what} in ${dir} exited with ${error.status ?? error.signal ?? error.message}; its output is above`);
  }
  log(`${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Copies the sources in; the source folder is read-only and copies keep its modes. */
function copySources() {
  for (const file of files) {
    const to = join(dir, file);
    mkdirSync(join(to, '..'), { recursive: true });
    cpSync(join(source, file), to);
    chmodSync(to, statSync(to).mode | 0o200);
  }
}

const vite = join(dir, 'node_modules', '.bin', 'vite');
if (state.installKey !== installKey || !existsSync(vite)) {
  log(`installing a fresh copy of ${source} in ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  copySources();
  run('npm', ['ci', '--no-audit', '--no-fund'], 'npm ci');
  if (!existsSync(vite)) fail(`npm ci did not install vite (${vite})`);
  saveState({ installKey });
} else if (state.buildKey !== buildKey) {
  log(`same lock file, sources changed: refreshing the copy in ${dir}`);
  for (const entry of readdirSync(dir)) if (entry !== 'node_modules' && entry !== STATE) rmSync(join(dir, entry), { recursive: true, force: true });
  copySources();
}

if (state.buildKey !== buildKey || !existsSync(join(dir, 'dist', '.vite', 'manifest.json'))) {
  run(vite, ['build', '--manifest', '--emptyOutDir'], 'vite build', { NODE_ENV: 'production' });
  saveState({ installKey, buildKey });
} else {
  log(`lock file and sources unchanged since the last build: reusing ${join(dir, 'dist')}`);
}

if (port) {
  const server = spawn(vite, ['preview', '--host', '127.0.0.1', '--port', port, '--strictPort'], {
    cwd: dir,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
