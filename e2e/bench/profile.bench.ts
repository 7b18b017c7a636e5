import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type Browser, type BrowserContext, type CDPSession, type Locator, type Page } from '@playwright/test';
import { readChunks, weigh } from './chunks';
import { instrument, type Painted } from './instrument';
import { benchPort, floorBenchPort, productionBenchPort } from './ports';
import { describe, summarize, type Summary } from './stats';

/**
 * The customer profile and list, measured in fresh browser contexts on the demo build;
 * docs/performance.md explains each figure. BENCH_RUNS contexts are measured after
 * BENCH_WARMUP discarded ones, and every time is reported as a median with its spread.
 *
 * Each interaction is timed twice: wall clock from the input event to the next painted
 * frame (what the user sees, and what a busy machine inflates), and the main thread's CPU
 * time meanwhile (Chrome's thread-time task counters: steadier when other work shares the
 * cores). Measured clicks and keys go straight to the browser's input pipeline, so none of
 * Playwright's own page scripts run inside a measurement.
 */
const runs = Number(process.env.BENCH_RUNS ?? 10);
const warmups = Number(process.env.BENCH_WARMUP ?? 1);
const customerId = 1;
const resultFile = fileURLToPath(new URL('../../bench-results/latest.json', import.meta.url));
/** Typed at the end of Address 1 on the Profile tab: ten keys, the first makes the form dirty. */
const typed = ', Suite 42';
const tabOrder = ['Account Settings', 'Profile', 'Billing Settings', 'Panel Access', 'Profile'];
const slugOf = (title: string) => title.toLowerCase().replace(/ /g, '-');

/**
 * What is measured: the demo build, whose mock backend starts and answers on the page's own
 * main thread, and the production build talking HTTP to the same mock backend run by its
 * preview server (mocks/vite-plugin-api.ts), as it would to a real API: what users get.
 */
interface Target {
  name: 'demo' | 'production';
  label: string;
  baseURL: string;
  distDir: string;
}

const targets: Target[] = [
  {
    name: 'demo',
    label: 'demo build (vite build --mode demo), mock backend in the page',
    baseURL: `http://localhost:${benchPort}`,
    distDir: fileURLToPath(new URL('../../dist-demo', import.meta.url)),
  },
  {
    name: 'production',
    label: 'production build (vite build), the mock backend as an HTTP API in another process',
    baseURL: `http://localhost:${productionBenchPort}`,
    distDir: fileURLToPath(new URL('../../dist', import.meta.url)),
  },
];

interface Timed {
  /** Input event to the next painted frame, ms. */
  wall: number;
  /** Main-thread CPU time from just before the input until that frame, ms. */
  cpu: number;
}

interface RunResult {
  formReady: number;
  formReadyCpu: number;
  mockBackendReady: number | null;
  jsBeforeReady: string[];
  jsAfterReady: string[];
  tabSwitches: Timed[];
  firstKeystroke: Timed;
  laterKeystrokes: Timed[];
  longTasksWhileTyping: number;
  longestTaskWhileTyping: number;
  keystrokeEventTimingMax: number | null;
  save: Timed;
  listReady: Timed;
  pageToPage: Timed[];
}

/** Main-thread CPU time used so far, ms (tasks measured in thread time, DevTools' own excluded). */
async function cpuTime(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return (value('TaskDuration') - value('DevToolsCommandDuration')) * 1000;
}

/** Moves the pointer over `target` (not measured), then clicks it (measured) until `painted`. */
async function clickUntil(page: Page, cdp: CDPSession, target: Locator, painted: () => Promise<Painted>): Promise<Timed> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) throw new Error(`Not visible: ${target}`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  await page.waitForTimeout(100);
  const waiting = painted();
  const cpuBefore = await cpuTime(cdp);
  await page.mouse.click(x, y);
  const { painted: at } = await waiting;
  const cpu = (await cpuTime(cdp)) - cpuBefore;
  return { wall: at - (await page.evaluate(() => window.__bench.lastClick)), cpu };
}

/** A page with the bench's probe in place before any page script, and its CPU counters on. */
async function instrumentedPage(context: BrowserContext): Promise<{ page: Page; cdp: CDPSession }> {
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { page, cdp };
}

async function measureOnce(browser: Browser, target: Target): Promise<RunResult> {
  const context = await browser.newContext({ baseURL: target.baseURL, viewport: { width: 1280, height: 800 } });
  if (target.name === 'demo') {
    // Signed in as the carrier admin; the mock backend answers at once, so the times are the app's.
    await context.addInitScript(() => {
      localStorage.setItem('mock-backend.session', '1');
      localStorage.setItem('mock-backend.options', JSON.stringify({ latencyMs: 0 }));
    });
  } else {
    // The API server keeps one data set for every client: back to the seed, signed in as the admin.
    const api = context.request;
    const reset = await api.post('/__mock-api/reset');
    const signIn = await api.post('/api/session', { data: { email: 'admin@example.com', password: 'Admin123!' } });
    if (!reset.ok() || !signIn.ok()) throw new Error(`The mock API server did not reset or sign in (${reset.status()}, ${signIn.status()})`);
  }
  const { page, cdp } = await instrumentedPage(context);
  try {
    await page.goto(`/customers/${customerId}/panel-access`);
    const ready = await page.evaluate(() => window.__bench.formReady);
    const formReadyCpu = await cpuTime(cdp);
    const mockBackendReady = await page.evaluate(() => performance.getEntriesByName('mock-backend:ready')[0]?.startTime ?? null);
    // A person reads the form before acting on it; the dropdowns' chunk arrives meanwhile.
    await page.waitForTimeout(500);

    const tabSwitches: Timed[] = [];
    for (const title of tabOrder) {
      tabSwitches.push(
        await clickUntil(page, cdp, page.getByRole('tab', { name: new RegExp(`^${title}`) }), () =>
          page.evaluate(
            (slug) =>
              window.__bench.when(
                () => document.querySelector(`[role="tabpanel"][id$="-panel-${slug}"] input`)?.checkVisibility() ?? false,
              ),
            slugOf(title),
          ),
        ),
      );
      await page.waitForTimeout(150);
    }

    await page.getByLabel('Address 1').click();
    await page.keyboard.press('End');
    await page.waitForTimeout(200);
    const typingFrom = await page.evaluate(() => {
      window.__bench.keys.length = 0;
      return performance.now();
    });
    const keystrokeCpu: number[] = [];
    for (const character of typed) {
      const before = await cpuTime(cdp);
      await page.keyboard.type(character);
      await page.waitForTimeout(120);
      keystrokeCpu.push((await cpuTime(cdp)) - before);
    }
    const typing = await page.evaluate((from) => {
      const { keys, longTasks, events } = window.__bench;
      const to = performance.now();
      const during = longTasks.filter((t) => t.start < to && t.start + t.duration > from);
      const keyEvents = events.filter((e) => e.start >= from && e.interactionId > 0 && /^key/.test(e.name));
      return {
        walls: keys.map((k) => k.end - k.start),
        longTasks: during.length,
        longest: Math.max(0, ...during.map((t) => t.duration)),
        eventMax: keyEvents.length ? Math.max(...keyEvents.map((e) => e.duration)) : null,
      };
    }, typingFrom);
    const keystrokes = typing.walls.map((wall, i) => ({ wall, cpu: keystrokeCpu[i] ?? NaN }));

    const save = await clickUntil(page, cdp, page.getByRole('button', { name: 'Save', exact: true }), () =>
      page.evaluate(() =>
        window.__bench.when(() => [...document.querySelectorAll('[role="alert"]')].some((el) => el.textContent?.includes('Profile saved'))),
      ),
    );

    const listReady = await clickUntil(
      page,
      cdp,
      page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Customers', exact: true }),
      () => page.evaluate(() => window.__bench.when(() => !!document.querySelector('tbody tr a[href^="/customers/"]'))),
    );
    const pageToPage: Timed[] = [];
    for (let i = 0; i < 4; i++) {
      await page.waitForTimeout(150);
      const first = (await page.locator('tbody tr a').first().textContent()) ?? '';
      pageToPage.push(
        await clickUntil(page, cdp, page.getByRole('button', { name: 'Next page' }), () =>
          page.evaluate(
            (previous) =>
              window.__bench.when(() => {
                const link = document.querySelector('tbody tr a');
                return !!link && link.textContent !== previous;
              }),
            first,
          ),
        ),
      );
    }

    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => ({ path: new URL(e.name).pathname, end: (e as PerformanceResourceTiming).responseEnd }))
        .filter((e) => e.path.endsWith('.js')),
    );
    return {
      formReady: ready.painted,
      formReadyCpu,
      mockBackendReady,
      jsBeforeReady: scripts.filter((s) => s.end <= ready.seen).map((s) => s.path),
      jsAfterReady: scripts.filter((s) => s.end > ready.seen).map((s) => s.path),
      tabSwitches,
      firstKeystroke: keystrokes[0]!,
      laterKeystrokes: keystrokes.slice(1),
      longTasksWhileTyping: typing.longTasks,
      longestTaskWhileTyping: typing.longest,
      keystrokeEventTimingMax: typing.eventMax,
      save,
      listReady,
      pageToPage,
    };
  } finally {
    await context.close();
  }
}

/**
 * The floor under form ready on this machine: the first tab's fields with their values as
 * plain HTML (with Mantine's stylesheet), and in React and Mantine alone, with no router,
 * queries, form library, schemas or requests (e2e/bench/floor/). Measured like the console:
 * navigation start to the painted frame that shows the first field's value.
 */
const floorPages = [
  { name: 'staticPage', label: 'plain HTML, same fields and stylesheet', path: '/static.html' },
  { name: 'reactMantine', label: 'React + Mantine alone, same fields, no data', path: '/' },
] as const;

async function measureFloor(browser: Browser, path: string): Promise<{ wallMs: Summary; cpuMs: Summary }> {
  const walls: number[] = [];
  const cpus: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const context = await browser.newContext({ baseURL: `http://localhost:${floorBenchPort}`, viewport: { width: 1280, height: 800 } });
    const { page, cdp } = await instrumentedPage(context);
    try {
      await page.goto(path);
      const ready = await page.evaluate(() => window.__bench.formReady);
      const cpu = await cpuTime(cdp);
      if (i >= warmups) {
        walls.push(ready.painted);
        cpus.push(cpu);
      }
    } finally {
      await context.close();
    }
  }
  return { wallMs: summarize(walls), cpuMs: summarize(cpus) };
}

interface TargetReport {
  build: string;
  jsBeforeFormUsable: ReturnType<typeof weigh>;
  jsLoadedAfterFormUsable: ReturnType<typeof weigh>;
  metrics: Record<string, { wallMs: Summary; cpuMs: Summary }>;
  mockBackendReadyMs?: Summary;
  formReadyAfterMockBackendMs?: Summary;
  longTasks: { runsWithALongTaskWhileTyping: number; longestTaskWhileTypingMs: number; longestKeystrokeInEventTimingMs: number };
}

async function measureTarget(browser: Browser, target: Target): Promise<TargetReport> {
  const chunks = readChunks(target.distDir);
  const results: RunResult[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const result = await measureOnce(browser, target);
    if (i >= warmups) results.push(result);
  }
  const timed = (pick: (r: RunResult) => Timed | Timed[]) => {
    const all = results.flatMap((r) => pick(r));
    return { wallMs: summarize(all.map((t) => t.wall)), cpuMs: summarize(all.map((t) => t.cpu)) };
  };
  const demo = target.name === 'demo';
  return {
    build: target.label,
    jsBeforeFormUsable: weigh(results[0]!.jsBeforeReady, chunks),
    jsLoadedAfterFormUsable: weigh(results[0]!.jsAfterReady, chunks),
    metrics: {
      formReady: { wallMs: summarize(results.map((r) => r.formReady)), cpuMs: summarize(results.map((r) => r.formReadyCpu)) },
      firstKeystroke: timed((r) => r.firstKeystroke),
      laterKeystrokes: timed((r) => r.laterKeystrokes),
      tabSwitch: timed((r) => r.tabSwitches),
      saveRoundTrip: timed((r) => r.save),
      listReady: timed((r) => r.listReady),
      pageToPage: timed((r) => r.pageToPage),
    },
    // The demo's mock backend starts in the page before any request is answered.
    ...(demo
      ? {
          mockBackendReadyMs: summarize(results.map((r) => r.mockBackendReady ?? NaN)),
          formReadyAfterMockBackendMs: summarize(results.map((r) => r.formReady - (r.mockBackendReady ?? NaN))),
        }
      : {}),
    longTasks: {
      runsWithALongTaskWhileTyping: results.filter((r) => r.longTasksWhileTyping > 0).length,
      longestTaskWhileTypingMs: Math.max(...results.map((r) => r.longestTaskWhileTyping)),
      longestKeystrokeInEventTimingMs: Math.max(0, ...results.map((r) => r.keystrokeEventTimingMax ?? 0)),
    },
  };
}

test('customer profile and list', async ({ browser }) => {
  const loadBefore = loadavg();
  const reports: Partial<Record<Target['name'], TargetReport>> = {};
  for (const target of targets) reports[target.name] = await measureTarget(browser, target);
  const floor: Record<string, { label: string; formReady: { wallMs: Summary; cpuMs: Summary } }> = {};
  for (const { name, label, path } of floorPages) floor[name] = { label, formReady: await measureFloor(browser, path) };
  const loadAfter = loadavg();

  const cpu = cpus();
  const machine = {
    cores: cpu.length,
    cpu: cpu[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${process.platform} ${release()}`,
    node: process.version,
    chromium: browser.version(),
    loadAverageBefore: loadBefore.map((l) => Math.round(l * 100) / 100),
    loadAverageAfter: loadAfter.map((l) => Math.round(l * 100) / 100),
  };
  const busy = Math.max(...loadBefore, ...loadAfter) > machine.cores;
  const report = {
    date: new Date().toISOString(),
    method: 'docs/performance.md',
    runs,
    warmups,
    mockLatencyMs: 0,
    machine,
    busyMachine: busy,
    targets: reports,
    floor,
  };
  mkdirSync(dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);

  const kB = (bytes: { raw: number; gzip: number; files: number }) =>
    `${(bytes.raw / 1000).toFixed(1)} kB raw, ${(bytes.gzip / 1000).toFixed(1)} kB gzip (${bytes.files} files)`;
  const lines = [
    `Carrierdesk bench: ${runs} fresh contexts (+${warmups} warm-up) per build, Chromium ${machine.chromium}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}`,
    `load average before ${machine.loadAverageBefore.join(' ')}, after ${machine.loadAverageAfter.join(' ')}${
      busy ? '  ⚠ busy machine: the wall-clock times are inflated; re-take them on an idle one' : ''
    }`,
  ];
  for (const target of targets) {
    const r = reports[target.name]!;
    lines.push(
      '',
      `== ${r.build}`,
      'JS before the form is usable:',
      `  the profile's own (entry, route, static imports): ${kB(r.jsBeforeFormUsable.profile)}`,
      `  other app chunks:                                 ${kB(r.jsBeforeFormUsable.app)}`,
      ...(target.name === 'demo' ? [`  mock backend (production has none):               ${kB(r.jsBeforeFormUsable.mock)}`] : []),
      `JS loaded after it (dropdowns, dialogs, list…):     ${kB(r.jsLoadedAfterFormUsable.profile)} + ${kB(r.jsLoadedAfterFormUsable.app)}`,
      ...Object.entries(r.metrics).flatMap(([name, m]) => [
        `${name.padEnd(16)} wall ${describe(m.wallMs)}`,
        `${''.padEnd(16)} cpu  ${describe(m.cpuMs)}`,
      ]),
      ...(r.mockBackendReadyMs && r.formReadyAfterMockBackendMs
        ? [
            `mock backend ready ${describe(r.mockBackendReadyMs)} after navigation start`,
            `form ready after the mock backend is up ${describe(r.formReadyAfterMockBackendMs)}`,
          ]
        : []),
      `long tasks while typing: ${r.longTasks.runsWithALongTaskWhileTyping} of ${runs} runs (longest ${r.longTasks.longestTaskWhileTypingMs.toFixed(0)} ms); longest keystroke in Event Timing ${r.longTasks.longestKeystrokeInEventTimingMs.toFixed(0)} ms (it reports 16 ms and more only)`,
    );
  }
  lines.push('', '== floor: form ready for the same first tab without the console (e2e/bench/floor/)');
  for (const { label, formReady } of Object.values(floor)) {
    lines.push(`${label}:`, `  wall ${describe(formReady.wallMs)}`, `  cpu  ${describe(formReady.cpuMs)}`);
  }
  lines.push('', `written to ${resultFile}`);
  console.log(`\n${lines.join('\n')}\n`);
});
