/**
 * @file A bundle's weights: the model's raw weights (trained, pretrained or freshly initialised), and
 * for inference the folded ones the main graph reads, computed once here by running `prepare`.
 */
import { readFileSync } from 'node:fs';
import type { CompiledModel, ParamInfo } from '../frontend/index.ts';
import { CompileError, formatType, type Graph } from '../ir/index.ts';
import { interpret } from '../reference/interpret.ts';
import { initialWeights } from '../train/init.ts';
import { decodeSafetensors, SafetensorsError, type NamedTensor } from '../train/safetensors.ts';

export type WeightMap = Map<string, NamedTensor>;

/**
 * Every model weight by name: from `weightsFile` (a `dlc train` checkpoint or any safetensors holding
 * `<layer>.<weight>` tensors; other tensors such as optimizer slots are ignored), else from the
 * model's own pretrained checkpoints, else from its initialisers with `seed`.
 */
export function modelWeights(model: CompiledModel, weightsFile: string | undefined, seed: number): WeightMap {
  const init = initialWeights(model.params, seed);
  const files = new Map<string, Map<string, NamedTensor>>();
  const out: WeightMap = new Map();
  for (const p of model.params) {
    const file = weightsFile ?? p.pretrained?.file;
    const key = weightsFile ? p.name : (p.pretrained?.key ?? p.name);
    const t = file ? fromFile(files, file, key, p) : { dtype: 'f32' as const, shape: p.shape, data: init[p.name]! };
    out.set(p.name, t);
  }
  return out;
}

function fromFile(cache: Map<string, Map<string, NamedTensor>>, file: string, key: string, p: ParamInfo): NamedTensor {
  let tensors = cache.get(file);
  if (!tensors) cache.set(file, (tensors = readTensors(file)));
  const t = tensors.get(key);
  if (!t) {
    throw new CompileError('E_WEIGHTS_MISSING', `${file} has no tensor '${key}' for weight ${p.name} (${formatType({ dtype: 'f32', shape: p.shape })})`, {
      hint: 'pass weights trained for this model (the checkpoint `dlc train` writes), or leave out --weights to initialise them',
    });
  }
  if (t.dtype !== 'f32' || t.shape.length !== p.shape.length || t.shape.some((d, i) => d !== p.shape[i])) {
    throw new CompileError('E_WEIGHTS_SHAPE', `${file}: tensor '${key}' is ${formatType(t)} but weight ${p.name} is ${formatType({ dtype: 'f32', shape: p.shape })}`, {
      hint: 'the weights belong to another version of the model; train it again or fix the layer sizes',
    });
  }
  return t;
}

function readTensors(file: string): Map<string, NamedTensor> {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CompileError('E_WEIGHTS_READ', `cannot read weights file '${file}'`, { hint: 'check the path given to --weights' });
  }
  try {
    return decodeSafetensors(bytes, file).tensors;
  } catch (e) {
    if (e instanceof SafetensorsError) throw new CompileError('E_WEIGHTS_READ', e.message, { hint: 'pass a safetensors file written by `dlc train`' });
    throw e;
  }
}

/**
 * The weights the inference graph binds: its params and states, each either a raw weight or an
 * output of `prepare` (folded batch norm) evaluated on the reference interpreter in f32, the same
 * arithmetic the GPU would have done per call. Raw weights only `prepare` reads are not shipped.
 */
export function inferenceWeights(main: Graph, prepare: Graph | undefined, raw: WeightMap): WeightMap {
  const prepared = prepare ? interpret(prepare, Object.fromEntries(prepare.args.map((a) => [a.name, raw.get(a.name)!.data]))) : {};
  const out: WeightMap = new Map();
  for (const a of main.args) {
    if (a.kind === 'input') continue;
    const host = prepared[a.name];
    const data = host ? Float32Array.from(host.data) : raw.get(a.name)?.data;
    if (!data) throw new CompileError('E_INTERNAL', `inference graph ${main.name} reads %${a.name}, which is neither a model weight nor a prepared one`);
    out.set(a.name, { dtype: a.type.dtype, shape: a.type.shape, data: toDtype(a.type.dtype, data) });
  }
  return out;
}

function toDtype(dtype: NamedTensor['dtype'], data: NamedTensor['data']): NamedTensor['data'] {
  if (dtype === 'f32') return data instanceof Float32Array ? data : Float32Array.from(data);
  if (dtype === 'i32') return data instanceof Int32Array ? data : Int32Array.from(data);
  if (dtype === 'u32') return data instanceof Uint32Array ? data : Uint32Array.from(data);
  return data instanceof Uint8Array ? data : Uint8Array.from(data, (x) => (x ? 1 : 0));
}
