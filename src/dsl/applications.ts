/** @file Keras Applications as builders (`vgg16()`, `resNet50()`, `mobileNetV2()`): each returns a Model. */
import { compiledOnly, type ActivationName, type Shape } from './tensor.ts';
import type { Model, Unfreeze } from './model.ts';
import type { TrainConfig } from './train.ts';

export interface ApplicationOptions {
  /** Model name (default Keras's: `vgg16`, `resnet50`, `mobilenetv2_1.00_224`). */
  readonly name?: string;
  /** Keep the ImageNet classifier head (default true); false ends at the convolutional features. */
  readonly includeTop?: boolean;
  /** Input image shape (default [224, 224, 3]). */
  readonly inputShape?: Shape;
  /** Classes of the head (default 1000). */
  readonly classes?: number;
  /** Without the top: pool the features globally (`avg` or `max`); default none (a 4-D feature map). */
  readonly pooling?: 'avg' | 'max';
  /** The head's activation (default `softmax`). */
  readonly classifierActivation?: ActivationName;
  readonly train?: TrainConfig;
  /**
   * Initial weights from a safetensors checkpoint whose tensors are named `<keras layer>.<weight>`
   * (`block1_conv1.kernel`, …; Keras's layer names are used). dlc ships no ImageNet weights.
   */
  readonly weights?: string;
  /** `false` freezes every layer (a feature extractor under a new head). */
  readonly trainable?: boolean;
  /** Fine-tuning: train the layers from one on, `{ from: 'block5_conv1' }` or `{ last: N }`; the rest stay frozen. */
  readonly unfreeze?: Unfreeze;
}

/** VGG16 (Keras `applications.VGG16`): 138,357,544 params with the top. */
export function vgg16(_options?: ApplicationOptions): Model {
  return compiledOnly();
}

/** ResNet50 v1 (Keras `applications.ResNet50`): 25,636,712 params with the top. */
export function resNet50(_options?: ApplicationOptions): Model {
  return compiledOnly();
}

/** MobileNetV2, width 1.0 (Keras `applications.MobileNetV2`): 3,538,984 params with the top. */
export function mobileNetV2(_options?: ApplicationOptions): Model {
  return compiledOnly();
}
