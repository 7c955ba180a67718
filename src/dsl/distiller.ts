/** @file `distiller({ teacher, student, alpha, temperature })`: knowledge distillation, as Keras's `Distiller` example. */
import { compiledOnly } from './tensor.ts';
import type { Model } from './model.ts';
import type { TrainConfig } from './train.ts';

export interface DistillerConfig {
  /** Name of the distillation run (default `distiller`); its checkpoints carry it. */
  readonly name?: string;
  /** The trained model whose softened outputs the student learns from; frozen (no gradients, no optimizer slots). */
  readonly teacher: Model;
  /** The model being trained. */
  readonly student: Model;
  /** Weight of the hard-label loss; the distillation term gets 1 − alpha (default 0.1, as in Keras's example). */
  readonly alpha?: number;
  /** Softmax temperature for both models' logits; the KL term is scaled by temperature² (default 3). */
  readonly temperature?: number;
  /** The teacher's checkpoint (relative to this file); `dlc train --teacher <ckpt>` overrides it. */
  readonly teacherWeights?: string;
  /** Data, hard-label loss, optimizer, batch size, epochs, callbacks (default: the student's own train section). */
  readonly train?: TrainConfig;
}

/**
 * Trains `student` on loss = alpha·hardLoss(y, student(x)) + (1 − alpha)·T²·KL(softmax(teacher(x)/T) ‖ softmax(student(x)/T)),
 * the teacher in inference mode and frozen. Validation and test metrics are the student's own (hard loss).
 */
export function distiller(_config: DistillerConfig): { readonly __dlcDistiller: true } {
  return compiledOnly();
}
