/**
 * @file Golden files: for every model in models/, the optimised IR, the WGSL kernels with their
 * dispatches, and the memory plan, for inference at batch 1 and (where the model trains) one training
 * step at batch 4. `npm run golden` checks; `npm run golden -- --accept` rewrites golden/.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileInference, compileTraining } from '../src/compile.ts';
import type { CompiledPlan } from '../src/codegen/plan.ts';
import { buildReport, formatReport } from '../src/codegen/report.ts';
import { compileModelFile, distillerModel, type CompiledModel } from '../src/frontend/index.ts';
import { print, type Graph } from '../src/ir/index.ts';
import type { DataSpec } from '../src/train/step.ts';
import { targetWidth } from '../src/train/multi-output.ts';

export const GOLDEN_DIR = 'golden';
export const ACCEPT_COMMAND = 'npm run golden -- --accept';

/** Models whose training graphs are too large to review as text (unrolled recurrences) get inference goldens only. */
const INFERENCE_ONLY = new Set(['lstm', 'simple_rnn', 'gru_forecaster', 'bidirectional_lstm']);

/** The model files, by golden directory name (the file name without .ts). */
export function modelFiles(): string[] {
  return readdirSync('models').filter((f) => f.endsWith('.ts')).sort();
}

/** Every golden file of one model file: relative name → content. Deterministic: no timings, no absolute paths. */
export function renderModel(file: string): Record<string, string> {
  const program = compileModelFile(join('models', file));
  const m = program.main;
  const inf = compileInference(m, { batch: 1 });
  const out: Record<string, string> = { ...renderProgram('', inf.graph, inf.compiled!) };
  const stem = file.replace(/\.ts$/, '');
  if (m.train?.loss && m.train.optimizer && !INFERENCE_ONLY.has(stem)) {
    try {
      const t = compileTraining(m, { batch: 4, seed: 0, data: dataSpecOf(m) });
      Object.assign(out, renderProgram('train-', t.graph, t.compiled!));
    } catch (e) {
      // Recorded rather than thrown, so a model the training pipeline cannot take yet still gets its inference goldens.
      out['train-error.txt'] = `${e instanceof Error ? e.message : String(e)}\n`;
    }
  }
  if (program.distiller) {
    // A distiller file's own training step: the student's with the frozen teacher inlined (no weights are read to compile it).
    const d = distillerModel(program.distiller, program.distiller.teacherWeights ?? 'teacher.safetensors');
    const t = compileTraining(d, { batch: 4, seed: 0, data: dataSpecOf(d) });
    Object.assign(out, renderProgram('distill-train-', t.graph, t.compiled!));
  }
  return out;
}

function renderProgram(prefix: string, graph: Graph, c: CompiledPlan): Record<string, string> {
  const kernels = c.plan.kernels.map((k, i) => `// ---- pipeline ${i} (${k.bindings.join(', ')})\n${k.code}`).join('\n');
  const loops = (c.plan.loops ?? []).map((l) => `//   loop #${l.first}..#${l.first + l.count - 1} × ${l.steps} steps${l.reverse ? ' (reverse)' : ''}${l.swaps?.length ? `, ${l.swaps.length} buffer pairs swapped on odd steps` : ''}`);
  const dispatches = [...c.plan.dispatches.map((d, i) => `//   #${i} p${d.kernel} [${d.bindings.join(',')}] ${d.workgroups.join('x')} ${d.label}`), ...loops].join('\n');
  const memory = [
    `naive ${c.memory.naiveBytes} bytes (one buffer per value)`,
    `peak ${c.memory.peakBytes} bytes (temporaries ${c.memory.tempBytes}, unshared ${c.memory.unsharedTempBytes})`,
    ...c.memory.slots.map((s) => `buffer ${s.buffer} ${s.role} ${s.bytes}: ${s.holds.join(', ')}`),
  ].join('\n');
  return {
    [`${prefix}ir.txt`]: `${print(graph).trimEnd()}\n`,
    [`${prefix}kernels.wgsl`]: `// dispatches (pipeline, buffers, workgroups, ops):\n${dispatches}\n\n${kernels}`,
    [`${prefix}memory.txt`]: `${memory}\n\n${formatReport(buildReport(graph, c))}\n`,
  };
}

/** Targets as the loss expects them, without loading the dataset: class indices or the prediction's shape. */
function dataSpecOf(m: CompiledModel): DataSpec {
  const xShape = m.inputs[0]!.shape;
  // Several outputs: one packed target row (src/train/multi-output.ts).
  const outs = m.train!.outputs;
  if (outs && m.outputs.length > 1) return { xShape, yShape: [outs.reduce((s, o) => s + targetWidth(o, m.outputs.find((x) => x.name === o.name)!.shape), 0)], yDtype: 'f32' };
  const pred = m.graph(1).outputs[0]!;
  const predShape = m.graph(1).nodes.find((n) => n.id === pred.value)?.type.shape ?? [];
  if (m.train!.loss === 'sparseCategoricalCrossentropy') return { xShape, yShape: predShape.slice(1, -1), yDtype: 'i32' };
  return { xShape, yShape: predShape.slice(1), yDtype: 'f32' };
}

export interface GoldenDiff {
  readonly path: string;
  readonly message: string;
}

/** Compares (or with `accept` rewrites) golden/<model>/… for every model; returns the differences. */
export function checkGoldens(accept: boolean, only?: readonly string[]): GoldenDiff[] {
  const diffs: GoldenDiff[] = [];
  for (const file of modelFiles()) {
    const stem = file.replace(/\.ts$/, '');
    if (only && !only.includes(stem)) continue;
    const dir = join(GOLDEN_DIR, stem);
    const files = renderModel(file);
    if (accept) {
      rmSync(dir, { recursive: true, force: true });
      mkdirSync(dir, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      continue;
    }
    for (const [name, text] of Object.entries(files)) {
      const path = join(dir, name);
      const d = existsSync(path) ? firstDifference(readFileSync(path, 'utf8'), text) : 'missing';
      if (d) diffs.push({ path, message: d });
    }
  }
  return diffs;
}

/** `line 12: golden "…" / now "…"`, or undefined when equal. */
export function firstDifference(golden: string, now: string): string | undefined {
  if (golden === now) return undefined;
  const a = golden.split('\n');
  const b = now.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) return `line ${i + 1}:\n  golden: ${a[i] ?? '(end of file)'}\n  now:    ${b[i] ?? '(end of file)'}`;
  }
  return 'files differ';
}

function main(argv: readonly string[]): number {
  const accept = argv.includes('--accept');
  const only = argv.filter((a) => !a.startsWith('--'));
  const diffs = checkGoldens(accept, only.length > 0 ? only : undefined);
  if (accept) {
    console.log(`golden files rewritten under ${GOLDEN_DIR}/`);
    return 0;
  }
  for (const d of diffs) console.log(`${d.path}: ${d.message}`);
  console.log(diffs.length === 0 ? 'golden files match' : `${diffs.length} golden file(s) differ; if the change is intended, run: ${ACCEPT_COMMAND}`);
  return diffs.length === 0 ? 0 : 1;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) process.exitCode = main(process.argv.slice(2));
