/** @file Model-level `weights: 'x.safetensors'` and `trainable: false`: pretrained, frozen feature extractors. */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Node } from 'ts-morph';
import { errorAt } from './diag.ts';
import type { TraceNode } from './values.ts';

/** Where a weight's initial value comes from: a tensor of a safetensors checkpoint. */
export interface WeightSource {
  /** Absolute path of the checkpoint. */
  readonly file: string;
  /** The tensor's name in it (`conv2d.kernel`). */
  readonly key: string;
}

/** The checkpoint path as written in the model, resolved against the model file's folder. */
export function checkpointPath(written: string, at: Node): string {
  return resolve(dirname(at.getSourceFile().getFilePath()), written);
}

/** Freezes every layer the model applied (Keras `model.trainable = False` before compile). */
export function freezeLayers(trace: readonly TraceNode[]): void {
  for (const { layer } of trace) {
    if (layer.built) layer.built = { ...layer.built, params: layer.built.params.map((p) => ({ ...p, trainable: false })) };
  }
}

/**
 * Points every weight of the model's layers at `<layer>.<weight>` in the checkpoint. When the file
 * exists its header is read now, so a renamed layer or a changed shape is a compile error, not a
 * failure in the middle of training; a missing file is the training loop's to report.
 */
export function loadWeightsFrom(trace: readonly TraceNode[], file: string, at: Node): void {
  const header = existsSync(file) ? readHeader(file, at) : undefined;
  for (const { layer } of trace) {
    if (!layer.built) continue;
    const params = layer.built.params.map((p) => {
      const key = `${layer.name}.${p.name}`;
      if (header) checkTensor(header, key, p.shape, file, at);
      return { ...p, from: { file, key } };
    });
    layer.built = { ...layer.built, params };
  }
}

type Header = Readonly<Record<string, { shape?: number[] } | undefined>>;

/** A safetensors file opens with a little-endian u64 header length and that many bytes of JSON. */
function readHeader(file: string, at: Node): Header {
  const fd = openSync(file, 'r');
  try {
    const len = Buffer.alloc(8);
    readSync(fd, len, 0, 8, 0);
    const n = Number(len.readBigUInt64LE(0));
    if (n <= 0 || n > 100_000_000) throw new Error(`header length ${n}`);
    const json = Buffer.alloc(n);
    readSync(fd, json, 0, n, 8);
    return JSON.parse(json.toString('utf8')) as Header;
  } catch (e) {
    throw errorAt(at, 'E_WEIGHTS_FILE', `${file} is not a safetensors checkpoint (${e instanceof Error ? e.message : String(e)})`);
  } finally {
    closeSync(fd);
  }
}

function checkTensor(header: Header, key: string, shape: readonly number[], file: string, at: Node): void {
  const t = header[key];
  if (!t) throw errorAt(at, 'E_WEIGHTS_MISSING', `checkpoint ${file} has no tensor '${key}'`, 'layer names must match the model the checkpoint was saved from; name the layers explicitly if they differ');
  if ((t.shape ?? []).join() !== shape.join()) {
    throw errorAt(at, 'E_WEIGHTS_SHAPE', `checkpoint tensor '${key}' has shape [${(t.shape ?? []).join(', ')}], the model's weight is [${shape.join(', ')}]`);
  }
}
