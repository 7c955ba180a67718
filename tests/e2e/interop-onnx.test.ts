/**
 * @file `dlc export --format onnx`: every model in models/ exported and run by ONNX Runtime (CPU)
 * gives the reference interpreter's outputs on the unfolded graph within 1e-4, with the bundle's
 * input and output names and shapes; ops without an ONNX form are refused by name and line.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { describe, expect, it } from 'vitest';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { CompileError, numel, type Graph } from '../../src/ir/index.ts';
import { exportOnnx, graphToOnnx } from '../../src/interop/onnx-export.ts';
import { decodeModel } from '../../src/interop/onnx-proto.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { decodeSafetensors, type NamedTensor } from '../../src/train/safetensors.ts';
import { dlc, randomWeights, tempDir } from './interop-helpers.ts';

/** Batch 2 (so the batch axis is exercised), 1 for the big images (the interpreter's convolutions are slow). */
const batchOf = (m: CompiledModel): number => (m.inputs.some((i) => numel(i.shape) > 10_000) ? 1 : 2);

/** Every model of every file in models/, by file and model name: none is skipped. */
const MODELS = readdirSync('models').filter((f) => f.endsWith('.ts')).sort().flatMap((f) => compileModelFile(`models/${f}`).models.map((m) => [f, m.name] as const));

/** Deterministic inputs: smooth floats, or token ids within every embedding table the model has. */
function inputsFor(m: CompiledModel, batch: number): Record<string, Float32Array | Int32Array> {
  const vocab = Math.min(...m.params.filter((p) => p.weight === 'embeddings' && p.layer.startsWith('embedding')).map((p) => p.shape[0]!), 1000);
  return Object.fromEntries(m.inputs.map((i) => {
    const n = batch * numel(i.shape);
    return [i.name, i.dtype === 'i32' ? Int32Array.from({ length: n }, (_, k) => (k * 7 + 3) % vocab) : Float32Array.from({ length: n }, (_, k) => Math.sin(k * 0.61) * 0.9)];
  }));
}

function ortTensor(x: Float32Array | Int32Array, shape: readonly number[]): ort.Tensor {
  return x instanceof Int32Array ? new ort.Tensor('int32', x, [...shape]) : new ort.Tensor('float32', x, [...shape]);
}

/** Geometry and ops no seed model has: strided 'valid' and k < s transposed convs, 'same' pools, bilinear upsampling, augmentation, PReLU, ELU, normalization. */
const EXTRA = `import { sequential, conv2d, conv2dTranspose, avgPool2d, maxPool2d, upSampling2d, batchNorm, prelu, elu, normalization, randomFlip, gaussianNoise, flatten, dense } from 'dlc';
export default sequential({
  name: 'onnx_extra',
  input: [7, 7, 2],
  layers: [
    randomFlip(), gaussianNoise(0.1), normalization(),
    conv2dTranspose(3, 2, { strides: 3 }), conv2d(4, 3, { strides: 2, padding: 'same' }), batchNorm(), prelu(),
    avgPool2d({ poolSize: 3, strides: 2, padding: 'same' }), conv2dTranspose(2, 3, { strides: 2, padding: 'same' }),
    upSampling2d({ size: 2, interpolation: 'bilinear' }), maxPool2d({ poolSize: 3, strides: 2, padding: 'same' }), elu(),
    conv2dTranspose(2, 3, { strides: 2 }), flatten(), dense(3),
  ],
});
`;
const extraDir = tempDir();
writeFileSync(join(extraDir, 'onnx_extra.ts'), EXTRA);
const FILES: Record<string, string> = { 'onnx_extra.ts': join(extraDir, 'onnx_extra.ts') };
const CASES = [...MODELS, ['onnx_extra.ts', 'onnx_extra'] as const];

describe('ONNX export runs in ONNX Runtime with dlc\'s outputs', () => {
  it.each(CASES)('%s: %s', async (file, name) => {
    const m = compileModelFile(FILES[file] ?? `models/${file}`).models.find((x) => x.name === name)!;
    const w = randomWeights(m, 5);
    const raw = new Map<string, NamedTensor>(m.params.map((p) => [p.name, { dtype: 'f32', shape: p.shape, data: w[p.name]! }]));
    const batch = batchOf(m);
    const onnx = exportOnnx(m, raw, batch);
    // Names, dtypes and shapes of the model's inputs and outputs at the batch (the bundle's; see the command test).
    expect(onnx.inputs.map((i) => `${i.name}:${i.dtype}[${i.shape.join(',')}]`)).toEqual(m.inputs.map((i) => `${i.name}:${i.dtype}[${[batch, ...i.shape].join(',')}]`));
    expect(onnx.outputs.map((o) => `${o.name}:[${o.shape.join(',')}]`)).toEqual(m.outputs.map((o) => `${o.name}:[${[batch, ...o.shape].join(',')}]`));
    const model = decodeModel(onnx.bytes) as { opset_import: { version: number }[] };
    expect(model.opset_import[0]!.version).toBeGreaterThanOrEqual(17);
    // dlc's side: the reference interpreter on the frontend graph (nothing folded), the raw weights.
    const xs = inputsFor(m, batch);
    const g = m.graph(batch);
    const want = interpret(g, { ...w, ...xs });
    // Basic graph optimisations only: the unrolled LSTM's thousands of nodes load in a fraction of the time.
    const session = await ort.InferenceSession.create(onnx.bytes, { graphOptimizationLevel: 'basic' });
    const got = await session.run(Object.fromEntries(onnx.inputs.map((i) => [i.name, ortTensor(xs[i.name]!, i.shape)])));
    for (const o of g.outputs) {
      const a = got[o.name]!.data as Float32Array;
      const b = want[o.name]!.data;
      expect(a.length).toBe(b.length);
      let worst = 0;
      for (let i = 0; i < a.length; i++) worst = Math.max(worst, Math.abs(a[i]! - b[i]!) / Math.max(1, Math.abs(b[i]!)));
      expect(worst, `${name} output ${o.name}`).toBeLessThan(1e-4);
    }
    await session.release();
  });
});

interface OnnxValue { name: string; type: { tensor_type: { elem_type: number; shape: { dim: { dim_value: number }[] } } } }
const ONNX_TO_DLC: Record<number, string> = { 1: 'f32', 6: 'i32', 12: 'u32', 9: 'bool' };
const onnxSpec = (v: OnnxValue): string => `${v.name}:${ONNX_TO_DLC[v.type.tensor_type.elem_type]}[${v.type.tensor_type.shape.dim.map((d) => d.dim_value).join(',')}]`;

describe('dlc export (the command)', () => {
  it('writes an .onnx file with the names, dtypes and shapes of the bundle\'s manifest', async () => {
    const dir = tempDir();
    const out = join(dir, 'model.onnx');
    const r = await dlc(['export', 'models/resnet.ts', '--format', 'onnx', '-o', out, '--batch', '3']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/inputs image: f32\[3,32,32,3\]; outputs output: f32\[3,10\]/);
    const b = await dlc(['build', 'models/resnet.ts', '-o', join(dir, 'bundle'), '--batch', '3']);
    expect(b.code, b.err).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'bundle', 'manifest.json'), 'utf8')) as { entryPoints: Record<string, { inputs: { name: string; dtype: string; shape: number[] }[]; outputs: { name: string; dtype: string; shape: number[] }[] }> };
    const entry = manifest.entryPoints.predict!;
    const spec = (xs: { name: string; dtype: string; shape: number[] }[]): string[] => xs.map((x) => `${x.name}:${x.dtype}[${x.shape.join(',')}]`);
    const model = decodeModel(readFileSync(out)) as { graph: { input: OnnxValue[]; output: OnnxValue[] } };
    expect(model.graph.input.map(onnxSpec)).toEqual(spec(entry.inputs));
    expect(model.graph.output.map(onnxSpec)).toEqual(spec(entry.outputs));
    // The weights are the bundle's, folded batch norm included, byte for byte; no batch-norm arithmetic is left.
    const bundleWeights = decodeSafetensors(readFileSync(join(dir, 'bundle', 'weights.safetensors'))).tensors;
    const inits = new Map((model as unknown as { graph: { initializer: { name: string; raw_data: number[] }[] } }).graph.initializer.map((t) => [t.name, t.raw_data]));
    expect(bundleWeights.size).toBeGreaterThan(0);
    for (const [name, t] of bundleWeights) expect(inits.get(name), name).toEqual(Array.from(new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength)));
    expect([...inits.keys()].filter((k) => k.includes('moving_'))).toEqual([]);
    const s = await ort.InferenceSession.create(readFileSync(out));
    expect([s.inputNames, s.outputNames]).toEqual([['image'], ['output']]);
    await s.release();
  });

  it('refuses another format, and writes nothing', async () => {
    const dir = tempDir();
    const r = await dlc(['export', 'models/iris_mlp.ts', '--format', 'tflite', '-o', join(dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--format must be onnx/);
    expect(existsSync(join(dir, 'x'))).toBe(false);
  });

  it('an op without an ONNX form is refused by name and source line', () => {
    const t = { dtype: 'f32' as const, shape: [2, 3] };
    const g: Graph = {
      name: 'odd',
      args: [{ id: 0, name: 'x', kind: 'input', type: t }],
      nodes: [{ id: 1, op: 'scatter_add', inputs: [0], attrs: {}, type: t, loc: { file: 'models/odd.ts', line: 7, col: 5 } }],
      outputs: [{ name: 'output', value: 1 }],
    };
    let err: unknown;
    try {
      graphToOnnx(g, new Map(), '', '0');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CompileError);
    expect((err as CompileError).code).toBe('E_EXPORT_OP');
    expect((err as CompileError).message).toMatch(/op 'scatter_add' \(models\/odd\.ts:7:5\) has no ONNX translation/);
  });
});
