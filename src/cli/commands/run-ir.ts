/** @file `dlc run-ir`: parses an IR text file, compiles it to a Plan, runs it on WebGPU and prints the outputs. */
import { readFile } from 'node:fs/promises';
import { compilePlan } from '../../codegen/plan.ts';
import { CompileError, formatType, numel, parse, verify, type Arg, type Graph, type TensorType } from '../../ir/index.ts';
import { inferType } from '../../ops/registry.ts';
import { interpret } from '../../reference/interpret.ts';
import { acquireDevice, describeAdapter, loadPlan, RuntimeError, type TensorData } from '../../runtime/index.ts';
import { flagNumber, flagString, UsageError, type Command, type FlagSpec, type Io, type ParsedArgs } from '../command.ts';
import { optionsHelp } from '../flags.ts';
import { seededRandom } from '../../data/dataset.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'string', value: 'name=file.json', help: `values for an input, param or state: a JSON number or (nested) array,
row-major; the value may also be inline JSON (x=[1,2,3]). Several may be
given comma-separated (--input x=a.json,w=b.json), or as one JSON file of
{ "name": values, ... } (--input feeds.json)` },
  { name: 'random', kind: 'boolean', help: 'fill every argument not given with --input with seeded random values\n(f32 in [-1,1], integers in [0,4], bool 0/1)' },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'seed for --random (default 0)' },
  { name: 'check', kind: 'boolean', help: 'also run the reference interpreter and print the max relative error\n(|gpu-ref| / (|ref|+1)); exit code 1 when it exceeds --tolerance' },
  { name: 'tolerance', kind: 'number', value: 't', min: 0, help: 'for --check (default 1e-4)' },
  { name: 'json', kind: 'boolean', help: 'print { device, coldStartMs, outputs: { name: { dtype, shape, data } }, check }' },
];

const INTRO = `usage: dlc run-ir <file.ir> [--input name=file.json ...] [--random] [--seed n] [--check] [--tolerance t] [--json]

Parses and verifies an IR text file (the form \`dlc ir\` prints), compiles it to one WebGPU kernel per
node, runs it once and prints every output. Without a GPU, dlc runs on SwiftShader (see the README).`;

const HELP = `${INTRO}\n\n${optionsHelp(FLAGS)}`;

/** Flags that never take a value here; `main` does not know them, so `--random file.ir` would swallow the file. */
const OWN_BOOLEANS = ['random', 'check'];

export const runIrCommand: Command = {
  name: 'run-ir',
  summary: 'compile an IR text file and run it on WebGPU (--check compares with the interpreter)',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(rawArgs, io) {
    const args = normaliseBooleans(rawArgs);
    const file = args.positional[0];
    if (!file) throw new UsageError('expected an IR file');
    const graph = await loadGraph(file);
    const given = await readInputs(flagString(args, 'input'), graph);
    const values = completeFeeds(graph, given, args.flags.random === true, flagNumber(args, 'seed') ?? 0);
    try {
      return await runOnGpu(graph, values, args, io);
    } catch (e) {
      if (!(e instanceof RuntimeError)) throw e;
      io.err(`dlc run-ir: error ${e.code}: ${e.message}`);
      return 1;
    }
  },
};

function normaliseBooleans(args: ParsedArgs): ParsedArgs {
  const positional = [...args.positional];
  const flags = { ...args.flags };
  for (const f of OWN_BOOLEANS) {
    const v = flags[f];
    if (typeof v === 'string') {
      positional.unshift(v);
      flags[f] = true;
    }
  }
  return { positional, flags };
}

async function loadGraph(file: string): Promise<Graph> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read '${file}'`);
  }
  const graph = parse(text, file);
  verify(graph, inferType);
  return graph;
}

/** `name=file.json`, `name=[1,2]`, comma-separated lists of those, or one JSON file holding { name: values }. */
async function readInputs(spec: string | undefined, graph: Graph): Promise<Map<string, number[]>> {
  const out = new Map<string, number[]>();
  if (spec === undefined) return out;
  for (const part of spec.split(/,(?=[A-Za-z_][\w.]*=)/)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      const obj = await readJson(part, part);
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) throw new UsageError(`--input ${part}: expected name=file.json, or a JSON file holding { "name": values }`);
      for (const [name, v] of Object.entries(obj)) out.set(checkName(graph, name), flatten(v, name));
      continue;
    }
    const name = checkName(graph, part.slice(0, eq));
    const value = part.slice(eq + 1);
    const json = /^\s*[[\-\d.]/.test(value) || value === 'true' || value === 'false' ? parseJson(value, name) : await readJson(value, name);
    out.set(name, flatten(json, name));
  }
  return out;
}

function checkName(graph: Graph, name: string): string {
  if (graph.args.some((a) => a.name === name)) return name;
  const known = graph.args.map((a) => `${a.name}: ${formatType(a.type)}`).join(', ');
  throw new UsageError(`--input ${name}: ${graph.name} has no argument named '${name}' (its arguments are ${known})`);
}

async function readJson(path: string, what: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`--input ${what}: cannot read '${path}'`);
  }
  return parseJson(text, what);
}

function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new UsageError(`--input ${what}: not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Nested arrays of numbers or booleans, flattened row-major. */
function flatten(v: unknown, name: string, out: number[] = []): number[] {
  if (typeof v === 'number') out.push(v);
  else if (typeof v === 'boolean') out.push(v ? 1 : 0);
  else if (Array.isArray(v)) for (const x of v) flatten(x, name, out);
  else throw new UsageError(`--input ${name}: values must be numbers, booleans or arrays of them, got ${JSON.stringify(v)}`);
  return out;
}

/** Every argument gets a value: given, random (seeded) with --random, or an error listing what is missing. */
function completeFeeds(graph: Graph, given: Map<string, number[]>, random: boolean, seed: number): Map<string, number[]> {
  const missing = graph.args.filter((a) => !given.has(a.name));
  if (missing.length > 0 && !random) {
    throw new UsageError(`no values for ${missing.map((a) => `%${a.name}: ${formatType(a.type)}`).join(', ')}; pass --input name=file.json, or --random`);
  }
  const next = seededRandom(seed);
  const out = new Map(given);
  for (const a of missing) out.set(a.name, randomValues(a.type, next));
  for (const a of graph.args) checkLength(a, out.get(a.name)!);
  return out;
}

function checkLength(a: Arg, v: readonly number[]): void {
  if (v.length !== numel(a.type.shape)) {
    throw new CompileError('E_FEED_SHAPE', `%${a.name} is ${formatType(a.type)} (${numel(a.type.shape)} values) but its --input has ${v.length}`);
  }
}

function randomValues(t: TensorType, next: () => number): number[] {
  return Array.from({ length: numel(t.shape) }, () => {
    const r = next();
    if (t.dtype === 'f32') return Math.fround(r * 2 - 1);
    return t.dtype === 'bool' ? Math.floor(r * 2) : Math.floor(r * 5);
  });
}

async function runOnGpu(graph: Graph, values: Map<string, number[]>, args: ParsedArgs, io: Io): Promise<number> {
  const plan = compilePlan(graph);
  const gpu = await acquireDevice();
  try {
    const exe = await loadPlan(gpu.device, plan);
    const pick = (kind: Arg['kind']): Record<string, number[]> =>
      Object.fromEntries(graph.args.filter((a) => a.kind === kind).map((a) => [a.name, values.get(a.name)!]));
    await exe.setParams({ ...pick('param'), ...pick('state') });
    const outputs = await exe.run(pick('input'));
    const check = args.flags.check === true ? compare(graph, values, outputs, flagNumber(args, 'tolerance') ?? 1e-4) : undefined;
    const report = { device: describeAdapter(gpu.adapter), coldStartMs: round(exe.stats.pipelineMs), kernels: plan.kernels.length, dispatches: plan.dispatches.length };
    if (args.flags.json) io.out(JSON.stringify({ ...report, outputs: jsonOutputs(graph, outputs), ...(check ? { check } : {}) }, null, 2));
    else printText(io, graph, outputs, report, check);
    exe.destroy();
    return check && !check.ok ? 1 : 0;
  } finally {
    gpu.destroy();
  }
}

interface CheckResult {
  readonly maxError: number;
  readonly tolerance: number;
  readonly ok: boolean;
  readonly perOutput: Record<string, number>;
}

/** The interpreter on the same values; error per output is max |gpu-ref| / (|ref|+1), the property tests' measure. */
function compare(graph: Graph, values: Map<string, number[]>, got: Record<string, TensorData>, tolerance: number): CheckResult {
  const want = interpret(graph, Object.fromEntries(values));
  const perOutput: Record<string, number> = {};
  for (const o of graph.outputs) perOutput[o.name] = relError(got[o.name]!, want[o.name]!.data);
  const maxError = Math.max(0, ...Object.values(perOutput));
  return { maxError, tolerance, ok: maxError <= tolerance, perOutput };
}

function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let worst = 0;
  for (let i = 0; i < b.length; i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y || (Number.isNaN(x) && Number.isNaN(y))) continue;
    const e = Math.abs(x - y) / (Math.abs(y) + 1);
    worst = Math.max(worst, Number.isNaN(e) ? Infinity : e);
  }
  return worst;
}

function jsonOutputs(graph: Graph, outputs: Record<string, TensorData>): Record<string, { dtype: string; shape: readonly number[]; data: number[] }> {
  return Object.fromEntries(
    graph.outputs.map((o) => {
      const t = typeOfValue(graph, o.value);
      return [o.name, { dtype: t.dtype, shape: t.shape, data: Array.from(outputs[o.name]!) }];
    }),
  );
}

function typeOfValue(graph: Graph, id: number): TensorType {
  return (graph.nodes.find((n) => n.id === id) ?? graph.args.find((a) => a.id === id))!.type;
}

function printText(io: Io, graph: Graph, outputs: Record<string, TensorData>, report: { device: string; coldStartMs: number; kernels: number; dispatches: number }, check: CheckResult | undefined): void {
  io.out(`device: ${report.device}`);
  io.out(`compiled ${graph.name}: ${report.kernels} kernels, ${report.dispatches} dispatches; pipelines ready in ${report.coldStartMs} ms`);
  for (const o of graph.outputs) {
    const t = typeOfValue(graph, o.value);
    io.out(`${o.name}: ${formatType(t)} = ${formatTensor(outputs[o.name]!, t.shape)}`);
  }
  if (check) {
    const verdict = check.ok ? 'ok' : 'FAILED';
    io.out(`check: max relative error vs the interpreter ${check.maxError.toExponential(2)} (tolerance ${check.tolerance}) ${verdict}`);
  }
}

/** Nested brackets like NumPy, eliding the middle of long rows so big outputs stay readable. */
function formatTensor(data: ArrayLike<number>, shape: readonly number[], maxRow = 8): string {
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(6))));
  const rec = (offset: number, dim: number): string => {
    if (dim === shape.length) return fmt(data[offset]!);
    const n = shape[dim]!;
    const stride = shape.slice(dim + 1).reduce((a, d) => a * d, 1);
    const idx = n <= maxRow ? [...Array(n).keys()] : [0, 1, 2, -1, n - 3, n - 2, n - 1];
    return `[${idx.map((i) => (i < 0 ? '…' : rec(offset + i * stride, dim + 1))).join(', ')}]`;
  };
  return rec(0, 0);
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
