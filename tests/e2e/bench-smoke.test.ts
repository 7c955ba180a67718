/** @file The benchmark harness's writers on fake numbers: well-formed JSON and markdown, ratios dlc/peer. No timing is measured. */
import { describe, expect, it } from 'vitest';
import { handRatio, ratiosOf, resultName, toJson, toMarkdown, versusRatios } from '../../bench/report.ts';
import { quantile, summarise } from '../../bench/stats.ts';
import { interleavedPair, pairedRatio } from '../../bench/train-pair.ts';
import type { BenchRun, ModelResult, VersusRow } from '../../bench/types.ts';

const t = (m: number) => ({ medianMs: m, p10Ms: m * 0.9, p90Ms: m * 1.2, runs: 5, warmup: 1 });

const models: ModelResult[] = [
  {
    model: 'iris_mlp', file: 'models/iris_mlp.ts', batch: 16, params: 707,
    systems: [
      { system: 'dlc', train: t(2), infer: t(1), trainDispatches: 10, inferDispatches: 3, pipelines: 8, peakGpuBytes: 2 ** 20, coldStartMs: 50 },
      { system: 'tfjs-webgpu', train: t(8), infer: t(2), trainDispatches: 40, inferDispatches: 5, pipelines: 20, peakGpuBytes: 2 ** 21, coldStartMs: 100 },
      { system: 'tfjs-wasm', error: 'backend unavailable: no wasm | here' },
    ],
  },
];

function fakeRun(): BenchRun {
  return {
    date: '2025-01-02', mode: 'quick', device: 'Google SwiftShader',
    adapters: [{ system: 'dlc', vendor: 'google', architecture: 'swiftshader', device: '', description: 'SwiftShader', isSoftware: true }],
    versions: { dlc: '0.1.0' }, host: { platform: 'linux', arch: 'x64', cpus: 2, node: '20' },
    settings: { warmup: 1, runs: 5, batch: 'iris_mlp 16' },
    models, ratios: ratiosOf(models), notes: ['SwiftShader is a CPU emulation.'],
    kernels: [{ op: 'matmul', shape: '64×64×64', flops: 524288, dlc: t(1), tfjs: t(2), dlcGflops: 0.5, tfjsGflops: 0.25 }],
    cli: [{ model: 'iris_mlp', command: 'check', wallMs: 900, runs: 1 }, { model: 'iris_mlp', command: 'build', runs: 0, error: 'not available' }],
  };
}

describe('bench report', () => {
  it('computes dlc / peer ratios only where both sides have the figure', () => {
    const r = ratiosOf(models);
    expect(r.find((x) => x.figure === 'train_ms' && x.peer === 'tfjs-webgpu')?.ratio).toBeCloseTo(0.25);
    expect(r.find((x) => x.figure === 'train_dispatches')?.ratio).toBeCloseTo(0.25);
    expect(r.some((x) => x.peer === 'tfjs-wasm')).toBe(false);
  });

  it('writes JSON that parses back to the same run', () => {
    const run = fakeRun();
    expect(JSON.parse(toJson(run))).toEqual(JSON.parse(JSON.stringify(run)));
    expect(resultName(run)).toBe('2025-01-02-google-swiftshader');
  });

  it('writes markdown tables whose rows all have the header\'s column count', () => {
    const md = toMarkdown(fakeRun());
    const tables = md.split('\n\n').map((b) => b.split('\n').filter((l) => l.startsWith('|'))).filter((rows) => rows.length > 0);
    expect(tables.length).toBe(4);
    const cols = (l: string): number => l.replace(/\\\|/g, '').split('|').length;
    for (const rows of tables) for (const row of rows) expect(cols(row)).toBe(cols(rows[0]!));
    expect(md).toContain('0.25× (met)');
    expect(md).toContain('2.00× (met)');
    expect(md).toContain('900 (met)');
  });

  it('adds the dlc-vs-jax-js section, its ratios and the same-work check only when the run has versus rows', () => {
    const versus: VersusRow[] = [{
      case: 'mnist_mlp train b64', model: 'mnist_mlp', kind: 'train', batch: 64,
      systems: [{ system: 'dlc', train: t(3), trainDispatches: 23 }, { system: 'jax-webgpu', train: t(4), trainDispatches: 47 }, { system: 'jax-wasm', train: t(1) }],
      check: { what: 'loss', dlc: 2.5, peers: { 'jax-webgpu': 2.5001, 'jax-wasm': 2.5 }, absDiff: { 'jax-webgpu': 1e-4, 'jax-wasm': 0 }, tolerance: 1e-3, ok: true },
    }];
    const ratios = versusRatios(versus);
    expect(ratios.find((r) => r.peer === 'jax-webgpu' && r.figure === 'train_ms')?.ratio).toBeCloseTo(0.75);
    expect(ratios.find((r) => r.peer === 'jax-wasm' && r.figure === 'train_ms')?.ratio).toBeCloseTo(3);
    const run = fakeRun();
    const md = toMarkdown({ ...run, versus, ratios: [...run.ratios, ...ratios] });
    expect(md).toContain('0.75× (met)');
    expect(md).toContain('yes (≤ 0.001)');
    const tables = md.split('\n\n').map((b) => b.split('\n').filter((l) => l.startsWith('|'))).filter((rows) => rows.length > 0);
    expect(tables.length).toBe(6);
    expect(toMarkdown(run)).not.toContain('jax-js');
  });

  it('summarises samples as median and p10–p90, and the CPU-time median where CPU samples are given', () => {
    expect(quantile([1, 2, 3, 4, 5], 0.5)).toBe(3);
    expect(summarise([5, 1, 3], 2)).toMatchObject({ medianMs: 3, runs: 3, warmup: 2 });
    expect(summarise([5, 1, 3], 2)).not.toHaveProperty('cpuMedianMs');
    expect(summarise([5, 1, 3], 2, [9, 7, 8]).cpuMedianMs).toBe(8);
  });

  it('judges a kernel row against its hand-written kernel by CPU time on CPU drivers, by wall time otherwise', () => {
    const tc = (wall: number, cpu: number) => ({ ...t(wall), cpuMedianMs: cpu });
    const row = { op: 'matmul' as const, shape: '128×784×128', flops: 1, dlc: tc(116, 40), hand: { name: 'sg8x4', timing: tc(57, 80), gflops: 1, tried: ['sg8x4'] } };
    expect(handRatio({ ...row, judged: 'cpu' })).toBeCloseTo(0.5);
    expect(handRatio({ ...row, judged: 'wall' })).toBeCloseTo(116 / 57);
    expect(handRatio(row)).toBeCloseTo(116 / 57);
    const md = toMarkdown({ ...fakeRun(), kernels: [{ ...row, judged: 'cpu' }] });
    expect(md).toContain('0.50× (met)');
  });

  it('summarises per-round ratios and shows them against the ⅓ target', () => {
    const r = pairedRatio([1, 2, 3, 40], [10, 10, 10, 10], 'tfjs-webgpu');
    expect(r).toMatchObject({ peer: 'tfjs-webgpu', rounds: 4 });
    expect(r.median).toBeCloseTo(0.25);
    const run = fakeRun();
    const met = toMarkdown({ ...run, models: [{ ...models[0]!, trainRatio: pairedRatio([1, 1, 1], [10, 10, 10], 'tfjs-webgpu') }] });
    expect(met).toContain('0.10× (0.10–0.10, 3 rounds) (met)');
    const crossing = toMarkdown({ ...run, models: [{ ...models[0]!, trainRatio: r }] });
    expect(crossing).toContain('range crosses ⅓; median met');
  });

  it('interleaves two calls round by round, the order alternating, after the warm-ups', async () => {
    const order: string[] = [];
    const f = async (): Promise<void> => void order.push('f');
    const g = async (): Promise<void> => void order.push('g');
    const { a, b } = await interleavedPair(f, g, 1, 3);
    expect(order.join('')).toBe('fg' + 'fg' + 'gf' + 'fg');
    expect([a.length, b.length]).toEqual([3, 3]);
  });
});
