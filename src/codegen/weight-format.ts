/**
 * @file Packed weight formats for small bundles: which params a plan binds packed, the buffer each
 * needs, and the WGSL that declares and reads one element as f32 inside the kernel that consumes it
 * (no f32 copy of the weights exists on the GPU). Layouts (little-endian u32 words):
 *
 * - `f16`: element i is the half at word i/2, low half first (`pack2x16float` order). Read with
 *   `unpack2x16float` (any device), or bound as `array<f16>` where the device has `shader-f16`
 *   (the same bytes, so one weights file serves both kernels).
 * - `int8`: per-last-axis symmetric int8 (the output channel of a dense [K, N] or HWIO conv kernel):
 *   element i is the signed byte i%4 of word i/4, then one f32 scale per channel (as u32 bits)
 *   from word ceil(n/4) on; value = q · scale[i % channels].
 *
 * Only a param whose every use is the weight operand of a fused matmul or conv2d kernel is packed
 * (those kernels take the read hook); any other use keeps it f32, so packing never changes results
 * elsewhere. The f32 path emits exactly the WGSL it did before (the hooks default to `name[i]`).
 */
import { numel, type Graph, type Node } from '../ir/index.ts';
import type { FusedGraph, FusionGroup } from '../passes/fuse-groups.ts';

/** What `dlc build --precision f16` / `--quantize int8` asks of the compiler. */
export interface WeightEncoding {
  readonly kind: 'f16' | 'int8';
  /** f16 only: bind the weights as `array<f16>` (needs the device's `shader-f16`) instead of unpacking u32 words. */
  readonly nativeF16?: boolean;
  /** f16 only: temporaries (activations) stored as halves too (codegen/plan-half.ts); accumulation stays f32. */
  readonly activations?: boolean;
}

/** How one packed param is laid out and read. */
export interface WeightFormat {
  readonly kind: 'f16' | 'int8';
  readonly nativeF16: boolean;
  /** The param's logical shape and element count. */
  readonly shape: readonly number[];
  readonly count: number;
  /** int8: channels (the last axis) = number of scales; f16: 0. */
  readonly channels: number;
  /** u32 words of the buffer (f16: ceil(n/2); int8: ceil(n/4) packed + one per scale). */
  readonly words: number;
}

export function weightFormat(kind: WeightEncoding['kind'], shape: readonly number[], nativeF16 = false): WeightFormat {
  const count = numel(shape);
  const channels = kind === 'int8' ? (shape[shape.length - 1] ?? 1) : 0;
  const words = kind === 'f16' ? Math.ceil(count / 2) : Math.ceil(count / 4) + channels;
  return { kind, nativeF16: kind === 'f16' && nativeF16, shape: [...shape], count, channels, words };
}

/** Kernel kinds whose emitters route weight reads through the hook (fused-conv.ts, matmul, fused-row.ts). */
const HOOKED = new Set(['matmul', 'conv2d']);

/**
 * The params (by value id) the plan binds packed: those whose every reading group is a fused matmul
 * or conv2d kernel that reads them only as its weight operand (input 1 of the anchor).
 */
export function assignWeightFormats(graph: Graph, fusion: FusedGraph, enc: WeightEncoding | undefined): Map<number, WeightFormat> {
  const out = new Map<number, WeightFormat>();
  if (!enc) return out;
  const defs = new Map<number, Node>(fusion.graph.nodes.map((n) => [n.id, n]));
  const aliased = new Set(fusion.aliases.values());
  for (const a of graph.args) {
    if (a.kind !== 'param' || a.type.dtype !== 'f32' || numel(a.type.shape) < 2 || aliased.has(a.id)) continue;
    const readers = fusion.groups.filter((g) => g.inputs.includes(a.id));
    const ok = readers.length > 0 && readers.every((g) => isWeightOperand(g, a.id, defs));
    if (ok) out.set(a.id, weightFormat(enc.kind, a.type.shape, enc.nativeF16));
  }
  return out;
}

function isWeightOperand(g: FusionGroup, v: number, defs: ReadonlyMap<number, Node>): boolean {
  if (!HOOKED.has(g.kind) || g.anchor === undefined) return false;
  const anc = defs.get(g.anchor);
  if (!anc || anc.inputs[1] !== v || anc.inputs[0] === v) return false;
  const others = [...g.mid, ...g.pre, ...g.tail, ...(g.post === undefined ? [] : [g.post])].filter((id) => id !== g.anchor);
  return others.every((id) => !(defs.get(id)?.inputs.includes(v) ?? false));
}

/** The binding's declaration: `array<u32>` of packed words, or `array<f16>` (shader-f16). */
export function weightDecl(binding: number, name: string, f: WeightFormat): string {
  return `@group(0) @binding(${binding}) var<storage, read> ${name}: array<${f.nativeF16 ? 'f16' : 'u32'}>;`;
}

/**
 * `fn dlc_w_<name>(i: u32) -> f32` (f16) or `(i: u32, ch: u32)` (int8, `ch` = i % channels, which
 * the caller usually has at hand: the output column): element i of the packed weight as f32.
 * int8 also gets `dlc_q_<name>(i)` (the byte as f32, unscaled) and `dlc_s_<name>(ch)` (the scale),
 * for kernels that apply the scale once per output (`weightReadUnscaled` / `weightScaleOut`).
 */
export function weightHelper(name: string, f: WeightFormat): string {
  // `dlc_w4_<name>(i)`: elements i … i+3 (i a multiple of 4, so whole words) as a vec4.
  if (f.kind === 'f16') {
    const fn = `fn ${helperName(name)}(i: u32) -> f32`;
    const four = f.nativeF16
      ? `fn dlc_w4_${name}(i: u32) -> vec4<f32> { return vec4<f32>(vec4<f16>(${name}[i], ${name}[i + 1u], ${name}[i + 2u], ${name}[i + 3u])); }`
      : `fn dlc_w4_${name}(i: u32) -> vec4<f32> { return vec4<f32>(unpack2x16float(${name}[i >> 1u]), unpack2x16float(${name}[(i >> 1u) + 1u])); }`;
    return `${f.nativeF16 ? `${fn} { return f32(${name}[i]); }` : `${fn} { return unpack2x16float(${name}[i >> 1u])[i & 1u]; }`}\n${four}`;
  }
  const scales = Math.ceil(f.count / 4);
  // extractBits on i32 sign-extends the byte; the scale is stored as the f32's bits. The vec4 form
  // shifts each byte to the top of an i32 and back down (arithmetic shift: sign-extended).
  return [
    `fn dlc_q_${name}(i: u32) -> f32 { return f32(extractBits(bitcast<i32>(${name}[i >> 2u]), (i & 3u) * 8u, 8u)); }`,
    `fn dlc_w4_${name}(i: u32) -> vec4<f32> { return vec4<f32>((vec4<i32>(bitcast<i32>(${name}[i >> 2u])) << vec4<u32>(24u, 16u, 8u, 0u)) >> vec4<u32>(24u)); }`,
    `fn dlc_s_${name}(ch: u32) -> f32 { return bitcast<f32>(${name}[${scales}u + ch]); }`,
    `fn ${helperName(name)}(i: u32, ch: u32) -> f32 { return dlc_q_${name}(i) * dlc_s_${name}(ch); }`,
  ].join('\n');
}

export function helperName(name: string): string {
  return `dlc_w_${name}`;
}

/**
 * The expression reading element `index` of binding `name` as f32: a plain load unless the binding
 * is packed. `channel`, when given, must equal index % (last axis) — it saves int8 reads a modulo.
 */
export function weightRead(name: string, f: WeightFormat | undefined, index: string, channel?: string): string {
  if (!f) return `${name}[${index}]`;
  if (f.kind === 'f16') return `${helperName(name)}(${index})`;
  return `${helperName(name)}(${index}, ${channel ?? `(${index}) % ${f.channels}u`})`;
}

/**
 * As weightRead, but an int8 weight's element is its byte q, without the scale. Only for a kernel
 * whose every output is Σ_k x_k · w[k, ch] with ch (the weight's last axis) fixed for that output —
 * a dense layer's column, a conv's output channel — and which passes each sum through
 * `weightScaleOut` before its epilogue: Σ x·(q·s) = s·Σ x·q, one multiply per output instead of one
 * per multiply-add. f16 and f32 reads are unchanged.
 */
export function weightReadUnscaled(name: string, f: WeightFormat | undefined, index: string, channel?: string): string {
  return f?.kind === 'int8' ? `dlc_q_${name}(${index})` : weightRead(name, f, index, channel);
}

/** Elements index … index+3 of a packed weight as vec4<f32> (index a multiple of 4), int8 unscaled as in weightReadUnscaled. */
export function weightRead4Unscaled(name: string, index: string): string {
  return `dlc_w4_${name}(${index})`;
}

/** The accumulated `value` of output channel `channel` times the int8 weight's scale (unchanged for other storages). */
export function weightScaleOut(name: string, f: WeightFormat | undefined, value: string, channel: string): string {
  return f?.kind === 'int8' ? `(${value}) * dlc_s_${name}(${channel})` : value;
}

/**
 * The kernel without the packed-weight helpers (one line each, `fn dlc_w_…`, `dlc_w4_…`, `dlc_q_…`,
 * `dlc_s_…`) that nothing in it calls: every kind of read is declared, each kernel uses one or two.
 */
export function pruneWeightHelpers(code: string): string {
  let lines = code.split('\n');
  for (;;) {
    const unused = lines.findIndex((l) => {
      const m = /^fn (dlc_(?:w|w4|q|s)_\w+)\(/.exec(l);
      return m !== null && !lines.some((o) => o !== l && o.includes(`${m[1]}(`));
    });
    if (unused < 0) return lines.join('\n');
    lines = lines.filter((_, i) => i !== unused);
  }
}

/** `enable f16;` when any packed binding is `array<f16>` (must open the module). */
export function weightEnables(formats: Iterable<WeightFormat>): string {
  return [...formats].some((f) => f.nativeF16) ? 'enable f16;' : '';
}
