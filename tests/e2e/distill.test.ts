/**
 * @file Distillation (`distiller({ teacher, student, alpha, temperature })`): the step's loss is Keras's
 * Distiller formula (checked against a definition written here, on the interpreter), its compiled
 * gradients match float64 finite differences, the teacher gets no gradients or optimizer slots, and a
 * short run lowers the loss while the teacher's weights stay bit-identical to its checkpoint.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compilePlan } from '../../src/codegen/plan.ts';
import { compileTraining } from '../../src/compile.ts';
import { compileModelFile, distillerModel, type CompiledModel, type Program } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { loadPlan } from '../../src/runtime/index.ts';
import { saveCheckpoint } from '../../src/train/checkpoint.ts';
import { initialWeights } from '../../src/train/init.ts';
import { loadData } from '../../src/data/load.ts';
import { train } from '../../src/train/loop.ts';
import { stepFeeds } from './train-helpers.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();

// The teacher ends in softmax (its logits are the softmax's input) and has batch norm (moving
// statistics in inference mode); the student emits logits and has dropout (training mode).
const SRC = `import { sequential, dense, batchNorm, dropout, adam, synthetic, distiller, sparseCategoricalCrossentropy } from 'dlc';
const data = synthetic({ kind: 'gaussianMixture', features: 4, classes: 3, sparse: true, samples: 64 });
export const teacher = sequential({
  name: 'teacher', input: [4],
  layers: [dense(8, { activation: 'tanh' }), batchNorm(), dense(3, { activation: 'softmax' })],
  train: { data, loss: 'sparseCategoricalCrossentropy', optimizer: adam() },
});
export const student = sequential({
  name: 'student', input: [4],
  layers: [dense(5, { activation: 'tanh' }), dropout(0.25), dense(3)],
  train: { data, loss: sparseCategoricalCrossentropy({ fromLogits: true }), optimizer: adam({ learningRate: 0.05 }), batchSize: 8, epochs: 4 },
});
export default distiller({ name: 'tiny_distill', teacher, student, alpha: 0.3, temperature: 2.5, teacherWeights: 'teacher.safetensors' });
`;

const ALPHA = 0.3;
const T = 2.5;

/** The file, with a teacher checkpoint of seeded weights (moving statistics made non-trivial) beside it. */
function setup(): { program: Program; model: CompiledModel; teacherWeights: Record<string, Float32Array> } {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-distill-'));
  writeFileSync(join(dir, 'tiny.ts'), SRC);
  const program = compileModelFile(join(dir, 'tiny.ts'));
  const d = program.distiller!;
  const w = initialWeights(d.teacher.params, 11);
  for (const p of d.teacher.params) if (p.kind === 'state') w[p.name] = Float32Array.from(w[p.name]!, (_, i) => (p.name.endsWith('moving_mean') ? 0.1 * (i - 3) : 0.5 + 0.25 * i));
  const tensors = new Map(d.teacher.params.map((p) => [p.name, { dtype: 'f32' as const, shape: [...p.shape], data: w[p.name]! }]));
  saveCheckpoint(join(dir, 'teacher.safetensors'), { model: 'teacher', tensors, loop: { epoch: 1, step: 1, seed: 0, bestValLoss: null, badEpochs: 0, history: [] } });
  return { program, model: distillerModel(d), teacherWeights: w };
}

const softmax = (row: readonly number[]): number[] => {
  const m = Math.max(...row);
  const e = row.map((v) => Math.exp(v - m));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / s);
};

describe('distillation', () => {
  it("the step's loss is α·hard + (1 − α)·T²·KLD(softmax(t/T), softmax(s/T)), the teacher frozen", () => {
    const { program, model, teacherWeights } = setup();
    const d = program.distiller!;
    expect(program.main.name).toBe('student');
    const batch = 8;
    const data = { xShape: [4], yShape: [], yDtype: 'i32' as const, resident: batch };
    const labels = [0, 2, 1, 1, 0, 2, 2, 1];
    const prog = compileTraining(model, { batch, data, seed: 3, after: 'loss' });
    const feeds = { ...stepFeeds(model, prog.graph, 5, { 'data/y': labels, idx: [0, 1, 2, 3, 4, 5, 6, 7], step: [4] }), ...teacherWeights };
    const loss = interpret(prog.graph, feeds, { precision: 'f64' }).loss!.data[0]!;
    // The definition, from each model's own graph on the same batch: the student in training mode (its
    // dropout mask is counter-based, so the same), the teacher in inference mode.
    const x = feeds['data/x']!;
    const sGraph = d.student.graph(batch, { training: true, seed: 3 });
    const sIn = sGraph.args.find((a) => a.kind === 'input' && a.name !== 'step')!.name;
    const s = interpret(sGraph, { ...feeds, [sIn]: x }, { precision: 'f64' });
    const tGraph = d.teacher.graph(batch);
    const tIn = tGraph.args.find((a) => a.kind === 'input')!.name;
    const t = interpret(tGraph, { ...feeds, [tIn]: x }, { precision: 'f64' });
    const sOut = Object.entries(s).find(([k]) => !k.startsWith('update/'))![1].data;
    const tOut = Object.values(t)[0]!.data;
    let hard = 0;
    let kld = 0;
    for (let r = 0; r < batch; r++) {
      const sl = Array.from(sOut.subarray(r * 3, r * 3 + 3));
      const tp = Array.from(tOut.subarray(r * 3, r * 3 + 3)); // probabilities: the teacher ends in softmax
      hard -= Math.log(softmax(sl)[labels[r]!]!) / batch;
      const pt = softmax(tp.map((p) => Math.log(p) / T)).map((p) => Math.min(Math.max(p, 1e-7), 1));
      const ps = softmax(sl.map((v) => v / T)).map((p) => Math.min(Math.max(p, 1e-7), 1));
      kld += pt.reduce((acc, p, i) => acc + p * Math.log(p / ps[i]!), 0) / batch;
    }
    expect(kld).toBeGreaterThan(1e-3);
    expect(Math.abs(loss - (ALPHA * hard + (1 - ALPHA) * T * T * kld))).toBeLessThan(1e-9 + 1e-9 * loss);
    // Frozen: no gradient is taken, and no optimizer slot made, for any teacher weight.
    const step = compileTraining(model, { batch, data, seed: 3, after: 'optimizer' });
    const teacherNames = new Set(d.teacher.params.map((p) => p.name));
    expect(step.trainable.some((n) => teacherNames.has(n))).toBe(false);
    expect(step.trainable).toEqual(d.student.params.filter((p) => p.trainable).map((p) => p.name));
    expect(step.graph.args.filter((a) => a.name.startsWith('opt/') && [...teacherNames].some((n) => a.name.startsWith(`opt/${n}/`)))).toEqual([]);
    expect(step.graph.outputs.filter((o) => teacherNames.has(o.name.replace(/^update\//, '')))).toEqual([]);
  });

  it('compiled gradients match float64 finite differences of the distillation loss', async () => {
    const { model, teacherWeights } = setup();
    const batch = 4;
    const data = { xShape: [4], yShape: [], yDtype: 'i32' as const, resident: batch };
    const lossGraph = compileTraining(model, { batch, data, seed: 2, after: 'loss' }).graph;
    const gradProg = compileTraining(model, { batch, data, seed: 2, after: 'autodiff' });
    const feeds = { ...stepFeeds(model, gradProg.graph, 7, { 'data/y': [0, 2, 1, 1], idx: [0, 1, 2, 3], step: [9] }), ...teacherWeights };
    const exe = await loadPlan(gpu.device, compilePlan(gradProg.graph));
    await exe.setParams(Object.fromEntries(exe.params.map((p) => [p.name, feeds[p.name]!])));
    const grads = await exe.run(Object.fromEntries(exe.inputs.map((i) => [i.name, feeds[i.name]!])));
    expect(Object.keys(grads).filter((k) => k.startsWith('grad/')).sort()).toEqual(gradProg.trainable.map((n) => `grad/${n}`).sort());
    const lossAt = (f: typeof feeds): number => interpret(lossGraph, f, { precision: 'f64' }).loss!.data[0]!;
    const h = 1e-4;
    let checked = 0;
    for (const p of gradProg.trainable) {
      const base = Float64Array.from(feeds[p]!);
      for (const k of [0, Math.floor(base.length / 2), base.length - 1]) {
        const plus = Float64Array.from(base);
        const minus = Float64Array.from(base);
        plus[k]! += h;
        minus[k]! -= h;
        const fd = (lossAt({ ...feeds, [p]: plus as unknown as Float32Array }) - lossAt({ ...feeds, [p]: minus as unknown as Float32Array })) / (2 * h);
        const got = grads[`grad/${p}`]![k]!;
        expect(Math.abs(got - fd) / (Math.abs(fd) + 1e-3), `${p}[${k}]: compiled ${got}, finite difference ${fd}`).toBeLessThan(1e-2);
        checked++;
      }
    }
    expect(checked).toBe(12);
    exe.destroy();
  });

  it('a short run lowers the loss and leaves the teacher bit-identical', async () => {
    const { model, teacherWeights } = setup();
    const t = model.train!;
    const dataset = await loadData(t.data!);
    const r = await train({ device: gpu.device, model, dataset, epochs: 4, batch: 8, seed: 1, loss: t.loss, optimizer: t.optimizer });
    expect(r.diverged).toBeNull();
    const losses = r.history.map((h) => h.loss);
    expect(losses.every(Number.isFinite)).toBe(true);
    expect(losses[losses.length - 1]!).toBeLessThan(0.8 * losses[0]!);
    for (const [name, w] of Object.entries(teacherWeights)) expect(Buffer.from(r.weights[name]!.buffer).equals(Buffer.from(w.buffer)), name).toBe(true);
    expect(typeof r.testAccuracy === 'number' || r.testAccuracy === null).toBe(true);
  });
});
