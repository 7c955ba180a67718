/** @file The frontend's result: named models with summaries, params and initialisers, graphs, and training config. */
import { numel, type Graph, type SourceLoc } from '../ir/index.ts';
import { errorAt } from './diag.ts';
import type { InitName } from './layers/layer-def.ts';
import { lowerModel, type LowerOptions } from './lower.ts';
import { paramsOf, type WeightSource } from './pretrained.ts';
import { readAs } from './args.ts';
import { stepConfig, trainConfig, type DatasetConfig, type TrainConfig, type TrainStepConfig } from './train-config.ts';
import { DescVal, DistillerVal, ModelVal, ObjVal, ProgramVal, type Val } from './values.ts';
import { distillerDef, type DistillerDef } from './distiller.ts';
import { callbackConfigs } from './callbacks.ts';
import type { Schedule } from '../train/schedule.ts';

/** One weight as the training loop and bundles see it: `dense_1.kernel`. */
export interface ParamInfo {
  readonly name: string;
  readonly layer: string;
  readonly weight: string;
  readonly shape: readonly number[];
  readonly init: InitName;
  readonly trainable: boolean;
  /** `state` weights (batch-norm moving statistics) are graph `state` args. */
  readonly kind: 'param' | 'state';
  /** Initial value from this checkpoint tensor instead of `init` (a model declared with `weights:`). */
  readonly pretrained?: WeightSource;
  /** l1·Σ|w| + l2·Σw² added to the training loss (a layer's kernel/bias regularizer). */
  readonly regularizer?: { readonly l1: number; readonly l2: number };
  /** Projection after each optimizer update (a layer's kernel/bias constraint). */
  readonly constraint?: import('./layers/layer-def.ts').WeightConstraint;
}

/** A row of the Keras summary table; `outputShape` has null for the batch axis. */
export interface LayerRow {
  readonly name: string;
  readonly type: string;
  readonly outputShape: readonly (number | null)[];
  readonly params: number;
  /** Where each application of the layer is in the source, in the order they run (IR nodes carry the same locations). */
  readonly locs?: readonly SourceLoc[];
}

export interface CompiledModel {
  readonly name: string;
  readonly kind: 'sequential' | 'functional';
  readonly inputs: readonly { name: string; shape: readonly number[]; dtype: 'f32' | 'i32' }[];
  readonly outputs: readonly { name: string; shape: readonly number[] }[];
  readonly layers: readonly LayerRow[];
  readonly params: readonly ParamInfo[];
  readonly totalParams: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly train: TrainConfig | undefined;
  /**
   * The inference graph at a batch size (default: the training batch size, else 1); with
   * `{ training: true }` the training-mode forward (dropout masks, batch statistics and their updates).
   */
  graph(batch?: number, opts?: LowerOptions): Graph;
  /** A distiller's training model (src/frontend/distiller.ts): the step adds this teacher's softened-output term. */
  readonly distill?: { readonly teacher: CompiledModel; readonly alpha: number; readonly temperature: number };
}

export interface Program {
  readonly file: string;
  readonly models: readonly CompiledModel[];
  /** The default export's model (or the first model). */
  readonly main: CompiledModel;
  /** Multi-step training (GANs); empty when each model trains with its own `train` section. */
  readonly steps: readonly TrainStepConfig[];
  /** Program-level schedule and data for multi-step training (absent for single-model files). */
  readonly schedule: { readonly batchSize: number; readonly epochs: number; readonly data: DatasetConfig | undefined; readonly lrSchedule?: Schedule } | undefined;
  /** The default export is `distiller({ … })`: `main` is its student, and `dlc train` trains `distillerModel(distiller)`. */
  readonly distiller?: DistillerDef;
}

export function compiledModel(m: ModelVal): CompiledModel {
  const seen = new Set<unknown>();
  const layers: LayerRow[] = [];
  const params: ParamInfo[] = [];
  if (m.kind === 'functional') {
    for (const i of m.inputs) layers.push({ name: i.name, type: 'InputLayer', outputShape: [null, ...i.tensor.shape], params: 0 });
  }
  const locs = new Map<unknown, SourceLoc[]>();
  for (const step of m.trace) {
    if (seen.has(step.layer)) {
      locs.get(step.layer)!.push(step.loc);
      continue;
    }
    seen.add(step.layer);
    locs.set(step.layer, [step.loc]);
    const ps = paramsOf(step);
    layers.push({ name: step.layer.name, type: step.layer.def.kerasType, outputShape: [null, ...step.output.shape], params: ps.reduce((s, p) => s + numel(p.shape), 0), locs: locs.get(step.layer)! });
    for (const p of ps) params.push({ name: `${step.layer.name}.${p.name}`, layer: step.layer.name, weight: p.name, shape: p.shape, init: p.init, trainable: p.trainable, kind: p.kind, ...(p.from ? { pretrained: p.from } : {}), ...(p.regularizer ? { regularizer: p.regularizer } : {}), ...(p.constraint ? { constraint: p.constraint } : {}) });
  }
  const count = (f: (p: ParamInfo) => boolean): number => params.filter(f).reduce((s, p) => s + numel(p.shape), 0);
  const train = m.train ? trainConfig(m.train, m.node, m.outputs.map((o) => o.name)) : undefined;
  const graphs = new Map<string, Graph>();
  return {
    name: m.name, kind: m.kind,
    inputs: m.inputs.map((i) => ({ name: i.name, shape: i.tensor.shape, dtype: i.tensor.dtype })),
    outputs: m.outputs.map((o) => ({ name: o.name, shape: o.tensor.shape })),
    layers, params,
    totalParams: count(() => true), trainableParams: count((p) => p.trainable), nonTrainableParams: count((p) => !p.trainable),
    train,
    graph(batch = train?.batchSize ?? 1, opts: LowerOptions = {}) {
      const key = `${opts.training ? `${batch}/train/${opts.seed ?? 0}` : `${batch}`}${opts.probe !== undefined ? `/probe/${opts.probe}` : ''}${opts.penalties ? '/penalties' : ''}`;
      let g = graphs.get(key);
      if (!g) graphs.set(key, (g = lowerModel(m, batch, opts)));
      return g;
    },
  };
}

/** Collects the models a file exports: the default export (a model or a program) and named model exports. */
export function programOf(file: string, exports: ReadonlyMap<string, Val>, fileNode: import('ts-morph').Node): Program {
  const byVal = new Map<ModelVal, CompiledModel>();
  const compiled = (m: ModelVal): CompiledModel => {
    let c = byVal.get(m);
    if (!c) byVal.set(m, (c = compiledModel(m)));
    return c;
  };
  const def = exports.get('default');
  let steps: TrainStepConfig[] = [];
  let schedule: Program['schedule'];
  if (def instanceof ProgramVal) {
    schedule = scheduleOf(def);
    const models = def.config.props.get('models');
    if (!(models instanceof ObjVal)) throw errorAt(def.node, 'E_OPTION_TYPE', 'program() models must be an object of models');
    for (const v of models.props.values()) if (v instanceof ModelVal) compiled(v);
    const stepsVal = def.config.props.get('steps');
    if (!(stepsVal instanceof ObjVal)) throw errorAt(def.node, 'E_OPTION_TYPE', 'program() steps must be an object of training steps');
    steps = [...stepsVal.props].map(([name, v]) => stepConfig(name, v, stepsVal.nodes.get(name) ?? def.node, (m) => compiled(m).name));
  }
  const distiller = def instanceof DistillerVal ? distillerDef(def, compiled) : undefined;
  for (const v of exports.values()) if (v instanceof ModelVal) compiled(v);
  const models = [...byVal.values()];
  const main = def instanceof ModelVal ? compiled(def) : (distiller?.student ?? models[0]);
  if (!main) throw errorAt(fileNode, 'E_NO_MODEL', `${file} exports no model`, 'end the file with export default sequential({ … }) or model({ … })');
  return { file, models, main, steps, schedule, ...(distiller ? { distiller } : {}) };
}

function scheduleOf(p: ProgramVal): NonNullable<Program['schedule']> {
  const get = (k: string): Val => p.config.props.get(k);
  const at = (k: string): import('ts-morph').Node => p.config.nodes.get(k) ?? p.node;
  const data = get('data');
  if (data !== undefined && !(data instanceof DescVal && data.family === 'dataset')) throw errorAt(at('data'), 'E_OPTION_TYPE', 'data must be a dataset such as mnist()');
  return {
    batchSize: get('batchSize') === undefined ? 32 : (readAs('size', get('batchSize'), at('batchSize'), 'batchSize') as number),
    epochs: get('epochs') === undefined ? 1 : (readAs('size', get('epochs'), at('epochs'), 'epochs') as number),
    data: data instanceof DescVal ? { kind: data.kind, options: data.options } : undefined,
    ...programSchedule(get('callbacks'), at('callbacks')),
  };
}

/**
 * A program's `callbacks`: only `learningRateScheduler` (every step's rate follows it, by iteration).
 * The others watch one loss that should fall, with validation data: a GAN's two losses pull against
 * each other and neither measures the samples, and a program has no validation split, so early
 * stopping, plateau reductions or a "best" checkpoint would pick arbitrary epochs.
 */
function programSchedule(v: Val, node: import('ts-morph').Node): { lrSchedule?: Schedule } {
  if (v === undefined) return {};
  let lrSchedule: Schedule | undefined;
  for (const c of callbackConfigs(v, node)) {
    if (c.kind === 'learningRateScheduler') lrSchedule = c.schedule;
    else throw errorAt(node, 'E_TRAIN_UNSUPPORTED', `${c.kind} does not apply to a multi-step program: its steps' losses pull against each other (a GAN's discriminator loss falls as the generator's rises), neither measures the result, and there is no validation split to monitor`, 'keep learningRateScheduler; checkpoints are written every epoch anyway (pick an epoch from report.html)');
  }
  return lrSchedule ? { lrSchedule } : {};
}
