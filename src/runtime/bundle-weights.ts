/** @file Bundle weights: the shared safetensors reader (safetensors-read.ts) with its failures as E_BUNDLE_WEIGHTS. */
import { RuntimeError } from './errors.ts';
import type { TensorData } from './feeds.ts';
import type { PlanDType } from './plan-types.ts';
import { readSafetensors } from './safetensors-read.ts';

export interface WeightTensor {
  readonly name: string;
  readonly dtype: PlanDType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

function corrupt(message: string): never {
  throw new RuntimeError('E_BUNDLE_WEIGHTS', `weights.safetensors: ${message}`, { hint: 'the file is damaged or incomplete: copy the bundle again, or rebuild it with `dlc build`' });
}

/** Parses the file (whose length and SHA-256 the manifest already confirmed) into aligned typed arrays. */
export function decodeWeights(bytes: Uint8Array): Map<string, WeightTensor> {
  const { tensors } = readSafetensors(bytes, corrupt);
  return new Map([...tensors].map(([name, t]) => [name, { name, ...t }]));
}
