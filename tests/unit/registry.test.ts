/** @file The registry is well-formed: keys equal names, snake_case, files named after ops, no placeholders. */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OPS, getOp } from '../../src/ops/registry.ts';
import { CompileError } from '../../src/ir/index.ts';
import type { AnyOpDef } from '../../src/ops/op-def.ts';

const defs = Object.entries(OPS as Record<string, AnyOpDef>);

describe('op registry', () => {
  it.each(defs)('%s: key, name and file agree, and the op is fully defined', (key, def) => {
    expect(def.name).toBe(key);
    expect(key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(def.summary).not.toBe('not implemented');
    expect(typeof def.infer).toBe('function');
    expect(typeof def.evaluate).toBe('function');
    expect(def.vjp === null || typeof def.vjp === 'function').toBe(true);
    expect(['elementwise', 'kernel']).toContain(def.wgsl.kind);
    const file = `src/ops/${key.replace(/_/g, '-')}.ts`;
    expect(readFileSync(file, 'utf8')).toContain(`export const ${key}`);
  });

  it('has no placeholder op files left', () => {
    const left = readdirSync('src/ops').filter((f) => readFileSync(`src/ops/${f}`, 'utf8').includes('PLACEHOLDER'));
    expect(left).toEqual([]);
  });

  it('covers every op the foundation issue lists', () => {
    const required = `add sub mul div neg abs exp log sqrt rsqrt pow maximum minimum square relu leaky_relu prelu elu
      sigmoid tanh gelu softplus equal not_equal less less_equal greater greater_equal where cast
      reduce_sum reduce_mean reduce_max reduce_min argmax softmax log_softmax reshape transpose broadcast_to
      concat slice pad gather one_hot matmul conv2d conv2d_transpose max_pool2d avg_pool2d global_avg_pool2d
      upsample2d batch_norm layer_norm dropout mse mae binary_cross_entropy categorical_cross_entropy
      sparse_categorical_cross_entropy`.split(/\s+/).filter(Boolean);
    expect(required.filter((n) => !(n in OPS))).toEqual([]);
  });

  it('rejects an unknown op with E_IR_UNKNOWN_OP and a suggestion', () => {
    try {
      getOp('softmx');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CompileError);
      expect((e as CompileError).code).toBe('E_IR_UNKNOWN_OP');
      expect((e as CompileError).hint).toContain('softmax');
    }
  });
});

describe('reductions', () => {
  // Found by the fused-GPU property test: reducing "axis 0" of a scalar passed the shape rule and
  // emitted `j < NaNu` in WGSL. A scalar has no axis, as in NumPy.
  it.each(['reduce_sum', 'reduce_mean', 'reduce_max', 'reduce_min'])('%s refuses an axis on a scalar', (name) => {
    const def = getOp(name);
    const scalar = { dtype: 'f32', shape: [] } as const;
    expect(() => def.infer([scalar], { axes: [0], keepDims: false })).toThrow(CompileError);
    expect(def.infer([scalar], { axes: [], keepDims: false }).shape).toEqual([]);
  });
});
