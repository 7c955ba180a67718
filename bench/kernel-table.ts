/**
 * @file Kernel table: GFLOP/s of dlc's matmul and conv2d kernels (a one-op graph, compiled and run
 * through loadPlan) against TF.js WebGPU's tf.matMul / tf.conv2d on the same GPUDevice. Each timed
 * sample is `reps` back-to-back dispatches followed by onSubmittedWorkDone on that device.
 */
import type * as TF from '@tensorflow/tfjs';
import { compilePlan } from '../src/codegen/plan.ts';
import { newGraph } from '../src/ops/registry.ts';
import { loadPlan } from '../src/runtime/index.ts';
import { message } from './dlc-runner.ts';
import { tfGpuIdle, useBackend, type Tf } from './devices.ts';
import { randomData } from './init-weights.ts';
import { timeRuns } from './stats.ts';
import type { KernelRow, Timing } from './types.ts';

export interface KernelShape {
  readonly op: 'matmul' | 'conv2d';
  /** matmul: [m, k, n]; conv2d: [batch, h, w, cin, cout, kernel]. */
  readonly dims: readonly number[];
}

export const QUICK_SHAPES: readonly KernelShape[] = [
  { op: 'matmul', dims: [64, 64, 64] }, { op: 'matmul', dims: [128, 784, 128] }, { op: 'matmul', dims: [256, 256, 256] },
  { op: 'conv2d', dims: [1, 28, 28, 1, 32, 3] }, { op: 'conv2d', dims: [1, 16, 16, 16, 16, 3] },
];

export const FULL_SHAPES: readonly KernelShape[] = [
  { op: 'matmul', dims: [128, 784, 128] }, { op: 'matmul', dims: [256, 256, 256] }, { op: 'matmul', dims: [512, 512, 512] },
  { op: 'matmul', dims: [1024, 1024, 1024] }, { op: 'matmul', dims: [2048, 2048, 2048] },
  { op: 'conv2d', dims: [64, 28, 28, 1, 32, 3] }, { op: 'conv2d', dims: [64, 13, 13, 32, 64, 3] },
  { op: 'conv2d', dims: [128, 32, 32, 16, 16, 3] }, { op: 'conv2d', dims: [128, 8, 8, 64, 64, 3] },
];

/** On a real GPU (bench/gpu.sh, `--gpu-shapes`): the full table and the 4096³ matmul (#20: ≥ 30 % of the GPU's f32 peak). */
export const GPU_SHAPES: readonly KernelShape[] = [...FULL_SHAPES, { op: 'matmul', dims: [4096, 4096, 4096] }];

/** Shapes of the operands and the flop count (a multiply-add is 2 flops; 'valid' conv, stride 1). */
function geometry(s: KernelShape): { a: number[]; b: number[]; flops: number; label: string } {
  if (s.op === 'matmul') {
    const [m, k, n] = s.dims as [number, number, number];
    return { a: [m, k], b: [k, n], flops: 2 * m * k * n, label: `${m}×${k}×${n}` };
  }
  const [nb, h, w, cin, cout, kk] = s.dims as [number, number, number, number, number, number];
  const [oh, ow] = [h - kk + 1, w - kk + 1];
  return { a: [nb, h, w, cin], b: [kk, kk, cin, cout], flops: 2 * nb * oh * ow * kk * kk * cin * cout, label: `N${nb} ${h}×${w}×${cin} → ${cout}, ${kk}×${kk}` };
}

async function timeDlc(device: GPUDevice, s: KernelShape, reps: number, warmup: number, runs: number): Promise<Timing> {
  const g = geometry(s);
  const b = newGraph(`bench_${s.op}`);
  const a = b.param('a', { dtype: 'f32', shape: g.a });
  const w = b.param('b', { dtype: 'f32', shape: g.b });
  const y = s.op === 'matmul' ? b.op('matmul', [a, w], {}) : b.op('conv2d', [a, w], { strides: [1, 1], padding: 'valid', dilations: [1, 1] });
  b.output('y', y);
  const exe = await loadPlan(device, compilePlan(b.build()));
  await exe.setParams({ a: randomData(g.a.reduce((x, z) => x * z, 1), 1), b: randomData(g.b.reduce((x, z) => x * z, 1), 2) });
  const sample = async (): Promise<void> => {
    for (let i = 0; i < reps - 1; i++) await exe.run({}, { read: [], wait: false });
    await exe.run({}, { read: [] });
  };
  const t = await timeRuns(sample, warmup, runs);
  exe.destroy();
  return t;
}

async function timeTf(tf: Tf, s: KernelShape, reps: number, warmup: number, runs: number): Promise<Timing> {
  const g = geometry(s);
  const a = tf.tensor(randomData(g.a.reduce((x, z) => x * z, 1), 1), g.a);
  const w = tf.tensor(randomData(g.b.reduce((x, z) => x * z, 1), 2), g.b);
  const op = (): TF.Tensor => (s.op === 'matmul' ? tf.matMul(a as TF.Tensor2D, w as TF.Tensor2D) : tf.conv2d(a as TF.Tensor4D, w as TF.Tensor4D, 1, 'valid'));
  const sample = async (): Promise<void> => {
    for (let i = 0; i < reps; i++) op().dispose();
    await tfGpuIdle(tf);
  };
  const t = await timeRuns(sample, warmup, runs);
  tf.dispose([a, w]);
  return t;
}

const gflops = (flops: number, reps: number, t: Timing | undefined): number | undefined => (t ? (flops * reps) / (t.medianMs * 1e6) : undefined);

/** One row per shape; a side that fails keeps the row with its error. */
export async function kernelTable(device: GPUDevice, tf: Tf | undefined, shapes: readonly KernelShape[], o: { reps: number; warmup: number; runs: number }): Promise<KernelRow[]> {
  if (tf) await useBackend(tf, 'webgpu');
  const rows: KernelRow[] = [];
  for (const s of shapes) {
    const g = geometry(s);
    const errors: string[] = [];
    const dlc = await timeDlc(device, s, o.reps, o.warmup, o.runs).catch((e: unknown) => void errors.push(`dlc: ${message(e)}`));
    const tfjs = tf ? await timeTf(tf, s, o.reps, o.warmup, o.runs).catch((e: unknown) => void errors.push(`tfjs: ${message(e)}`)) : undefined;
    rows.push({
      op: s.op, shape: g.label, flops: g.flops, dlc: dlc ?? undefined, tfjs: tfjs ?? undefined,
      dlcGflops: gflops(g.flops, o.reps, dlc ?? undefined), tfjsGflops: gflops(g.flops, o.reps, tfjs ?? undefined),
      ...(errors.length ? { error: errors.join('; ') } : {}),
    });
  }
  return rows;
}
