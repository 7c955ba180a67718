/**
 * @file The training step of a model file as compiled (no GPU): graph ops, kernels, dispatches,
 * workgroups, and the largest kernel's WGSL size, with the depthwise ops listed. Used to compare
 * depthwise lowerings (bench/results/2026-12-02-h23d-depthwise.md).
 *
 *   npx tsx bench/depthwise-step.ts <model.ts> [batch]
 */
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { loadDataset } from '../src/data/load.ts';

const [file, batchArg] = process.argv.slice(2);
if (!file) throw new Error('usage: npx tsx bench/depthwise-step.ts <model.ts> [batch]');
const model = compileModelFile(file).main;
const cfg = model.train!.data!;
const d = loadDataset(cfg, { trainLimit: 1, testLimit: 1 });
const batch = Number(batchArg ?? model.train!.batchSize ?? 32);
const step = compileTraining(model, { batch, data: { xShape: d.xShape, yShape: d.yShape, yDtype: d.yDtype }, seed: 0 });
const plan = step.plan!;
const ops = new Map<string, number>();
for (const n of step.graph.nodes) ops.set(n.op, (ops.get(n.op) ?? 0) + 1);
const workgroups = plan.dispatches.reduce((s, x) => s + x.workgroups[0] * x.workgroups[1] * x.workgroups[2], 0);
const largest = Math.max(...plan.kernels.map((k) => k.code.length));
console.log(JSON.stringify({
  model: model.name, batch, graphOps: step.graph.nodes.length, kernels: plan.kernels.length, dispatches: plan.dispatches.length, workgroups, largestKernelChars: largest,
  depthwiseOps: Object.fromEntries([...ops].filter(([k]) => k.includes('depthwise') || k === 'conv2d' || k === 'conv2d_backprop_filter' || k === 'conv2d_transpose' || k === 'constant')),
}));
