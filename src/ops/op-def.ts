/** @file The op contract: every op is one OpDef with shape rule, reference semantics, VJP and WGSL. */
import type * as FC from 'fast-check';
import type { Attrs, DType, GraphBuilder, TensorType, Value } from '../ir/index.ts';
import type { KernelTarget } from '../codegen/target.ts';

/** Host-side tensor data. f32 tensors are Float64Array when the interpreter runs in float64. */
export type HostData = Float32Array | Float64Array | Int32Array | Uint32Array | Uint8Array;

export interface HostTensor {
  readonly type: TensorType;
  readonly data: HostData;
}

/** float32 for checking the GPU, float64 for finite-difference gradient checks. */
export type Precision = 'f32' | 'f64';

export interface EvalCtx {
  readonly precision: Precision;
  /** A zero-filled tensor of `type`, with the array class that dtype and precision call for. */
  alloc(type: TensorType): HostTensor;
}

export type OpKind =
  | 'elementwise'
  | 'reduce'
  | 'layout'
  | 'linalg'
  | 'conv'
  | 'pool'
  | 'norm'
  | 'random'
  | 'loss'
  | 'source';

/** What a VJP rule sees. `grad` is the cotangent of the output and has the output's type. */
export interface VjpArgs<A> {
  /** Emits backward nodes into the same graph (types come from the registry's shape rules). */
  readonly b: GraphBuilder;
  readonly inputs: readonly Value[];
  readonly output: Value;
  readonly grad: Value;
  readonly attrs: A;
}

/**
 * A VJP rule returns one cotangent per input (null where none flows, e.g. integer inputs). A
 * cotangent may have the broadcast (output) shape: autodiff sums it back to the input's shape.
 */
export type VjpRule<A> = (args: VjpArgs<A>) => readonly (Value | null)[];

/**
 * Elementwise ops are a WGSL expression over operand expressions of the operands' logical types
 * (f32, i32, u32, or bool: the kernel converts bool from and to its u32 storage). Codegen wraps it
 * in broadcasting index math, or fuses it into a chain.
 */
export interface ElementwiseWgsl<A> {
  readonly kind: 'elementwise';
  expr(operands: readonly string[], attrs: A, types: { inputs: readonly TensorType[]; output: TensorType }): string;
  /** WGSL helper functions the expression calls; emitted once per kernel, so names are `dlc_<op>_…`. */
  readonly helpers?: string;
}

/** What a kernel emitter is given: static types and attributes, so shapes are baked into the code. */
export interface KernelRequest<A> {
  readonly inputs: readonly TensorType[];
  readonly output: TensorType;
  readonly attrs: A;
  /** The device compiled for, when known: kernel families with variants (GEMM) choose by it. */
  readonly target?: KernelTarget;
  /** Given only to ops with `epilogue` (KernelWgsl): the fused kernel's bindings and store. */
  readonly hook?: KernelHook;
}

/**
 * How a fused kernel wraps an op's own kernel (codegen, group kind `kernel`): its binding
 * declarations (the op's inputs under the op's own names, then the group's other buffers) and
 * module code replace the op's, and every store goes through the group's epilogue.
 */
export interface KernelHook {
  readonly decls: string;
  /** A WGSL statement storing f32 `value` at flat output index `flat`. */
  store(flat: string, value: string): string;
}

/**
 * A complete WGSL module with entry point `main`. Bindings in group 0: input i at binding i
 * (`var<storage, read>`), the output at binding inputs.length (`var<storage, read_write>`).
 */
export interface KernelSource {
  readonly code: string;
  readonly workgroups: readonly [number, number, number];
}

export interface KernelWgsl<A> {
  readonly kind: 'kernel';
  emit(req: KernelRequest<A>): KernelSource;
  /**
   * The kernel takes an elementwise epilogue (the fuser then groups it with the ops after it): it
   * reads input k only from the storage array `inputs[k]`, writes nothing but its f32 output, and
   * stores each output element exactly once, from one invocation, through `hook.store` when given.
   */
  readonly epilogue?: { readonly inputs: readonly string[] };
}

/** A value range for random test data. `kinks` are points where the op is not differentiable. */
export interface Domain {
  readonly min: number;
  readonly max: number;
  readonly integer?: boolean;
  readonly kinks?: readonly number[];
}

/** One generated test case for an op: operand types, attributes and the data range per operand. */
export interface OpCase<A> {
  readonly inputs: readonly TensorType[];
  readonly attrs: A;
  /** Per operand; undefined means floats in [-2, 2] (or ints in [0, 4]). */
  readonly domains?: readonly (Domain | undefined)[];
}

export interface OpTesting<A> {
  /** Small random cases; the property tests run infer, evaluate, VJP and the GPU kernel on them. */
  cases(fc: typeof FC): FC.Arbitrary<OpCase<A>>;
  /**
   * A wide range where a naive formula overflows (exp, tanh, sigmoid of ±80): the GPU kernel must
   * still agree with the reference and produce no NaN there.
   */
  readonly extremes?: Domain;
  /** Loosened GPU tolerance for ops whose f32 rounding accumulates (long reductions, convs). */
  readonly gpuTolerance?: number;
}

/** Declarative attribute schema; the registry validates node attributes against it before `infer`. */
/** 'values': one number or a list of numbers (constant data). */
export type AttrKind = 'int' | 'float' | 'bool' | 'string' | 'ints' | 'floats' | 'strings' | 'dtype' | 'values';
export interface AttrSpec {
  readonly kind: AttrKind;
  readonly optional?: boolean;
  /** Allowed values for string attributes. */
  readonly oneOf?: readonly string[];
  readonly doc?: string;
}
export type AttrSchema = Readonly<Record<string, AttrSpec>>;

export interface OpDef<A = Attrs> {
  /** snake_case; identical to the registry key, the IR text and the file name. */
  readonly name: string;
  readonly kind: OpKind;
  readonly summary: string;
  /** Number of operands, or 'variadic' (e.g. concat). */
  readonly arity: number | 'variadic';
  readonly attrs: AttrSchema;
  /** Shape and dtype rule; throws CompileError (E_SHAPE_*, E_DTYPE_*) saying what is wrong. */
  infer(inputs: readonly TensorType[], attrs: A): TensorType;
  /** Reference semantics: the oracle every kernel and pass is tested against. */
  evaluate(inputs: readonly HostTensor[], attrs: A, ctx: EvalCtx): HostTensor;
  /** Backward rule, or null for ops with no gradient (comparisons, argmax, integer ops). */
  readonly vjp: VjpRule<A> | null;
  readonly wgsl: ElementwiseWgsl<A> | KernelWgsl<A>;
  readonly testing: OpTesting<A>;
}

/** WGSL storage element type of a dtype (bool is stored as u32). */
export function wgslStorageType(dtype: DType): 'f32' | 'i32' | 'u32' {
  return dtype === 'bool' ? 'u32' : dtype;
}

/** WGSL value type of a dtype inside expressions. */
export function wgslValueType(dtype: DType): 'f32' | 'i32' | 'u32' | 'bool' {
  return dtype;
}

/**
 * An OpDef of any attribute type. Attributes are contravariant in `infer`/`evaluate`, so the
 * registry and the generic code that iterates over it (interpreter, tests) use this alias.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyOpDef = OpDef<any>;
