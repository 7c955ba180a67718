/**
 * @file Keras Applications as builders: `vgg16()`, `resNet50()`, `mobileNetV2()` build the published
 * architectures layer by layer (Keras's layer names, so a checkpoint converted from Keras loads by
 * name), with `includeTop`, `inputShape`, `classes`, `pooling`, and `weights`/`trainable` as in
 * `sequential`. Parameter totals equal Keras's: 138,357,544; 25,636,712; 3,538,984 with the top.
 */
import type { Node } from 'ts-morph';
import { ArgReader, readAs } from './args.ts';
import { applyLayer } from './call.ts';
import { makeLayer } from './builtins.ts';
import type { Interp } from './interp.ts';
import { LAYER_FACTORIES, MERGES } from './layers/index.ts';
import { checkKeys, pretrain, readShape, trainOf, traced, type Config } from './models.ts';
import { ModelVal, ObjVal, type TensorVal, type TraceNode, type Val } from './values.ts';

interface AppOptions {
  readonly includeTop: boolean;
  readonly inputShape: readonly number[];
  readonly classes: number;
  readonly pooling: 'avg' | 'max' | undefined;
  readonly classifierActivation: string;
}

/** Applies dlc layers by factory name with plain option values, as a model file would. */
class Net {
  constructor(
    readonly ip: Interp,
    readonly node: Node,
  ) {}

  layer(fn: string, args: readonly Val[], opts: Record<string, Val>, x: TensorVal | readonly TensorVal[]): TensorVal {
    const def = LAYER_FACTORIES.get(fn) ?? MERGES.get(fn)!;
    const located = [...args, new ObjVal(new Map(Object.entries(opts)))].map((value) => ({ value, node: this.node }));
    const layer = makeLayer(this.ip, def, new ArgReader(fn, this.node, MERGES.has(fn) ? [{ value: undefined, node: this.node }, located[located.length - 1]!] : located));
    return applyLayer(this.ip, layer, Array.isArray(x) ? x : [x as TensorVal], this.node);
  }

  conv(x: TensorVal, filters: number, k: number, opts: Record<string, Val>): TensorVal {
    return this.layer('conv2d', [filters, k], opts, x);
  }

  bn(x: TensorVal, name: string, epsilon: number, momentum = 0.99): TensorVal {
    return this.layer('batchNorm', [], { epsilon, momentum, name }, x);
  }

  act(x: TensorVal, fn: string, name: string): TensorVal {
    return this.layer('activation', [fn], { name }, x);
  }

  /** The classifier or the pooled features, as Keras's `include_top` and `pooling` choose. */
  head(x: TensorVal, o: AppOptions, flatten: boolean): TensorVal {
    if (o.includeTop) {
      const f = flatten ? this.layer('flatten', [], { name: 'flatten' }, x) : this.layer('globalAvgPool2d', [], { name: 'avg_pool' }, x);
      if (flatten) {
        const h = this.layer('dense', [4096], { activation: 'relu', name: 'fc1' }, f);
        return this.layer('dense', [o.classes], { activation: o.classifierActivation, name: 'predictions' }, this.layer('dense', [4096], { activation: 'relu', name: 'fc2' }, h));
      }
      return this.layer('dense', [o.classes], { activation: o.classifierActivation, name: 'predictions' }, f);
    }
    if (o.pooling === 'avg') return this.layer('globalAvgPool2d', [], {}, x);
    if (o.pooling === 'max') return this.layer('globalMaxPool2d', [], {}, x);
    return x;
  }
}

/** VGG16 (Simonyan & Zisserman 2014): 13 3×3 convs in 5 blocks, each closed by 2×2 max pooling. */
function vgg16(n: Net, x: TensorVal, o: AppOptions): TensorVal {
  let h = x;
  for (const [block, filters, convs] of [[1, 64, 2], [2, 128, 2], [3, 256, 3], [4, 512, 3], [5, 512, 3]] as const) {
    for (let i = 1; i <= convs; i++) h = n.conv(h, filters, 3, { activation: 'relu', padding: 'same', name: `block${block}_conv${i}` });
    h = n.layer('maxPool2d', [], { poolSize: 2, strides: 2, name: `block${block}_pool` }, h);
  }
  return n.head(h, o, true);
}

/** ResNet50 v1 (He et al. 2015): bottleneck blocks [3, 4, 6, 3], projection shortcuts at each stage's first block. */
function resNet50(n: Net, x: TensorVal, o: AppOptions): TensorVal {
  const eps = 1.001e-5;
  let h = n.layer('zeroPadding2d', [3], { name: 'conv1_pad' }, x);
  h = n.conv(h, 64, 7, { strides: 2, name: 'conv1_conv' });
  h = n.act(n.bn(h, 'conv1_bn', eps), 'relu', 'conv1_relu');
  h = n.layer('zeroPadding2d', [1], { name: 'pool1_pad' }, h);
  h = n.layer('maxPool2d', [], { poolSize: 3, strides: 2, name: 'pool1_pool' }, h);
  const block = (y: TensorVal, filters: number, stride: number, shortcut: boolean, name: string): TensorVal => {
    const skip = shortcut ? n.bn(n.conv(y, 4 * filters, 1, { strides: stride, name: `${name}_0_conv` }), `${name}_0_bn`, eps) : y;
    let z = n.act(n.bn(n.conv(y, filters, 1, { strides: stride, name: `${name}_1_conv` }), `${name}_1_bn`, eps), 'relu', `${name}_1_relu`);
    z = n.act(n.bn(n.conv(z, filters, 3, { padding: 'same', name: `${name}_2_conv` }), `${name}_2_bn`, eps), 'relu', `${name}_2_relu`);
    z = n.bn(n.conv(z, 4 * filters, 1, { name: `${name}_3_conv` }), `${name}_3_bn`, eps);
    return n.act(n.layer('add', [], { name: `${name}_add` }, [skip, z]), 'relu', `${name}_out`);
  };
  for (const [stage, filters, blocks, stride] of [[2, 64, 3, 1], [3, 128, 4, 2], [4, 256, 6, 2], [5, 512, 3, 2]] as const) {
    for (let b = 1; b <= blocks; b++) h = block(h, filters, b === 1 ? stride : 1, b === 1, `conv${stage}_block${b}`);
  }
  return n.head(h, o, false);
}

/** MobileNetV2 (Sandler et al. 2018), width 1.0: inverted residual blocks with linear bottlenecks and ReLU6. */
function mobileNetV2(n: Net, x: TensorVal, o: AppOptions): TensorVal {
  const bn = (y: TensorVal, name: string): TensorVal => n.bn(y, name, 1e-3, 0.999);
  let h = n.conv(x, 32, 3, { strides: 2, padding: 'same', useBias: false, name: 'Conv1' });
  h = n.act(bn(h, 'bn_Conv1'), 'relu6', 'Conv1_relu');
  const block = (y: TensorVal, expansion: number, stride: number, filters: number, id: number): TensorVal => {
    const prefix = id ? `block_${id}_` : 'expanded_conv_';
    const inCh = y.shape[2]!;
    let z = y;
    if (id) z = n.act(bn(n.conv(z, expansion * inCh, 1, { padding: 'same', useBias: false, name: `${prefix}expand` }), `${prefix}expand_BN`), 'relu6', `${prefix}expand_relu`);
    if (stride === 2) {
      // Keras's correct_pad for a 3×3 window: (0, 1) on even sizes, (1, 1) on odd ones.
      const pad = (d: number): [number, number] => [1 - (1 - (d % 2)), 1];
      z = n.layer('zeroPadding2d', [[pad(z.shape[0]!), pad(z.shape[1]!)]], { name: `${prefix}pad` }, z);
    }
    z = n.layer('depthwiseConv2d', [3], { strides: stride, useBias: false, padding: stride === 1 ? 'same' : 'valid', name: `${prefix}depthwise` }, z);
    z = n.act(bn(z, `${prefix}depthwise_BN`), 'relu6', `${prefix}depthwise_relu`);
    z = bn(n.conv(z, filters, 1, { padding: 'same', useBias: false, name: `${prefix}project` }), `${prefix}project_BN`);
    return inCh === filters && stride === 1 ? n.layer('add', [], { name: `${prefix}add` }, [y, z]) : z;
  };
  const plan: [number, number, number, number][] = [
    [1, 1, 16, 0], [6, 2, 24, 1], [6, 1, 24, 2], [6, 2, 32, 3], [6, 1, 32, 4], [6, 1, 32, 5], [6, 2, 64, 6], [6, 1, 64, 7], [6, 1, 64, 8], [6, 1, 64, 9],
    [6, 1, 96, 10], [6, 1, 96, 11], [6, 1, 96, 12], [6, 2, 160, 13], [6, 1, 160, 14], [6, 1, 160, 15], [6, 1, 320, 16],
  ];
  for (const [e, s, f, id] of plan) h = block(h, e, s, f, id);
  h = n.act(bn(n.conv(h, 1280, 1, { useBias: false, name: 'Conv_1' }), 'Conv_1_bn'), 'relu6', 'out_relu');
  return n.head(h, o, false);
}

const BUILDERS: Readonly<Record<string, [string, (n: Net, x: TensorVal, o: AppOptions) => TensorVal]>> = {
  vgg16: ['vgg16', vgg16],
  resNet50: ['resnet50', resNet50],
  mobileNetV2: ['mobilenetv2_1.00_224', mobileNetV2],
};

/** The names `dlc` exports as application builders. */
export const APPLICATIONS: ReadonlySet<string> = new Set(Object.keys(BUILDERS));

const KEYS = ['name', 'includeTop', 'inputShape', 'classes', 'pooling', 'classifierActivation', 'train', 'weights', 'trainable', 'unfreeze'];

/** Builds one application from its options object (absent = Keras's defaults). */
export function buildApplication(ip: Interp, fn: string, cfg: Config, node: Node): ModelVal {
  checkKeys(fn, cfg, KEYS);
  const get = (k: string): { value: Val; node: Node } => ({ value: cfg.value.props.get(k), node: cfg.value.nodes.get(k) ?? cfg.node });
  const read = (k: string, kind: Parameters<typeof readAs>[0]): unknown => (get(k).value === undefined ? undefined : readAs(kind, get(k).value, get(k).node, `${fn}() option '${k}'`));
  const shape = get('inputShape').value === undefined ? [224, 224, 3] : readShape(get('inputShape').value, get('inputShape').node, `${fn}() inputShape`);
  const o: AppOptions = {
    includeTop: (read('includeTop', 'bool') as boolean | undefined) ?? true,
    inputShape: shape,
    classes: (read('classes', 'size') as number | undefined) ?? 1000,
    pooling: read('pooling', { oneOf: ['avg', 'max'] }) as 'avg' | 'max' | undefined,
    classifierActivation: (read('classifierActivation', 'activation') as string | undefined) ?? 'softmax',
  };
  const [defaultName, build] = BUILDERS[fn]!;
  const trace: TraceNode[] = [];
  const x = ip.tensor(o.inputShape, 'f32');
  const out = traced(ip, trace, () => build(new Net(ip, node), x, o));
  const name = (read('name', 'string') as string | undefined) ?? defaultName;
  const outputs = [{ name: 'output', tensor: out }];
  return new ModelVal(name, 'functional', [{ name: 'input', tensor: x }], pretrain(cfg, trace, name), outputs, trainOf(ip, cfg, name, outputs), node);
}
