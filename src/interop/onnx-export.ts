/**
 * @file `dlc export --format onnx`: the inference graph the bundle runs (batch norm folded, params
 * hoisted) as an ONNX model (opset 17), its weights as initializers folded exactly as the bundle's
 * are, inputs and outputs named and shaped as in the bundle's manifest.
 */
import { compileInference } from '../compile.ts';
import { unrollScans } from '../passes/unroll-scan.ts';
import type { CompiledModel } from '../frontend/index.ts';
import { CompileError, formatLoc, type Graph, type TensorType } from '../ir/index.ts';
import { inferenceWeights, type WeightMap } from '../bundle/weights.ts';
import { OnnxBuilder, onnxDtype, rawBytes } from './onnx-builder.ts';
import { ONNX_OPS } from './onnx-ops.ts';
import { encodeModel } from './onnx-proto.ts';

export const OPSET = 17;
/** The ONNX IR version that goes with opset 17. */
const IR_VERSION = 8;

export interface OnnxExport {
  readonly bytes: Uint8Array;
  readonly graph: Graph;
  readonly inputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  readonly outputs: readonly { name: string; dtype: string; shape: readonly number[] }[];
  readonly nodes: number;
}

const valueInfo = (name: string, t: TensorType): object => ({
  name,
  type: { tensor_type: { elem_type: onnxDtype(t.dtype), shape: { dim: t.shape.map((d) => ({ dim_value: d })) } } },
});

/** Translates the graph node by node; an op without an ONNX form is refused with its name and model line. */
export function graphToOnnx(g: Graph, weights: WeightMap, doc: string, version: string): Uint8Array {
  const b = new OnnxBuilder();
  const names = new Map<number, string>();
  const types = new Map<number, TensorType>();
  for (const a of g.args) {
    names.set(a.id, a.name);
    types.set(a.id, a.type);
    if (a.kind === 'input') continue;
    const w = weights.get(a.name);
    if (!w) throw new CompileError('E_INTERNAL', `export: no weight for %${a.name}`);
    b.initializers.push({ name: a.name, dims: [...a.type.shape], data_type: onnxDtype(a.type.dtype), raw_data: rawBytes(a.type.dtype, w.data) });
  }
  for (const n of g.nodes) {
    const translate = ONNX_OPS[n.op];
    const where = n.loc ? ` (${formatLoc(n.loc)})` : '';
    if (!translate) {
      throw new CompileError('E_EXPORT_OP', `op '${n.op}'${where} has no ONNX translation, so this model cannot be exported to ONNX`, {
        hint: 'serve this model with the WebGPU bundle (dlc build), or replace the layer that produces this op',
        ...(n.loc ? { loc: n.loc } : {}),
      });
    }
    b.current = { name: `${n.op}_${n.id}`, doc: where.trim() };
    const ins = n.inputs.map((id) => names.get(id)!);
    names.set(n.id, translate(b, ins, n, n.inputs.map((id) => types.get(id)!)));
    types.set(n.id, n.type);
  }
  b.current = { name: 'output', doc: '' };
  for (const o of g.outputs) b.node('Identity', [names.get(o.value)!], [], o.name);
  const graph = {
    name: g.name,
    node: b.nodes,
    initializer: b.initializers,
    input: g.args.filter((a) => a.kind === 'input').map((a) => valueInfo(a.name, a.type)),
    output: g.outputs.map((o) => valueInfo(o.name, types.get(o.value)!)),
    doc_string: doc,
  };
  return encodeModel({ ir_version: IR_VERSION, producer_name: 'dlc', producer_version: version, graph, opset_import: [{ domain: '', version: OPSET }], doc_string: doc });
}

/** The model at a static batch, compiled as `dlc build` compiles it, to ONNX bytes. */
export function exportOnnx(model: CompiledModel, raw: WeightMap, batch: number, version = '0'): OnnxExport {
  // The bundle's pipeline up to the last graph-level step: BN folded, weight arithmetic hoisted into prepare.
  const program = compileInference(model, { batch, after: 'hoist-params' });
  // ONNX gets recurrent layers unrolled (one copy of the cell per step), as they were before scan.
  const g = unrollScans(program.graph);
  const weights = inferenceWeights(g, program.prepare, raw);
  const bytes = graphToOnnx(g, weights, `${model.name}, exported by dlc at batch ${batch}`, version);
  const spec = (name: string, t: TensorType) => ({ name, dtype: t.dtype, shape: [...t.shape] });
  const types = new Map<number, TensorType>([...g.args.map((a) => [a.id, a.type] as const), ...g.nodes.map((n) => [n.id, n.type] as const)]);
  return {
    bytes, graph: g, nodes: g.nodes.length,
    inputs: g.args.filter((a) => a.kind === 'input').map((a) => spec(a.name, a.type)),
    outputs: g.outputs.map((o) => spec(o.name, types.get(o.value)!)),
  };
}
