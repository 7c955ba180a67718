/** @file Turns a BenchRun into its JSON file and its markdown tables (pure: tests feed it fake numbers). */
import type { BenchRun, CliTiming, KernelRow, ModelResult, Ratio, SystemFigures, Timing, VersusRow } from './types.ts';

/** The figures compared between dlc and each peer, with how each is read off a row. */
const FIGURES: readonly [string, (s: SystemFigures) => number | undefined][] = [
  ['train_ms', (s) => s.train?.medianMs],
  ['infer_ms', (s) => s.infer?.medianMs],
  ['train_dispatches', (s) => s.trainDispatches],
  ['infer_dispatches', (s) => s.inferDispatches],
  ['pipelines', (s) => s.pipelines],
  ['peak_gpu_bytes', (s) => s.peakGpuBytes],
  ['cold_start_ms', (s) => s.coldStartMs],
];

/** dlc / peer for every figure both have (below 1: dlc is faster, smaller or launches fewer kernels). */
export function ratiosOf(models: readonly ModelResult[]): Ratio[] {
  return models.flatMap((m) => {
    const dlc = m.systems.find((s) => s.system === 'dlc');
    if (!dlc) return [];
    return m.systems.filter((s) => s !== dlc).flatMap((peer) =>
      FIGURES.flatMap(([figure, get]): Ratio[] => {
        const [a, b] = [get(dlc), get(peer)];
        return a !== undefined && b !== undefined && b > 0 ? [{ model: m.model, figure, peer: peer.system, dlc: a, other: b, ratio: a / b }] : [];
      }),
    );
  });
}

/** dlc / peer for the versus cases, keyed by the case (`mnist_mlp train b64`) in place of the model. */
export function versusRatios(rows: readonly VersusRow[]): Ratio[] {
  return ratiosOf(rows.map((r) => ({ model: r.case, file: '', batch: r.batch, params: 0, systems: r.systems })));
}

const fmt = (x: number | undefined, digits = 1): string => (x === undefined || !Number.isFinite(x) ? '—' : x >= 100 ? x.toFixed(0) : x.toFixed(digits));
const timing = (t: Timing | undefined): string => (t ? `${fmt(t.medianMs)} (${fmt(t.p10Ms)}–${fmt(t.p90Ms)})` : '—');
const mib = (b: number | undefined): string => (b === undefined ? '—' : (b / 2 ** 20).toFixed(2));
const ratio = (r: Ratio | undefined): string => (r ? `${r.ratio.toFixed(2)}×` : '—');
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)];
}

function modelRows(run: BenchRun): string[][] {
  const find = (model: string, peer: string, figure: string): Ratio | undefined => run.ratios.find((r) => r.model === model && r.peer === peer && r.figure === figure);
  return run.models.flatMap((m) =>
    m.systems.map((s) => [
      s.system === 'dlc' ? `**${m.model}**` : m.model, String(m.batch), s.system, timing(s.train), s.system === 'dlc' ? '' : ratio(find(m.model, s.system, 'train_ms')),
      timing(s.infer), s.system === 'dlc' ? '' : ratio(find(m.model, s.system, 'infer_ms')),
      fmt(s.trainDispatches, 0), fmt(s.inferDispatches, 0), fmt(s.pipelines, 0), mib(s.peakGpuBytes), fmt(s.coldStartMs),
      [s.error, ...(s.notes ?? [])].filter(Boolean).join('; '),
    ]),
  );
}

function cliRows(cli: readonly CliTiming[]): string[][] {
  const models = [...new Set(cli.map((c) => c.model))];
  const show = (c: CliTiming | undefined, budget: number): string => (!c ? '—' : c.wallMs === undefined ? c.error ?? '—' : `${fmt(c.wallMs, 0)} ${c.wallMs <= budget ? '(met)' : '(missed)'}`);
  return models.map((m) => [m, show(cli.find((c) => c.model === m && c.command === 'check'), 2000), show(cli.find((c) => c.model === m && c.command === 'build'), 3000)]);
}

/** dlc's time over the best hand-written kernel's, by the row's judged figure. */
export function handRatio(r: KernelRow): number | undefined {
  if (!r.dlc || !r.hand) return undefined;
  if (r.judged === 'cpu' && r.dlc.cpuMedianMs !== undefined && r.hand.timing.cpuMedianMs !== undefined) return r.dlc.cpuMedianMs / r.hand.timing.cpuMedianMs;
  return r.dlc.medianMs / r.hand.timing.medianMs;
}

function kernelRows(rows: readonly KernelRow[]): string[][] {
  return rows.map((k) => {
    const r = k.dlcGflops !== undefined && k.tfjsGflops ? k.dlcGflops / k.tfjsGflops : undefined;
    const verdict = r === undefined ? '' : r >= 1 ? ' (met)' : ' (missed)';
    // Time ratio against the fastest hand-written kernel: target ≤ 1.5×.
    const h = handRatio(k);
    const hv = h === undefined ? '—' : `${h.toFixed(2)}× ${h <= 1.5 ? '(met)' : '(missed)'}`;
    const hand = k.hand ? `${fmt(k.hand.gflops, 2)} (${k.hand.name})` : '—';
    return [k.op, k.shape, k.dlcKernel ?? '', fmt(k.dlcGflops, 2), hand, hv, fmt(k.tfjsGflops, 2), r === undefined ? '—' : `${r.toFixed(2)}×${verdict}`, timing(k.dlc), k.hand ? timing(k.hand.timing) : '—', timing(k.tfjs), k.error ?? ''];
  });
}

/** Training-step targets against TF.js WebGPU: ≤ 1/3 of its time and of its dispatches. */
function targetRows(run: BenchRun): string[][] {
  const get = (m: string, f: string): Ratio | undefined => run.ratios.find((r) => r.model === m && r.peer === 'tfjs-webgpu' && r.figure === f);
  const verdict = (r: Ratio | undefined): string => (r ? `${r.ratio.toFixed(2)}× ${r.ratio <= 1 / 3 ? '(met)' : '(missed)'}` : 'not measured');
  const paired = (m: ModelResult): string => {
    const r = m.trainRatio;
    if (!r) return '—';
    const v = r.p90 <= 1 / 3 ? 'met' : r.p10 > 1 / 3 ? 'missed' : `range crosses ⅓; median ${r.median <= 1 / 3 ? 'met' : 'missed'}`;
    return `${r.median.toFixed(2)}× (${r.p10.toFixed(2)}–${r.p90.toFixed(2)}, ${r.rounds} rounds) (${v})`;
  };
  return run.models.map((m) => [m.model, String(m.batch), verdict(get(m.model, 'train_ms')), paired(m), verdict(get(m.model, 'train_dispatches'))]);
}

const num = (x: number | undefined): string => (x === undefined ? '—' : Math.abs(x) < 1e-3 && x !== 0 ? x.toExponential(1) : x.toFixed(4));

/** dlc vs jax-js and TF.js WebGPU, interleaved, with the same-work check; empty when the run had no versus cases. */
function versusSection(run: BenchRun): string[] {
  const rows = run.versus ?? [];
  if (rows.length === 0) return [];
  const find = (c: string, peer: string, figure: string): Ratio | undefined => run.ratios.find((r) => r.model === c && r.peer === peer && r.figure === figure);
  const body = rows.flatMap((r) => {
    const figure = r.kind === 'train' ? 'train_ms' : 'infer_ms';
    return r.systems.map((s) => {
      const ratioCell = s.system === 'dlc' ? '' : ratio(find(r.case, s.system, figure));
      const target = s.system === 'jax-webgpu' ? (find(r.case, s.system, figure) ? (find(r.case, s.system, figure)!.ratio <= 1 ? ' (met)' : ' (missed)') : '') : '';
      return [s.system === 'dlc' ? `**${r.case}**` : r.case, s.system, timing(r.kind === 'train' ? s.train : s.infer), ratioCell + target,
        fmt(r.kind === 'train' ? s.trainDispatches : s.inferDispatches, 0), fmt(s.pipelines, 0), mib(s.peakGpuBytes), fmt(s.coldStartMs, 0),
        [s.error, ...(s.notes ?? [])].filter(Boolean).join('; ')];
    });
  });
  const systems = [...new Set(rows.flatMap((r) => Object.keys(r.check.peers)))];
  const checks = rows.map((r) => [r.case, r.check.what, num(r.check.dlc), ...systems.map((s) => `${num(r.check.peers[s])}${r.check.absDiff[s] !== undefined && r.kind === 'train' ? ` (Δ ${num(r.check.absDiff[s])})` : ''}`), r.check.ok ? `yes (≤ ${r.check.tolerance})` : `NO (tolerance ${r.check.tolerance})`]);
  return [
    '## dlc vs jax-js (and TF.js WebGPU), interleaved on the same GPUDevice (target: dlc/jax-webgpu ≤ 1×)', '',
    ...table(['case', 'system', 'ms', 'dlc/peer', 'dispatches', 'pipelines', 'peak GPU MiB', 'build + first call ms', 'notes'], body), '',
    '### Same work: jax-js against dlc on the same batch and weights', '',
    ...table(['case', 'checked', 'dlc', ...systems, 'same'], checks), '',
  ];
}

export function toMarkdown(run: BenchRun): string {
  const adapters = run.adapters.map((a) => `- ${a.system}: ${[a.vendor, a.architecture, a.device].filter(Boolean).join(' ')} — ${a.description}${a.isSoftware ? ' (software)' : ''}`);
  const versions = Object.entries(run.versions).map(([k, v]) => `${k} ${v}`).join(', ');
  return [
    `# dlc benchmarks — ${run.date} — ${run.device} (${run.mode})`, '',
    ...run.notes.map((n) => `> ${n}`), '',
    '## Setup', ...adapters, `- versions: ${versions}`,
    `- host: ${run.host.platform}/${run.host.arch}, ${run.host.cpus} CPUs, Node ${run.host.node}${run.host.loadAverage ? `; load average (1, 5, 15 min) at start ${run.host.loadAverage.start.map((x) => x.toFixed(1)).join(', ')}, at end ${run.host.loadAverage.end.map((x) => x.toFixed(1)).join(', ')}` : ''}`,
    `- timings: ${run.settings.warmup} warm-up, then ${run.settings.runs} timed runs; median (p10–p90) in ms, each run to completion (readback); batch: ${run.settings.batch}`, '',
    '## Models', '',
    ...table(['model', 'batch', 'system', 'train step ms', 'dlc/peer', 'inference ms', 'dlc/peer', 'dispatches/step', 'dispatches/infer', 'pipelines', 'peak GPU MiB', 'cold start ms', 'notes'], modelRows(run)), '',
    ...versusSection(run),
    '## Targets: training step vs TF.js WebGPU (dlc/peer; target ≤ 0.33×)', '',
    ...table(['model', 'batch', 'step time (ratio of medians)', 'step time, per interleaved round: median (p10–p90)', 'dispatches/step'], targetRows(run)), '',
    '## Kernels: GFLOP/s on the same device (targets: dlc time ≤ 1.5× the best hand-written kernel of bench/hand-kernels.ts; dlc/TF.js ≥ 1×)', '',
    ...table(['op', 'shape', 'dlc kernel', 'dlc GFLOP/s', 'best hand-written GFLOP/s', 'dlc/hand (time; CPU time on CPU drivers)', 'TF.js WebGPU GFLOP/s', 'dlc/TF.js', 'dlc ms', 'hand ms', 'TF.js ms', 'error'], kernelRows(run.kernels)), '',
    '## CLI wall time, cold process (targets: check < 2000 ms, build < 3000 ms)', '',
    ...table(['model', 'dlc check ms', 'dlc build ms'], cliRows(run.cli)), '',
  ].join('\n');
}

export function toJson(run: BenchRun): string {
  return `${JSON.stringify(run, null, 2)}\n`;
}

/** `bench/results/<date>-<device>.json`: the device slug keeps runs on different machines apart. */
export function resultName(run: Pick<BenchRun, 'date' | 'device'>): string {
  const slug = run.device.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'unknown';
  return `${run.date}-${slug}`;
}
