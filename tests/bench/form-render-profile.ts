import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { launchBrowser, newPhonePage } from '../support/browser';
import { startServerProcess } from '../support/server-process';
import { FORM_IDS, posterLinks, type FormId } from './poster-links';

/**
 * Where a citizen's first visit to a poster link spends the main thread, at 4× CPU slowdown (the throttling
 * Lighthouse's mobile profile assumes; --rate=N for another): the tasks over 50 ms, what the main thread did
 * (script, style, layout, paint), the DOM's size once the form is settled, and the functions with the most self
 * time. With --rate=1, also each task's own CPU time four times over (cpuTimes4Over50Ms, cpuBlockingAt4Ms): on a
 * shared machine wall times swing with the load, a thread's own CPU time much less.
 * A diagnostic, not a bench (its figures are not targets):
 *   npx tsx tests/bench/form-render-profile.ts [--unminified] [--rate=4] [--trace=DIR] [form ids…]
 * --unminified builds without minifying, so functions keep their names (times shift a little).
 * --trace=DIR keeps each form's trace and CPU profile (open them in DevTools' Performance panel).
 */
const run = promisify(execFile);
const args = process.argv.slice(2);
const unminified = args.includes('--unminified');
const traceDir = args.find((a) => a.startsWith('--trace='))?.slice('--trace='.length);
const rate = Number(args.find((a) => a.startsWith('--rate='))?.slice('--rate='.length) ?? 4);
const chosen = args.filter((a) => !a.startsWith('--')) as FormId[];
const forms = chosen.length > 0 ? chosen : [...FORM_IDS];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own CPU time in the event: without the throttling's pauses, nor time lost to other processes. */
  tdur?: number;
  args?: { name?: string };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The page's main thread: the renderer's main thread that ran the most. */
function mainThread(events: TraceEvent[]): { pid: number; tid: number } {
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const busy = (pid: number, tid: number) => events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.name === 'RunTask').reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return mains.map((m) => ({ pid: m.pid, tid: m.tid, busy: busy(m.pid, m.tid) })).sort((a, b) => b.busy - a.busy)[0]!;
}

const ms = (us: number) => Math.round(us / 100) / 10;

/** Time per kind of work on the main thread, each event counted without what nests inside it of the same kinds. */
const KINDS: Record<string, string> = {
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  FireAnimationFrame: 'script',
  RunMicrotasks: 'script',
  EventDispatch: 'script',
  'v8.compile': 'compile',
  'v8.compileModule': 'compile',
  'v8.evaluateModule': 'script',
  'v8.produceModuleCache': 'compile',
  ParseHTML: 'parse-html',
  ParseAuthorStyleSheet: 'parse-css',
  UpdateLayoutTree: 'style',
  Layout: 'layout',
  PrePaint: 'paint',
  Paint: 'paint',
  Layerize: 'paint',
  'MajorGC': 'gc',
  'MinorGC': 'gc',
  'V8.GC_SCAVENGER': 'gc',
};

function breakdown(events: TraceEvent[]): Record<string, number> {
  const spans = events.filter((e) => e.ph === 'X' && e.dur !== undefined && KINDS[e.name]).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
  // Self time: an event's duration less its direct children among these kinds.
  const totals: Record<string, number> = {};
  const stack: { end: number; kind: string; child: number; dur: number }[] = [];
  const close = (until: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      totals[top.kind] = (totals[top.kind] ?? 0) + top.dur - top.child;
    }
  };
  for (const e of spans) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.child += e.dur!;
    stack.push({ end: e.ts + e.dur!, kind: KINDS[e.name]!, child: 0, dur: e.dur! });
  }
  close(Number.POSITIVE_INFINITY);
  return Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, ms(v)]));
}

/** Self time per function (name, file, line) from the sampling profile, the heaviest first. */
function heaviest(profile: CpuProfile, count: number): { fn: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([fn, us]) => ({ fn, ms: ms(us) }));
}

const outDir = await mkdtemp(join(tmpdir(), 'cabildo-profile-form-'));
const dataDir = await mkdtemp(join(tmpdir(), 'cabildo-profile-form-data-'));
try {
  await run(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', ...(unminified ? ['--minify', 'false'] : [])]);
  const server = await startServerProcess({ dataDir, staticDir: outDir });
  try {
    const links = await posterLinks(server);
    for (const id of forms) {
      const browser = await launchBrowser();
      try {
        const page = await newPhonePage(browser);
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        const events: TraceEvent[] = [];
        cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
        const traced = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
        await cdp.send('Tracing.start', {
          categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8,v8.execute,blink,loading,toplevel',
          transferMode: 'ReportEvents',
        });
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
        await cdp.send('Profiler.start');
        const started = Date.now();
        await page.goto(links[id].url);
        await page.getByRole('heading', { level: 1, name: links[id].title, exact: true }).waitFor();
        const headingMs = Date.now() - started;
        await page.waitForLoadState('networkidle');
        // What comes after the first paint (idle callbacks, the rest of the fields) belongs to the visit too.
        await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => requestIdleCallback(() => resolve()))));
        const nodes = await page.evaluate(() => document.getElementsByTagName('*').length);
        const options = await page.evaluate(() => document.getElementsByTagName('option').length);
        const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
        await cdp.send('Tracing.end');
        await traced;
        if (traceDir) {
          await writeFile(join(traceDir, `form-${id}.json`), JSON.stringify({ traceEvents: events }));
          await writeFile(join(traceDir, `form-${id}.cpuprofile`), JSON.stringify(profile));
        }
        const main = mainThread(events);
        const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
        const runTasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask');
        const tasks = runTasks.filter((e) => (e.dur ?? 0) > 50_000).map((e) => ms(e.dur!));
        // On a shared machine wall time swings with the load; a task's own CPU time does not. Unthrottled (--rate=1),
        // four times that time is what the task takes on a phone four times slower, as Lighthouse's simulation
        // counts it. (Throttling spends the thread's own CPU time too: at 4× this figure means nothing.)
        const slowPhone = rate === 1 ? runTasks.map((e) => (4 * (e.tdur ?? 0)) / 1000).filter((t) => t > 50) : [];
        console.log(
          JSON.stringify({
            form: id,
            headingMs,
            domNodes: nodes,
            options,
            longTasksMs: tasks,
            blockingMs: Math.round(tasks.reduce((sum, t) => sum + t - 50, 0)),
            ...(rate === 1
              ? { cpuTimes4Over50Ms: slowPhone.map((t) => Math.round(t)), cpuBlockingAt4Ms: Math.round(slowPhone.reduce((sum, t) => sum + t - 50, 0)) }
              : {}),
            mainThreadMs: breakdown(onMain),
            heaviest: heaviest(profile, 25),
          }, null, 1),
        );
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.stop();
  }
} finally {
  await rm(outDir, { recursive: true, force: true });
  await rm(dataDir, { recursive: true, force: true });
}
