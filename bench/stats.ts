/** @file Timing helpers: warm-up then repeated runs, summarised as median and p10–p90 (nearest rank). */
import type { Timing } from './types.ts';

/** The q-quantile (0..1) of sorted values, linearly interpolated. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarise(samples: readonly number[], warmup: number, cpuSamples?: readonly number[]): Timing {
  const s = [...samples].sort((a, b) => a - b);
  const cpu = cpuSamples?.length ? { cpuMedianMs: quantile([...cpuSamples].sort((a, b) => a - b), 0.5) } : {};
  return { medianMs: quantile(s, 0.5), p10Ms: quantile(s, 0.1), p90Ms: quantile(s, 0.9), runs: s.length, warmup, ...cpu };
}

/**
 * Runs `f` `warmup` times untimed, then `runs` times timed. `f` must resolve only when its GPU work
 * is complete (a readback or onSubmittedWorkDone), so every sample includes completion.
 */
export async function timeRuns(f: () => Promise<unknown>, warmup: number, runs: number): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await f();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await f();
    samples.push(performance.now() - t0);
  }
  return summarise(samples, warmup);
}

/** Wall time of one call, in ms, with its result. */
export async function timeOnce<T>(f: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await f();
  return { ms: performance.now() - t0, value };
}

/**
 * Times several systems interleaved: each warmed up `warmup` times, then `runs` rounds in which every
 * system runs once (the order rotating each round), so machine load drifts over all of them alike.
 * Each sample's process CPU time (user + system) is kept too (`cpuMedianMs`): the CPU drivers run
 * kernels on this process's threads, and CPU time is far less sensitive to other jobs than wall time.
 */
export async function timeInterleaved(fs: readonly (() => Promise<unknown>)[], warmup: number, runs: number): Promise<Timing[]> {
  for (const f of fs) for (let i = 0; i < warmup; i++) await f();
  const samples: number[][] = fs.map(() => []);
  const cpu: number[][] = fs.map(() => []);
  for (let r = 0; r < runs; r++) {
    for (let k = 0; k < fs.length; k++) {
      const i = (k + r) % fs.length;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await fs[i]!();
      const c = process.cpuUsage(c0);
      samples[i]!.push(performance.now() - t0);
      cpu[i]!.push((c.user + c.system) / 1000);
    }
  }
  return samples.map((s, i) => summarise(s, warmup, cpu[i]));
}
