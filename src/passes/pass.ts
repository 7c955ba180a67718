/**
 * @file The pass contract and the stepper that runs passes in order: it times each step, verifies
 * the graph after it (in tests), records stats, and stops after a named step (`dlc ir --after`).
 *
 * A pass never mutates its input: nodes are shared between the graph before and after a pass (and
 * with whatever the caller kept), so a pass builds new node objects for anything it changes. The
 * stepper checks this in verify mode by printing the input before and after the pass.
 */
import { CompileError, print, verify, type Graph } from '../ir/index.ts';
import { inferType } from '../ops/registry.ts';

/** Per-compile knobs a pass may read; they come from CompileOptions, never from globals. */
export interface PassContext {
  /** simplify: fold constants whose result has at most this many elements (default 64). */
  readonly maxFoldElements?: number;
}

/** Counters a pass reports (nodes before/after, rewrites fired); shown by `dlc ir --stats`. */
export type PassStats = Record<string, number>;

export interface PassResult {
  readonly graph: Graph;
  readonly stats: PassStats;
  /**
   * Graphs a pass splits off beside the main one, by role (hoist-params gives `prepare`, the graph
   * the bundle builder runs once at build time). The stepper collects them.
   */
  readonly side?: Readonly<Record<string, Graph>>;
}

export interface Pass {
  /** kebab-case, as `dlc ir --after <name>` spells it. */
  readonly name: string;
  /** One line for `dlc ir --help`. */
  readonly summary: string;
  run(graph: Graph, ctx?: PassContext): PassResult;
}

export interface StepperOptions {
  /** Verify the graph after every step and check that the pass left its input untouched (tests). */
  readonly verify?: boolean;
  /** Stop after the step of this name: later steps are skipped and the graph is left as it was. */
  readonly after?: string;
  /** Step names the pipeline will run, so an unknown `after` is refused up front. */
  readonly known?: readonly string[];
  readonly ctx?: PassContext;
  /** Clock in milliseconds; injectable so callers can measure however they like. */
  readonly now?: () => number;
}

/** What one step did: its name, wall time, node counts and the pass's own stats. */
export interface StepRecord {
  readonly name: string;
  readonly ms: number;
  readonly nodesBefore: number;
  readonly nodesAfter: number;
  readonly stats: PassStats;
}

/**
 * Runs steps one at a time so a straight-line compile function can interleave passes with steps
 * that take options (autodiff, optimizer lowering) while every step is timed and verified alike.
 */
export class Stepper {
  readonly records: StepRecord[] = [];
  readonly side: Record<string, Graph> = {};
  private stopped = false;
  private readonly now: () => number;

  constructor(private readonly opts: StepperOptions = {}) {
    if (opts.after !== undefined && opts.known && !opts.known.includes(opts.after)) {
      throw unknownPass(opts.after, opts.known);
    }
    this.now = opts.now ?? (() => performance.now());
  }

  /** True once the `after` step has run: callers stop and show the graph they have. */
  get isDone(): boolean {
    return this.stopped;
  }

  /** Runs a Pass (unless the pipeline already stopped). */
  run(pass: Pass, g: Graph): Graph {
    return this.step(pass.name, g, (x) => pass.run(x, this.opts.ctx));
  }

  /** Runs any graph-to-graph step under the same timing, verification and stop rule. */
  step(name: string, g: Graph, f: (g: Graph) => PassResult | Graph): Graph {
    if (this.stopped) return g;
    const before = this.opts.verify ? print(g) : '';
    const t0 = this.now();
    const out = f(g);
    const ms = this.now() - t0;
    const result: PassResult = 'nodes' in out ? { graph: out, stats: {} } : out;
    if (this.opts.verify) this.check(name, g, before, result);
    Object.assign(this.side, result.side ?? {});
    this.records.push({ name, ms, nodesBefore: g.nodes.length, nodesAfter: result.graph.nodes.length, stats: result.stats });
    if (name === this.opts.after) this.stopped = true;
    return result.graph;
  }

  private check(name: string, input: Graph, before: string, result: PassResult): void {
    if (print(input) !== before) throw new Error(`internal error: pass ${name} mutated its input graph`);
    verifyAfter(name, result.graph);
    for (const [role, side] of Object.entries(result.side ?? {})) verifyAfter(`${name} (${role} graph)`, side);
  }
}

function verifyAfter(name: string, g: Graph): void {
  try {
    verify(g, inferType);
  } catch (e) {
    if (e instanceof CompileError) throw new Error(`internal error: the graph after ${name} does not verify: ${e.message}`);
    throw e;
  }
}

export interface PipelineResult {
  readonly graph: Graph;
  readonly steps: readonly StepRecord[];
  readonly side: Readonly<Record<string, Graph>>;
}

/** Runs `passes` in order through one Stepper (the list also serves to validate `after`). */
export function runPipeline(g: Graph, passes: readonly Pass[], opts: Omit<StepperOptions, 'known'> = {}): PipelineResult {
  const s = new Stepper({ ...opts, known: passes.map((p) => p.name) });
  let graph = g;
  for (const p of passes) graph = s.run(p, graph);
  return { graph, steps: s.records, side: s.side };
}

export function unknownPass(name: string, known: readonly string[]): CompileError {
  return new CompileError('E_PASS_UNKNOWN', `there is no pass named '${name}'`, { hint: `the passes are ${known.join(', ')}` });
}

/** `simplify: 12 → 9 nodes, cse 2, dce 1 (0.4 ms)`, one line per step for `dlc ir --stats`. */
export function formatStep(r: StepRecord): string {
  const counts = Object.entries(r.stats)
    .filter(([k, v]) => v !== 0 && k !== 'nodesBefore' && k !== 'nodesAfter')
    .map(([k, v]) => `${k} ${v}`);
  const tail = counts.length > 0 ? `, ${counts.join(', ')}` : '';
  return `${r.name}: ${r.nodesBefore} → ${r.nodesAfter} nodes${tail} (${r.ms.toFixed(1)} ms)`;
}
