/** @file `dlc build model.ts -o DIR`: a self-contained bundle (manifest, kernels, weights, index.js, index.d.ts). */
import { checkOutputDir, buildBundle, writeBundle, type BuildOptions, type BuiltBundle } from '../../bundle/build.ts';
import { EXPLAIN_BUILD_METHODS, type ExplainBuildMethod } from '../../bundle/explain.ts';
import { readTuning } from '../../bundle/tune-record.ts';
import { targetOf } from '../../codegen/target.ts';
import { acquireDevice, describeAdapter } from '../../runtime/index.ts';
import { flagNumber, flagString, UsageError, type Command, type FlagSpec, type Io, type ParsedArgs } from '../command.ts';
import { optionsHelp } from '../flags.ts';
import type { WeightStorage } from '../../bundle/precision.ts';
import { formatPrecisionReport, precisionReport } from './build-report.ts';
import { BUNDLE_RUNTIMES, EXTERNAL_RUNTIME, type BundleRuntime } from '../../bundle/runtime-external.ts';
import { compileModelFileSources } from '../../frontend/index.ts';
import { BuildCache, type CachedBundle } from '../build-cache.ts';
import { traceCache } from '../plan-cache.ts';

const FLAGS: readonly FlagSpec[] = [
  { name: 'out', short: 'o', kind: 'path', value: 'dir', help: 'output folder (created; a previous bundle there is replaced)' },
  { name: 'mode', kind: 'enum', values: ['inference', 'train'], help: 'inference (default) or train' },
  { name: 'batch', kind: 'int', value: 'n', min: 1, max: 1 << 20, help: "static batch size (default 1 for inference, the model's batch size for train)" },
  { name: 'weights', kind: 'path', value: 'file', help: `the model's weights: any safetensors file with one f32 tensor per weight, named
<layer>.<weight> at the weight's shape (e.g. dense_1.kernel [128,10]) — a
checkpoint of dlc train, or a file from dlc import-weights (Keras .h5/.keras,
TF.js model.json); other tensors (optimizer slots) are ignored. \`dlc summary
--json\` lists every weight's name and shape. Default: initialised with --seed` },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'initialiser seed when no --weights are given (default 0)' },
  { name: 'non-finite', kind: 'enum', values: ['reject', 'allow'], help: 'what predict() does with NaN/Inf inputs: reject (default) or allow' },
  { name: 'explain', kind: 'boolean', help: `add saliency(input, class, { method }) (gradient, smoothgrad, integrated) and,
for models with a convolution, gradCam(input, class): extra plans and the raw
(unfolded) weights they read. Off by default: it grows the bundle` },
  { name: 'explain-methods', kind: 'string', value: 'list', help: 'with --explain, build only these: a comma list of gradient, smoothgrad,\nintegrated, gradcam' },
  { name: 'explain-samples', kind: 'int', value: 'n', min: 1, max: 256, help: "smoothgrad's noisy copies and integrated gradients' path points (default 16)" },
  { name: 'gradcam-layer', kind: 'string', value: 'name', help: "gradCam()'s layer with --explain (default: the last convolution)" },
  { name: 'tune', kind: 'boolean', help: `time every GEMM and conv kernel (matmul, conv, conv gradients) in each variant on this
machine's GPU and build with the fastest; the winners are recorded in
manifest.json ("tuning"). Fixed inputs, medians of --tune-samples, the
rule-based choice kept unless another is 5% faster` },
  { name: 'tune-samples', kind: 'int', value: 'n', min: 1, max: 1000, help: 'timed samples per variant with --tune (default 5, 3 dispatches each)' },
  { name: 'tuned', kind: 'path', value: 'manifest', help: `build with the tuning recorded in an earlier bundle's manifest.json (no GPU
needed; the same model and options give the same files as that build)` },
  { name: 'precision', kind: 'enum', values: ['f32', 'f16'], help: `weight storage: f32 (default) or f16 — the dense/conv weights as halves (half
the bytes), read as array<f16> on devices with shader-f16 and unpacked from
u32 words elsewhere (the runtime picks); accumulation stays f32. f16 also
stores the activations between kernels as halves (half their GPU memory);
inputs and outputs stay f32` },
  { name: 'quantize', kind: 'enum', values: ['int8'], help: `int8: per-output-channel symmetric int8 dense/conv weights (scale =
max|w|/127), dequantised inside the kernels; about a quarter of the f32 size` },
  { name: 'report', kind: 'boolean', help: `also build f32, f16 and int8 bundles in memory and compare them on this
device: bundle and weight bytes, test-set accuracy (or MSE) and top-1
agreement with f32 when the model's dataset is installed, the largest
output difference, each bundle's bytes by part (model: manifest, kernels,
weights; runtime: index.js + node.js; raw and gzipped), and each kernel's
median ms and GFLOP/s (timed this run; informational). The compared
bundles use the kernel variants chosen for this device (the bundle written
to -o keeps the GPU defaults unless --tune). Uses --batch (default 1; pass
a larger one for speed)` },
  { name: 'test-limit', kind: 'int', value: 'n', min: 1, help: 'with --report: at most n test samples (default: the whole test split)' },
  { name: 'json', kind: 'boolean', help: 'with --report: print the report as one JSON object on the last line' },
  { name: 'no-cache', kind: 'boolean', help: `build afresh and leave the build cache alone (also DLC_CACHE=0). By default a
bundle built before from the same model files, weights file, flags and dlc is
written from the cache (checked as the runtime checks a bundle; a damaged or
stale entry is rebuilt), in plans/ in dlc's cache folder ($DLC_CACHE_DIR, else
~/.cache/dlc). --tune never uses it` },
  { name: 'minify', kind: 'boolean', help: `minify index.js and node.js (about 25 % fewer bytes gzipped). The default is
readable JavaScript, so an uncaught error's stack points at a real line.
Either way index.js holds only the features the bundle uses (explain,
packed weights, training, compiled loops)` },
  { name: 'runtime', kind: 'enum', values: [...BUNDLE_RUNTIMES], help: `bundled (default): index.js and node.js hold the runtime, so the folder
stands alone. external: they are a few lines that import it from the
installed dlc package ('${EXTERNAL_RUNTIME}', a peer dependency in the bundle's
package.json) and bind load() to the bundle's folder, so the bundle is only
the model (manifest, kernels, weights), as TF.js ships model.json and
weights and takes its runtime from npm. The app must \`npm install dlc\`` },
];

const INTRO = `usage: dlc build <model.ts> -o <dir> [--mode inference|train] [--batch n] [--weights ckpt.safetensors] [--seed n] [--non-finite reject|allow]
                 [--explain [--explain-methods list] [--explain-samples n] [--gradcam-layer name]] [--tune | --tuned manifest.json]
                 [--precision f16 | --quantize int8] [--report [--json] [--test-limit n]] [--minify] [--runtime bundled|external] [--no-cache]

Compiles the model and writes a bundle any web page, Node service or Deno script can import:
  manifest.json        schema-versioned: entry points, inputs/outputs (dtype, shape), kernels,
                       the dispatch plans, and a source map from kernels to model lines
  kernels/*.wgsl       the WGSL kernels
  weights.safetensors  the weights (for inference: batch norm folded, dropout removed)
  index.js, index.d.ts the runtime (ESM, no dependencies) and its types:
                       load(device?), predict(inputs); train bundles add trainStep(batch);
                       --explain adds saliency(input, class) and gradCam(input, class);
                       index.js holds only the features this bundle uses
  node.js              Node's entry: imports index.js, adds Node's modules and Dawn
Building is deterministic: the same inputs give byte-identical files. Without --tune or --tuned the
kernels suit GPUs in general; --tune picks them by timing on this machine's device.`;

const KNOWN = ['no-cache', 'o', 'out', 'mode', 'batch', 'weights', 'seed', 'non-finite', 'explain', 'explain-methods', 'explain-samples', 'gradcam-layer', 'tune', 'tune-samples', 'tuned', 'precision', 'quantize', 'report', 'test-limit', 'json', 'minify', 'runtime'];
const HELP = `${INTRO}\n\n${optionsHelp(FLAGS)}`;

export const buildCommand: Command = {
  name: 'build',
  summary: 'compile a model into a deployable bundle (manifest, WGSL, weights, index.js)',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const opts = buildOptions(args);
    checkOutputDir(opts.out);
    const built = await cachedBuild(opts, args, io);
    writeBundle(opts.out, built.files);
    const bytes = [...built.files.values()].reduce((s, f) => s + f.length, 0);
    const kernels = [...built.files.keys()].filter((p) => p.endsWith('.wgsl')).length;
    const weights = opts.storage === 'f32' ? '' : `, ${opts.storage} weights (${built.files.get('weights.safetensors')?.length ?? 0} bytes)`;
    const runtime = opts.runtime === 'external' ? `runtime external (imports '${EXTERNAL_RUNTIME}': the bundle is the model alone)` : `index.js ${(built.runtimeBytes / 1024).toFixed(1)} KB gzipped`;
    io.out(`${opts.out}: ${built.name} (${opts.mode}, batch ${built.batch}), ${built.files.size} files, ${bytes} bytes, ${kernels} kernels${weights}; ${runtime}`);
    if (args.flags.report === true) {
      if (opts.mode !== 'inference') throw new UsageError('--report compares inference bundles: leave out --mode train');
      const limit = flagNumber(args, 'test-limit');
      const { explain: _explain, ...plain } = opts; // the report compares predict only
      const report = await precisionReport({ build: { ...plain, storage: 'f32' }, ...(limit ? { limit } : {}) });
      io.out(formatPrecisionReport(report));
      if (args.flags.json === true) io.out(JSON.stringify(report));
    }
    return 0;
  },
};

/**
 * The bundle from the build cache (build-cache.ts) when these files and options were built before,
 * else built (and recorded). --tune measures this machine and --no-cache / DLC_CACHE=0 turn it off.
 */
async function cachedBuild(opts: BuildOptions, args: ParsedArgs, io: Io): Promise<CachedBundle> {
  if (args.flags.tune === true) return summary(await tunedBuild(opts, flagNumber(args, 'tune-samples'), io));
  const cache = args.flags['no-cache'] === true ? undefined : BuildCache.open(opts);
  try {
    const hit = cache?.get();
    if (hit) return hit;
    if (!cache) return summary(await buildBundle(opts));
    const { program, files } = compileModelFileSources(opts.modelFile);
    const built = await buildBundle({ ...opts, program });
    cache.put(built, files);
    return summary(built);
  } finally {
    traceCache(io);
  }
}

const summary = (b: BuiltBundle): CachedBundle => ({ files: b.files, name: b.model.name, batch: b.batch, runtimeBytes: b.runtimeBytes });

/** `--tune`: acquires this machine's device, times the variants (a line per GEMM), builds with the winners. */
async function tunedBuild(opts: BuildOptions, samples: number | undefined, io: Io): Promise<BuiltBundle> {
  const gpu = await acquireDevice();
  try {
    const target = targetOf(gpu.adapter);
    io.err(`dlc build --tune: timing kernel variants on ${describeAdapter(gpu.adapter)} (median ms per dispatch)`);
    const built = await buildBundle({ ...opts, tune: { device: gpu.device, target, options: { ...(samples ? { samples } : {}), log: (l) => io.err(l) } } });
    const changed = built.tuning?.rows.filter((r) => r.winner !== r.rule).length ?? 0;
    io.err(`dlc build --tune: ${built.tuning?.rows.length ?? 0} kernels timed, ${changed} differ from the rule-based choice`);
    return built;
  } finally {
    gpu.destroy();
    await gpu.lost;
  }
}

function buildOptions(args: ParsedArgs): BuildOptions & { readonly out: string } {
  for (const f of Object.keys(args.flags)) if (!KNOWN.includes(f)) throw new UsageError(`unknown option --${f}`);
  const modelFile = args.positional[0];
  if (!modelFile) throw new UsageError('expected a model file');
  if (args.positional.length > 1) throw new UsageError(`unexpected argument '${args.positional[1]}'`);
  const out = flagString(args, 'o') ?? flagString(args, 'out');
  if (!out) throw new UsageError('expected an output folder: -o <dir>');
  const mode = flagString(args, 'mode') ?? 'inference';
  if (mode !== 'inference' && mode !== 'train') throw new UsageError(`--mode must be inference or train, got '${mode}'`);
  const nonFinite = flagString(args, 'non-finite') ?? 'reject';
  if (nonFinite !== 'reject' && nonFinite !== 'allow') throw new UsageError(`--non-finite must be reject or allow, got '${nonFinite}'`);
  const batch = flagNumber(args, 'batch');
  if (batch !== undefined && !(Number.isInteger(batch) && batch >= 1)) throw new UsageError(`--batch must be a positive integer, got ${batch}`);
  const seed = flagNumber(args, 'seed');
  if (args.flags.weights === true) throw new UsageError('--weights expects a file');
  const samples = flagNumber(args, 'explain-samples');
  const layer = flagString(args, 'gradcam-layer');
  const list = flagString(args, 'explain-methods');
  if ((samples !== undefined || layer !== undefined || list !== undefined) && args.flags.explain !== true) throw new UsageError('--explain-methods, --explain-samples and --gradcam-layer go with --explain');
  const methods = list?.split(',').map((m) => m.trim());
  const unknown = methods?.find((m) => !(EXPLAIN_BUILD_METHODS as readonly string[]).includes(m));
  if (unknown !== undefined) throw new UsageError(`--explain-methods takes ${EXPLAIN_BUILD_METHODS.join(', ')}, got '${unknown}'`);
  const explain = args.flags.explain === true ? { ...(samples !== undefined ? { samples } : {}), ...(layer !== undefined ? { layer } : {}), ...(methods ? { methods: methods as ExplainBuildMethod[] } : {}) } : undefined;
  const tunedFrom = flagString(args, 'tuned');
  if (tunedFrom !== undefined && args.flags.tune === true) throw new UsageError('--tune and --tuned exclude each other: --tune measures a new table, --tuned reuses one');
  if (args.flags['tune-samples'] !== undefined && args.flags.tune !== true) throw new UsageError('--tune-samples needs --tune');
  const weightsFile = flagString(args, 'weights');
  return {
    modelFile, out, mode, seed, nonFinite,
    ...(batch !== undefined ? { batch } : {}),
    ...(weightsFile !== undefined ? { weightsFile } : {}),
    ...(tunedFrom !== undefined ? { tuned: readTuning(tunedFrom) } : {}),
    ...(explain !== undefined ? { explain } : {}),
    storage: storageOf(args),
    ...(args.flags.minify === true ? { minify: true } : {}),
    ...runtimeOf(args),
  };
}

/** --runtime bundled|external (default bundled); --minify has nothing to minify in an external bundle. */
function runtimeOf(args: ParsedArgs): { runtime?: BundleRuntime } {
  const runtime = flagString(args, 'runtime') ?? 'bundled';
  if (!(BUNDLE_RUNTIMES as readonly string[]).includes(runtime)) throw new UsageError(`--runtime must be bundled or external, got '${runtime}'`);
  if (runtime === 'external' && args.flags.minify === true) throw new UsageError("--minify and --runtime external exclude each other: an external bundle's index.js is a few lines importing dlc's runtime");
  return runtime === 'external' ? { runtime: 'external' } : {};
}

/** --precision f16 and --quantize int8 choose the weight storage; they exclude each other. */
function storageOf(args: ParsedArgs): WeightStorage {
  const precision = flagString(args, 'precision') ?? 'f32';
  const quantize = flagString(args, 'quantize');
  if (precision !== 'f32' && precision !== 'f16') throw new UsageError(`--precision must be f32 or f16, got '${precision}'`);
  if (quantize !== undefined && quantize !== 'int8') throw new UsageError(`--quantize must be int8, got '${quantize}'`);
  if (quantize && precision === 'f16') throw new UsageError('--precision f16 and --quantize int8 exclude each other: choose one weight storage');
  return quantize ?? precision;
}
