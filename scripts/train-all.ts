/**
 * @file Trains every trainable model in models/ at full size with its own epochs and writes its
 * learning curve (learning-curve.svg, metrics.jsonl, report.html) into runs/<model>/; GAN programs
 * get their two losses per epoch. Hours on SwiftShader: pick models with --only, shorten with --epochs.
 *
 *   npx tsx scripts/train-all.ts [--only a,b] [--epochs N] [--train-limit N] [--out runs] [--seed S]
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { compileModelFile, type CompiledModel, type Program } from '../src/frontend/index.ts';
import { loadDataset } from '../src/data/load.ts';
import { acquireDevice } from '../src/runtime/index.ts';
import { train } from '../src/train/loop.ts';
import { trainGan } from '../src/train/multi-step.ts';
import { ProgramRecorder } from '../src/train/program-outputs.ts';

interface Args {
  readonly only: readonly string[] | undefined;
  readonly epochs: number | undefined;
  readonly trainLimit: number | undefined;
  readonly out: string;
  readonly seed: number;
}

function parseArgs(argv: readonly string[]): Args {
  const get = (k: string): string | undefined => {
    const i = argv.indexOf(`--${k}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const num = (k: string): number | undefined => (get(k) === undefined ? undefined : Number(get(k)));
  return { only: get('only')?.split(','), epochs: num('epochs'), trainLimit: num('train-limit'), out: get('out') ?? 'runs', seed: num('seed') ?? 0 };
}

/** Models in training order: a model whose checkpoint another loads (mnist_cnn → transfer) goes first. */
function catalogue(): { file: string; program: Program }[] {
  const files = readdirSync('models').filter((f) => f.endsWith('.ts')).sort();
  const all = files.map((f) => ({ file: join('models', f), program: compileModelFile(join('models', f)) }));
  const needsCheckpoint = (p: Program): boolean => p.models.some((m) => m.params.some((x) => x.pretrained));
  return [...all.filter((e) => !needsCheckpoint(e.program)), ...all.filter((e) => needsCheckpoint(e.program))];
}

function wanted(a: Args, name: string): boolean {
  return !a.only || a.only.includes(name);
}

/** After `m` trains, its checkpoint is put where any model declares `weights: '…/<m>.safetensors'`. */
function publishCheckpoint(m: CompiledModel, runDir: string, all: readonly Program[]): void {
  const ck = join(runDir, 'checkpoint.safetensors');
  for (const p of all) for (const x of p.models.flatMap((mm) => mm.params)) {
    if (x.pretrained && basename(x.pretrained.file) === `${m.name}.safetensors` && existsSync(ck)) {
      mkdirSync(dirname(x.pretrained.file), { recursive: true });
      copyFileSync(ck, x.pretrained.file);
    }
  }
}

async function trainModel(device: GPUDevice, m: CompiledModel, a: Args, all: readonly Program[]): Promise<void> {
  const t = m.train!;
  const outDir = join(a.out, m.name);
  const dataset = loadDataset(t.data!, a.trainLimit ? { trainLimit: a.trainLimit } : {});
  const t0 = performance.now();
  const r = await train({
    device, model: m, dataset, epochs: a.epochs ?? t.epochs, batch: t.batchSize, seed: a.seed, loss: t.loss, optimizer: t.optimizer,
    validationSplit: t.validationSplit, outDir, evaluateInitial: true,
  });
  const acc = r.testAccuracy === null ? '' : `, test accuracy ${(100 * r.testAccuracy).toFixed(1)}%`;
  console.log(`${m.name}: test loss ${r.initial?.loss.toFixed(4)} → ${r.testLoss?.toFixed(4)}${acc}; ${r.epochs} epochs in ${((performance.now() - t0) / 1000).toFixed(0)} s → ${outDir}/learning-curve.svg`);
  publishCheckpoint(m, outDir, all);
}

async function trainProgram(device: GPUDevice, file: string, p: Program, a: Args): Promise<void> {
  const s = p.schedule!;
  const data = loadDataset(s.data!, a.trainLimit ? { trainLimit: a.trainLimit } : {}).train;
  const name = basename(file, '.ts');
  const outDir = join(a.out, name);
  const rec = new ProgramRecorder(outDir, name, { seed: a.seed, batch: s.batchSize, epochs: a.epochs ?? s.epochs, data, hyper: { batch: s.batchSize, seed: a.seed } });
  const { history, session } = await trainGan({ device, program: p, data, batch: s.batchSize, epochs: a.epochs ?? s.epochs, seed: a.seed, onEpoch: (h, g) => rec.epoch(h, g) });
  session.destroy();
  rec.finish();
  const steps = Object.keys(history[0]?.losses ?? {});
  console.log(`${name}: ${history.length} epochs, final losses ${steps.map((k) => `${k} ${history[history.length - 1]!.losses[k]!.toFixed(4)}`).join(', ')} → ${outDir}/learning-curve.svg`);
}

async function main(): Promise<void> {
  const a = parseArgs(process.argv.slice(2));
  const entries = catalogue();
  const gpu = await acquireDevice();
  const seen = new Set<string>();
  try {
    for (const { file, program } of entries) {
      if (program.steps.length > 0) {
        if (wanted(a, basename(file, '.ts'))) await trainProgram(gpu.device, file, program, a);
        continue;
      }
      for (const m of program.models.filter((x) => x.train?.data && wanted(a, x.name) && !seen.has(x.name))) {
        seen.add(m.name);
        await trainModel(gpu.device, m, a, entries.map((e) => e.program));
      }
    }
  } finally {
    gpu.destroy();
  }
}

main().catch((e: unknown) => {
  console.error(`train-all: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
});
