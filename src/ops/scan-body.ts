/**
 * @file A scan's body and result layout: the body graph parsed from its IR text (once per text),
 * where each result sits in the scan's packed output, and helpers to build a scan and read it back.
 *
 * A scan has one output (IR nodes have one result), an f32 vector that packs, in order, each
 * per-step output stacked over time, y_j: [T, …], then each final carry. `scanResults` slices them
 * out again; slices of a packed buffer cost nothing on the GPU that a second result would not.
 */
import { CompileError, formatType, numel, parse, sameType, type Graph, type TensorType, type Value } from '../ir/index.ts';

export interface ScanAttrs {
  /** The cell: IR text of a graph with args (carries…, per-step xs…, consts…) and outputs (new carries…, ys…). */
  body: string;
  /** How many leading operands (and body outputs) are carries. */
  carries: number;
  /** How many operands after the carries are sequences [T, …], read one row per step. */
  xs: number;
  /** T, the number of steps. */
  length: number;
  /** Steps run t = T−1 … 0; y_j[t] is still the output of the step that read xs[t]. */
  reverse: boolean;
}

export interface ScanPart {
  /** Offset in elements within the packed output. */
  readonly offset: number;
  /** The result's type: [T, …] for stacked ys, the carry's for final carries. */
  readonly type: TensorType;
}

export interface ScanLayout {
  readonly body: Graph;
  readonly nc: number;
  readonly nx: number;
  readonly ny: number;
  readonly steps: number;
  readonly ys: readonly ScanPart[];
  readonly finals: readonly ScanPart[];
  readonly total: number;
}

const bodies = new Map<string, Graph>();

/** The body graph of a scan (parsed once per distinct text; graphs are immutable). */
export function scanBody(text: string): Graph {
  let g = bodies.get(text);
  if (!g) {
    g = parse(text, '<scan body>');
    bodies.set(text, g);
  }
  return g;
}

function fail(message: string, hint?: string): never {
  throw new CompileError('E_SCAN', `scan: ${message}`, hint ? { hint } : {});
}

/** Where every result sits in the packed output, checking the body against the counts. */
export function scanLayout(attrs: ScanAttrs): ScanLayout {
  const body = scanBody(attrs.body);
  const nc = attrs.carries;
  const nx = attrs.xs;
  const T = attrs.length;
  if (!Number.isInteger(T) || T < 1) fail(`length must be ≥ 1, got ${T}`);
  if (nc < 1 || nx < 0 || nc + nx > body.args.length) fail(`carries=${nc}, xs=${nx} do not fit a body with ${body.args.length} arguments`);
  if (body.outputs.length < nc) fail(`the body returns ${body.outputs.length} values but carries=${nc}`, 'the body returns its new carries first, then its per-step outputs');
  const types = new Map<number, TensorType>([...body.args.map((a) => [a.id, a.type] as const), ...body.nodes.map((n) => [n.id, n.type] as const)]);
  const ys: ScanPart[] = [];
  let offset = 0;
  for (const o of body.outputs.slice(nc)) {
    const t = types.get(o.value)!;
    if (t.dtype !== 'f32') fail(`per-step output ${o.name} is ${formatType(t)}; scan results are f32`);
    ys.push({ offset, type: { dtype: 'f32', shape: [T, ...t.shape] } });
    offset += T * numel(t.shape);
  }
  const finals: ScanPart[] = [];
  for (const a of body.args.slice(0, nc)) {
    if (a.type.dtype !== 'f32') fail(`carry %${a.name} is ${formatType(a.type)}; carries are f32`);
    finals.push({ offset, type: a.type });
    offset += numel(a.type.shape);
  }
  body.outputs.slice(0, nc).forEach((o, k) => {
    const want = body.args[k]!.type;
    if (!sameType(types.get(o.value)!, want)) fail(`new carry ${o.name} is ${formatType(types.get(o.value)!)} but carry %${body.args[k]!.name} is ${formatType(want)}`);
  });
  return { body, nc, nx, ny: body.outputs.length - nc, steps: T, ys, finals, total: offset };
}

/** Checks the operands against the body's arguments: carries equal, xs one leading axis of T more, consts equal. */
export function checkScanOperands(l: ScanLayout, inputs: readonly TensorType[]): void {
  if (inputs.length !== l.body.args.length) fail(`the body takes ${l.body.args.length} arguments, the scan has ${inputs.length} operands`);
  l.body.args.forEach((a, i) => {
    const t = inputs[i]!;
    const isX = i >= l.nc && i < l.nc + l.nx;
    const want: TensorType = isX ? { dtype: a.type.dtype, shape: [l.steps, ...a.type.shape] } : a.type;
    if (!sameType(t, want)) fail(`operand ${i + 1} is ${formatType(t)} but the body's %${a.name} needs ${formatType(want)}${isX ? ' (one row per step)' : ''}`);
  });
}

/** Emits a node (the frontend's or a pass's builder), typed by the registry. */
export type EmitOp = (op: string, inputs: readonly Value[], attrs: Readonly<Record<string, import('../ir/index.ts').AttrValue>>, shape: readonly number[]) => Value;

/** Slices the stacked ys and the final carries out of a scan's packed output. */
export function scanResults(emit: EmitOp, packed: Value, l: ScanLayout): { ys: Value[]; finals: Value[] } {
  const part = (p: ScanPart): Value => {
    const n = numel(p.type.shape);
    const flat = n === l.total ? packed : emit('slice', [packed], { begin: [p.offset], size: [n] }, [n]);
    return emit('reshape', [flat], { shape: [...p.type.shape] }, p.type.shape);
  };
  return { ys: l.ys.map(part), finals: l.finals.map(part) };
}
