/**
 * @file Does distillation help? models/distill_mnist.ts on MNIST: the teacher (784-256-256-10) is
 * trained on a large slice of the training set; then the small student (784-32-10) is trained twice on
 * the same small subset, with the same seed, batch, optimizer and number of steps: once alone (hard
 * labels) and once from the teacher (distiller: α·hard + (1 − α)·T²·KL of the softened outputs).
 * Both are tested on the full 10,000-image test set. Written to bench/results/<date>-distill-mnist-<samples>x<epochs>.{json,md},
 * whatever the outcome.
 *
 *   npx tsx scripts/distill-proof.ts [--teacher-samples 20000] [--teacher-epochs 3] [--samples 1000] [--epochs 20] [--seeds 0,1,2]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadData } from '../src/data/load.ts';
import { permutation, seededRandom, take, type Dataset } from '../src/data/dataset.ts';
import { compileModelFile, distillerModel, type CompiledModel } from '../src/frontend/index.ts';
import { acquireDevice, describeAdapter } from '../src/runtime/index.ts';
import { train, type TrainResult } from '../src/train/loop.ts';

const { values } = parseArgs({
  options: {
    'teacher-samples': { type: 'string', default: '20000' }, 'teacher-epochs': { type: 'string', default: '3' },
    samples: { type: 'string', default: '1000' }, epochs: { type: 'string', default: '20' }, seeds: { type: 'string', default: '0,1,2' },
    out: { type: 'string', default: 'runs/distill-proof' },
  },
});
const TEACHER_SAMPLES = Number(values['teacher-samples']);
const TEACHER_EPOCHS = Number(values['teacher-epochs']);
const SAMPLES = Number(values.samples);
const EPOCHS = Number(values.epochs);
const SEEDS = values.seeds!.split(',').map(Number);
const OUT = values.out!;

const program = compileModelFile('models/distill_mnist.ts');
const d = program.distiller!;
const full = await loadData({ kind: 'mnist', options: { flatten: true } });
const subset = (n: number, seed: number): Dataset => {
  const idx = permutation(full.train.n, seededRandom(0x5eed + seed)).subarray(0, n);
  return { ...full, train: take(full.train, idx, 784, 1) };
};

const gpu = await acquireDevice();
const adapter = describeAdapter(gpu.adapter);
console.error(`distill-proof on ${adapter}`);
const run = async (model: CompiledModel, data: Dataset, epochs: number, seed: number, outDir: string): Promise<TrainResult & { seconds: number }> => {
  const t = model.train!;
  const t0 = performance.now();
  const r = await train({ device: gpu.device, model, dataset: data, epochs, batch: t.batchSize, seed, loss: t.loss, optimizer: t.optimizer, outDir });
  const seconds = (performance.now() - t0) / 1000;
  console.error(`  ${model.name} seed ${seed}: ${r.steps} steps, test accuracy ${(100 * r.testAccuracy!).toFixed(2)}% (${seconds.toFixed(0)} s)`);
  return { ...r, seconds };
};

// The teacher: trained once, on a large slice (its own seed), then frozen; reused by later runs with the same settings.
const teacherDir = join(OUT, `teacher-${TEACHER_SAMPLES}x${TEACHER_EPOCHS}`);
const teacherNote = join(teacherDir, 'proof-teacher.json');
const teacher: { testAccuracy: number | null; seconds: number } = existsSync(teacherNote)
  ? (JSON.parse(readFileSync(teacherNote, 'utf8')) as { testAccuracy: number; seconds: number })
  : await run(d.teacher, subset(TEACHER_SAMPLES, 100), TEACHER_EPOCHS, 100, teacherDir);
writeFileSync(teacherNote, JSON.stringify({ testAccuracy: teacher.testAccuracy, seconds: teacher.seconds }));
const distilled = distillerModel(d, join(teacherDir, 'checkpoint.safetensors'));

const rows: { seed: number; alone: number; distilled: number; steps: number }[] = [];
for (const seed of SEEDS) {
  const data = subset(SAMPLES, seed);
  const alone = await run(d.student, data, EPOCHS, seed, join(OUT, `alone-${seed}`));
  const fromTeacher = await run(distilled, data, EPOCHS, seed, join(OUT, `distilled-${seed}`));
  if (alone.steps !== fromTeacher.steps) throw new Error(`the two students took different numbers of steps (${alone.steps} vs ${fromTeacher.steps})`);
  rows.push({ seed, alone: alone.testAccuracy!, distilled: fromTeacher.testAccuracy!, steps: alone.steps });
}
gpu.destroy();
await gpu.lost;

const mean = (k: 'alone' | 'distilled'): number => rows.reduce((s, r) => s + r[k], 0) / rows.length;
const wins = rows.filter((r) => r.distilled > r.alone).length;
const date = new Date().toISOString().slice(0, 10);
const result = {
  date, adapter, file: 'models/distill_mnist.ts', alpha: d.alpha, temperature: d.temperature,
  teacher: { samples: TEACHER_SAMPLES, epochs: TEACHER_EPOCHS, params: d.teacher.totalParams, testAccuracy: teacher.testAccuracy, seconds: teacher.seconds },
  student: { params: d.student.totalParams, samples: SAMPLES, epochs: EPOCHS, batch: d.student.train!.batchSize, testSamples: full.test!.n },
  runs: rows, meanAlone: mean('alone'), meanDistilled: mean('distilled'), distilledBetter: `${wins}/${rows.length}`,
};
mkdirSync('bench/results', { recursive: true });
const stem = `bench/results/${date}-distill-mnist-${SAMPLES}x${EPOCHS}`;
writeFileSync(`${stem}.json`, `${JSON.stringify(result, null, 2)}\n`);
const pct = (v: number): string => `${(100 * v).toFixed(2)} %`;
const md = [
  `# Distillation on MNIST (${date})`, '',
  `\`npx tsx scripts/distill-proof.ts --teacher-samples ${TEACHER_SAMPLES} --teacher-epochs ${TEACHER_EPOCHS} --samples ${SAMPLES} --epochs ${EPOCHS} --seeds ${SEEDS.join(',')}\` on ${adapter}.`, '',
  `Teacher (${d.teacher.totalParams.toLocaleString('en')} params) trained ${TEACHER_EPOCHS} epochs on ${TEACHER_SAMPLES} training images: test accuracy ${pct(teacher.testAccuracy!)}.`,
  `Student (${d.student.totalParams.toLocaleString('en')} params) trained ${EPOCHS} epochs (${rows[0]?.steps} steps, batch ${d.student.train!.batchSize}) on ${SAMPLES} other-seeded training images, alone and from the teacher (α ${d.alpha}, T ${d.temperature}); test set: all ${full.test!.n} test images.`, '',
  '| seed | student alone | student from teacher | difference |', '|---|---|---|---|',
  ...rows.map((r) => `| ${r.seed} | ${pct(r.alone)} | ${pct(r.distilled)} | ${((r.distilled - r.alone) * 100).toFixed(2)} points |`),
  `| mean | ${pct(mean('alone'))} | ${pct(mean('distilled'))} | ${((mean('distilled') - mean('alone')) * 100).toFixed(2)} points |`, '',
  `The distilled student was better in ${wins} of ${rows.length} seeds. Note: the teacher saw ${TEACHER_SAMPLES} images, the students ${SAMPLES}; the distilled student learns what the teacher learnt from the rest only through its soft outputs on the ${SAMPLES} images both students see.`, '',
].join('\n');
writeFileSync(`${stem}.md`, md);
console.log(md);
