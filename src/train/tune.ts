/**
 * @file `dlc train --tune` / `--tuned`: the kernel variants of the training plan (the step and the
 * evaluation, every GEMM and conv: forward, input and filter gradients) timed on the device the run
 * trains on, with the machinery of `dlc build --tune` (src/bundle/tune.ts: medians, a fixed order, a
 * 5 % margin), and the winners recorded in the run folder (`tuning.json`) so `--tuned` reruns the
 * same kernels. One `KernelTuning` serves a whole run: K-fold's folds tune once and reuse the table.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gemmSites, targetOfRecord, tuneGemms, tuningRecord, type TuneOptions, type TuneResult, type TuningRecord } from '../bundle/tune.ts';
import { readTuning } from '../bundle/tune-record.ts';
import type { KernelTarget, TunedTable } from '../codegen/target.ts';
import { CompileError } from '../ir/index.ts';
import type { PipelineCache } from '../runtime/index.ts';
import type { Plan } from '../runtime/plan-types.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** The file a tuned (or `--tuned`) run writes into its folder. */
export const TUNING_FILE = 'tuning.json';

/** What `tuning.json` holds: the record `--tuned` reads (as in a bundle manifest), and the medians behind it. */
export interface RunTuningFile {
  readonly tuning: TuningRecord;
  readonly model: string;
  readonly batch: number;
  /** Whether this run measured the table (`--tune`) or reused it (`--tuned`, `--resume`). */
  readonly measured: boolean;
  /** Per kernel key: the rule-based choice, the winner and the median ms per variant (measured runs only). */
  readonly rows?: TuneResult['rows'];
}

export type KernelChoice =
  /** Time the variants on the device (once per run) and train with the winners. */
  | { readonly tune: TuneOptions }
  /** Train with a recorded table (`--tuned`): no timing, the same kernels as the run that measured it. */
  | { readonly tuned: TuningRecord };

/** The kernel choice of one run; the session asks it for the target to compile with. */
export class KernelTuning {
  private measured: TuneResult | undefined;
  private record: TuningRecord | undefined;
  private announced = false;
  /** Key → variant of every tunable kernel in the plans last loaded (what actually ran). */
  choices: TunedTable = {};

  constructor(private readonly choice: KernelChoice, private readonly onRecord?: (file: RunTuningFile) => void) {
    if ('tuned' in choice) this.record = choice.tuned;
  }

  /** The tuning record this run trains with (after `target`), and the medians when it measured them. */
  get result(): { readonly record: TuningRecord | undefined; readonly measured: TuneResult | undefined } {
    return { record: this.record, measured: this.measured };
  }

  /**
   * The target to compile the training plans with: the recorded table's, else (`--tune`) the table
   * measured now by compiling `compile` in every variant and timing each kernel on `device`.
   */
  async target(device: GPUDevice, base: KernelTarget, compile: (t: KernelTarget) => readonly Plan[], about: { model: string; batch: number }, pipelineCache?: PipelineCache): Promise<KernelTarget> {
    if (!this.record && 'tune' in this.choice) {
      this.measured = await tuneGemms(device, base, compile, { ...this.choice.tune, ...(pipelineCache ? { pipelineCache } : {}) });
      this.record = tuningRecord(base, this.measured.table, this.measured.samples, this.measured.reps);
      this.onRecord?.({ tuning: this.record, ...about, measured: true, rows: this.measured.rows });
    } else if (this.record && !this.announced) {
      this.onRecord?.({ tuning: this.record, ...about, measured: false });
    }
    this.announced = true;
    return targetOfRecord(this.record!);
  }

  /** Called with the plans the session loaded: records which variant each tunable kernel ran in. */
  loaded(plans: readonly Plan[]): void {
    this.choices = Object.fromEntries([...gemmSites(plans)].map(([k, s]) => [k, s.variant]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  }
}

/** Writes `DIR/tuning.json` (atomically; the folder exists: the run holds its lock). */
export function writeRunTuning(dir: string, file: RunTuningFile): void {
  writeFileAtomic(join(dir, TUNING_FILE), `${JSON.stringify(file, null, 2)}\n`);
}

/**
 * `--tuned PATH`: a run folder (its tuning.json), a run's tuning.json, or a tuned bundle's
 * manifest.json; E_TUNED_FILE with what to pass otherwise.
 */
export function readRunTuning(path: string): TuningRecord {
  const file = existsSync(path) && statSync(path).isDirectory() ? join(path, TUNING_FILE) : path;
  try {
    return readTuning(file);
  } catch (e) {
    if (!(e instanceof CompileError)) throw e;
    throw new CompileError('E_TUNED_FILE', e.message, { hint: `pass the ${TUNING_FILE} (or the folder) of a run trained with \`dlc train --tune --out DIR\`, or the manifest.json of a bundle built with \`dlc build --tune\`` });
  }
}
