/**
 * @file dlc's and TF.js WebGPU's training steps of one bench model, timed interleaved: both steps are
 * built and kept loaded, warmed up, then timed in rounds of one step each (the order alternating), so
 * load on a shared machine slows both alike and the ratio dlc/TF.js is robust to it. A step whose
 * peer failed to build is timed alone, as before.
 */
import type { HeldStep, RunSettings } from './dlc-runner.ts';
import { timeInterleaved, timeRuns } from './stats.ts';
import type { SystemFigures } from './types.ts';

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
  async time(systems: SystemFigures[], s: RunSettings): Promise<void> {
    const [dlc, tf] = this.held;
    const at = [0, systems.length - 1] as const;
    const set = (k: 0 | 1, train: SystemFigures['train'], note?: string): void => {
      const f = systems[at[k]]!;
      systems[at[k]] = { ...f, train, notes: [...(f.notes ?? []), ...(note ? [note] : [])] };
    };
    try {
      if (dlc && tf) {
        const [a, b] = await timeInterleaved([dlc.run, tf.run], s.warmup, s.runs);
        set(0, a, NOTE);
        set(1, b, NOTE);
      } else if (dlc) set(0, await timeRuns(dlc.run, s.warmup, s.runs));
      else if (tf) set(1, await timeRuns(tf.run, s.warmup, s.runs));
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
