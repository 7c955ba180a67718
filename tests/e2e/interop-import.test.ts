/**
 * @file `dlc summary --json` lists every weight by name and shape, and `dlc import-weights`: Keras HDF5 (Keras 2 and 3 layouts, weights-only and whole-model),
 * .keras archives and TF.js model.save() output map onto dlc's weights by name; the imported model
 * gives the same outputs (TF.js's own, within 1e-4); bad files are refused with nothing written.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import * as ort from 'onnxruntime-node';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { CompiledModel } from '../../src/frontend/index.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { numel } from '../../src/ir/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { decodeSafetensors } from '../../src/train/safetensors.ts';
import { dlc, randomWeights, tempDir, writeJson, writeKeras2, writeKeras3, writeKerasArchive, type Weights } from './interop-helpers.ts';

beforeAll(async () => {
  const quiet = [vi.spyOn(console, 'log').mockImplementation(() => {}), vi.spyOn(console, 'warn').mockImplementation(() => {})];
  tf.env().set('IS_TEST', true);
  await tf.setBackend('cpu');
  for (const s of quiet) s.mockRestore();
});

const CONVNET = `import { sequential, conv2d, batchNorm, maxPool2d, flatten, dense } from 'dlc';
export default sequential({
  name: 'bn_convnet',
  input: [6, 6, 2],
  layers: [conv2d(4, 3, { activation: 'relu', padding: 'same' }), batchNorm(), maxPool2d({ poolSize: 2 }), flatten(), dense(8, { activation: 'relu' }), batchNorm(), dense(3, { activation: 'softmax' })],
});
`;

const RECURRENT = `import { sequential, lstm, dense } from 'dlc';
export default sequential({
  name: 'small_lstm',
  input: [5, 3],
  layers: [lstm(4, { returnSequences: true }), lstm(3), dense(2)],
});
`;

function modelFile(dir: string, name: string, src: string): { file: string; model: CompiledModel } {
  const file = join(dir, `${name}.ts`);
  writeFileSync(file, src);
  return { file, model: compileModelFile(file).main };
}

function input(m: CompiledModel, batch: number): Float32Array | Int32Array {
  const n = batch * m.inputs[0]!.shape.reduce((a, b) => a * b, 1);
  if (m.inputs[0]!.dtype === 'i32') return Int32Array.from({ length: n }, (_, i) => (i * 3 + 1) % 10);
  return Float32Array.from({ length: n }, (_, i) => Math.cos(i * 0.37) * 1.5);
}

/** dlc's outputs on the reference interpreter (inference graph, the weights as given). */
function dlcOutput(m: CompiledModel, w: Weights, x: Float32Array | Int32Array, batch: number): Float32Array {
  const g = m.graph(batch);
  const out = interpret(g, { ...w, [m.inputs[0]!.name]: x });
  return Float32Array.from(out[g.outputs[0]!.name]!.data);
}

function readWeights(path: string): Weights {
  return Object.fromEntries([...decodeSafetensors(readFileSync(path)).tensors].map(([k, t]) => [k, t.data as Float32Array]));
}

const maxAbs = (a: ArrayLike<number>, b: ArrayLike<number>): number => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - b[i]!)), 0);

describe('dlc import-weights: Keras files round-trip', () => {
  const dir = tempDir();
  // Batch norm (moving statistics last), stacked LSTMs (Keras's lstm_cell / cell sub-objects), attention (query/kernel, query_dense).
  const models = [modelFile(dir, 'bn_convnet', CONVNET), modelFile(dir, 'small_lstm', RECURRENT), { file: 'models/attention.ts', model: compileModelFile('models/attention.ts').main }];
  type Write = (p: string, m: CompiledModel, w: Weights) => Promise<void>;
  const formats: [string, string, Write][] = [
    ['Keras 2 weights-only .h5, datasets laid out in reverse', 'w.h5', (p, m, w) => writeKeras2(p, m, w, { reversed: true })],
    ['Keras 2 whole-model .h5 (model_weights, optimizer_weights)', 'model.h5', (p, m, w) => writeKeras2(p, m, w, { whole: true })],
    ['Keras 3 .weights.h5 (layers/<name>/vars/<i>)', 'k3.weights.h5', writeKeras3],
    ['Keras 3 .keras archive', 'model.keras', writeKerasArchive],
  ];
  const cases = models.flatMap(({ file, model }) => formats.map(([what, name, write]) => [model.name, what, { file, model, name, write }] as const));
  it.each(cases)('%s: %s', async (_m, _what, { file, model, name, write }) => {
    const w = randomWeights(model, 3);
    const x = input(model, 2);
    const src = join(dir, `${model.name}-${name}`);
    await write(src, model, w);
    const out = `${src}.safetensors`;
    const r = await dlc(['import-weights', file, src, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`matched ${model.params.length}, missing 0, shape mismatches 0, type mismatches 0, collisions 0, extra 0`));
    const got = readWeights(out);
    expect(Object.keys(got).sort()).toEqual(model.params.map((p) => p.name).sort());
    for (const p of model.params) expect(got[p.name], p.name).toEqual(w[p.name]);
    expect(maxAbs(dlcOutput(model, got, x, 2), dlcOutput(model, w, x, 2))).toBe(0);
  });

  it('the imported file is what dlc build --weights takes', async () => {
    const r = await dlc(['build', models[0]!.file, '--weights', join(dir, 'bn_convnet-w.h5.safetensors'), '-o', join(dir, 'bundle')]);
    expect(r.code, r.err).toBe(0);
  });
});

describe('dlc import-weights: nested models and Keras 1 names', () => {
  it('a Keras 2 file with a nested base model (one group holding its layers\' weights) and Keras 1 _W/_b names', async () => {
    const dir = tempDir();
    const model = compileModelFile('models/transfer.ts').models.find((m) => m.name === 'transfer')!;
    const w = randomWeights(model, 4);
    // Keras puts the nested mnist_features model's weights in one group of its own; conv2d_1 named as Keras 1 did.
    const base = new Set(['conv2d', 'conv2d_1']);
    const nested = join(dir, 'nested2.h5');
    const h5 = (await import('h5wasm/node')).default;
    await h5.ready;
    const f = new h5.File(nested, 'w');
    const top = model.layers.filter((l) => !base.has(l.name) && model.params.some((p) => p.layer === l.name)).map((l) => l.name);
    f.create_attribute('layer_names', ['mnist_features', ...top]);
    const g = f.create_group('mnist_features');
    const names = model.params.filter((p) => base.has(p.layer)).map((p) => (p.layer === 'conv2d_1' ? `conv2d_1_${p.weight === 'kernel' ? 'W' : 'b'}_1:0` : `${p.layer}/${p.weight}:0`));
    g.create_attribute('weight_names', names);
    model.params.filter((p) => base.has(p.layer)).forEach((p, i) => {
      const parts = names[i]!.split('/');
      let at = g;
      for (const part of parts.slice(0, -1)) at = (at.get(part) as typeof g | null) ?? at.create_group(part);
      at.create_dataset({ name: parts.at(-1)!, data: w[p.name]!, shape: [...p.shape], dtype: '<f' });
    });
    for (const l of top) {
      const lg = f.create_group(l);
      const ps = model.params.filter((p) => p.layer === l);
      lg.create_attribute('weight_names', ps.map((p) => `${l}/${p.weight}:0`));
      const inner = lg.create_group(l);
      for (const p of ps) inner.create_dataset({ name: `${p.weight}:0`, data: w[p.name]!, shape: [...p.shape], dtype: '<f' });
    }
    f.close();
    const out = join(dir, 'w.safetensors');
    const r = await dlc(['import-weights', 'models/transfer.ts', nested, '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/conv2d_1\.kernel .*mnist_features\/conv2d_1_W_1:0 .* ok/);
    const got = readWeights(out);
    for (const p of model.params) expect(got[p.name], p.name).toEqual(w[p.name]);
    // The base model alone (--model), as a transfer-learning model file's weights: option reads it.
    const baseOut = join(dir, 'base.safetensors');
    const rb = await dlc(['import-weights', 'models/transfer.ts', nested, '-o', baseOut, '--model', 'mnist_features', '--allow-extra']);
    expect(rb.code, rb.err).toBe(0);
    expect(Object.keys(readWeights(baseOut)).sort()).toEqual(['conv2d.bias', 'conv2d.kernel', 'conv2d_1.bias', 'conv2d_1.kernel']);
  });
});

describe('dlc import-weights: a TF.js model.save() of the same architecture gives TF.js\'s outputs (and so does its ONNX export)', () => {
  /** The TF.js twin of a dlc model, named as dlc names its layers (Keras's own defaults). */
  const twins: Record<string, [string, () => tf.LayersModel]> = {
    bn_convnet: [CONVNET, () => tf.sequential({ layers: [
      tf.layers.conv2d({ name: 'conv2d', inputShape: [6, 6, 2], filters: 4, kernelSize: 3, activation: 'relu', padding: 'same' }),
      tf.layers.batchNormalization({ name: 'batch_normalization' }), tf.layers.maxPooling2d({ name: 'max_pooling2d', poolSize: 2 }),
      tf.layers.flatten({ name: 'flatten' }), tf.layers.dense({ name: 'dense', units: 8, activation: 'relu' }),
      tf.layers.batchNormalization({ name: 'batch_normalization_1' }), tf.layers.dense({ name: 'dense_1', units: 3, activation: 'softmax' }),
    ] })],
    small_lstm: [RECURRENT, () => tf.sequential({ layers: [
      // TF.js's LSTM default recurrent activation is hard sigmoid; Keras's (and dlc's) is sigmoid.
      tf.layers.lstm({ name: 'lstm', inputShape: [5, 3], units: 4, returnSequences: true, recurrentActivation: 'sigmoid' }),
      tf.layers.lstm({ name: 'lstm_1', units: 3, recurrentActivation: 'sigmoid' }), tf.layers.dense({ name: 'dense', units: 2 }),
    ] })],
  };

  it.each(Object.keys(twins))('%s', async (name) => {
    const dir = tempDir();
    const [src, build] = twins[name]!;
    const { file, model } = modelFile(dir, name, src);
    const keras = build();
    // Non-trivial moving statistics, so a mix-up of BN weights shows in the outputs.
    for (const l of keras.layers) {
      if (l.getClassName() !== 'BatchNormalization') continue;
      const [g, b, mean, vari] = l.getWeights();
      l.setWeights([g!, b!.add(0.1), tf.randomNormal(mean!.shape, 0, 0.5, 'float32', 1), tf.randomUniform(vari!.shape, 0.5, 2, 'float32', 2)]);
    }
    await keras.save(tf.io.withSaveHandler(async (a) => {
      const data = Array.isArray(a.weightData) ? new Uint8Array(await new Blob(a.weightData).arrayBuffer()) : new Uint8Array(a.weightData!);
      writeFileSync(join(dir, 'group1-shard1of1.bin'), data);
      writeJson(join(dir, 'model.json'), { modelTopology: a.modelTopology, format: a.format, weightsManifest: [{ paths: ['group1-shard1of1.bin'], weights: a.weightSpecs }] });
      return { modelArtifactsInfo: { dateSaved: new Date(0), modelTopologyType: 'JSON' } };
    }));
    const out = join(dir, 'w.safetensors');
    const r = await dlc(['import-weights', file, join(dir, 'model.json'), '-o', out]);
    expect(r.code, r.err).toBe(0);
    const x = input(model, 3);
    const theirs = await (keras.predict(tf.tensor(x, [3, ...model.inputs[0]!.shape])) as tf.Tensor).data();
    expect(maxAbs(dlcOutput(model, readWeights(out), x, 3), theirs)).toBeLessThan(1e-4);
    // And out again: the same weights exported to ONNX give TF.js's outputs in ONNX Runtime.
    const onnx = join(dir, 'model.onnx');
    const e = await dlc(['export', file, '--format', 'onnx', '--weights', out, '--batch', '3', '-o', onnx]);
    expect(e.code, e.err).toBe(0);
    const session = await ort.InferenceSession.create(readFileSync(onnx));
    const res = await session.run({ [model.inputs[0]!.name]: new ort.Tensor('float32', x as Float32Array, [3, ...model.inputs[0]!.shape]) });
    expect(maxAbs(res[model.outputs[0]!.name]!.data as Float32Array, theirs)).toBeLessThan(1e-4);
    await session.release();
  });
});

describe('dlc import-weights: bad input is reported and nothing is written', () => {
  const dir = tempDir();
  const { file, model } = modelFile(dir, 'bn_convnet', CONVNET);
  const w = randomWeights(model, 1);

  it('a file of another architecture: the table shows what is missing, extra and of another shape', async () => {
    const other = modelFile(dir, 'other', CONVNET.replace("name: 'bn_convnet'", "name: 'other'").replace('conv2d(4, 3', 'conv2d(5, 3').replace('dense(8,', 'dense(6,').replace(', batchNorm(), dense(3', ', dense(3'));
    const src = join(dir, 'other.h5');
    await writeKeras2(src, other.model, randomWeights(other.model, 2));
    const out = join(dir, 'never.safetensors');
    const r = await dlc(['import-weights', file, src, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/SHAPE/);
    expect(r.err).toMatch(/hint: the file's layer has 5 units\/filters, the model's 4/);
    expect(r.err).toMatch(/MISSING/);
    expect(r.err).toMatch(/nothing written/);
    expect(existsSync(out)).toBe(false);
  });

  it('a whole-model file whose config declares a layer of another kind, even at the same shapes', async () => {
    const src = join(dir, 'typed.h5');
    await writeKeras2(src, model, w, { whole: true, typeOf: (l) => (l.name === 'dense_1' ? 'EinsumDense' : l.type) });
    const out = join(dir, 'never.safetensors');
    const r = await dlc(['import-weights', file, src, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dense_1\.kernel .* TYPE\n +hint: the file's layer dense_1 is a EinsumDense, the model's dense_1 a Dense/);
    expect(r.err).toMatch(/matched 12, missing 0, shape mismatches 0, type mismatches 2/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['Keras 2 layout, superblock v0 (h5py\'s default)', writeKeras2],
    ['Keras 3 layout, superblock v2', writeKeras3],
  ] as const)('a truncated HDF5 file: %s', async (_what, write) => {
    const src = join(dir, 'full.h5');
    await write(src, model, w);
    const cut = join(dir, 'cut.h5');
    writeFileSync(cut, readFileSync(src).subarray(0, Math.floor(statSync(src).size / 2)));
    const out = join(dir, 'never.safetensors');
    const r = await dlc(['import-weights', file, cut, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error E_IMPORT_READ: .*cut\.h5 is truncated: it has \d+ bytes but its superblock says \d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('a name collision: a nested model and the outer model both have a layer named dense', async () => {
    const src = join(dir, 'collide.h5');
    // Keras 2 puts a nested model's weights in one group named after it, with its layers' names inside.
    await writeKeras2(src, model, w, { nameOf: (p) => (p.layer === 'dense_1' ? `dense/${p.weight}:0` : `${p.layer}/${p.weight}:0`) });
    const out = join(dir, 'never.safetensors');
    const r = await dlc(['import-weights', file, src, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/dense\.kernel .*COLLISION/);
    expect(existsSync(out)).toBe(false);
  });

  it('TF.js quantized (uint8) and float16 weights are dequantized; a short shard is refused', async () => {
    const d = tempDir();
    const mlp = modelFile(d, 'mlp', `import { sequential, dense } from 'dlc';\nexport default sequential({ name: 'mlp', input: [3], layers: [dense(2)] });\n`);
    const bytes = new Uint8Array([0, 1, 2, 3, 4, 5, 0, 0, 0, 0]);
    // float16 1.5 = 0x3e00 and -2 = 0xc000, little-endian, after the six uint8 values.
    new DataView(bytes.buffer).setUint16(6, 0x3e00, true);
    new DataView(bytes.buffer).setUint16(8, 0xc000, true);
    writeFileSync(join(d, 'q.bin'), bytes);
    const manifest = (paths: string[]) => ({ weightsManifest: [{ paths, weights: [
      { name: 'dense/kernel', shape: [3, 2], dtype: 'float32', quantization: { dtype: 'uint8', scale: 0.5, min: -1 } },
      { name: 'dense/bias', shape: [2], dtype: 'float32', quantization: { dtype: 'float16' } },
    ] }] });
    writeJson(join(d, 'model.json'), manifest(['q.bin']));
    const out = join(d, 'w.safetensors');
    const r = await dlc(['import-weights', mlp.file, join(d, 'model.json'), '-o', out]);
    expect(r.code, r.err).toBe(0);
    expect(readWeights(out)['dense.kernel']).toEqual(Float32Array.of(-1, -0.5, 0, 0.5, 1, 1.5));
    expect(readWeights(out)['dense.bias']).toEqual(Float32Array.of(1.5, -2));
    writeJson(join(d, 'graph.json'), { format: 'graph-model', ...manifest(['q.bin']) });
    const graph = await dlc(['import-weights', mlp.file, join(d, 'graph.json'), '-o', join(d, 'never.safetensors')]);
    expect(graph.err).toMatch(/E_IMPORT_READ: .*graph\.json is a TF\.js graph model/);
    writeFileSync(join(d, 'short.bin'), bytes.subarray(0, 7));
    writeJson(join(d, 'short.json'), manifest(['short.bin']));
    const bad = await dlc(['import-weights', mlp.file, join(d, 'short.json'), '-o', join(d, 'never.safetensors')]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/E_IMPORT_READ: .*weight 'dense\/bias' needs bytes 6–10 but the shards hold 7 \(truncated shard\?\)/);
    expect(existsSync(join(d, 'never.safetensors'))).toBe(false);
  });

  it('a file without every weight: refused, unless --allow-missing, which writes what matched', async () => {
    const d = tempDir();
    const mlp = modelFile(d, 'mlp', `import { sequential, dense } from 'dlc';\nexport default sequential({ name: 'mlp', input: [3], layers: [dense(2)] });\n`);
    writeFileSync(join(d, 'w.bin'), new Uint8Array(new Float32Array([1, 2, 3, 4, 5, 6]).buffer));
    writeJson(join(d, 'model.json'), { weightsManifest: [{ paths: ['w.bin'], weights: [{ name: 'dense/kernel', shape: [3, 2], dtype: 'float32' }] }] });
    const out = join(d, 'w.safetensors');
    const bad = await dlc(['import-weights', mlp.file, join(d, 'model.json'), '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/dense\.bias +\[2\] +— +MISSING/);
    expect(existsSync(out)).toBe(false);
    const ok = await dlc(['import-weights', mlp.file, join(d, 'model.json'), '-o', out, '--allow-missing']);
    expect(ok.code, ok.err).toBe(0);
    expect(Object.keys(readWeights(out))).toEqual(['dense.kernel']);
  });

  it('TF.js auto-named layers are reported with a --rename hint, and --rename maps them', async () => {
    const d = tempDir();
    const mlp = modelFile(d, 'mlp', `import { sequential, dense } from 'dlc';\nexport default sequential({ name: 'mlp', input: [3], layers: [dense(2)] });\n`);
    writeFileSync(join(d, 'w.bin'), new Uint8Array(new Float32Array([1, 2, 3, 4, 5, 6, 7, 8]).buffer));
    writeJson(join(d, 'model.json'), { weightsManifest: [{ paths: ['w.bin'], weights: [{ name: 'dense_Dense1/kernel', shape: [3, 2], dtype: 'float32' }, { name: 'dense_Dense1/bias', shape: [2], dtype: 'float32' }] }] });
    const out = join(d, 'w.safetensors');
    const bad = await dlc(['import-weights', mlp.file, join(d, 'model.json'), '-o', out]);
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/--rename dense_Dense1=dense/);
    expect(existsSync(out)).toBe(false);
    const ok = await dlc(['import-weights', mlp.file, join(d, 'model.json'), '-o', out, '--rename', 'dense_Dense1=dense']);
    expect(ok.code, ok.err).toBe(0);
    expect(readWeights(out)['dense.bias']).toEqual(Float32Array.of(7, 8));
  });
});

interface Row { name: string; params: number; weights: { name: string; weight: string; shape: number[]; kind: string }[] }

async function summary(file: string): Promise<{ layers: Row[] }[]> {
  const r = await dlc(['summary', file, '--json']);
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as { layers: Row[] } | { layers: Row[] }[];
  return Array.isArray(j) ? j : [j];
}

describe('dlc summary --json weights', () => {
  it.each(readdirSync('models').filter((f) => f.endsWith('.ts')))('%s: every param once, at its shape, adding up to the layer\'s count', async (f) => {
    const models = await summary(`models/${f}`);
    const program = compileModelFile(`models/${f}`);
    const params = new Map(program.models.flatMap((m) => m.params.map((p) => [p.name, p.shape.join(',')] as const)));
    const listed = new Set<string>();
    for (const m of models) {
      for (const l of m.layers) {
        expect(l.weights.reduce((s, w) => s + numel(w.shape), 0)).toBe(l.params);
        for (const w of l.weights) {
          expect(w.name).toBe(`${l.name}.${w.weight}`);
          expect(params.get(w.name)).toBe(w.shape.join(','));
          listed.add(w.name);
        }
      }
    }
    expect([...listed].sort()).toEqual([...params.keys()].sort());
  });

  it('batch norm lists gamma, beta, then its moving statistics as state', async () => {
    const [m] = await summary('models/mnist_batchnorm.ts');
    const bn = m!.layers.find((l) => l.name === 'batch_normalization')!;
    expect(bn.weights.map((w) => `${w.weight}:${w.kind}`)).toEqual(['gamma:param', 'beta:param', 'moving_mean:state', 'moving_variance:state']);
  });

  it('build --help documents --weights as any <layer>.<weight> safetensors', async () => {
    const { out } = await dlc(['build', '--help']);
    expect(out).toMatch(/<layer>\.<weight>/);
    expect(out).toMatch(/import-weights/);
  });
});
