import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { createConnection } from 'mysql2/promise';
import { poolOptions } from '../db';
import { migrate } from '../migrate';
import { freePort, loadAstpp, startMariadb } from '../test/mariadb';
import type { OptionalFieldName, Settings } from '../../src/features/settings/settings-schema';
import { suggestedIndexes } from './support';
import { BENCH_CUSTOMERS, BENCH_RESELLERS, benchCustomerId, benchReseller, fill } from './fill';

/**
 * `npm run bench:server`: a throw-away MariaDB filled with 100,000 customers over 50
 * resellers, the real server (`server/main.ts`, its own process), and autocannon driving it
 * with 20 connections: each request kind alone, then a realistic mix at 200 requests/s for
 * two minutes while the server's memory is sampled. Prints a table and writes
 * server/bench/results/latest.json.
 *
 *   --seconds=N       each single-kind run (default 8)
 *   --mix-seconds=N   the mixed run (default 120)
 *   --with-indexes    add the indexes docs/performance.md suggests, to the bench's own database
 *   --only=TEXT       only the single-kind runs whose name contains TEXT (e.g. --only=search):
 *                     no mix, and no results file (a quick look, not a verdict)
 */

const root = fileURLToPath(new URL('../..', import.meta.url));
const arg = (name: string, fallback: number) => Number(process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback);
const SECONDS = arg('seconds', 8);
const MIX_SECONDS = arg('mix-seconds', 120);
const CONNECTIONS = arg('connections', 20);
const RATE = arg('rate', 200);
const WITH_INDEXES = process.argv.includes('--with-indexes');
const ONLY = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

const budgets = { list: 50, search: 150, profile: 20, patch: 40 } as const;
type BudgetKind = keyof typeof budgets;

interface Figures {
  name: string;
  kind: string;
  budgetP95?: number;
  requests: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  statuses: Record<string, number>;
  /** The first answer that was not a 2xx: its status and problem title and detail (what a bench that fails must say). */
  firstProblem?: string;
}

const percentile = (sorted: number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN);
const round = (n: number) => Math.round(n * 10) / 10;
const random = (n: number) => Math.floor(Math.random() * n);
const pick = <T>(items: readonly T[]) => items[random(items.length)]!;

function summarise(name: string, kind: string, { latencies, statuses, firstProblem }: Answers, extraErrors: number, seconds: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const bad = Object.entries(statuses).filter(([s]) => !/^2/.test(s)).reduce((sum, [, n]) => sum + n, 0);
  return {
    name,
    kind,
    ...(kind in budgets ? { budgetP95: budgets[kind as BudgetKind] } : {}),
    requests: sorted.length,
    throughput: round(sorted.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    errors: bad + extraErrors,
    statuses,
    ...(firstProblem ? { firstProblem } : {}),
  };
}

type Answers = { latencies: number[]; statuses: Record<string, number>; firstProblem?: string };

/** A problem details answer, in one line: `422 Check the highlighted fields: email: …`. */
function problemLine(status: number, body: string): string {
  try {
    const problem = JSON.parse(body) as { title?: string; detail?: string; errors?: Record<string, string[]> };
    const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join('; ');
    return [status, problem.title, problem.detail, fields].filter(Boolean).join(' ').slice(0, 300);
  } catch {
    return `${status} ${body.slice(0, 200)}`;
  }
}

type Built = { method: 'GET' | 'PATCH' | 'POST'; path: string; body?: string; headers?: Record<string, string>; kind: string; id?: number };

/** Runs autocannon with one request builder; latencies are grouped by the kind each request had. */
async function drive(base: string, cookie: string, build: () => Built | undefined, seconds: number, { rate, onAnswer }: { rate?: number; onAnswer?: (sent: Built, status: number, headers: Record<string, string>) => void } = {}) {
  const byKind = new Map<string, Answers>();
  const entryOf = (kind: string) => {
    let entry = byKind.get(kind);
    if (!entry) byKind.set(kind, (entry = { latencies: [], statuses: {} }));
    return entry;
  };
  const request = {
    setupRequest: (req: autocannon.Request, context: Record<string, unknown>) => {
      const next = build();
      if (!next) return req;
      context.sent = next;
      return {
        ...req,
        method: next.method,
        path: next.path,
        body: next.body,
        headers: { ...req.headers, cookie, ...(next.body ? { 'content-type': 'application/json' } : {}), ...next.headers },
      } as autocannon.Request;
    },
    onResponse: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string>) => {
      const sent = context.sent as Built | undefined;
      if (sent && status >= 300) entryOf(sent.kind).firstProblem ??= problemLine(status, body);
      const lower = Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]));
      if (context.sent) onAnswer?.(context.sent as Built, status, lower);
    },
  };
  let finished!: (result: autocannon.Result) => void;
  let failed!: (error: Error) => void;
  const done = new Promise<autocannon.Result>((resolve, reject) => ((finished = resolve), (failed = reject)));
  const instance = autocannon(
    {
      url: base,
      connections: CONNECTIONS,
      duration: seconds,
      requests: [request as unknown as autocannon.Request],
      ...(rate ? { overallRate: rate } : {}),
      timeout: 10,
    },
    (error, result) => (error ? failed(error as Error) : finished(result)),
  );
  instance.on('response', (client, statusCode, _bytes, responseTime) => {
    const sent = (client as unknown as { requestIterator: { context: { sent?: Built } } }).requestIterator.context.sent;
    const entry = entryOf(sent?.kind ?? 'unknown');
    entry.latencies.push(responseTime);
    entry.statuses[statusCode] = (entry.statuses[statusCode] ?? 0) + 1;
  });
  const result = await done;
  return { byKind, connectionErrors: result.errors, timeouts: result.timeouts };
}

async function main() {
  const machine = {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memoryGB: round(totalmem() / 1024 ** 3),
    freeMemoryGB: round(freemem() / 1024 ** 3),
    node: process.version,
    loadBefore: loadavg().map(round),
    kernel: readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim(),
  };
  console.log(`Machine: ${machine.cores} cores (${machine.cpu}), ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadBefore.join(' ')}`);

  const mariadb = await startMariadb({ bufferPool: '512M' });
  let server: ReturnType<typeof spawn> | undefined;
  try {
    await loadAstpp(mariadb.databaseUrl);
    await migrate(mariadb.databaseUrl, 'carrierdesk');
    const { connectionLimit: _limit, ...options } = poolOptions(mariadb.databaseUrl);
    const astpp = await createConnection({ ...options, multipleStatements: true });
    const [[version]] = (await astpp.query('SELECT VERSION() AS v')) as unknown as [[{ v: string }]];
    const filled = await fill(astpp);
    console.log(`Filled ${BENCH_CUSTOMERS.toLocaleString('en')} customers over ${BENCH_RESELLERS} resellers in ${filled.seconds.toFixed(1)} s (MariaDB ${version.v})`);
    if (WITH_INDEXES) {
      for (const statement of suggestedIndexes) await astpp.query(statement);
      console.log(`Added the suggested indexes to the bench database:\n  ${suggestedIndexes.join('\n  ')}`);
    }

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: mariadb.databaseUrl,
        ASTPP_PRIVATE_KEY: '8YSDaBtDHAB3EQkxPAyTz2I5DttzA9uR',
        SESSION_SECRET: 'the bench secret, long enough to sign cookies',
        PORT: String(port),
        LOG_LEVEL: 'warn',
        STATIC_DIR: 'server/test/no-build-here',
        SIGN_IN_ATTEMPTS_PER_MINUTE: '1000',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const pid = server.pid!;
    for (let i = 0; ; i += 1) {
      try {
        if ((await fetch(`${base}/health`)).ok) break;
      } catch {
        if (i > 300) throw new Error('The server did not start');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const signIn = async (credentials: { email: string; password: string }) => {
      const response = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
      if (!response.ok) throw new Error(`Could not sign in as ${credentials.email}: ${response.status}`);
      return response.headers.getSetCookie()[0]!.split(';')[0]!;
    };
    const admin = await signIn({ email: 'admin', password: 'admin' });
    // A new customer carries only the optional fields this database stores (a stock 6.0 one: none).
    const { optionalFields } = (await (await fetch(`${base}/api/settings`, { headers: { cookie: admin } })).json()) as Pick<Settings, 'optionalFields'>;
    const stored = (name: string) => !(name in optionalFields) || optionalFields[name as OptionalFieldName];
    const reseller = await signIn(benchReseller(1));

    // Customers saved by the bench, each used by one connection at a time with its latest ETag.
    const etags = new Map<number, string>();
    const free: number[] = [];
    for (let k = 0; k < 200; k += 1) {
      const id = benchCustomerId(k * 500 + 1);
      const response = await fetch(`${base}/api/customers/${id}`, { headers: { cookie: admin } });
      etags.set(id, response.headers.get('etag')!);
      free.push(id);
    }
    let saves = 0;
    let creates = 0;
    const patch = (): Built | undefined => {
      const id = free.shift();
      if (id === undefined) return undefined;
      saves += 1;
      // One section (personal details), a real change each time.
      const body = JSON.stringify({ firstName: `Anna${saves % 1000}`, lastName: 'Lind', phone: `+1 555 ${String(saves).padStart(7, '0')}` });
      return { kind: 'patch', method: 'PATCH', path: `/api/customers/${id}`, body, headers: { 'if-match': etags.get(id)! }, id };
    };
    const create = (): Built => {
      creates += 1;
      const number = `8${String(process.pid % 1000).padStart(3, '0')}${String(creates).padStart(6, '0')}`;
      return { kind: 'create', method: 'POST', path: '/api/customers', body: JSON.stringify(Object.fromEntries(Object.entries(newCustomer(number, `new${creates}@bench.example`)).filter(([name]) => stored(name)))) };
    };
    const onAnswer = (sent: Built, status: number, headers: Record<string, string>) => {
      if (sent.kind !== 'patch' || sent.id === undefined) return;
      if (status === 200 && headers.etag) etags.set(sent.id, headers.etag);
      free.push(sent.id);
    };
    const searches = ['Lind', 'okafor', 'c4711@', 'Company 8123', '7100012', 'tanaka', 'Priya Silva', 'bench.example'];
    const profile = (): Built => ({ kind: 'profile', method: 'GET', path: `/api/customers/${benchCustomerId(random(BENCH_CUSTOMERS))}` });
    const listPage = (): Built => ({ kind: 'list', method: 'GET', path: `/api/customers?page=${1 + random(40)}&pageSize=25` });
    const search = (): Built => ({ kind: 'search', method: 'GET', path: `/api/customers?q=${encodeURIComponent(pick(searches))}&pageSize=25` });

    const scenarios: Array<{ name: string; kind: string; cookie: string; build: () => Built | undefined }> = [
      { name: 'list: pages 1–40 (admin, all 100,000)', kind: 'list', cookie: admin, build: listPage },
      { name: 'list: any page of 4,000 (admin)', kind: 'list', cookie: admin, build: () => ({ kind: 'list', method: 'GET', path: `/api/customers?page=${1 + random(4000)}` }) },
      { name: 'list: a reseller’s 2,000', kind: 'list', cookie: reseller, build: () => ({ kind: 'list', method: 'GET', path: `/api/customers?page=${1 + random(80)}` }) },
      { name: 'search (admin)', kind: 'search', cookie: admin, build: search },
      { name: 'search (reseller)', kind: 'search', cookie: reseller, build: () => ({ ...search() }) },
      { name: 'filter: status=inactive', kind: 'list', cookie: admin, build: () => ({ kind: 'list', method: 'GET', path: `/api/customers?status=inactive&page=${1 + random(40)}` }) },
      { name: 'filter: accountType=postpaid', kind: 'list', cookie: admin, build: () => ({ kind: 'list', method: 'GET', path: `/api/customers?accountType=postpaid&page=${1 + random(40)}` }) },
      ...['accountNumber', 'name', 'company', 'email', 'status', 'accountType', 'balance', '-name'].map((sort) => ({
        name: `sort: ${sort}`,
        kind: 'list',
        cookie: admin,
        build: (): Built => ({ kind: 'list', method: 'GET', path: `/api/customers?sort=${sort}&page=${1 + random(40)}` }),
      })),
      { name: 'profile GET', kind: 'profile', cookie: admin, build: profile },
      { name: 'PATCH one section', kind: 'patch', cookie: admin, build: patch },
      { name: 'create', kind: 'create', cookie: admin, build: create },
    ];

    const figures: Figures[] = [];
    for (const scenario of scenarios.filter((s) => ONLY === undefined || s.name.includes(ONLY))) {
      const run = await drive(base, scenario.cookie, scenario.build, SECONDS, { onAnswer });
      const entry = run.byKind.get(scenario.kind) ?? { latencies: [], statuses: {} };
      const row = summarise(scenario.name, scenario.kind, entry, run.connectionErrors, SECONDS);
      figures.push(row);
      console.log(`  ${row.name}: p50 ${row.p50} ms, p95 ${row.p95} ms, p99 ${row.p99} ms, ${row.throughput}/s, errors ${row.errors}${row.firstProblem ? ` (first: ${row.firstProblem})` : ''}`);
    }
    if (ONLY !== undefined) {
      console.log(`--only=${ONLY}: no mix, no results file; load average now ${loadavg().map(round).join(' ')}`);
      await astpp.end();
      return;
    }

    // The realistic mix, at a fixed rate, with the server's memory sampled every 2 s.
    const memory: Array<{ t: number; rssMB: number }> = [];
    const status = () => readFileSync(`/proc/${pid}/status`, 'utf8');
    const kB = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status())?.[1] ?? NaN) / 1024;
    const started = Date.now();
    const sampler = setInterval(() => memory.push({ t: round((Date.now() - started) / 1000), rssMB: round(kB('VmRSS')) }), 2000);
    const mixBuild = (): Built | undefined => {
      const roll = Math.random();
      if (roll < 0.45) return listPage();
      if (roll < 0.6) return search();
      if (roll < 0.7) return { kind: 'list', method: 'GET', path: `/api/customers?sort=${pick(['name', '-balance', 'company', 'status'])}&status=active&page=${1 + random(10)}` };
      if (roll < 0.9) return profile();
      if (roll < 0.98) return patch() ?? profile();
      return create();
    };
    const mix = await drive(base, admin, mixBuild, MIX_SECONDS, { rate: RATE, onAnswer });
    clearInterval(sampler);
    const all = { latencies: [] as number[], statuses: {} as Record<string, number> };
    const mixKinds: Figures[] = [];
    for (const [kind, entry] of mix.byKind) {
      all.latencies.push(...entry.latencies);
      for (const [s, n] of Object.entries(entry.statuses)) all.statuses[s] = (all.statuses[s] ?? 0) + n;
      mixKinds.push(summarise(`mix: ${kind}`, kind, entry, 0, MIX_SECONDS));
    }
    const mixed = summarise(`mix at ${RATE}/s, ${MIX_SECONDS} s`, 'mix', all, mix.connectionErrors, MIX_SECONDS);
    const peakMB = round(kB('VmHWM'));
    const settled = memory.filter((m) => m.t >= 20);
    const third = Math.max(1, Math.floor(settled.length / 3));
    const mean = (xs: Array<{ rssMB: number }>) => round(xs.reduce((s, m) => s + m.rssMB, 0) / Math.max(1, xs.length));
    const memoryFigures = { peakMB, firstThirdMB: mean(settled.slice(0, third)), lastThirdMB: mean(settled.slice(-third)), samples: memory };
    const growth = round(memoryFigures.lastThirdMB - memoryFigures.firstThirdMB);

    // The table.
    const verdict = (f: Figures) => (f.budgetP95 === undefined ? '' : f.p95 <= f.budgetP95 ? `≤ ${f.budgetP95} ✓` : `≤ ${f.budgetP95} ✗ MISSED`);
    const rows = [...figures, ...mixKinds, mixed].map((f) => [f.name, String(f.requests), String(f.throughput), String(f.p50), String(f.p95), String(f.p99), String(f.errors), verdict(f)]);
    const header = ['Scenario', 'Requests', 'Req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'Errors', 'p95 budget'];
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
    console.log(`\n${line(header)}\n| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |\n${rows.map(line).join('\n')}`);
    console.log(`\nServer memory (RSS): peak ${peakMB} MB; mean ${memoryFigures.firstThirdMB} MB in the first third of the mix after 20 s, ${memoryFigures.lastThirdMB} MB in the last (${growth >= 0 ? '+' : ''}${growth} MB)`);
    console.log(`Mix: ${mixed.errors === 0 ? 'zero errors' : `${mixed.errors} ERRORS`} at ${mixed.throughput} requests/s (asked ${RATE}/s); statuses ${JSON.stringify(mixed.statuses)}`);
    const missed = [...figures, ...mixKinds].filter((f) => f.budgetP95 !== undefined && f.p95 > f.budgetP95);
    if (missed.length) console.log(`Budgets missed: ${missed.map((f) => `${f.name} (p95 ${f.p95} ms > ${f.budgetP95} ms)`).join('; ')}`);
    else console.log('Every p95 budget met.');

    const output = {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim(),
      machine: { ...machine, loadAfter: loadavg().map(round), mariadb: version.v },
      settings: { connections: CONNECTIONS, secondsPerScenario: SECONDS, mixSeconds: MIX_SECONDS, mixRate: RATE, withIndexes: WITH_INDEXES, customers: BENCH_CUSTOMERS, resellers: BENCH_RESELLERS, fillSeconds: filled.seconds },
      budgets,
      scenarios: figures,
      mix: { overall: mixed, byKind: mixKinds },
      memory: { ...memoryFigures, growthMB: growth },
    };
    const dir = fileURLToPath(new URL('./results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    const file = `${dir}${WITH_INDEXES ? 'latest-with-indexes' : 'latest'}.json`;
    writeFileSync(file, `${JSON.stringify(output, null, 2)}\n`);
    console.log(`\nRaw figures: ${file.slice(root.length)}`);
    await astpp.end();
  } finally {
    server?.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 500));
    await mariadb.stop();
  }
}

function newCustomer(accountNumber: string, email: string) {
  return {
    resellerId: null, accountNumber, password: 'Str0ngPass!', pin: '123456', email, validDays: 3650, expiresAt: '2035-12-31', status: 'active',
    maxChannels: 1, cps: 0, localizationId: null, allowLocalCalls: true, localCallChargePerMinute: '0', allowLossLessRouting: false,
    allowRecording: false, allowIpManagement: false, notifications: true, paymentGatewayPermission: true, firstName: 'New', lastName: 'Customer',
    company: '', phone: '', notificationEmail: '', address1: '', address2: '', city: '', province: '', zipCode: '', countryId: 'US',
    timezone: 'America/Chicago', currency: 'USD', accountType: 'prepaid', creditLimit: null, rateGroupId: 1, nonCliRateGroupId: null,
    cliPool: 'disabled', billingSchedule: 'daily', billingDay: null, taxIds: [2, 1], taxNumber: '', generateInvoice: true, invoiceNote: '', reference: '',
  };
}

await main();
