/** @file Shape helpers shared by layer rules: sizes, window arithmetic, and the GPU-buffer size limit. */
import { numel } from '../../ir/index.ts';
import { MAX_ELEMENTS } from '../args.ts';
import type { ApplySite } from './layer-def.ts';

export function fmt(shape: readonly number[]): string {
  return shape.length === 0 ? '(None,)' : `(None, ${shape.join(', ')})`;
}

/** Output length of a conv/pool window along one axis (Keras `conv_output_length`). */
export function windowOut(size: number, k: number, stride: number, padding: 'valid' | 'same', dilation = 1): number {
  const eff = (k - 1) * dilation + 1;
  return padding === 'same' ? Math.ceil(size / stride) : Math.floor((size - eff) / stride) + 1;
}

/** Rejects an output with an empty axis (input smaller than the window) or too many elements. */
export function checkOutput(at: ApplySite, input: readonly number[], out: readonly number[]): readonly number[] {
  if (out.some((d) => d <= 0)) {
    throw at.error('E_SHAPE_TOO_SMALL', `${at.layerName}: input ${fmt(input)} is too small for this window; the output would be ${fmt(out.map((d) => Math.max(d, 0)))}`, "use padding: 'same', a smaller kernel or stride, or remove a pooling layer");
  }
  return checkElements(at, out, 'output');
}

/** One sample's tensor (or one weight) must fit in a GPU buffer. */
export function checkElements(at: ApplySite, shape: readonly number[], what: string): readonly number[] {
  if (numel(shape) > MAX_ELEMENTS) {
    throw at.error('E_SIZE_TOO_LARGE', `${at.layerName}: its ${what} ${fmt(shape)} has ${numel(shape)} elements, more than a GPU buffer can hold (${MAX_ELEMENTS})`);
  }
  return shape;
}

export function expectRank(at: ApplySite, shape: readonly number[], rank: number, what: string, hint?: string): void {
  if (shape.length !== rank) {
    throw at.error('E_SHAPE_RANK', `${at.layerName} expects ${what} (rank ${rank + 1} with the batch), got ${fmt(shape)}`, hint);
  }
}
