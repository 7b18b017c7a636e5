import type { weigh } from './chunks';
import { describe, type Summary } from './stats';

/** One figure's wall-clock and main-thread CPU times. */
export interface Timings {
  wallMs: Summary;
  cpuMs: Summary;
}

type Weight = ReturnType<typeof weigh>;

export interface TargetReport {
  build: string;
  jsBeforeFormUsable: Weight;
  jsLoadedAfterFormUsable: Weight;
  /** null: not measured on this target (react-admin's save, see e2e/bench/targets.ts). */
  metrics: Record<MetricName, Timings | null> & { formReady: Timings };
  mockBackendReadyMs?: Summary;
  formReadyAfterMockBackendMs?: Summary;
  longTasks: { runs: number; runsWithALongTaskWhileTyping: number; longestTaskWhileTypingMs: number; longestKeystrokeInEventTimingMs: number };
}

export const metricNames = ['formReady', 'tabSwitch', 'firstKeystroke', 'laterKeystrokes', 'saveRoundTrip', 'listReady', 'pageToPage'] as const;
export type MetricName = (typeof metricNames)[number];

const metricLabels: Record<MetricName, string> = {
  formReady: 'form ready',
  tabSwitch: 'tab switch',
  firstKeystroke: 'first keystroke',
  laterKeystrokes: 'later keystrokes',
  saveRoundTrip: 'save round trip',
  listReady: 'list ready',
  pageToPage: 'page to page',
};

/** The app's JS before the form is usable, gzip: the console's own chunks, without the demo's in-page mock backend. */
export const appJsGzip = (report: TargetReport) => report.jsBeforeFormUsable.profile.gzip + report.jsBeforeFormUsable.app.gzip;

const ratio = (ours: number | undefined, theirs: number | undefined) =>
  ours === undefined || theirs === undefined || !Number.isFinite(ours) || !Number.isFinite(theirs) || theirs === 0
    ? null
    : Math.round((ours / theirs) * 100) / 100;

export interface Ratios {
  jsBeforeFormUsableGzip: number | null;
  /** Medians divided: wall clock, and main-thread CPU time. */
  metrics: Record<MetricName, { wall: number | null; cpu: number | null }>;
}

/** Console ÷ react-admin, median by median, from the same run. */
export function ratiosOf(ours: TargetReport, theirs: TargetReport): Ratios {
  const metrics = Object.fromEntries(
    metricNames.map((name) => {
      const [a, b] = [ours.metrics[name], theirs.metrics[name]];
      return [name, { wall: ratio(a?.wallMs.median, b?.wallMs.median), cpu: ratio(a?.cpuMs.median, b?.cpuMs.median) }];
    }),
  ) as Ratios['metrics'];
  return { jsBeforeFormUsableGzip: ratio(appJsGzip(ours), appJsGzip(theirs)), metrics };
}

export interface Budget {
  budget: string;
  measured: string;
  status: 'met' | 'met by the fallback' | 'missed';
}

const JS_BUDGET_KB = 200;
const JS_FALLBACK_RATIO = 0.6;
const FORM_READY_RATIO = 0.8;
const TAB_SWITCH_RATIO = 0.5;
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const times = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(2)}×`);
const meets = (value: number | null, limit: number): Budget['status'] => (value !== null && value <= limit ? 'met' : 'missed');

/** The issue's budgets, on the production build (what users get), against react-admin in the same run. */
export function budgetsOf(production: TargetReport, reactAdmin: TargetReport, ratios: Ratios): Budget[] {
  const js = appJsGzip(production);
  const fallback = JS_FALLBACK_RATIO * appJsGzip(reactAdmin);
  const { runs, runsWithALongTaskWhileTyping, longestTaskWhileTypingMs } = production.longTasks;
  return [
    {
      budget: `JS before the form is usable ≤ ${JS_BUDGET_KB} kB gzip (fallback: ≤ ${JS_FALLBACK_RATIO}× react-admin's, ${kB(fallback)}, with the numbers in the closing note)`,
      measured: `${kB(js)} (${times(ratios.jsBeforeFormUsableGzip)} react-admin's ${kB(appJsGzip(reactAdmin))})`,
      status: js <= JS_BUDGET_KB * 1000 ? 'met' : js <= fallback ? 'met by the fallback' : 'missed',
    },
    {
      budget: `form ready: median ≤ ${FORM_READY_RATIO}× react-admin's`,
      measured: `${times(ratios.metrics.formReady.wall)} (${production.metrics.formReady.wallMs.median} ms ÷ ${reactAdmin.metrics.formReady.wallMs.median} ms)`,
      status: meets(ratios.metrics.formReady.wall, FORM_READY_RATIO),
    },
    {
      budget: `tab switch: median ≤ ${TAB_SWITCH_RATIO}× react-admin's`,
      measured: `${times(ratios.metrics.tabSwitch.wall)} (${production.metrics.tabSwitch?.wallMs.median} ms ÷ ${reactAdmin.metrics.tabSwitch?.wallMs.median} ms)`,
      status: meets(ratios.metrics.tabSwitch.wall, TAB_SWITCH_RATIO),
    },
    {
      budget: 'no long task (≥ 50 ms) on any keystroke, the first included',
      measured: `${runsWithALongTaskWhileTyping} of ${runs} runs with one${runsWithALongTaskWhileTyping ? ` (longest ${longestTaskWhileTypingMs.toFixed(0)} ms)` : ''}`,
      status: runsWithALongTaskWhileTyping === 0 ? 'met' : 'missed',
    },
  ];
}

interface Machine {
  cores: number;
  cpu: string;
  node: string;
  chromium: string;
  loadAverageBefore: number[];
  loadAverageAfter: number[];
}

export interface Report {
  runs: number;
  warmups: number;
  console: { commit: string; uncommittedFiles: number };
  reactAdminVersion: string;
  machine: Machine;
  busyMachine: boolean;
  targets: Record<'production' | 'reactAdmin' | 'demo', TargetReport>;
  ratios: { production: Ratios; demo: Ratios };
  budgets: Budget[];
  floor: Record<string, { label: string; formReady: Timings }>;
}

/** Left-aligned first column, right-aligned others. */
function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd());
}

const ms = (summary: Summary | undefined) => (summary ? `${summary.median} ms` : '–');

/** The readable form of the JSON: the comparison table, the budgets, each target's details, the floor. */
export function formatReport(report: Report): string {
  const { machine, targets, ratios } = report;
  const { production, reactAdmin, demo } = targets;
  const rows: string[][] = [['median (p25–p75 in the JSON)', 'production', `react-admin ${report.reactAdminVersion}`, 'demo', 'prod ÷ RA', 'demo ÷ RA']];
  rows.push([
    'JS before form usable, gzip',
    kB(appJsGzip(production)),
    kB(appJsGzip(reactAdmin)),
    `${kB(appJsGzip(demo))} + mock ${kB(demo.jsBeforeFormUsable.mock.gzip)}`,
    times(ratios.production.jsBeforeFormUsableGzip),
    times(ratios.demo.jsBeforeFormUsableGzip),
  ]);
  for (const name of metricNames) {
    for (const clock of ['wall', 'cpu'] as const) {
      const pick = (t: TargetReport) => ms(t.metrics[name]?.[clock === 'wall' ? 'wallMs' : 'cpuMs']);
      rows.push([
        clock === 'wall' ? `${metricLabels[name]}, wall` : '  main-thread CPU',
        pick(production),
        pick(reactAdmin),
        pick(demo),
        times(ratios.production.metrics[name][clock]),
        times(ratios.demo.metrics[name][clock]),
      ]);
    }
  }
  const longTasks = (t: TargetReport) => `${t.longTasks.runsWithALongTaskWhileTyping}/${t.longTasks.runs} runs`;
  rows.push(['long task while typing', longTasks(production), longTasks(reactAdmin), longTasks(demo), '', '']);

  const weight = (w: { raw: number; gzip: number; files: number }) => `${kB(w.raw)} raw, ${kB(w.gzip)} gzip (${w.files} files)`;
  const lines = [
    `Carrierdesk bench: ${report.runs} rounds (+${report.warmups} warm-up) of production, react-admin, demo in turn, fresh contexts; Chromium ${machine.chromium}, ${machine.cores} cores (${machine.cpu}), Node ${machine.node}`,
    `console: the working tree at ${report.console.commit}${
      report.console.uncommittedFiles ? ` with ${report.console.uncommittedFiles} uncommitted files in src/, mocks/ and the build config` : ''
    }; react-admin ${report.reactAdminVersion}`,
    `load average before ${machine.loadAverageBefore.join(' ')}, after ${machine.loadAverageAfter.join(' ')}${
      report.busyMachine ? '  ⚠ busy machine: wall-clock times are inflated (the ratios less so: the targets alternate); re-take them on an idle one' : ''
    }`,
    '',
    ...table(rows),
    '',
    `save round trip: react-admin saves in "undoable" mode (its notice and list show before the update is sent), not measured there.`,
    '',
    'Budgets (production build, ratios to react-admin in this run):',
    ...report.budgets.map((b) => `  ${b.status === 'missed' ? 'MISSED' : b.status.toUpperCase().padEnd(6)}  ${b.budget}: ${b.measured}`),
  ];
  for (const [name, t] of Object.entries(targets)) {
    lines.push(
      '',
      `== ${name}: ${t.build}`,
      'JS before the form is usable:',
      `  the entry and its static imports: ${weight(t.jsBeforeFormUsable.profile)}`,
      `  other app chunks:                 ${weight(t.jsBeforeFormUsable.app)}`,
      ...(t.jsBeforeFormUsable.mock.files ? [`  mock backend:                     ${weight(t.jsBeforeFormUsable.mock)}`] : []),
      ...(t.jsBeforeFormUsable.unknown.length ? [`  not in the manifest: ${t.jsBeforeFormUsable.unknown.join(', ')}`] : []),
      `JS loaded after it: ${weight(t.jsLoadedAfterFormUsable.profile)} + ${weight(t.jsLoadedAfterFormUsable.app)}`,
      ...metricNames.flatMap((metric) => {
        const m = t.metrics[metric];
        return m ? [`${metric.padEnd(16)} wall ${describe(m.wallMs)}`, `${''.padEnd(16)} cpu  ${describe(m.cpuMs)}`] : [`${metric.padEnd(16)} not measured`];
      }),
      ...(t.mockBackendReadyMs && t.formReadyAfterMockBackendMs
        ? [
            `mock backend ready ${describe(t.mockBackendReadyMs)} after navigation start`,
            `form ready after the mock backend is up ${describe(t.formReadyAfterMockBackendMs)}`,
          ]
        : []),
      `long tasks while typing: ${t.longTasks.runsWithALongTaskWhileTyping} of ${t.longTasks.runs} runs (longest ${t.longTasks.longestTaskWhileTypingMs.toFixed(0)} ms); longest keystroke in Event Timing ${t.longTasks.longestKeystrokeInEventTimingMs.toFixed(0)} ms (it reports 16 ms and more only)`,
    );
  }
  lines.push('', '== floor: form ready for the same first tab without the console (e2e/bench/floor/)');
  for (const { label, formReady } of Object.values(report.floor)) {
    lines.push(`${label}:`, `  wall ${describe(formReady.wallMs)}`, `  cpu  ${describe(formReady.cpuMs)}`);
  }
  return lines.join('\n');
}
