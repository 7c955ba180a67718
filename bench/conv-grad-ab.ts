/**
 * @file Every variant of the MNIST CNN training step's conv kernels, timed on the current device by
 * process CPU time as well as wall time (the machine is shared: CPU time is what one kernel costs, wall
 * time what it cost under the load there was). Each conv kernel of the step (`--family convgrad`:
 * the input and filter gradients; `conv`: the forward convs) runs on its own, in each variant the
 * tuner (src/bundle/tune.ts) would try, interleaved; prints ms per dispatch and the rule's choice.
 *
 *   DLC_VULKAN_DRIVER=lavapipe npx tsx bench/conv-grad-ab.ts [--model models/mnist_cnn.ts] [--name conv_autoencoder] [--batch 32] [--family convgrad] [--match 'x1x32'] [--prune 100] [--samples 5] [--reps 2] [--json out.json]
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { tuneGemms } from '../src/bundle/tune.ts';
import { targetOf, type KernelTarget } from '../src/codegen/target.ts';
import { compileTraining } from '../src/compile.ts';
import { compileModelFile } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter, type Plan } from '../src/runtime/index.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}

const batch = Number(arg('batch', '32'));
const family = arg('family', 'convgrad');
const match = arg('match', '');
const gpu = await acquireDevice();
const target = targetOf(gpu.adapter);
const program = compileModelFile(arg('model', 'models/mnist_cnn.ts'));
const m = arg('name', '') ? program.models.find((x) => x.name === arg('name', ''))! : program.main;
const data = { xShape: [...m.inputs[0]!.shape], yShape: [...m.outputs[0]!.shape], yDtype: 'f32' as const };
const keyOf = (code: string): string => /\[((?:gemm|convgrad|conv) [^\]]+)\]$/m.exec(code)?.[1] ?? '';
/** The step's plan with only the chosen family's kernels (the same dispatches whatever the table says). */
function compile(t: KernelTarget): readonly Plan[] {
  const plan = compileTraining(m, { batch, data, target: t }).plan!;
  const keep = plan.dispatches.filter((d) => {
    const k = keyOf(plan.kernels[d.kernel]!.code);
    return k.startsWith(`${family} `) && k.includes(match);
  });
  return [{ ...plan, dispatches: keep }];
}
const load0 = loadavg();
console.log(`device: ${describeAdapter(gpu.adapter)}; ${m.name} b${batch}, family ${family}; load average ${load0.map((x) => x.toFixed(1)).join(', ')}`);
const cpu = new Map<string, number[]>();
const wall = new Map<string, number[]>();
const r = await tuneGemms(gpu.device, target, compile, {
  samples: Number(arg('samples', '5')), reps: Number(arg('reps', '2')), pruneAbove: Number(arg('prune', '100')),
  timer: async (key, v, n, run) => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await run();
    const ms = (performance.now() - t0) / n;
    const c = process.cpuUsage(c0);
    const id = `${key}|${v}`;
    if (n > 1) (cpu.get(id) ?? cpu.set(id, []).get(id)!).push((c.user + c.system) / 1000 / n), (wall.get(id) ?? wall.set(id, []).get(id)!).push(ms);
    return (c.user + c.system) / 1000 / n;
  },
});
const med = (xs: readonly number[] = []): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const rows = r.rows.map((row) => ({
  key: row.key, label: row.label, rule: row.rule, fastestByCpu: row.winner,
  variants: Object.keys(row.ms).map((v) => ({ variant: v, cpuMs: med(cpu.get(`${row.key}|${v}`)), wallMs: med(wall.get(`${row.key}|${v}`)) })),
}));
for (const row of rows) {
  console.log(`${row.key} (${row.label.replace(/ \(.*$/, '')}): rule ${row.rule}, least CPU ${row.fastestByCpu}`);
  for (const v of row.variants) console.log(`  ${v.variant.padEnd(10)} CPU ${v.cpuMs.toFixed(2).padStart(8)} ms   wall ${v.wallMs.toFixed(2).padStart(8)} ms`);
}
const load1 = loadavg();
console.log(`load average at end ${load1.map((x) => x.toFixed(1)).join(', ')}`);
const json = arg('json', '');
if (json) writeFileSync(json, `${JSON.stringify({ device: describeAdapter(gpu.adapter), batch, family, loadAverage: { start: load0, end: load1 }, rows }, null, 2)}\n`);
gpu.destroy();
process.exit(0);
