import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, type Browser, type BrowserContext, type CDPSession, type Locator, type Page } from '@playwright/test';
import { readChunks, weigh } from './chunks';
import { instrument, type Painted } from './instrument';
import { floorBenchPort } from './ports';
import { reactAdminWorkDir } from './react-admin';
import { budgetsOf, formatReport, ratiosOf, type TargetReport, type Timings } from './report';
import { summarize } from './stats';
import { targets, type Target } from './targets';

/**
 * The customer profile and list, measured in fresh browser contexts on the console's
 * production and demo builds and on the react-admin edition of the same form, by the same
 * code: docs/performance.md explains each figure. The three alternate run by run (production,
 * react-admin, demo, then again), so whatever else the machine does hits them alike, and every
 * console figure is also reported as a ratio to react-admin's. BENCH_RUNS rounds are measured
 * after BENCH_WARMUP discarded ones; every time is a median with its spread.
 *
 * Each interaction is timed twice: wall clock from the input event to the next painted
 * frame (what the user sees, and what a busy machine inflates), and the main thread's CPU
 * time meanwhile (Chrome's thread-time task counters: steadier when other work shares the
 * cores). Measured clicks and keys go straight to the browser's input pipeline, so none of
 * Playwright's own page scripts run inside a measurement.
 */
const runs = Number(process.env.BENCH_RUNS ?? 10);
const warmups = Number(process.env.BENCH_WARMUP ?? 1);
const resultFile = fileURLToPath(new URL('../../bench-results/latest.json', import.meta.url));
/** Typed at the end of Address 1 on the Profile tab: ten keys, the first makes the form dirty. */
const typed = ', Suite 42';
const tabOrder = ['Account Settings', 'Profile', 'Billing Settings', 'Panel Access', 'Profile'];

interface Timed {
  /** Input event to the next painted frame, ms. */
  wall: number;
  /** Main-thread CPU time from just before the input until that frame, ms. */
  cpu: number;
}

interface RunResult {
  formReady: number;
  formReadyCpu: number;
  /** The demo's `mock-backend:ready` mark, when the build still sets it. */
  mockBackendReady: number | null;
  jsBeforeReady: string[];
  jsAfterReady: string[];
  tabSwitches: Timed[];
  firstKeystroke: Timed;
  laterKeystrokes: Timed[];
  longTasksWhileTyping: number;
  longestTaskWhileTyping: number;
  keystrokeEventTimingMax: number | null;
  save: Timed | null;
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

/** Resolves at the first painted frame in which the first element matching `selector` has text other than `previous`. */
const rowShown = (page: Page, selector: string, previous: string) =>
  page.evaluate(
    ([css, before]) =>
      window.__bench.when(() => {
        const text = document.querySelector(css)?.textContent?.trim();
        return !!text && text !== before;
      }),
    [selector, previous] as const,
  );

async function measureOnce(browser: Browser, target: Target): Promise<RunResult> {
  const context = await browser.newContext({ baseURL: target.baseURL, viewport: { width: 1280, height: 800 } });
  await target.prepare(context);
  const { page, cdp } = await instrumentedPage(context);
  try {
    await page.goto(target.formPath);
    const ready = await page.evaluate(() => window.__bench.formReady);
    const formReadyCpu = await cpuTime(cdp);
    const mockBackendReady = await page.evaluate(() => performance.getEntriesByName('mock-backend:ready')[0]?.startTime ?? null);
    // A person reads the form before acting on it; lazy parts (the console's dropdowns) arrive meanwhile.
    await page.waitForTimeout(500);

    const tabSwitches: Timed[] = [];
    for (const title of tabOrder) {
      const tab = page.getByRole('tab', { name: new RegExp(`^${title}`) });
      // The panel the tab controls (WAI-ARIA tabs), shown once its first input is visible.
      const panelId = await tab.getAttribute('aria-controls');
      if (!panelId) throw new Error(`The ${title} tab names no panel (aria-controls)`);
      tabSwitches.push(
        await clickUntil(page, cdp, tab, () =>
          page.evaluate(
            (id) => window.__bench.when(() => document.getElementById(id)?.querySelector('input')?.checkVisibility() ?? false),
            panelId,
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
    // On a busy machine the last key's frame can come later than the pause after it.
    await page.waitForFunction((count) => window.__bench.keys.length >= count, typed.length);
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
    if (typing.walls.length !== typed.length) throw new Error(`${typed.length} keys typed, ${typing.walls.length} painted`);
    const keystrokes = typing.walls.map((wall, i) => ({ wall, cpu: keystrokeCpu[i] ?? NaN }));

    const notice = target.saveNotice;
    const save = notice
      ? await clickUntil(page, cdp, page.getByRole('button', { name: 'Save', exact: true }), () =>
          page.evaluate(
            (text) => window.__bench.when(() => [...document.querySelectorAll('[role="alert"]')].some((el) => el.textContent?.includes(text))),
            notice,
          ),
        )
      : null;

    const listReady = await clickUntil(page, cdp, target.customersLink(page), () => rowShown(page, target.listRowKey, ''));
    const pageToPage: Timed[] = [];
    for (let i = 0; i < 4; i++) {
      await page.waitForTimeout(150);
      const first = (await page.locator(target.listRowKey).first().textContent())?.trim() ?? '';
      pageToPage.push(await clickUntil(page, cdp, target.nextPage(page), () => rowShown(page, target.listRowKey, first)));
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

function reportOf(target: Target, results: RunResult[]): TargetReport {
  const chunks = readChunks(target.distDir);
  const timed = (pick: (r: RunResult) => Timed | Timed[] | null): Timings | null => {
    const all = results.flatMap((r) => pick(r) ?? []);
    return all.length ? { wallMs: summarize(all.map((t) => t.wall)), cpuMs: summarize(all.map((t) => t.cpu)) } : null;
  };
  // Only while the demo still marks its mock backend's start (the mark may go).
  const marks = results.map((r) => r.mockBackendReady);
  const marked = marks.every((m): m is number => m !== null);
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
    ...(marked
      ? {
          mockBackendReadyMs: summarize(marks),
          formReadyAfterMockBackendMs: summarize(results.map((r, i) => r.formReady - marks[i]!)),
        }
      : {}),
    longTasks: {
      runs: results.length,
      runsWithALongTaskWhileTyping: results.filter((r) => r.longTasksWhileTyping > 0).length,
      longestTaskWhileTypingMs: Math.max(...results.map((r) => r.longestTaskWhileTyping)),
      longestKeystrokeInEventTimingMs: Math.max(0, ...results.map((r) => r.keystrokeEventTimingMax ?? 0)),
    },
  };
}

/**
 * The floor under form ready on this machine: the first tab's fields with their values as
 * plain HTML (with Mantine's stylesheet), and in React and Mantine alone, with no router,
 * queries, form library, schemas or requests (e2e/bench/floor/). Measured like the console:
 * navigation start to the painted frame that shows the Email field's value.
 */
const floorPages = [
  { name: 'staticPage', label: 'plain HTML, same fields and stylesheet', path: '/static.html' },
  { name: 'reactMantine', label: 'React + Mantine alone, same fields, no data', path: '/' },
] as const;

async function measureFloor(browser: Browser, path: string): Promise<Timings> {
  const walls: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const context = await browser.newContext({ baseURL: `http://localhost:${floorBenchPort}`, viewport: { width: 1280, height: 800 } });
    const { page, cdp } = await instrumentedPage(context);
    try {
      await page.goto(path);
      const ready = await page.evaluate(() => window.__bench.formReady);
      const cpu = await cpuTime(cdp);
      if (i >= warmups) {
        walls.push(ready.painted);
        cpuTimes.push(cpu);
      }
    } finally {
      await context.close();
    }
  }
  return { wallMs: summarize(walls), cpuMs: summarize(cpuTimes) };
}

/** The console's code that was measured: the bench builds the working tree, committed or not. */
function consoleSource(): { commit: string; uncommittedFiles: number } {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: fileURLToPath(new URL('../..', import.meta.url)), encoding: 'utf8' });
  try {
    const changed = git('status', '--porcelain', '--', 'src', 'mocks', 'index.html', 'vite.config.ts', 'package-lock.json');
    return { commit: git('rev-parse', '--short', 'HEAD').trim(), uncommittedFiles: changed.split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown', uncommittedFiles: NaN };
  }
}

function reactAdminVersion(): string {
  const manifest = join(reactAdminWorkDir, 'node_modules', 'react-admin', 'package.json');
  return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : 'unknown';
}

test('customer profile and list, the console beside react-admin', async ({ browser }) => {
  const loadBefore = loadavg();
  const results = new Map<Target['name'], RunResult[]>(targets.map((t) => [t.name, []]));
  for (let round = 0; round < warmups + runs; round++) {
    for (const target of targets) {
      const result = await measureOnce(browser, target);
      if (round >= warmups) results.get(target.name)!.push(result);
    }
  }
  const reports = Object.fromEntries(targets.map((t) => [t.name, reportOf(t, results.get(t.name)!)])) as Record<Target['name'], TargetReport>;
  const floor: Record<string, { label: string; formReady: Timings }> = {};
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
  const ratios = {
    production: ratiosOf(reports.production, reports.reactAdmin),
    demo: ratiosOf(reports.demo, reports.reactAdmin),
  };
  const report = {
    date: new Date().toISOString(),
    method: 'docs/performance.md',
    runs,
    warmups,
    order: `alternating by run: ${targets.map((t) => t.name).join(', ')}`,
    mockLatencyMs: 0,
    console: consoleSource(),
    reactAdminVersion: reactAdminVersion(),
    machine,
    busyMachine: Math.max(...loadBefore, ...loadAfter) > machine.cores,
    targets: reports,
    ratios: { note: 'console ÷ react-admin, medians of the same run; below 1 the console is quicker or smaller', ...ratios },
    budgets: budgetsOf(reports.production, reports.reactAdmin, ratios.production),
    floor,
  };
  mkdirSync(dirname(resultFile), { recursive: true });
  writeFileSync(resultFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n${formatReport(report)}\n\nwritten to ${resultFile}\n`);
});
