/**
 * @file `dlc build --tune`: every GEMM of the plans (matmuls, implicit-GEMM convs and their
 * gradients) and every direct or pooled conv timed in each variant on the user's device, one
 * dispatch at a time, and the winners recorded as a table (`KernelTarget.tuned`) that the compiler
 * then follows (codegen/gemm.ts, codegen/conv-reg.ts).
 *
 * Reproducible by construction: fixed inputs (the zero-filled buffers of a fresh load), a fixed
 * count of samples (each `reps` back-to-back dispatches, the variants taking turns so a busy
 * machine slows them alike), medians, and a stable tie-break: the rule-based choice stays unless
 * another variant's median beats it by `margin`, and among challengers the earlier in
 * GEMM_VARIANTS wins a tie. A variant whose warm-up run takes `pruneAbove`× the fastest warm-up is
 * not sampled (ksplit on a big matrix takes seconds on a CPU device; it cannot win).
 * The table is recorded in the manifest; `--tuned <manifest.json>` rebuilds from it byte-identically.
 */
import { CONV_GRAD_VARIANTS } from '../codegen/conv-grad-reg.ts';
import { CONV_TUNE_VARIANTS } from '../codegen/conv-reg-cols.ts';
import { GEMM_TUNE_VARIANTS, variantName } from '../codegen/gemm.ts';
import type { KernelTarget, TunedTable } from '../codegen/target.ts';
import { loadPlan, PipelineCache, type Executable } from '../runtime/index.ts';
import type { ManifestTuning } from '../runtime/bundle-types.ts';
import type { Plan, PlanBuffer } from '../runtime/plan-types.ts';

export interface TuneOptions {
  /** Timed samples per variant (default 5). */
  readonly samples?: number;
  /** Dispatches per sample (default 3). */
  readonly reps?: number;
  /** A challenger must beat the rule-based choice's median by this fraction (default 0.05). */
  readonly margin?: number;
  /** Variants slower than this many times the fastest warm-up are not sampled (default 4). */
  readonly pruneAbove?: number;
  readonly log?: (line: string) => void;
  /**
   * Measures ms per dispatch of one sample: `run` issues the sample's dispatches and resolves when they
   * are done (default: wall clock around it). Tests inject a fake timer so the choice is deterministic.
   */
  /** Compile through this cache (a training session's: the winners are then compiled already); default a new one. */
  readonly pipelineCache?: PipelineCache;
  readonly timer?: (key: string, variant: string, dispatches: number, run: () => Promise<void>) => Promise<number>;
}

export interface TuneRow {
  readonly key: string;
  /** The first dispatch that runs this GEMM (`matmul %3 (models/x.ts:7:5)`). */
  readonly label: string;
  /** The rule-based choice for the target. */
  readonly rule: string;
  readonly winner: string;
  /** Median ms per dispatch, by variant; pruned variants are absent. */
  readonly ms: Readonly<Record<string, number>>;
}

export interface TuneResult {
  readonly table: TunedTable;
  readonly rows: readonly TuneRow[];
  readonly samples: number;
  readonly reps: number;
}

/** What the manifest records: the target (so a rebuild names it identically) and the table. */
export type TuningRecord = ManifestTuning;

/** Where a GEMM kernel sits: plan, dispatch, and the variant it was emitted in. */
export interface GemmSite {
  readonly plan: number;
  readonly dispatch: number;
  readonly variant: string;
}

/** `// gemm tile 64x64, chosen for … [gemm …]`, `// conv reg4, tuned on … [conv …]` or `// convgrad reg8, … [convgrad …]`: the choice line emitters write with a target. */
const CHOICE_COMMENT = /^\/\/ (?:gemm|convgrad|conv) (tile (\d+)x\d+|[a-z0-9]+), (?:chosen for|tuned on) .* \[((?:gemm|convgrad|conv) [^\]]+)\]$/m;

/** The variants a tuning run times per kernel family (the key's first word), in tie-break order. */
const FAMILIES: Readonly<Record<string, readonly string[]>> = { gemm: GEMM_TUNE_VARIANTS.map(variantName), conv: CONV_TUNE_VARIANTS, convgrad: CONV_GRAD_VARIANTS };
const familyOf = (key: string): readonly string[] => FAMILIES[key.split(' ', 1)[0]!] ?? [];

/** The key and variant of a kernel's choice line, if it has one. */
function choiceOf(code: string): { key: string; variant: string } | undefined {
  const m = CHOICE_COMMENT.exec(code);
  return m ? { key: m[3]!, variant: m[2] ? `tile${m[2]}` : m[1]! } : undefined;
}

/**
 * Every tunable kernel key in the plans (compiled with a target, so the kernels carry their
 * `// gemm … [key]` / `// conv … [key]` line), at its first dispatch.
 */
export function gemmSites(plans: readonly Plan[]): Map<string, GemmSite> {
  const sites = new Map<string, GemmSite>();
  plans.forEach((p, pi) =>
    p.dispatches.forEach((d, di) => {
      const c = choiceOf(p.kernels[d.kernel]!.code);
      if (c && !sites.has(c.key)) sites.set(c.key, { plan: pi, dispatch: di, variant: c.variant });
    }),
  );
  return sites;
}

/**
 * The winner from medians: the rule-based choice unless a variant is faster by more than `margin`;
 * among those, the fastest, ties going to the earlier in `order`.
 */
export function pickWinner(ms: Readonly<Record<string, number>>, rule: string, margin: number, order: readonly string[]): string {
  const base = ms[rule];
  let best = rule;
  let bestMs = base ?? Infinity;
  for (const name of order) {
    const t = ms[name];
    if (t === undefined || name === rule) continue;
    if (base !== undefined && !(t < base * (1 - margin))) continue;
    if (t < bestMs) [best, bestMs] = [name, t];
  }
  return best;
}

/** One dispatch of a plan on its own buffers (zero-filled temporaries): what one variant costs, nothing else. */
export function singleDispatchPlan(plan: Plan, dispatch: number): Plan {
  const d = plan.dispatches[dispatch]!;
  const used = [...new Set(d.bindings)];
  const buffers: PlanBuffer[] = used.map((b) => {
    const { size, dtype, shape } = plan.buffers[b]!;
    return { size, dtype, shape, role: 'temp' };
  });
  const kernel = plan.kernels[d.kernel]!;
  return {
    version: plan.version,
    name: `${plan.name}/tune`,
    kernels: [kernel],
    buffers,
    dispatches: [{ ...d, kernel: 0, bindings: d.bindings.map((b) => used.indexOf(b)) }],
    inputs: {},
    params: {},
    states: {},
    outputs: {},
    updates: [],
  };
}

/**
 * Times every GEMM of `compile(target)`'s plans in every variant on `device` and returns the
 * winners. `compile` must be deterministic (the same dispatches for any table): each variant's
 * kernels come from compiling with a table forcing that variant everywhere.
 */
export async function tuneGemms(device: GPUDevice, target: KernelTarget, compile: (t: KernelTarget) => readonly Plan[], opts: TuneOptions = {}): Promise<TuneResult> {
  const samples = opts.samples ?? 5;
  const reps = opts.reps ?? 3;
  const margin = opts.margin ?? 0.05;
  const prune = opts.pruneAbove ?? 4;
  const log = opts.log ?? (() => {});
  const base: KernelTarget = { software: target.software, vendor: target.vendor ?? '', architecture: target.architecture ?? '', label: target.label };
  const sites = gemmSites(compile(base));
  const names = [...new Set(Object.values(FAMILIES).flat())];
  // One build per variant name, forcing it on every key of a family that has it.
  const forced = names.map((v) => compile({ ...base, tuned: Object.fromEntries([...sites.keys()].filter((k) => familyOf(k).includes(v)).map((k) => [k, v])) }));
  const cache = opts.pipelineCache ?? new PipelineCache(device);
  // Every candidate's one-dispatch plan, all compiling at once (the loads below find them in the cache).
  const candidates = new Map<string, Map<string, Plan>>();
  for (const [key, site] of sites) {
    const plans = new Map<string, Plan>();
    const bodies = new Set<string>();
    // The rule's variant first, so a variant emitting the very same kernel as another (regk1 and reg
    // on gathered operands, which no vec4 read applies to) is dropped, never the rule's.
    for (const v of [site.variant, ...familyOf(key).filter((x) => x !== site.variant)]) {
      if (!familyOf(key).includes(v)) continue;
      const plan = forced[names.indexOf(v)]![site.plan]!;
      const code = plan.kernels[plan.dispatches[site.dispatch]!.kernel]!.code;
      const c = choiceOf(code);
      if (c?.key !== key) throw new Error(`internal error: tuning ${key}: the ${v} build has a different dispatch ${site.dispatch}`);
      const body = code.replace(CHOICE_COMMENT, '');
      // A variant the emitter declined for this shape (a pool too wide for reg4) is not a candidate.
      if (c.variant === v && !bodies.has(body)) plans.set(v, singleDispatchPlan(plan, site.dispatch));
      bodies.add(body);
    }
    candidates.set(key, plans);
  }
  cache.prefetch([...candidates.values()].flatMap((m) => [...m.values()].map((p) => p.kernels[0]!)));
  const rows: TuneRow[] = [];
  for (const [key, site] of sites) {
    const exes = new Map<string, Executable>();
    for (const [v, plan] of candidates.get(key)!) exes.set(v, await loadPlan(device, plan, { pipelineCache: cache }));
    const once = async (v: string, n: number): Promise<number> => {
      const e = exes.get(v)!;
      const run = async (): Promise<void> => {
        for (let r = 1; r < n; r++) void e.run({}, { read: [], wait: false });
        await e.run({}, { read: [] });
      };
      return opts.timer ? opts.timer(key, v, n, run) : wallClock(n, run);
    };
    const warm = new Map<string, number>();
    for (const v of exes.keys()) warm.set(v, await once(v, 1));
    const fastest = Math.min(...warm.values());
    const order = familyOf(key);
    const live = order.filter((v) => exes.has(v) && (v === site.variant || warm.get(v)! <= fastest * prune));
    const times = new Map<string, number[]>(live.map((v) => [v, []]));
    for (let s = 0; s < samples; s++) for (const v of live) times.get(v)!.push(await once(v, reps));
    const ms = Object.fromEntries(live.map((v) => [v, median(times.get(v)!)]));
    const winner = pickWinner(ms, site.variant, margin, order);
    const label = forced[0]![site.plan]!.dispatches[site.dispatch]!.label;
    rows.push({ key, label, rule: site.variant, winner, ms });
    log(`  ${key}: ${order.map((v) => `${v} ${ms[v] === undefined ? '—' : `${ms[v]!.toFixed(2)} ms`}`).join(', ')}; rule ${site.variant} → ${winner}`);
    for (const e of exes.values()) e.destroy();
  }
  const table = Object.fromEntries(rows.map((r) => [r.key, r.winner]).sort(([a], [b]) => (a! < b! ? -1 : 1)));
  return { table, rows, samples, reps };
}

async function wallClock(n: number, run: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await run();
  return (performance.now() - t0) / n;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** The manifest's record of a tuning run (or of a table reused with --tuned). */
export function tuningRecord(target: KernelTarget, table: TunedTable, samples: number, reps: number): TuningRecord {
  return { target: { software: target.software, vendor: target.vendor ?? '', architecture: target.architecture ?? '', label: target.label }, samples, reps, table };
}

/** The target a recorded tuning describes, table included: compiling with it reproduces the tuned build. */
export function targetOfRecord(r: TuningRecord): KernelTarget {
  return { software: r.target.software, vendor: r.target.vendor, architecture: r.target.architecture, label: r.target.label, tuned: r.table };
}
