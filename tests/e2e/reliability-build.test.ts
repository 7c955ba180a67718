/**
 * @file Models too big for the target device fail at compile time (`compileInference`, `compileTraining`,
 * `dlc build`) with E_DEVICE_LIMIT naming the tensor or kernel, its source line, the limit and a hint —
 * before any GPU work. No GPU is used here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInference, compileTraining } from '../../src/compile.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { CompileError } from '../../src/ir/index.ts';
import { checkDeviceLimits, DEFAULT_DEVICE_LIMITS, workgroupBytes } from '../../src/passes/check-limits.ts';
import { modelFromSource } from './train-helpers.ts';

function compileError(f: () => unknown): CompileError {
  try {
    f();
  } catch (e) {
    if (e instanceof CompileError) return e;
    throw e;
  }
  throw new Error('expected a CompileError');
}

const model = (file: string): CompiledModel => compileModelFile(join('models', file)).main;

const HUGE_DENSE = `import { sequential, dense, sgd, iris } from 'dlc';
export default sequential({
  name: 'huge_dense',
  input: [8192],
  layers: [dense(8192, { activation: 'relu' }), dense(3)],
  train: { data: iris(), loss: 'mse', optimizer: sgd({ learningRate: 0.1 }), batchSize: 4 },
});
`;

describe('device limits at compile time', () => {
  it('a batch whose input exceeds maxStorageBufferBindingSize: names the input, its line, the limit and a hint', () => {
    const e = compileError(() => compileInference(model('cats_dogs_cnn.ts'), { batch: 512 }));
    expect(e.code).toBe('E_DEVICE_LIMIT');
    expect(e.message).toContain("input 'input' (f32[512,150,150,3])");
    expect(e.message).toContain(`${DEFAULT_DEVICE_LIMITS.maxStorageBufferBindingSize} bytes`);
    expect(e.message).toContain('maxStorageBufferBindingSize');
    expect(e.loc?.file).toContain('models/cats_dogs_cnn.ts');
    expect(e.hint).toMatch(/smaller batch/);
  });

  it('the same model compiles for a device that says it has room (deviceLimits from its adapter)', () => {
    const big = { maxStorageBufferBindingSize: 1 << 30, maxBufferSize: 1 << 30 };
    expect(compileInference(model('cats_dogs_cnn.ts'), { batch: 512, deviceLimits: big }).plan).toBeDefined();
  });

  it('a dense weight over the limit is named, in inference and in training', () => {
    const m = modelFromSource('huge_dense', HUGE_DENSE);
    const e = compileError(() => compileInference(m, { batch: 1 }));
    expect(e.code).toBe('E_DEVICE_LIMIT');
    expect(e.message).toMatch(/param '[^']*kernel[^']*' \(f32\[8192,8192\]\) is 268435456 bytes \(256\.0 MiB\)/);
    expect(e.loc?.line).toBe(5);
    const data = { xShape: [8192], yShape: [3], yDtype: 'f32' as const };
    expect(compileError(() => compileTraining(m, { batch: 4, data })).code).toBe('E_DEVICE_LIMIT');
  });

  it('a kernel binding more storage buffers than the device allows (lstm compiled for a 256-binding device)', () => {
    // split-wide keeps kernels within `maxStorageBuffers`; compiled for a larger device, the 101-input
    // concat of the unrolled LSTM (`unroll: true`; a scan has no such concat) stays whole, and a default device (8 bindings) must refuse it.
    const unrolled = modelFromSource('lstm', readFileSync('models/lstm.ts', 'utf8').replace('lstm(50, { returnSequences: true })', 'lstm(50, { unroll: true, returnSequences: true })'));
    const wide = compileInference(unrolled, { batch: 1, maxStorageBuffers: 256 });
    const e = compileError(() => checkDeviceLimits(wide.graph, wide.compiled!, DEFAULT_DEVICE_LIMITS));
    expect(e.code).toBe('E_DEVICE_LIMIT');
    expect(e.message).toMatch(/kernel 'concat %\d+ \([^)]*lstm\.ts:\d+:\d+\)' binds 101 storage buffers; the device allows 8/);
    expect(e.loc?.file).toContain('lstm.ts');
    expect(() => checkDeviceLimits(wide.graph, wide.compiled!, { ...DEFAULT_DEVICE_LIMITS, maxStorageBuffersPerShaderStage: 128 })).not.toThrow();
    // By default the same model compiles within the default device's limit.
    expect(compileInference(model('lstm.ts'), { batch: 1 }).plan).toBeDefined();
  });

  it('workgroup counts and workgroup memory over the limits name the kernel', () => {
    const m = model('mnist_cnn.ts');
    const wg = compileError(() => compileInference(m, { batch: 1, deviceLimits: { maxComputeWorkgroupsPerDimension: 2 } }));
    expect(wg.message).toMatch(/needs \d+×\d+×\d+ workgroups; the device allows 2 per dimension/);
    const mem = compileError(() => compileInference(m, { batch: 1, deviceLimits: { maxComputeWorkgroupStorageSize: 64 } }));
    expect(mem.message).toMatch(/uses \d+ bytes of workgroup memory; the device allows 64/);
    expect(mem.loc?.file).toContain('mnist_cnn.ts');
  });

  it('sizes workgroup declarations as WGSL lays them out', () => {
    expect(workgroupBytes('var<workgroup> a: array<f32, 256>;\nvar<workgroup> b: array<vec4<f32>, 8>;\nvar<workgroup> c: u32;')).toBe(1024 + 128 + 4);
  });

  it('dlc build refuses the model with the diagnostic and writes no bundle', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'dlc-rel-build-')), 'bundle');
    const r = spawnSync('node', ['bin/dlc.js', 'build', 'models/cats_dogs_cnn.ts', '--batch', '512', '-o', out], { encoding: 'utf8', timeout: 540_000 });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/models\/cats_dogs_cnn\.ts:\d+:\d+ - error E_DEVICE_LIMIT: input 'input'/);
    expect(r.stderr).toContain('hint:');
    expect(r.stderr).not.toContain('    at ');
    expect(existsSync(out)).toBe(false);
  });
});
