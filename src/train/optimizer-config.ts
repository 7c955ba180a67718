/** @file The frontend's optimizer config (Keras defaults filled in) as the optimizer pass takes it. */
import type { OptimizerConfig as ModelOptimizer } from '../frontend/index.ts';
import { CompileError } from '../ir/index.ts';
import type { ClipConfig, OptimizerConfig } from '../passes/optimizer.ts';

export function passOptimizer(o: ModelOptimizer, learningRate?: number, clip?: ClipConfig): OptimizerConfig {
  const lr = learningRate ?? o.learningRate;
  const extra = clip ? { clip } : {};
  switch (o.kind) {
    case 'sgd':
      return { kind: 'sgd', learningRate: lr, momentum: o.momentum, nesterov: o.nesterov, weightDecay: o.weightDecay, ...extra };
    case 'rmsprop':
      // Keras's RMSprop momentum adds a second slot the optimizer pass does not lower yet.
      if (o.momentum !== 0) throw new CompileError('E_TRAIN_UNSUPPORTED', `rmsprop({ momentum: ${o.momentum} }) is not supported yet`, { hint: 'use rmsprop without momentum, or sgd/adam' });
      return { kind: 'rmsprop', learningRate: lr, rho: o.rho, epsilon: o.epsilon, weightDecay: o.weightDecay, ...extra };
    case 'adam':
      return { kind: 'adam', learningRate: lr, beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, amsgrad: o.amsgrad, weightDecay: o.weightDecay, ...extra };
    case 'adagrad':
      return { kind: 'adagrad', learningRate: lr, initialAccumulatorValue: o.initialAccumulatorValue, epsilon: o.epsilon, weightDecay: o.weightDecay, ...extra };
    case 'adadelta':
      return { kind: 'adadelta', learningRate: lr, rho: o.rho, epsilon: o.epsilon, weightDecay: o.weightDecay, ...extra };
    case 'adamax':
    case 'nadam':
      return { kind: o.kind, learningRate: lr, beta1: o.beta1, beta2: o.beta2, epsilon: o.epsilon, weightDecay: o.weightDecay, ...extra };
  }
}
