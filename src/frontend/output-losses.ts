/**
 * @file Multi-output training config (Keras `compile(loss={…}, loss_weights={…}, metrics={…})`): a loss,
 * a weight and metrics per model output, read from the `train` section by output name or in output order.
 */
import type { Node } from 'ts-morph';
import { readAs } from './args.ts';
import { didYouMean, errorAt, keyNode } from './diag.ts';
import { describe, FnVal, ModelVal, ObjVal, type Val } from './values.ts';
import { lossDef, type LossKind, type LossOptions } from '../train/losses.ts';

/** One output's part of the objective: total loss = Σ weight · loss(output). */
export interface OutputLoss {
  /** The output's name (a key of the object forward() returns). */
  readonly name: string;
  readonly loss: LossKind;
  readonly lossOptions: LossOptions;
  /** Keras `loss_weights` (default 1). */
  readonly weight: number;
  /** Metrics of this output, reported as `<output>_<metric>` (`<output>_loss` always). */
  readonly metrics: readonly string[];
}

/** The metrics a single output can report (their sums are per-output accumulators of the step). */
export const OUTPUT_METRICS = ['accuracy', 'mae', 'meanAbsoluteError', 'mse', 'meanSquaredError'] as const;

type Read<T> = (v: Val, node: Node) => T;

/**
 * An option written once for every output (`'mse'`), per output by name (`{ price: 'mse', kind: … }`), or
 * as an array in output order; `fallback` fills outputs an object leaves out (undefined: each is needed).
 */
function perOutput<T>(option: string, v: Val, node: Node, outputs: readonly string[], read: Read<T>, fallback?: T, isWhole?: (v: Val) => boolean): T[] {
  if (Array.isArray(v) && !isWhole?.(v)) {
    if (v.length !== outputs.length) throw errorAt(node, 'E_OPTION_VALUE', `${option} lists ${v.length} entries, but the model has ${outputs.length} outputs (${outputs.join(', ')})`, `give one per output in that order, or an object { ${outputs.map((o) => `${o}: …`).join(', ')} }`);
    return (v as Val[]).map((x) => read(x, node));
  }
  if (v instanceof ObjVal && !isWhole?.(v)) {
    for (const [k, n] of v.nodes) {
      if (!outputs.includes(k)) throw errorAt(keyNode(n), 'E_UNKNOWN_OUTPUT', `${option} names output '${k}', but the model's outputs are ${outputs.join(', ')}`, didYouMean(k, outputs));
    }
    return outputs.map((o) => {
      if (!v.props.has(o)) {
        if (fallback !== undefined) return fallback;
        throw errorAt(node, 'E_MISSING_OPTION', `${option} has no entry for output '${o}'`, `every output needs one: { ${outputs.map((x) => `${x}: …`).join(', ')} }`);
      }
      return read(v.props.get(o), v.nodes.get(o) ?? node);
    });
  }
  const one = read(v, node);
  return outputs.map(() => one);
}

function lossWeight(v: Val, node: Node): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw errorAt(node, 'E_OPTION_VALUE', `a loss weight must be a non-negative number, got ${describe(v)}`);
  return v;
}

function metricList(v: Val, node: Node): string[] {
  const names = typeof v === 'string' ? [v] : Array.isArray(v) ? (v as Val[]) : undefined;
  if (!names) throw errorAt(node, 'E_OPTION_TYPE', `an output's metrics must be a name or an array of names, got ${describe(v)}`);
  return names.map((m) => readAs({ oneOf: OUTPUT_METRICS }, m, node, "an output's metric") as string);
}

/**
 * The per-output objective of a model with several outputs; undefined for one output, where a per-output
 * loss, `lossWeights` or per-output metrics are refused as meaningless.
 */
export function outputLosses(t: ObjVal, at: Node, outputs: readonly string[], lossConfig: (v: Val, node: Node) => { loss: LossKind; lossOptions: LossOptions }): OutputLoss[] | undefined {
  const node = (k: string): Node => t.nodes.get(k) ?? at;
  const loss = t.props.get('loss');
  const isPerOutput = (v: Val): boolean => Array.isArray(v) || (v instanceof ObjVal);
  if (outputs.length < 2) {
    if (isPerOutput(loss)) throw errorAt(node('loss'), 'E_OPTION_TYPE', 'a loss per output needs a model with several outputs; this one has one', "give one loss, e.g. loss: 'mse'");
    if (t.props.has('lossWeights')) throw errorAt(keyNode(node('lossWeights')), 'E_OPTION_VALUE', 'lossWeights weighs the losses of a model with several outputs; this one has one');
    if (t.props.get('metrics') instanceof ObjVal) throw errorAt(node('metrics'), 'E_OPTION_TYPE', 'metrics per output need a model with several outputs; give an array of names');
    return undefined;
  }
  const readLoss = (v: Val, n: Node): { loss: LossKind; lossOptions: LossOptions } => {
    if (v instanceof FnVal || v instanceof ModelVal) throw errorAt(n, 'E_TRAIN_UNSUPPORTED', 'a custom loss function is not supported per output yet', 'use a loss by name for each output');
    return lossConfig(v, n);
  };
  const losses = perOutput('loss', loss, node('loss'), outputs, readLoss);
  const weights = t.props.has('lossWeights') ? perOutput('lossWeights', t.props.get('lossWeights'), node('lossWeights'), outputs, lossWeight, 1) : outputs.map(() => 1);
  // Keras 2's list of metrics applies to every output; an object or a list of lists gives each its own.
  const m = t.props.get('metrics') ?? [];
  const isFlat = (v: Val): boolean => Array.isArray(v) && (v as Val[]).every((x) => typeof x === 'string');
  const metrics = perOutput('metrics', m, node('metrics'), outputs, metricList, [], isFlat);
  // A flat list goes to every output where it means something: accuracy to classification outputs, errors to regression ones.
  const keep = (i: number): string[] => {
    if (!isFlat(m)) return metrics[i]!;
    const isRegression = lossDef(losses[i]!.loss).metric === 'mae';
    return metrics[i]!.filter((x) => (x === 'accuracy') !== isRegression);
  };
  return outputs.map((name, i) => ({ name, ...losses[i]!, weight: weights[i]!, metrics: keep(i) }));
}
