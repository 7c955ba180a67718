/**
 * @file The bundle manifest (`manifest.json`): a versioned, documented schema shared by `dlc build`
 * (which writes it) and the shipped runtime (which validates and runs it). Types and constants only.
 */
import type { BindingAccess, Plan, PlanDType } from './plan-types.ts';
import type { DataInfo } from './preprocess.ts';

/** Identifies a dlc bundle manifest (so a stray manifest.json of another tool is refused by name). */
export const MANIFEST_FORMAT = 'dlc-bundle';

/**
 * Bumped whenever a field is added with a required meaning or changes meaning; a runtime refuses any
 * other version (E_BUNDLE_VERSION) rather than misreading it. The plan inside has its own
 * `version` (PLAN_VERSION), checked as well. Version 2 added `sha256` to every file and
 * `bindingBytes` to every kernel.
 */
export const MANIFEST_VERSION = 2;

/**
 * Bundles with packed weights (`precision`) are version 3: a version-2 runtime would bind their u32
 * words as f32 and load plans its device may not compile, so it must refuse them. f32 bundles stay 2.
 */
export const MANIFEST_VERSION_PACKED = 3;

/** What the runtime does with NaN or ±Infinity in an f32 input: refuse the call, or pass it through. */
export type NonFinitePolicy = 'reject' | 'allow';

/** An input, output, or weight tensor: its name and static type (`shape` includes the batch axis). */
export interface TensorSpec {
  readonly name: string;
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
}

export interface InputSpec extends TensorSpec {
  readonly nonFinite: NonFinitePolicy;
}

/**
 * One WGSL kernel, stored as its own file so the manifest stays readable and the runtime's size
 * excludes shader text. `sources` maps the kernel back to the model lines it computes
 * (`file:line:col`, file relative to the model file's folder), deduplicated, in first-use order.
 */
export interface ManifestKernel {
  /** Bundle-relative path of the .wgsl file (never absolute, never leaving the bundle folder). */
  readonly path: string;
  /** UTF-8 byte length of the file, checked on load (a truncated kernel is a clear error). */
  readonly bytes: number;
  /** SHA-256 of the file (lower-case hex), verified on load before the kernel is compiled. */
  readonly sha256: string;
  readonly entry: string;
  readonly bindings: readonly BindingAccess[];
  /** Binds a compiled scan's step index after its storage bindings (PlanKernel.step). */
  readonly step?: boolean;
  /**
   * The fewest bytes the kernel reads or writes through each binding (same length as `bindings`):
   * a plan that binds a smaller buffer is refused before the first dispatch.
   */
  readonly bindingBytes: readonly number[];
  readonly sources: readonly string[];
}

/** A Plan whose kernels are indices into `Manifest.kernels`, so plans of one bundle share kernel files. */
export interface ManifestPlan extends Omit<Plan, 'kernels'> {
  readonly kernels: readonly number[];
}

/**
 * An entry point of the bundle's API. `predict` runs the inference plan; `trainStep` runs the
 * training plan, whose `updates` write new weights and optimizer state back on the GPU.
 */
export interface EntryPoint {
  /** Key of `Manifest.plans`. */
  readonly plan: string;
  readonly inputs: readonly InputSpec[];
  readonly outputs: readonly TensorSpec[];
}

export interface ManifestWeights {
  /** Bundle-relative path of the safetensors file. */
  readonly path: string;
  /** Its exact byte length, checked before parsing. */
  readonly bytes: number;
  /** SHA-256 of the file (lower-case hex), verified before parsing. */
  readonly sha256: string;
  /** Every tensor in the file, by name, in name order; each plan param/state must be one of them. */
  readonly tensors: readonly TensorSpec[];
}

export interface Manifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: number;
  /** The model's name. */
  readonly name: string;
  readonly mode: 'inference' | 'train';
  /** The static batch size baked into every shape. */
  readonly batch: number;
  /** The model file's base name (a bundle carries no paths of the machine that built it). */
  readonly source: string;
  /** `predict` always; `trainStep` in train bundles. */
  readonly entryPoints: Readonly<Record<string, EntryPoint>>;
  readonly weights: ManifestWeights;
  readonly kernels: readonly ManifestKernel[];
  readonly plans: Readonly<Record<string, ManifestPlan>>;
  /** Train bundles: what trainStep() feeds itself besides the caller's batch. */
  readonly training?: ManifestTraining;
  /** The training data's class names and preprocessing (from the checkpoint): labelled answers, image inputs. */
  readonly data?: DataInfo;
  /** `dlc build --explain`: the input-attribution entry points behind saliency() and gradCam(). */
  readonly explain?: ManifestExplain;
  /** `dlc build --tune`: the device the kernel variants were timed on and the winners (the kernels already use them). */
  readonly tuning?: ManifestTuning;
  /** f16 or int8 weights (`dlc build --precision f16 | --quantize int8`); absent: every weight is f32. */
  readonly precision?: ManifestPrecision;
  /** `dlc build --runtime external`: index.js imports the runtime from the installed dlc package; absent: bundled. */
  readonly runtime?: 'external';
}

/**
 * Packed weights: each listed weight is stored (in weights.safetensors and on the GPU) as the u32
 * words its kernels read — f16: two halves per word; int8: four signed bytes per word, then one f32
 * scale per channel of the last axis (as u32 bits). Weights not listed are f32.
 */
export interface ManifestPrecision {
  readonly weights: 'f16' | 'int8';
  readonly packed: readonly PackedWeightSpec[];
  /**
   * Plans to run instead of an entry point's own where the device has a feature, e.g.
   * `{ "shader-f16": { "predict": "predict_f16" } }` (weights bound as array<f16>, same bytes).
   */
  readonly variants?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /**
   * `f16`: the plans' temporaries hold halves too (their buffers are u32 words; kernels convert on
   * load and store, inputs and outputs stay f32). Informational: the plans already say it all.
   */
  readonly activations?: 'f16';
}

export interface PackedWeightSpec {
  readonly name: string;
  readonly format: 'f16' | 'int8';
  /** The weight's logical (f32) shape. */
  readonly shape: readonly number[];
  /** int8: scales after the packed bytes (one per channel, the last axis); f16: 0. */
  readonly scales: number;
}

/** Attribution methods a bundle can carry, each its own entry point and plan. */
export type SaliencyMethod = 'gradient' | 'smoothgrad' | 'integrated';

/**
 * What saliency() and gradCam() need besides their plans (src/explain's programs, one sample each):
 * inputs `explain/x` [1, ...sample] and `explain/class` (one-hot [classes]), plus `explain/noise`
 * [samples, ...sample] (smoothgrad) or `explain/baseline` [1, ...sample] (integrated).
 */
export interface ManifestExplain {
  /** Outputs per sample: the length of the one-hot class input and of `scores`. */
  readonly classes: number;
  /** One sample's shape (the model input without the batch axis). */
  readonly sample: readonly number[];
  /** Whether the explained score is the final softmax's / sigmoid's input (the logit). */
  readonly logits: boolean;
  /** Entry point name and noisy copies / path points of each method built. */
  readonly methods: Readonly<Partial<Record<SaliencyMethod, { readonly entry: string; readonly samples: number }>>>;
  /** Grad-CAM at one layer, when the model has a spatial layer: its entry point and activation [H, W, C]. */
  readonly gradCam?: { readonly entry: string; readonly layer: string; readonly activation: readonly number[] };
}

/** Kernel key → variant measured fastest on `target` (src/bundle/tune.ts); informational for the runtime. */
export interface ManifestTuning {
  readonly target: { readonly software: boolean; readonly vendor: string; readonly architecture: string; readonly label: string };
  /** Timed samples per variant and dispatches per sample. */
  readonly samples: number;
  readonly reps: number;
  readonly table: Readonly<Record<string, string>>;
}

/**
 * The training step's own inputs: the runtime counts steps and feeds the learning rate (the
 * model's, unless the caller overrides it), the 1-based step `t` and the dropout step counter.
 */
export interface ManifestTraining {
  readonly learningRate: number;
  readonly optimizer: string;
  readonly loss: string;
  /** Input names: learning rate (f32[]), 1-based step (f32[]), dropout step (u32[], when the plan has it). */
  readonly rateInput: string;
  readonly stepInput: string;
  readonly dropoutInput: string;
}
