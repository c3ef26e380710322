import { createWriteStream, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { Log, LogLevel, Miniflare } from 'miniflare';

/**
 * The benches' view of workerd: a Miniflare on 127.0.0.1 at a free port, and the CPU time and
 * memory of its workerd process, read from /proc (Linux).
 */

/** workerd processes started by this process. */
function workerdChildren(): Set<number> {
  const out = new Set<number>();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (stat.includes('(workerd)') && Number(fields[1]) === process.pid) out.add(Number(pid));
    } catch { /* gone */ }
  }
  return out;
}

const TICK_MS = 1000 / 100; // USER_HZ on Linux

/** User + system CPU time of a process, ms. */
export function cpuMs(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(f[11]) + Number(f[12])) * TICK_MS;
}

/** Resident memory of a process now, and its peak (VmHWM), MiB. */
export function rssMiB(pid: number): { now: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { now: Math.round(kib('VmRSS') / 1024), peak: Math.round(kib('VmHWM') / 1024) };
}

/**
 * Starts a Miniflare. With `WORKERD_LOG=<file>` in the environment, workerd's output (the Worker's
 * console, uncaught errors) and Miniflare's own log at debug level (each queue batch delivered, its
 * acks and retries, with a timestamp) are appended to that file, to see what a run did when it went wrong.
 */
export async function startMiniflare(options: ConstructorParameters<typeof Miniflare>[0]): Promise<{ mf: Miniflare; url: URL; pid: number }> {
  const before = workerdChildren();
  const logFile = process.env.WORKERD_LOG;
  const file = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const stdio = file ? {
    handleRuntimeStdio: (out: NodeJS.ReadableStream, err: NodeJS.ReadableStream) => {
      out.pipe(file, { end: false });
      err.pipe(file, { end: false });
    },
    log: new FileLog(file),
  } : {};
  const mf = new Miniflare({ host: '127.0.0.1', port: 0, compatibilityDate: '2026-04-01', ...stdio, ...options } as ConstructorParameters<typeof Miniflare>[0]);
  const url = await mf.ready;
  const pid = [...workerdChildren()].find((p) => !before.has(p));
  if (!pid) throw new Error('workerd process not found');
  return { mf, url, pid };
}

/** Miniflare's log, into the `WORKERD_LOG` file, each line with the time. */
class FileLog extends Log {
  constructor(private readonly file: NodeJS.WritableStream) { super(LogLevel.DEBUG); }
  protected override log(message: string): void {
    this.file.write(`${new Date().toISOString()} ${message}\n`);
  }
}

/**
 * The Worker's isolate seen through workerd's inspector (Miniflare's `inspectorPort`, 127.0.0.1): its
 * JavaScript heap, the memory the platform's 128 MB per isolate bounds (the process's RSS also holds
 * Miniflare's simulators). Needs a global WebSocket (Node 22, or Node 20 with `--experimental-websocket`).
 */
export async function inspectWorker(port: number, worker = 'core:user:'): Promise<{ heap(): Promise<{ used: number; total: number }>; live(keep?: (chunk: string) => void): Promise<number>; profile(): Promise<() => Promise<unknown>>; allocations(): Promise<() => Promise<unknown>>; close(): void }> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/${worker}`);
  await new Promise((resolve, reject) => { ws.addEventListener('open', resolve); ws.addEventListener('error', reject); });
  let next = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  let onChunk: ((chunk: string) => void) | null = null;
  ws.addEventListener('message', (m) => {
    const d = JSON.parse(String(m.data)) as { id?: number; result?: unknown; method?: string; params?: { chunk: string } };
    if (d.method === 'HeapProfiler.addHeapSnapshotChunk') onChunk?.(d.params!.chunk);
    else if (d.id !== undefined) { waiting.get(d.id)?.(d.result); waiting.delete(d.id); }
  });
  const send = <T>(method: string, params: object = {}, timeoutMs = 5000) => new Promise<T>((resolve, reject) => {
    const id = ++next;
    const timer = setTimeout(() => { waiting.delete(id); reject(new Error(`inspector: no answer to ${method}`)); }, timeoutMs);
    waiting.set(id, (r) => { clearTimeout(timer); resolve(r as T); });
    ws.send(JSON.stringify({ id, method, params }));
  });
  const heap = async () => {
    const r = await send<{ usedSize: number; totalSize: number }>('Runtime.getHeapUsage');
    return { used: r.usedSize / 2 ** 20, total: r.totalSize / 2 ** 20 };
  };
  return {
    heap,
    /**
     * The live heap (MiB): what is left after the full collection a heap snapshot makes (workerd does
     * not answer HeapProfiler.collectGarbage, but takes snapshots). `keep` receives the snapshot's
     * chunks (a `.heapsnapshot` file for Chrome's DevTools); without it they are dropped.
     */
    async live(keep) {
      onChunk = keep ?? null;
      try {
        await send('HeapProfiler.takeHeapSnapshot', { reportProgress: false }, 120_000);
      } finally {
        onChunk = null;
      }
      return (await heap()).used;
    },
    /** Starts the CPU profiler (sampling every 100 µs); the function returned stops it and gives the profile (a `.cpuprofile` for Chrome's DevTools). */
    async profile() {
      await send('Profiler.enable');
      await send('Profiler.setSamplingInterval', { interval: 100 });
      await send('Profiler.start');
      return async () => (await send<{ profile: unknown }>('Profiler.stop', {}, 60_000)).profile;
    },
    /**
     * Starts V8's sampling heap profiler, counting what is collected too (every allocation site, not
     * only what survives: where a peak came from); the function returned stops it and gives the
     * profile (a `.heapprofile` for Chrome's DevTools).
     */
    async allocations() {
      await send('HeapProfiler.enable');
      await send('HeapProfiler.startSampling', { samplingInterval: 32768, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
      return async () => (await send<{ profile: unknown }>('HeapProfiler.stopSampling', {}, 60_000)).profile;
    },
    close: () => ws.close(),
  };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => { const s = createServer().listen(0, '127.0.0.1', () => { const a = s.address() as { port: number }; s.close(() => resolve(a.port)); }); });
}
