/**
 * @file The fused-reduction forms on this device, interleaved (fused-reduce.ts, usesTree): for the
 * bench models' long reductions with many outputs (bias gradients over the batch, row sums), the
 * per-output loop that software targets now get against the workgroup tree they had, each kernel
 * the same prologue and epilogue, medians of interleaved rounds; outputs checked equal first.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/reduce-ab.ts [--rounds 15] [--reps 5]
 */
import { loadavg } from 'node:os';
import { compileProgramPlan } from '../src/codegen/plan.ts';
import { targetOf, type KernelTarget } from '../src/codegen/target.ts';
import type { Graph } from '../src/ir/index.ts';
import { newGraph } from '../src/ops/registry.ts';
import { fuseGraph } from '../src/passes/fuse.ts';
import { acquireDevice, describeAdapter, loadPlan, type Executable } from '../src/runtime/index.ts';
import { randomData } from './init-weights.ts';
import { quantile } from './stats.ts';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

const SHAPES: readonly { name: string; shape: number[]; axes: number[] }[] = [
  { name: 'dense_autoencoder bias grad [256, 784] → [784]', shape: [256, 784], axes: [0] },
  { name: 'dense_autoencoder bias grad [256, 128] → [128]', shape: [256, 128], axes: [0] },
  { name: 'row sum [256, 784] → [256]', shape: [256, 784], axes: [1] },
  { name: 'mnist_mlp bias grad [1024, 128] → [128]', shape: [1024, 128], axes: [0] },
];

function graph(shape: number[], axes: number[]): Graph {
  const b = newGraph('reduce_ab');
  const x = b.input('x', { dtype: 'f32', shape });
  const r = b.op('reduce_sum', [b.op('mul', [x, b.op('constant', [], { value: 2, dtype: 'f32', shape: [] })])], { axes, keepDims: false });
  b.output('y', b.op('add', [r, b.input('bias', r.type)]));
  return b.build();
}

async function load(device: GPUDevice, g: Graph, target: KernelTarget): Promise<Executable> {
  return loadPlan(device, compileProgramPlan(g, { fusion: fuseGraph(g), target }).plan);
}

async function main(): Promise<void> {
  const rounds = arg('rounds', 15);
  const reps = arg('reps', 5);
  const gpu = await acquireDevice();
  const software = targetOf({ vendor: 'software', architecture: 'cpu', isSoftware: true });
  const tree = targetOf({ vendor: 'any', architecture: 'gpu', isSoftware: false });
  console.log(`device: ${describeAdapter(gpu.adapter)}; load ${loadavg()[0]!.toFixed(1)}; ${rounds} rounds × ${reps} dispatches`);
  console.log('| reduction | loop ms | tree ms | loop/tree |\n| --- | ---: | ---: | ---: |');
  for (const s of SHAPES) {
    const g = graph(s.shape, s.axes);
    const x = randomData(s.shape.reduce((a, d) => a * d, 1), 3);
    const nOut = s.shape.filter((_, i) => !s.axes.includes(i)).reduce((a, d) => a * d, 1);
    const exes = [await load(gpu.device, g, software), await load(gpu.device, g, tree)];
    for (const e of exes) await e.setParams({});
    const feeds = { x, bias: randomData(nOut, 5) };
    const outs = await Promise.all(exes.map(async (e) => (await e.run(feeds)).y as Float32Array));
    const diff = Math.max(...outs[0]!.map((v, i) => Math.abs(v - outs[1]![i]!) / (1 + Math.abs(v))));
    if (!(diff <= 1e-4)) throw new Error(`${s.name}: loop and tree differ by ${diff}`);
    const times: number[][] = [[], []];
    for (let r = 0; r < rounds; r++) {
      for (const k of r % 2 === 0 ? [0, 1] : [1, 0]) {
        const t0 = performance.now();
        for (let i = 1; i < reps; i++) void exes[k]!.run(feeds, { wait: false });
        await exes[k]!.run(feeds);
        times[k]!.push((performance.now() - t0) / reps);
      }
    }
    const [a, b] = times.map((t) => quantile(t.sort((p, q) => p - q), 0.5));
    console.log(`| ${s.name} | ${a!.toFixed(2)} | ${b!.toFixed(2)} | ${(a! / b!).toFixed(2)} |`);
    for (const e of exes) e.destroy();
  }
  console.log(`load at end ${loadavg()[0]!.toFixed(1)}`);
  gpu.destroy();
  await gpu.lost;
}

await main();
