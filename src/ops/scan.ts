/**
 * @file scan: a loop over a static number of steps whose body (the cell) is a graph of its own.
 *
 * carry_{-1} = init; for t = 0 … T−1 (T−1 … 0 with `reverse`):
 *   (carry_t, y_t) = body(carry_{t−1}, xs[t]…, consts…),
 * and the result packs every y stacked over t (y_j[t] from the step that read xs[t]) and the final
 * carries (see scan-body.ts). Recurrent layers lower to it, so the cell is compiled once however long
 * the sequence; its gradient is the reverse scan over the cell's VJP (passes/scan-grad.ts).
 */
import type * as FC from 'fast-check';
import { CompileError, numel, print, verify, type TensorType } from '../ir/index.ts';
import { scanVjp } from '../passes/scan-grad.ts';
import { interpret } from '../reference/interpret.ts';
import type { HostTensor, OpCase, OpDef } from './op-def.ts';
import { inferType, newGraph } from './registry.ts';
import { checkScanOperands, scanLayout, type ScanAttrs } from './scan-body.ts';

const verified = new Set<string>();

function inferScan(inputs: readonly TensorType[], attrs: ScanAttrs): TensorType {
  const l = scanLayout(attrs);
  if (!verified.has(attrs.body)) {
    verify(l.body, inferType);
    verified.add(attrs.body);
  }
  checkScanOperands(l, inputs);
  return { dtype: 'f32', shape: [l.total] };
}

/** Runs the body once per step on the interpreter (the oracle the GPU loop is checked against). */
function evaluateScan(inputs: readonly HostTensor[], attrs: ScanAttrs, precision: 'f32' | 'f64', out: HostTensor): void {
  const l = scanLayout(attrs);
  const { body, nc, nx, steps: T } = l;
  let carries = inputs.slice(0, nc);
  for (let k = 0; k < T; k++) {
    const t = attrs.reverse ? T - 1 - k : k;
    const feeds: Record<string, HostTensor> = {};
    body.args.forEach((a, i) => {
      const v = inputs[i]!;
      if (i < nc) feeds[a.name] = carries[i]!;
      else if (i < nc + nx) {
        const n = numel(a.type.shape);
        feeds[a.name] = { type: a.type, data: v.data.subarray(t * n, (t + 1) * n) };
      } else feeds[a.name] = v;
    });
    const r = interpret(body, feeds, { precision });
    carries = body.outputs.slice(0, nc).map((o) => r[o.name]!);
    body.outputs.slice(nc).forEach((o, j) => {
      const part = l.ys[j]!;
      const n = numel(part.type.shape) / T;
      out.data.set(r[o.name]!.data, part.offset + t * n);
    });
  }
  carries.forEach((c, k) => out.data.set(c.data, l.finals[k]!.offset));
}

/** A small RNN cell h' = tanh(x + h·U), with y = h' and, optionally, a second carry s' = s + h'. */
function cellCases(fc: typeof FC): FC.Arbitrary<OpCase<ScanAttrs>> {
  return fc
    .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), fc.boolean(), fc.boolean())
    .map(([n, u, T, reverse, sum]) => {
      const f32 = (shape: number[]): TensorType => ({ dtype: 'f32', shape });
      const b = newGraph('cell');
      const h = b.input('h', f32([n, u]));
      const s = sum ? b.input('s', f32([n, u])) : undefined;
      const x = b.input('x', f32([n, u]));
      const w = b.input('w', f32([u, u]));
      const h2 = b.op('tanh', [b.op('add', [x, b.op('matmul', [h, w], { transposeA: false, transposeB: false })])]);
      b.output('h', h2);
      if (s) b.output('s', b.op('add', [s, h2]));
      b.output('y', h2);
      const nc = sum ? 2 : 1;
      const inputs = [f32([n, u]), ...(sum ? [f32([n, u])] : []), f32([T, n, u]), f32([u, u])];
      return { inputs, attrs: { body: print(b.build()), carries: nc, xs: 1, length: T, reverse } };
    });
}

export const scan: OpDef<ScanAttrs> = {
  name: 'scan',
  kind: 'linalg',
  summary: 'a loop over T steps of a cell graph: carries threaded through, xs read and ys stacked per step',
  arity: 'variadic',
  attrs: {
    body: { kind: 'string', doc: 'the cell: IR text of a graph (carries…, xs…, consts…) → (new carries…, ys…)' },
    carries: { kind: 'int', doc: 'how many leading operands are carries' },
    xs: { kind: 'int', doc: 'how many operands after the carries are sequences [T, …]' },
    length: { kind: 'int', doc: 'the number of steps T' },
    reverse: { kind: 'bool', doc: 'run t = T−1 … 0' },
  },
  infer: inferScan,
  evaluate(inputs, attrs, ctx) {
    const out = ctx.alloc(inferScan(inputs.map((x) => x.type), attrs));
    evaluateScan(inputs, attrs, ctx.precision, out);
    return out;
  },
  vjp: scanVjp,
  wgsl: {
    kind: 'kernel',
    // codegen/scan.ts compiles the body into the plan's loop; there is no one kernel to emit.
    emit() {
      throw new CompileError('E_INTERNAL', 'scan has no single kernel: codegen/scan.ts compiles its body as a plan loop');
    },
  },
  testing: { cases: cellCases, gpuTolerance: 1e-4 },
};
