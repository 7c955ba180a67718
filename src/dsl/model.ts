/** @file Model definitions: `sequential`, the functional `model` with `input`s, and multi-step `program`s. */
import { compiledOnly, type Layer, type Shape, type Tensor } from './tensor.ts';
import type { LossName, Optimizer, TrainConfig, Dataset } from './train.ts';

/**
 * A model input of the given shape (without the batch axis). It is also a tensor: in the Keras graph
 * style layers are applied to it directly (`dense(8)(x)`), and `model({ inputs: x, outputs })` collects them.
 */
export interface InputSpec extends Tensor {
  readonly __dlcInput: true;
}

export interface InputOptions {
  /** Element type (default `float32`; `int32` for token ids fed to `embedding`). */
  readonly dtype?: 'float32' | 'int32';
}

/** Declares a model input: `input([32, 32, 3])` is a [B, 32, 32, 3] tensor. */
export function input(_shape: Shape, _options?: InputOptions): InputSpec {
  return compiledOnly();
}

/** A built model; it is also a layer, so a model can be applied inside another (GANs). */
export interface Model extends Layer {
  readonly __dlcModel: true;
}

export interface SequentialConfig {
  /** Model name (default `sequential`). */
  readonly name?: string;
  /** The input shape without the batch axis, e.g. `[28, 28, 1]`. */
  readonly input: Shape;
  readonly inputDtype?: 'float32' | 'int32';
  /** Layers applied in order. */
  readonly layers: readonly Layer[];
  readonly train?: TrainConfig;
  /** Initial weights from a safetensors checkpoint, for every layer or per applied model (see `PretrainedOptions`). */
  readonly weights?: WeightsOption;
  /** `false` freezes every layer (Keras `model.trainable = False`), e.g. a pretrained feature extractor. */
  readonly trainable?: boolean;
  /** Fine-tuning: train only the layers from one on (see `Unfreeze`); the earlier ones stay frozen. */
  readonly unfreeze?: Unfreeze;
}

/**
 * Which layers of a frozen base train again: `{ from: 'conv2d_3' }` (that layer and every later one) or
 * `{ last: 4 }` (the last four layers in order of application, weightless ones counted, as Keras's
 * `base.layers[-4:]`). Frozen layers keep their compile-time pruning: no gradients, no optimizer slots.
 */
export type Unfreeze = { readonly from: string } | { readonly last: number };

/**
 * Pretrained weights: `weights: 'checkpoints/x.safetensors'` (relative to the model file) gives every
 * layer of the model its initial values from the checkpoint's tensors named `<layer>.<weight>`, as
 * `dlc train --save` writes them. dlc checks names and shapes at compile time when the file exists;
 * the training loop loads it. `weights: { base: 'checkpoints/base.safetensors' }` on a model that applies
 * the model `base` loads only base's layers (fine-tuning in one file: base trains alone, its checkpoint
 * loads into the combined model). Layer names are looked up as they are in this file, else as they would
 * be in a file of their own (auto names counted within the loaded model), so a base trained alone in
 * another file loads wherever it sits here. Freeze it with `unfreeze: { from: '<first head layer>' }`.
 */
export type WeightsOption = string | Readonly<Record<string, string>>;

export type PretrainedOptions = Pick<SequentialConfig, 'weights' | 'trainable' | 'unfreeze'>;

/** A stack of layers, each feeding the next (Keras `Sequential`). */
export function sequential(_config: SequentialConfig): Model {
  return compiledOnly();
}

export interface ModelConfig<I extends Record<string, InputSpec>> {
  /** Model name (default `model`). */
  readonly name?: string;
  readonly inputs: I;
  /** Builds the outputs from the inputs; read statically by dlc (helpers are inlined). */
  forward(inputs: { readonly [K in keyof I]: Tensor }): Tensor | Readonly<Record<string, Tensor>>;
  readonly train?: TrainConfig;
  /** Initial weights from a safetensors checkpoint, for every layer or per applied model (see `PretrainedOptions`). */
  readonly weights?: WeightsOption;
  /** `false` freezes every layer of the model. */
  readonly trainable?: boolean;
  /** Fine-tuning: train only the layers from one on (see `Unfreeze`). */
  readonly unfreeze?: Unfreeze;
}

/**
 * The Keras graph style: inputs declared with `input()`, layers applied to them at the top of the file
 * (or in helper functions), and the model made from its inputs and outputs — one, a list (named `input`,
 * `input_1`, … and `output`, `output_1`, …) or an object by name.
 */
export interface GraphModelConfig {
  /** Model name (default `model`). */
  readonly name?: string;
  readonly inputs: InputSpec | readonly InputSpec[] | Readonly<Record<string, InputSpec>>;
  readonly outputs: Tensor | readonly Tensor[] | Readonly<Record<string, Tensor>>;
  readonly train?: TrainConfig;
  readonly weights?: WeightsOption;
  readonly trainable?: boolean;
  readonly unfreeze?: Unfreeze;
}

/**
 * A functional model (Keras functional API): named inputs and a forward function, or (Keras's
 * `keras.Model(inputs, outputs)`) inputs and the outputs built from them.
 */
export function model<I extends Record<string, InputSpec>>(_config: ModelConfig<I>): Model;
export function model(_config: GraphModelConfig): Model;
export function model(_config: unknown): Model {
  return compiledOnly();
}

/** One training step of a multi-step program (e.g. a GAN's discriminator or generator step). */
export interface TrainStep {
  /** The model whose output the loss reads. */
  readonly model: Model;
  /** The models (or the model itself, by default) whose weights this step updates. */
  readonly trains?: readonly Model[];
  readonly loss: LossName;
  readonly optimizer?: Optimizer | 'sgd' | 'rmsprop' | 'adam';
  /** The label every sample of this step is trained towards (GANs: 1 for real, 0 for fake). */
  readonly target?: number;
}

export interface ProgramConfig {
  readonly name?: string;
  readonly models: Readonly<Record<string, Model>>;
  /** Steps in the order one training iteration runs them. */
  readonly steps: Readonly<Record<string, TrainStep>>;
  readonly data?: Dataset;
  readonly batchSize?: number;
  readonly epochs?: number;
}

/** Several named models trained by several steps, each with its own loss, params and optimizer. */
export function program(_config: ProgramConfig): { readonly __dlcProgram: true } {
  return compiledOnly();
}
