/** @file The shape of one benchmark run's results: what the JSON file holds and the markdown tables show. */

/** Median and spread of repeated timings, in milliseconds. */
export interface Timing {
  readonly medianMs: number;
  readonly p10Ms: number;
  readonly p90Ms: number;
  readonly runs: number;
  readonly warmup: number;
  /** Median process CPU time (user + system) of a sample, where the timer recorded it (timeInterleaved). */
  readonly cpuMedianMs?: number;
}

/** One system's figures for one model; `error` says why a figure is missing ("not available: …"). */
export interface SystemFigures {
  readonly system: string;
  readonly train?: Timing;
  readonly infer?: Timing;
  /** GPU dispatches (compute kernels launched) in one training step / one inference call. */
  readonly trainDispatches?: number;
  readonly inferDispatches?: number;
  /** Distinct compute pipelines the system created for the model (training + inference). */
  readonly pipelines?: number;
  /** Peak bytes of GPU buffers alive (createBuffer minus destroy), staging included. */
  readonly peakGpuBytes?: number;
  /** From a serialized program (plan JSON / model definition) to the first result read back. */
  readonly coldStartMs?: number;
  readonly notes?: readonly string[];
  readonly error?: string;
}

export interface ModelResult {
  readonly model: string;
  readonly file: string;
  readonly batch: number;
  readonly params: number;
  readonly systems: readonly SystemFigures[];
  /**
   * dlc's step time over TF.js WebGPU's within each interleaved round (the two steps ran back to back,
   * so under the same load), summarised over the rounds: the load-robust form of the target's ratio.
   */
  readonly trainRatio?: PairedRatio;
}

/** Median and p10–p90 of per-round ratios dlc / peer. */
export interface PairedRatio {
  readonly peer: string;
  readonly median: number;
  readonly p10: number;
  readonly p90: number;
  readonly rounds: number;
}

/** Wall time of a dlc CLI command in a fresh process, per model. */
export interface CliTiming {
  readonly model: string;
  readonly command: 'check' | 'build';
  readonly wallMs?: number;
  readonly runs: number;
  readonly error?: string;
}

export interface KernelRow {
  readonly op: 'matmul' | 'conv2d';
  /** e.g. `256×256×256` or `N1 28×28×1 → 32, 3×3`. */
  readonly shape: string;
  readonly flops: number;
  /** Which figure the hand-written comparison goes by: process CPU time on CPU drivers, wall time on GPUs (kernel-table.ts judgedBy). */
  readonly judged?: 'cpu' | 'wall';
  readonly dlc?: Timing;
  readonly tfjs?: Timing;
  readonly dlcGflops?: number;
  readonly tfjsGflops?: number;
  /** The kernel dlc compiled for this device (its variant comment, e.g. `gemm reg`), when it names one. */
  readonly dlcKernel?: string;
  /** The fastest hand-written kernel of bench/hand-kernels.ts on this shape (target: dlc ≤ 1.5× its time). */
  readonly hand?: { readonly name: string; readonly timing: Timing; readonly gflops: number; readonly tried: readonly string[]; readonly timed?: Readonly<Record<string, Timing>> };
  /** Largest |dlc − hand-written| over the output, relative to 1 + |value|: both computed the same thing. */
  readonly handMaxDiff?: number;
  readonly error?: string;
}

/** A ratio dlc / peer for one figure of one model (below 1 means dlc is faster or smaller). */
export interface Ratio {
  readonly model: string;
  readonly figure: string;
  readonly peer: string;
  readonly dlc: number;
  readonly other: number;
  readonly ratio: number;
}

export interface AdapterReport {
  readonly system: string;
  readonly vendor: string;
  readonly architecture: string;
  readonly device: string;
  readonly description: string;
  readonly isSoftware?: boolean;
}

export interface BenchRun {
  readonly date: string;
  readonly mode: 'quick' | 'full';
  readonly device: string;
  readonly adapters: readonly AdapterReport[];
  readonly versions: Readonly<Record<string, string>>;
  readonly host: { readonly platform: string; readonly arch: string; readonly cpus: number; readonly node: string; readonly loadAverage?: { readonly start: readonly number[]; readonly end: readonly number[] } };
  readonly settings: { readonly warmup: number; readonly runs: number; readonly batch: string };
  readonly models: readonly ModelResult[];
  readonly cli: readonly CliTiming[];
  readonly kernels: readonly KernelRow[];
  readonly ratios: readonly Ratio[];
  readonly notes: readonly string[];
  /** dlc against jax-js (and TF.js WebGPU) on fixed cases, timed interleaved (bench/versus.ts). */
  readonly versus?: readonly VersusRow[];
}

/** Does a peer compute the same thing as dlc? One value (the loss) or the largest |difference| of the outputs. */
export interface SameWorkCheck {
  /** e.g. `loss of the first step` or `max |Δ probability|`. */
  readonly what: string;
  readonly dlc?: number;
  /** By system: the peer's value (a loss) or its largest absolute difference from dlc's outputs. */
  readonly peers: Readonly<Record<string, number>>;
  /** By system: |peer − dlc| (a loss) or the same max |Δ| (outputs). */
  readonly absDiff: Readonly<Record<string, number>>;
  readonly tolerance: number;
  readonly ok: boolean;
}

/** One case of the dlc-vs-jax-js comparison: a model, training step or inference, at one batch. */
export interface VersusRow {
  /** e.g. `mnist_mlp train b64`. */
  readonly case: string;
  readonly model: string;
  readonly kind: 'train' | 'infer';
  readonly batch: number;
  readonly systems: readonly SystemFigures[];
  readonly check: SameWorkCheck;
}
