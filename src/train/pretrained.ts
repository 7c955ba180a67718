/** @file Initial values from checkpoints for weights a model declares `weights: 'x.safetensors'` for (transfer learning). */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ParamInfo } from '../frontend/index.ts';
import { decodeSafetensors, type Decoded } from './safetensors.ts';

/**
 * Fails before any GPU work when a declared checkpoint is missing: the frontend compiles a model
 * whose file is absent (it may be produced later), so the trainer is the one to say what to do.
 */
export function checkPretrainedFiles(modelName: string, params: readonly ParamInfo[]): void {
  for (const file of new Set(params.flatMap((p) => (p.pretrained ? [p.pretrained.file] : [])))) {
    if (!existsSync(file)) {
      const layers = [...new Set(params.filter((p) => p.pretrained?.file === file).map((p) => p.layer))].join(', ');
      throw new Error(`${modelName} loads its pretrained weights (${layers}) from ${relative(process.cwd(), file) || file}, which does not exist; train the model they come from and save its checkpoint there first`);
    }
  }
}

/** Every pretrained weight's tensor, by param name; the checkpoint's shape must match the param's. */
export function pretrainedWeights(params: readonly ParamInfo[]): Record<string, Float32Array> {
  const files = new Map<string, Decoded>();
  const out: Record<string, Float32Array> = {};
  for (const p of params) {
    if (!p.pretrained) continue;
    const { file, key } = p.pretrained;
    let d = files.get(file);
    if (!d) files.set(file, (d = decodeSafetensors(readFileSync(file), file)));
    const t = d.tensors.get(key);
    if (!t) throw new Error(`checkpoint ${file} has no tensor '${key}' for ${p.name}`);
    if (t.shape.join() !== p.shape.join()) throw new Error(`checkpoint tensor '${key}' in ${file} has shape [${t.shape.join(', ')}], ${p.name} is [${p.shape.join(', ')}]`);
    if (!(t.data instanceof Float32Array)) throw new Error(`checkpoint tensor '${key}' in ${file} is not f32`);
    out[p.name] = t.data;
  }
  return out;
}

/**
 * Layers frozen (`trainable: false`) whose weights come from no checkpoint: they keep their random
 * initial values for the whole run, a feature extractor that extracts noise. Batch-norm statistics
 * (`state`) are not counted; an application base without `weights:` is the usual case.
 */
export function frozenWithoutWeights(params: readonly ParamInfo[]): string[] {
  return [...new Set(params.filter((p) => p.kind === 'param' && !p.trainable && !p.pretrained).map((p) => p.layer))];
}
