/** @file Keras preprocessing layers: `normalization` (adapted to the training data by the trainer). */
import { defineLayer } from './layer-def.ts';
import { fmt } from './shape.ts';

/**
 * Normalization: (x − mean) / max(√variance, 1e-7) per feature of the last axis (Keras, axis −1).
 * mean and variance are non-trainable state; `dlc train` adapts them to the training split's
 * features before the first step (Keras `layer.adapt(data)`), so the layer must see the model input.
 */
export const normalization = defineLayer<Record<string, never>>({
  dslName: 'normalization', kerasType: 'Normalization', baseName: 'normalization', arity: 1,
  parse(a) {
    a.options(0, { name: 'string', trainable: 'bool' });
    a.atMost(1);
    return {};
  },
  build(_c, [x], at) {
    if (x!.shape.length === 0) throw at.error('E_SHAPE_RANK', `${at.layerName} needs a feature axis, got ${fmt(x!.shape)}`);
    const f = [x!.shape[x!.shape.length - 1]!];
    return {
      output: x!.shape,
      params: [
        { name: 'mean', shape: f, init: 'zeros', trainable: false, kind: 'state' },
        { name: 'variance', shape: f, init: 'ones', trainable: false, kind: 'state' },
      ],
    };
  },
  lower(l, _c, [x], p, out) {
    const f = [out[out.length - 1]!];
    const std = l.op('maximum', [l.op('sqrt', [p.variance!], {}, f), l.fill(1e-7, [])], {}, f);
    return l.op('div', [l.op('sub', [x!, p.mean!], {}, [l.batch, ...out]), std], {}, [l.batch, ...out]);
  },
});
