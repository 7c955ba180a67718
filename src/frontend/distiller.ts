/**
 * @file `distiller({ teacher, student, alpha, temperature, teacherWeights, train })`: read while
 * evaluating, then turned into the model `dlc train` trains. That model is the student (its inputs,
 * outputs, inference graph and evaluation) with the teacher's weights added as frozen, pretrained
 * params and a `distill` note that makes the training step add the softened-teacher term
 * (src/train/distill-head.ts). The teacher gets no gradients and no optimizer slots.
 */
import type { Node } from 'ts-morph';
import { readAs } from './args.ts';
import { errorAt } from './diag.ts';
import type { Interp } from './interp.ts';
import { checkKeys, trainOf, type Config } from './models.ts';
import { checkpointPath } from './pretrained.ts';
import type { CompiledModel } from './program.ts';
import { trainConfig } from './train-config.ts';
import { describe, DistillerVal, ModelVal } from './values.ts';

/** Keras's `Distiller.compile` defaults. */
export const DISTILL_DEFAULTS = { alpha: 0.1, temperature: 3 } as const;

const KEYS = ['name', 'teacher', 'student', 'alpha', 'temperature', 'teacherWeights', 'train'] as const;

export function buildDistiller(ip: Interp, cfg: Config, node: Node): DistillerVal {
  checkKeys('distiller', cfg, KEYS);
  const at = (k: string): Node => cfg.value.nodes.get(k) ?? cfg.node;
  const modelOpt = (k: 'teacher' | 'student'): ModelVal => {
    const v = cfg.value.props.get(k);
    if (v === undefined) throw errorAt(cfg.node, 'E_MISSING_OPTION', `distiller() needs '${k}'`, `e.g. distiller({ teacher, student, alpha: 0.1, temperature: 3 })`);
    if (!(v instanceof ModelVal)) throw errorAt(at(k), 'E_OPTION_TYPE', `distiller() ${k} must be a model, got ${describe(v)}`);
    return v;
  };
  const teacher = modelOpt('teacher');
  const student = modelOpt('student');
  if (teacher === student) throw errorAt(at('student'), 'E_OPTION_VALUE', 'distiller() needs a teacher and a student that are different models');
  for (const [k, m] of [['teacher', teacher], ['student', student]] as const) {
    if (m.inputs.length !== 1 || m.outputs.length !== 1) throw errorAt(at(k), 'E_TRAIN_UNSUPPORTED', `distiller() ${k} ${m.name} must have one input and one output (it has ${m.inputs.length} and ${m.outputs.length})`);
  }
  const [tOut, sOut] = [teacher.outputs[0]!.tensor.shape, student.outputs[0]!.tensor.shape];
  if (tOut.join() !== sOut.join()) throw errorAt(at('teacher'), 'E_SHAPE_MISMATCH', `the teacher ${teacher.name} outputs [${tOut.join(', ')}] per sample but the student ${student.name} outputs [${sOut.join(', ')}]`, 'distillation compares the two models class by class: give them the same output size');
  const [tIn, sIn] = [teacher.inputs[0]!.tensor.shape, student.inputs[0]!.tensor.shape];
  if (tIn.join() !== sIn.join()) throw errorAt(at('teacher'), 'E_SHAPE_MISMATCH', `the teacher ${teacher.name} takes [${tIn.join(', ')}] but the student ${student.name} takes [${sIn.join(', ')}]`, 'both models see the same batch: give them the same input shape');
  const num = (k: 'alpha' | 'temperature', d: number): number => {
    const v = cfg.value.props.get(k);
    return v === undefined ? d : (readAs(k === 'alpha' ? 'number' : 'positive', v, at(k), k) as number);
  };
  const alpha = num('alpha', DISTILL_DEFAULTS.alpha);
  if (!(alpha >= 0 && alpha <= 1)) throw errorAt(at('alpha'), 'E_OPTION_RANGE', `distiller() alpha must be in [0, 1] (the hard-label loss's weight), got ${alpha}`);
  const temperature = num('temperature', DISTILL_DEFAULTS.temperature);
  const tw = cfg.value.props.get('teacherWeights');
  const teacherWeights = tw === undefined ? undefined : checkpointPath(readAs('string', tw, at('teacherWeights'), 'teacherWeights') as string, at('teacherWeights'));
  const name = cfg.value.props.get('name') === undefined ? 'distiller' : (readAs('string', cfg.value.props.get('name'), at('name'), 'name') as string);
  const train = trainOf(ip, cfg, name, student.outputs) ?? student.train;
  return new DistillerVal(name, teacher, student, alpha, temperature, teacherWeights, train, node);
}

/** What a file's `distiller()` default export gives the trainer (the student is the file's main model). */
export interface DistillerDef {
  readonly name: string;
  readonly teacher: CompiledModel;
  readonly student: CompiledModel;
  readonly alpha: number;
  readonly temperature: number;
  readonly teacherWeights: string | undefined;
  readonly train: CompiledModel['train'];
}

export function distillerDef(v: DistillerVal, compiled: (m: ModelVal) => CompiledModel): DistillerDef {
  return {
    name: v.name, teacher: compiled(v.teacher), student: compiled(v.student), alpha: v.alpha, temperature: v.temperature, teacherWeights: v.teacherWeights,
    train: v.train ? trainConfig(v.train, v.node) : undefined,
  };
}

/**
 * The model `dlc train` trains: the student, named after the distiller, with every teacher weight a
 * frozen param loaded from `teacherCheckpoint` (tensor names as the teacher's own checkpoint has them;
 * default the file's `teacherWeights`, else the teacher's own `weights:`).
 */
export function distillerModel(d: DistillerDef, teacherCheckpoint: string | undefined = d.teacherWeights): CompiledModel {
  const own = new Set(d.student.params.map((p) => p.name));
  const shared = d.teacher.params.find((p) => own.has(p.name));
  if (shared) throw new Error(`the teacher ${d.teacher.name} and the student ${d.student.name} both have a weight named ${shared.name}; distillation keeps them apart by name, so give the layers different names`);
  const frozen = d.teacher.params.map(({ regularizer: _r, constraint: _c, ...p }) => {
    const pretrained = teacherCheckpoint ? { file: teacherCheckpoint, key: p.name } : p.pretrained;
    if (!pretrained) throw new Error(`${d.name} needs the trained weights of its teacher ${d.teacher.name}: pass --teacher <checkpoint> or set teacherWeights in distiller({ … })`);
    return { ...p, trainable: false, pretrained };
  });
  const teacherTotal = d.teacher.totalParams;
  return {
    ...d.student,
    name: d.name,
    params: [...d.student.params, ...frozen],
    totalParams: d.student.totalParams + teacherTotal,
    nonTrainableParams: d.student.nonTrainableParams + teacherTotal,
    train: d.train,
    distill: { teacher: d.teacher, alpha: d.alpha, temperature: d.temperature },
    graph: (batch, opts) => d.student.graph(batch, opts),
  };
}
