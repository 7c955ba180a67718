/**
 * @file GFLOP/s of dlc's matmul and conv kernels, forward and the two conv gradients training runs
 * (each shape compiled as a one-op graph through the fusing pipeline, so conv2d runs the fused-conv
 * kernel models get), medians on the current device.
 *
 *   npx tsx bench/kernels.ts [--samples N] [--reps R]
 *
 * Each sample encodes R back-to-back calls and waits for the device; the median sample gives the rate.
 */
import { compileProgramPlan } from '../src/codegen/plan.ts';
import type { Graph } from '../src/ir/index.ts';
import { newGraph } from '../src/ops/registry.ts';
import { fuseGraph } from '../src/passes/fuse.ts';
import { acquireDevice, describeAdapter, loadPlan } from '../src/runtime/index.ts';

interface Case {
  readonly name: string;
  readonly flops: number;
  readonly graph: Graph;
}

function matmulCase(m: number, k: number, n: number): Case {
  const b = newGraph('mm');
  const y = b.op('matmul', [b.input('a', { dtype: 'f32', shape: [m, k] }), b.input('b', { dtype: 'f32', shape: [k, n] })], { transposeA: false, transposeB: false });
  b.output('y', y);
  return { name: `matmul ${m}×${k}·${k}×${n}`, flops: 2 * m * n * k, graph: b.build() };
}

function convCase(batch: number, h: number, cin: number, cout: number, k: number): Case {
  const b = newGraph('conv');
  const x = b.input('x', { dtype: 'f32', shape: [batch, h, h, cin] });
  const w = b.input('w', { dtype: 'f32', shape: [k, k, cin, cout] });
  b.output('y', b.op('conv2d', [x, w], { strides: [1, 1], padding: 'same', dilations: [1, 1] }));
  return { name: `conv2d ${batch}×${h}×${h}×${cin}→${cout} ${k}×${k}`, flops: 2 * batch * h * h * cout * cin * k * k, graph: b.build() };
}

/** The conv's filter gradient (x [batch,h,h,cin], dy of a 'same' conv) or input gradient. */
function convGradCase(op: 'conv2d_backprop_filter' | 'conv2d_transpose', batch: number, h: number, cin: number, cout: number, k: number): Case {
  const b = newGraph(op);
  const geo = { strides: [1, 1], padding: 'same', dilations: [1, 1] };
  const dy = b.input('dy', { dtype: 'f32', shape: [batch, h, h, cout] });
  const y =
    op === 'conv2d_backprop_filter'
      ? b.op(op, [b.input('x', { dtype: 'f32', shape: [batch, h, h, cin] }), dy], { ...geo, filterShape: [k, k, cin, cout] })
      : b.op(op, [dy, b.input('w', { dtype: 'f32', shape: [k, k, cin, cout] })], { ...geo, outputShape: [h, h] });
  b.output('y', y);
  const name = op === 'conv2d_transpose' ? 'conv2d_transpose' : 'backprop_filter';
  return { name: `${name} ${batch}×${h}×${h}×${cin}→${cout} ${k}×${k}`, flops: 2 * batch * h * h * cout * cin * k * k, graph: b.build() };
}

const CASES: readonly Case[] = [
  matmulCase(1, 1600, 64),
  matmulCase(64, 64, 64),
  matmulCase(128, 127, 129),
  matmulCase(256, 256, 256),
  convCase(1, 28, 1, 32, 3),
  convCase(1, 32, 16, 16, 3),
  convCase(4, 16, 32, 32, 3),
  matmulCase(4, 784, 128),
  convGradCase('conv2d_backprop_filter', 4, 32, 3, 16, 3),
  convGradCase('conv2d_backprop_filter', 4, 8, 64, 64, 3),
  convGradCase('conv2d_transpose', 4, 16, 32, 32, 3),
];

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

async function main(): Promise<void> {
  const samples = flag('samples', 5);
  const reps = flag('reps', 5);
  const gpu = await acquireDevice();
  console.log(`device: ${describeAdapter(gpu.adapter)}; median of ${samples} samples × ${reps} calls`);
  for (const c of CASES) {
    const exe = await loadPlan(gpu.device, compileProgramPlan(c.graph, { fusion: fuseGraph(c.graph) }).plan);
    const feeds = Object.fromEntries(exe.inputs.map((i) => [i.name, Float32Array.from({ length: i.length }, (_, j) => Math.sin(j))]));
    await exe.run(feeds, { read: [] });
    const times: number[] = [];
    for (let s = 0; s < samples; s++) {
      const t0 = performance.now();
      for (let r = 0; r < reps; r++) await exe.run(feeds, { read: [] });
      times.push((performance.now() - t0) / reps);
    }
    const ms = times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    console.log(`${c.name.padEnd(40)} ${ms.toFixed(2).padStart(9)} ms  ${(c.flops / ms / 1e6).toFixed(3).padStart(8)} GFLOP/s`);
    exe.destroy();
  }
  gpu.destroy();
  await gpu.lost;
}

await main();
