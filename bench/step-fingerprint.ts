/**
 * @file Training-step fingerprint for before/after comparisons of codegen changes (#20 extras):
 * trains a few models a few steps on WebGPU from fixed weights and data, and runs one step in the
 * reference interpreter, then writes every loss and every param/state value (JSON). Run it from two
 * checkouts and compare with `--compare`:
 *   npx tsx bench/step-fingerprint.ts <tree> <out.json>        (tree: a checkout's root, e.g. an unpacked `git archive`)
 *   npx tsx bench/step-fingerprint.ts --compare <a.json> <b.json> [summary.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface ModelPrint {
  dispatches: number;
  copies: number;
  losses: number[];
  params: Record<string, number[]>;
  interpreted: Record<string, number[]>;
}

const SMALL_RELU_POOL = `import { sequential, conv2d, maxPool2d, flatten, dense, adam, synthetic } from 'dlc';
export default sequential({
  name: 'small_relu_pool',
  input: [6, 6, 2],
  layers: [conv2d(3, 3, { activation: 'relu', padding: 'same' }), maxPool2d({ poolSize: 2 }), flatten(), dense(3, { activation: 'softmax' })],
  train: { data: synthetic({ kind: 'images', shape: [6, 6, 2], classes: 3, sparse: true, samples: 12 }), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.01 }), batchSize: 4 },
});
`;

async function fingerprint(tree: string): Promise<Record<string, ModelPrint>> {
  const root = resolve(tree);
  const { compileTraining } = await import(join(root, 'src/compile.ts'));
  const { compileModelFile } = await import(join(root, 'src/frontend/index.ts'));
  const { deviceTarget } = await import(join(root, 'src/codegen/target.ts'));
  const { acquireDevice, loadPlan } = await import(join(root, 'src/runtime/index.ts'));
  const { interpret } = await import(join(root, 'src/reference/interpret.ts'));
  const { modelFromSource, stepFeeds } = await import(join(root, 'tests/e2e/train-helpers.ts'));
  const h = await acquireDevice();
  const target = deviceTarget(h.device);
  // [name, model, classes, resident samples, one-hot (f32) targets rather than class indices]
  const cases: [string, () => any, number, number, boolean][] = [
    ['iris_mlp', () => compileModelFile(join(root, 'models/iris_mlp.ts')).main, 3, 24, false],
    ['mnist_mlp', () => compileModelFile(join(root, 'models/mnist_mlp.ts')).main, 10, 16, true],
    ['mnist_cnn', () => compileModelFile(join(root, 'models/mnist_cnn.ts')).main, 10, 8, false],
    ['small_relu_pool', () => modelFromSource('small_relu_pool', SMALL_RELU_POOL), 3, 12, false],
  ];
  const result: Record<string, ModelPrint> = {};
  for (const [name, mk, classes, samples, dense] of cases) {
    const m = mk();
    const data = dense ? { xShape: m.inputs[0].shape, yShape: [classes], yDtype: 'f32', resident: samples } : { xShape: m.inputs[0].shape, yShape: [], yDtype: 'i32', resident: samples };
    const prog = compileTraining(m, { batch: 4, seed: 7, data, target });
    const labels = Array.from({ length: samples }, (_, i) => (i * 7) % classes);
    const y = dense ? labels.flatMap((l) => Array.from({ length: classes }, (_, c) => (c === l ? 1 : 0))) : labels;
    const feeds = stepFeeds(m, prog.graph, 3, { 'data/y': y, 'opt/lr': [m.train.optimizer.learningRate] });
    const stepFeed = (s: number): Record<string, unknown> => ({ ...feeds, idx: Int32Array.from([(5 + s) % samples, s, (11 - s) % samples, (2 * s) % samples]), 'opt/t': [s + 1], step: [s] });
    const interpreted = Object.fromEntries(Object.entries(interpret(prog.graph, stepFeed(0)) as Record<string, { data: ArrayLike<number> }>).map(([k, v]) => [k, Array.from(v.data)]));
    const exe = await loadPlan(h.device, prog.plan);
    await exe.setParams(Object.fromEntries(exe.params.map((p: { name: string }) => [p.name, feeds[p.name]])));
    const losses: number[] = [];
    for (let s = 0; s < 3; s++) {
      const f = stepFeed(s);
      const o = await exe.run(Object.fromEntries(exe.inputs.map((i: { name: string }) => [i.name, f[i.name]])), { read: ['loss'] });
      losses.push(o.loss[0]);
    }
    const params = await exe.readParams();
    const kept = Object.entries(params as Record<string, ArrayLike<number>>).filter(([k]) => !k.startsWith('data/'));
    result[name] = { dispatches: prog.plan.dispatches.length, copies: prog.plan.updates.length, losses, params: Object.fromEntries(kept.map(([k, v]) => [k, Array.from(v)])), interpreted };
    exe.destroy();
    console.log(`${name}: ${prog.plan.dispatches.length} dispatches, ${prog.plan.updates.length} copies, losses ${losses.join(', ')}`);
  }
  h.destroy();
  await h.lost;
  return result;
}

/** Per model: counts before → after and how many values differ (exactly) on the GPU and in the interpreter. */
function compare(a: Record<string, ModelPrint>, b: Record<string, ModelPrint>): Record<string, unknown> {
  const differing = (x: Record<string, number[]>, y: Record<string, number[]>): { tensors: number; values: number; differing: number; missing: string[] } => {
    let values = 0;
    let diff = 0;
    for (const [k, v] of Object.entries(x)) v.forEach((e, i) => { values++; if (!Object.is(e, y[k]?.[i])) diff++; });
    return { tensors: Object.keys(x).length, values, differing: diff, missing: Object.keys(x).filter((k) => !(k in y)) };
  };
  return Object.fromEntries(Object.keys(a).map((m) => [m, {
    dispatches: `${a[m]!.dispatches} → ${b[m]!.dispatches}`,
    copies: `${a[m]!.copies} → ${b[m]!.copies}`,
    lossesEqual: JSON.stringify(a[m]!.losses) === JSON.stringify(b[m]!.losses),
    gpuAfter3Steps: differing(a[m]!.params, b[m]!.params),
    interpreterOneStep: differing(a[m]!.interpreted, b[m]!.interpreted),
  }]));
}

const args = process.argv.slice(2);
if (args[0] === '--compare') {
  const read = (p: string): Record<string, ModelPrint> => JSON.parse(readFileSync(p, 'utf8'));
  const summary = compare(read(args[1]!), read(args[2]!));
  console.log(JSON.stringify(summary, null, 2));
  if (args[3]) writeFileSync(args[3], `${JSON.stringify(summary, null, 2)}\n`);
} else {
  writeFileSync(args[1]!, JSON.stringify(await fingerprint(args[0]!)));
}
