// What the machine itself was doing, read at the start and the end of a run. On a shared virtual
// machine two runs of the same code can differ by two or three times: other processes take the CPUs,
// or the host takes back memory the guest freed, so that every fresh page costs a trip to the host.
// The cold start and the pages allocate fresh memory; these readings say which state a run met.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export interface HostReading {
  /** share of the CPUs busy with other work while the benchmark waits, 0–1 (undefined off Linux) */
  busy?: number;
  /** ms to write 100 MB of memory a fresh process touches for the first time */
  firstTouchMs: number;
  /** ms to write the same 100 MB again */
  againMs: number;
}

function cpuTimes(): { busy: number; total: number } | undefined {
  if (!fs.existsSync('/proc/stat')) return undefined;
  // cpu user nice system idle iowait irq softirq steal …: idle and iowait are not busy
  const f = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const total = f.reduce((a, b) => a + b, 0);
  return { busy: total - f[3]! - f[4]!, total };
}

const TOUCH = `const b = Buffer.alloc(256e6); let t = performance.now(); b.fill(1); const first = performance.now() - t;
t = performance.now(); b.fill(2); console.log(JSON.stringify([first, performance.now() - t]));`;

export async function readHost(): Promise<HostReading> {
  const before = cpuTimes();
  await new Promise((r) => setTimeout(r, 2000));
  const after = cpuTimes();
  const busy = before && after && after.total > before.total ? (after.busy - before.busy) / (after.total - before.total) : undefined;
  const [first, again] = JSON.parse(execFileSync(process.execPath, ['-e', TOUCH], { encoding: 'utf8' })) as [number, number];
  return { busy, firstTouchMs: (first * 100) / 256, againMs: (again * 100) / 256 };
}

export function describeHost(start: HostReading, end: HostReading): string {
  const busy = (h: HostReading) => (h.busy === undefined ? 'not read' : `${Math.round(h.busy * 100)}%`);
  const touch = (h: HostReading) => `${h.firstTouchMs.toFixed(0)} ms (again: ${h.againMs.toFixed(0)} ms)`;
  return `The machine at the start and at the end of the run: CPUs busy with other work ${busy(start)} and ${busy(end)}; writing 100 MB of fresh memory ${touch(start)} and ${touch(end)}. Cold starts and pages allocate fresh memory, so their absolute times follow the fresh-memory figure: compare two runs only when it is alike in both.`;
}
