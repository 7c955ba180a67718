/**
 * @file dlc's and TF.js WebGPU's training steps of one bench model, timed interleaved: both steps are
 * built and kept loaded, warmed up, then timed in rounds of one step each (the order alternating), so
 * load on a shared machine slows both alike and the ratio dlc/TF.js is robust to it. A step whose
 * peer failed to build is timed alone, as before.
 */
import type { HeldStep, RunSettings } from './dlc-runner.ts';
import { quantile, summarise, timeRuns } from './stats.ts';
import type { PairedRatio, SystemFigures } from './types.ts';

const NOTE = 'training step timed interleaved with the other system\'s (one step each per round, the order alternating)';

export class TrainPair {
  /** [dlc's step, TF.js WebGPU's step], as their runners hand them over. */
  private readonly held: (HeldStep | undefined)[] = [undefined, undefined];

  /** The `keep` callback for system `i` (0: dlc, 1: TF.js WebGPU). */
  keep(i: 0 | 1): (step: HeldStep) => void {
    return (step) => void (this.held[i] = step);
  }

  /**
   * Times the held steps and writes their `train` into `systems` (dlc first, TF.js WebGPU last):
   * both held → interleaved; one held → that one alone (timeRuns). Frees the steps.
   */
  async time(systems: SystemFigures[], s: RunSettings): Promise<PairedRatio | undefined> {
    const [dlc, tf] = this.held;
    const at = [0, systems.length - 1] as const;
    const set = (k: 0 | 1, train: SystemFigures['train'], note?: string): void => {
      const f = systems[at[k]]!;
      systems[at[k]] = { ...f, train, notes: [...(f.notes ?? []), ...(note ? [note] : [])] };
    };
    try {
      if (dlc && tf) {
        const { a, b } = await interleavedPair(dlc.run, tf.run, s.warmup, s.runs);
        set(0, summarise(a, s.warmup), NOTE);
        set(1, summarise(b, s.warmup), NOTE);
        return pairedRatio(a, b, systems[at[1]]!.system);
      }
      if (dlc) set(0, await timeRuns(dlc.run, s.warmup, s.runs));
      else if (tf) set(1, await timeRuns(tf.run, s.warmup, s.runs));
      return undefined;
    } finally {
      this.dispose();
    }
  }

  /** Frees whatever is still held (idempotent). */
  dispose(): void {
    for (const [i, h] of this.held.entries()) {
      h?.dispose();
      this.held[i] = undefined;
    }
  }
}

/** Samples of two calls timed in rounds of one each, the order alternating; both warmed up first. */
export async function interleavedPair(f: () => Promise<unknown>, g: () => Promise<unknown>, warmup: number, rounds: number): Promise<{ a: number[]; b: number[] }> {
  for (let i = 0; i < warmup; i++) (await f(), await g());
  const a: number[] = [];
  const b: number[] = [];
  const time = async (h: () => Promise<unknown>, into: number[]): Promise<void> => {
    const t0 = performance.now();
    await h();
    into.push(performance.now() - t0);
  };
  for (let r = 0; r < rounds; r++) {
    if (r % 2 === 0) (await time(f, a), await time(g, b));
    else (await time(g, b), await time(f, a));
  }
  return { a, b };
}

/** Per-round a[i] / b[i], summarised (median, p10–p90). */
export function pairedRatio(a: readonly number[], b: readonly number[], peer: string): PairedRatio {
  const r = a.map((x, i) => x / b[i]!).filter(Number.isFinite).sort((x, y) => x - y);
  return { peer, median: quantile(r, 0.5), p10: quantile(r, 0.1), p90: quantile(r, 0.9), rounds: r.length };
}
