/**
 * @file Fine-tuning in one file, compile side (no GPU): `weights: { <model>: file }` loads a nested base
 * by the base's own names (as in this file, else as in a file of its own), freezing is per model (the
 * base still trains alone), and a checkpoint that lacks weights or names no applied model is a compile
 * error at the option, listing the names.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import type { CompileError } from '../../src/ir/index.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';

function write(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dlc-finetune-'));
  for (const [f, s] of Object.entries(files)) writeFileSync(join(dir, f), s);
  return dir;
}

/** A checkpoint with zero tensors of these names and shapes. */
function checkpoint(path: string, tensors: Record<string, number[]>): void {
  const m = new Map(Object.entries(tensors).map(([k, shape]) => [k, { dtype: 'f32' as const, shape, data: new Float32Array(shape.reduce((a, b) => a * b, 1)) }]));
  writeFileSync(path, encodeSafetensors(m));
}

function errorOf(path: string): CompileError {
  try {
    compileModelFile(path);
  } catch (e) {
    return e as CompileError;
  }
  throw new Error('expected a compile error');
}

const named = (path: string, name: string): CompiledModel => compileModelFile(path).models.find((m) => m.name === name)!;

// The base is defined after the stem, so its layers are conv2d_1 and dense in this file; alone in base.ts
// (the file it was trained from) they would be conv2d and dense.
const COMBINED = (weights: string): string => `import { sequential, model, input, conv2d, dense, flatten } from 'dlc';
const stem = conv2d(2, 1);
export const base = sequential({ name: 'base', input: [4, 4, 2], layers: [conv2d(3, 3), flatten(), dense(5)] });
export const pretrain = sequential({ name: 'pretrain', input: [4, 4, 2], layers: [base, dense(2)] });
export default model({
  name: 'combined',
  inputs: { x: input([4, 4, 1]) },
  forward({ x }) { return dense(2, { name: 'out' })(base(stem(x))); },
  weights: ${weights},
  unfreeze: { from: 'out' },
});
`;
const FROM_BASE = COMBINED("{ base: 'base.safetensors' }");

describe('weights: { <model>: file } on the model that applies the base', () => {
  it('loads the base by the names it has in a file of its own, and freezes it only in the combined model', () => {
    const dir = write({ 'model.ts': FROM_BASE });
    checkpoint(join(dir, 'base.safetensors'), { 'conv2d.kernel': [3, 3, 2, 3], 'conv2d.bias': [3], 'dense.kernel': [12, 5], 'dense.bias': [5], 'dense_1.kernel': [5, 2] });
    const m = named(join(dir, 'model.ts'), 'combined');
    expect(m.params.filter((p) => p.pretrained).map((p) => [p.name, p.pretrained!.key])).toEqual([
      ['conv2d_1.kernel', 'conv2d.kernel'], ['conv2d_1.bias', 'conv2d.bias'], ['dense.kernel', 'dense.kernel'], ['dense.bias', 'dense.bias'],
    ]);
    // unfreeze: { from: 'out' } freezes the stem (not loaded: it initialises as usual) and the base.
    expect(m.params.filter((p) => !p.trainable).map((p) => p.name)).toEqual(['conv2d.kernel', 'conv2d.bias', 'conv2d_1.kernel', 'conv2d_1.bias', 'dense.kernel', 'dense.bias']);
    // The same layer objects train in pretrain and in base alone: freezing belongs to the model that asked.
    for (const name of ['pretrain', 'base']) expect(named(join(dir, 'model.ts'), name).nonTrainableParams, name).toBe(0);
  });

  it('prefers the names of this file when the checkpoint has them all (a checkpoint of a model of this file)', () => {
    const dir = write({ 'model.ts': FROM_BASE });
    checkpoint(join(dir, 'base.safetensors'), { 'conv2d_1.kernel': [3, 3, 2, 3], 'conv2d_1.bias': [3], 'dense.kernel': [12, 5], 'dense.bias': [5], 'conv2d.kernel': [9] });
    const m = named(join(dir, 'model.ts'), 'combined');
    expect(m.params.filter((p) => p.pretrained).map((p) => p.pretrained!.key)).toEqual(['conv2d_1.kernel', 'conv2d_1.bias', 'dense.kernel', 'dense.bias']);
  });

  it('a checkpoint without the base\'s weights lists them (both namings) and what it has, at the option', () => {
    const dir = write({ 'model.ts': FROM_BASE });
    checkpoint(join(dir, 'base.safetensors'), { 'conv2d_1.kernel': [3, 3, 2, 3], 'other.kernel': [1] });
    const e = errorOf(join(dir, 'model.ts'));
    expect(e.code).toBe('E_WEIGHTS_MISSING');
    expect(e.loc?.line).toBe(9);
    expect(e.message).toContain("lacks 3 weights of model base: 'conv2d_1.bias', 'dense.kernel', 'dense.bias'");
    expect(e.message).toContain("named as in a file of its own: 'conv2d.kernel', 'conv2d.bias', 'dense.kernel', 'dense.bias'");
    expect(e.message).toContain("it has 'conv2d_1.kernel', 'other.kernel'");
    // A wrong shape under the right name is a shape error.
    checkpoint(join(dir, 'base.safetensors'), { 'conv2d_1.kernel': [3, 3, 1, 3], 'conv2d_1.bias': [3], 'dense.kernel': [12, 5], 'dense.bias': [5] });
    expect(errorOf(join(dir, 'model.ts'))).toMatchObject({ code: 'E_WEIGHTS_SHAPE', message: expect.stringContaining("'conv2d_1.kernel' has shape [3, 3, 1, 3]") });
  });

  it('names a model the forward applies, with a did-you-mean', () => {
    const dir = write({ 'model.ts': COMBINED("{ bsae: 'base.safetensors' }") });
    const e = errorOf(join(dir, 'model.ts'));
    expect(e).toMatchObject({ code: 'E_UNKNOWN_MODEL', message: expect.stringContaining("weights names model 'bsae'") });
    expect(e.loc?.line).toBe(9);
    expect(e.hint).toContain('base');
    expect(errorOf(join(write({ 'model.ts': COMBINED('3') }), 'model.ts'))).toMatchObject({ code: 'E_OPTION_TYPE' });
  });

  it('models/fine_tune.ts: before pretraining the checkpoint is absent; the keys are the base\'s names', () => {
    const m = named('models/fine_tune.ts', 'fine_tune');
    expect(m.params.map((p) => [p.name, p.trainable, p.pretrained?.key ?? null])).toEqual([
      ['conv2d.kernel', false, 'conv2d.kernel'], ['conv2d.bias', false, 'conv2d.bias'], ['conv2d_1.kernel', false, 'conv2d_1.kernel'], ['conv2d_1.bias', false, 'conv2d_1.bias'],
      ['head.kernel', true, null], ['head.bias', true, null], ['classes.kernel', true, null], ['classes.bias', true, null],
    ]);
    expect(named('models/fine_tune.ts', 'fine_tune_unfrozen').params.filter((p) => !p.trainable).map((p) => p.name)).toEqual(['conv2d.kernel', 'conv2d.bias']);
  });
});
