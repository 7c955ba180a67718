/** @file `dlc saliency model.ts --input img.png`: input-gradient attributions on the GPU, written as a heat map and an overlay. */
import { mkdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join } from 'node:path';
import { parseNpy } from '../../bundle/npy.ts';
import { modelWeights } from '../../bundle/weights.ts';
import { deviceTarget } from '../../codegen/target.ts';
import { EXPLAIN_METHODS, type ExplainMethod } from '../../explain/graph.ts';
import { heatmapImage, magnitude, overlayImage, pictureShape } from '../../explain/heatmap.ts';
import { decodeImage, encodePng, imagePreprocess, isImageFile, upscaleFor } from '../../explain/image.ts';
import { fileDataInfo } from '../../train/checkpoint.ts';
import { compileExplain, loadExplainer } from '../../explain/program.ts';
import { compileGradCam, loadGradCam } from '../../explain/gradcam-program.ts';
import { compileModelFile } from '../../frontend/index.ts';
import type { ImagePreprocess } from '../../runtime/preprocess.ts';
import { acquireDevice, describeAdapter } from '../../runtime/index.ts';
import { announceFirstDispatch } from '../../train/first-compile.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { flagNumber, flagString, UsageError, type Command, pickModel } from '../command.ts';
import { compileNotice } from '../compile-notice.ts';
import type { FlagSpec } from '../flags.ts';

const HELP = `usage: dlc saliency <model.ts> --input <img.png|x.json|x.npy> [--weights ckpt.safetensors] [--class k|name]
                    [--method gradient|smoothgrad|integrated|gradcam] [--layer name] [--samples n] [--noise f] [--seed n]
                    [--baseline file] [--score logit|output] [--model name] [-o dir] [--json]

Which parts of the input drive a prediction: the gradient of one class's score with respect to the
input, compiled (forward, backward with respect to the input, and the reduction to one map in one
GPU submit) and run on this machine's GPU or on SwiftShader. Writes, in the output folder:
  saliency.png    the attribution magnitude per pixel (max |a| over channels, scaled to its maximum;
                  black → red → yellow → white), enlarged so small inputs are visible
  overlay.png     that heat map blended over the input drawn in grey (or RGB)
  saliency.json   { model, method, class, scores, top: { class, score }, shape, attribution }
                  (with className where the checkpoint records class names)
and prints the top class and the explained class.

methods:
  gradient        d score[k] / d x (Simonyan et al.)
  smoothgrad      the mean gradient over --samples noisy copies x + N(0, σ²), σ = --noise × (max − min)
                  of x (Smilkov et al.); seeded by --seed, so runs repeat exactly
  integrated      integrated gradients (Sundararajan et al.): (x − baseline) × the mean gradient at
                  --samples midpoints of the straight path from a baseline (--baseline; default
                  all zeros, a black image) to x; the attributions sum to about
                  score(x) − score(baseline)
  gradcam         Grad-CAM (Selvaraju et al.) at a convolutional layer (--layer; default the last
                  convolution): each channel of its activation A weighed by the spatial mean of
                  d score[k] / d A, relu of the weighted sum, upsampled (bilinear) to the input;
                  saliency.json also holds the layer-resolution map as "cam"

options:
  --input file       a PNG/JPEG/WebP/GIF image, decoded as dlc run and imageFolder() training decode
                     it: with the preprocessing recorded in the --weights checkpoint, else stretched
                     to the model input, grey/RGB/RGBA by its channels, values /255; or a .json
                     array (nested or flat) or a .npy array of one sample
  --weights file     the model's weights: a dlc train checkpoint or any safetensors of <layer>.<weight>
                     tensors (default: initialised with --seed)
  --class k|name     the class to explain: its output index, or its name when the checkpoint has
                     class names (an imageFolder()'s folder names) (default: the top-scoring class)
  --method m         gradient (default), smoothgrad or integrated
  --layer name       gradcam's layer: any layer with an [H, W, C] output (default: the last convolution)
  --samples n        noisy copies or path points (default 16)
  --baseline file    integrated gradients' starting point, read like --input (default: all zeros)
  --noise f          SmoothGrad noise level, a fraction of the input's value range (default 0.15)
  --seed n           noise seed, and the initialiser seed without --weights (default 0)
  --score s          logit (default): the activation's input when the model ends in softmax or
                     sigmoid, else its output; output: always the model's output
  --model name       which model of a multi-model file (default: its default export)
  -o, --out dir      output folder (default: saliency/), created if missing
  --json             print saliency.json's summary (without the attribution values) as JSON`;


/** Declared for strict parsing (unknown flags get a did-you-mean); the help above documents them. */
const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'path', value: 'file', help: 'image, .json or .npy' },
  { name: 'baseline', kind: 'path', value: 'file', help: "integrated gradients' starting point" },
  { name: 'weights', kind: 'path', value: 'file', help: "the model's weights" },
  { name: 'class', kind: 'string', value: 'k|name', help: 'class to explain: its index or its name' },
  { name: 'method', kind: 'enum', values: ['gradient', 'smoothgrad', 'integrated', 'gradcam'], help: 'attribution method' },
  { name: 'layer', kind: 'string', value: 'name', help: "gradcam's layer" },
  { name: 'samples', kind: 'int', value: 'n', min: 1, max: 4096, help: 'noisy copies or path points' },
  { name: 'noise', kind: 'number', value: 'f', min: 0, help: 'SmoothGrad noise level' },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'noise and initialiser seed' },
  { name: 'score', kind: 'enum', values: ['logit', 'output'], help: 'what is explained' },
  { name: 'model', kind: 'string', value: 'name', help: 'which model of a multi-model file' },
  { name: 'out', short: 'o', kind: 'path', value: 'dir', help: 'output folder' },
  { name: 'json', kind: 'boolean', help: 'print the summary as JSON' },
];

export const saliencyCommand: Command = {
  name: 'saliency',
  summary: 'which input pixels drive a prediction: gradient / SmoothGrad / integrated-gradient heat maps',
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const inputFile = flagString(args, 'input');
    if (!inputFile) throw new UsageError('expected --input <img.png|x.json|x.npy>');
    const method = (flagString(args, 'method') ?? 'gradient') as ExplainMethod | 'gradcam';
    if (method !== 'gradcam' && !EXPLAIN_METHODS.includes(method)) throw new UsageError(`--method must be ${[...EXPLAIN_METHODS, 'gradcam'].join(', ')}, got '${method}'`);
    const layer = flagString(args, 'layer');
    if (layer !== undefined && method !== 'gradcam') throw new UsageError('--layer is for --method gradcam');
    const score = flagString(args, 'score') ?? 'logit';
    if (score !== 'logit' && score !== 'output') throw new UsageError(`--score must be logit or output, got '${score}'`);
    const samples = intFlag(args, 'samples', 1) ?? 16;
    const seed = intFlag(args, 'seed', 0) ?? 0;
    const noise = flagNumber(args, 'noise') ?? 0.15;
    if (!(noise >= 0)) throw new UsageError(`--noise must be a number ≥ 0, got ${args.flags.noise}`);
    if (args.flags.weights === true) throw new UsageError('--weights expects a file');
    const out = flagString(args, 'o') ?? flagString(args, 'out') ?? 'saliency';

    const program = compileModelFile(file);
    const model = pickModel(program, args);
    const weights = modelWeights(model, flagString(args, 'weights'), seed);
    const sampleShape = model.inputs[0]?.shape ?? [];
    const pic = pictureShape(sampleShape);
    const info = fileDataInfo(flagString(args, 'weights'));
    const classIndex = classFlag(flagString(args, 'class'), info?.classNames);
    const readAs = (f: string): Promise<Float32Array> => readInput(f, sampleShape, () => imagePreprocess(pic, info));
    const x = await readAs(inputFile);
    const baselineFile = flagString(args, 'baseline');
    if (baselineFile && method !== 'integrated') throw new UsageError('--baseline is for --method integrated');
    const baseline = baselineFile ? await readAs(baselineFile) : undefined;

    const gpu = await acquireDevice();
    try {
      const target = deviceTarget(gpu.device);
      const w = Object.fromEntries([...weights].map(([k, t]) => [k, t.data]));
      const cls = classIndex !== undefined ? { classIndex } : {};
      const p = method === 'gradcam' ? compileGradCam(model, { ...(layer !== undefined ? { layer } : {}), score, target }) : compileExplain(model, { method, samples, score, target });
      const ran = announceFirstDispatch(gpu.device, p.plan.kernels, compileNotice(io, 'dlc saliency', args.flags.json === true));
      const ex = 'layer' in p ? await loadGradCam(gpu.device, p, w) : await loadExplainer(gpu.device, p, w);
      try {
        const r = 'layer' in p
          ? await (ex as Awaited<ReturnType<typeof loadGradCam>>).explain({ x, ...cls }).then((g) => ({ ...g, saliency: g.map, extra: { layer: p.layer, camShape: [...p.activation.slice(0, 2)], cam: Array.from(g.cam) } }))
          : await (ex as Awaited<ReturnType<typeof loadExplainer>>).explain({ x, ...cls, ...(baseline ? { baseline } : {}), noiseLevel: noise, seed }).then((a) => ({ ...a, extra: {} }));
        ran();
        const names = info?.classNames?.length === p.classes ? info.classNames : undefined;
        const label = (k: number): string => (names ? `${k} (${names[k]})` : `${k}`);
        const top = r.scores.reduce((best, v, i) => (v > r.scores[best]! ? i : best), 0);
        const mag = magnitude(r.saliency, 'layer' in p ? { ...pic, channels: 1 } : pic);
        const scale = upscaleFor(pic);
        mkdirSync(out, { recursive: true });
        writeFileAtomic(join(out, 'saliency.png'), await encodePng(heatmapImage(mag, pic), scale));
        writeFileAtomic(join(out, 'overlay.png'), await encodePng(overlayImage(x, mag, pic), scale));
        const summary = {
          model: model.name, method, ...(method === 'gradient' || method === 'gradcam' ? {} : { samples }), ...('layer' in p ? { layer: p.layer } : {}), score: p.logits ? 'logit' : 'output',
          class: r.classIndex, ...(names ? { className: names[r.classIndex] } : {}), top: { class: top, ...(names ? { className: names[top] } : {}), score: r.scores[top]! }, scores: Array.from(r.scores), shape: [...sampleShape],
          files: { heatmap: join(out, 'saliency.png'), overlay: join(out, 'overlay.png'), json: join(out, 'saliency.json') },
        };
        writeFileAtomic(join(out, 'saliency.json'), new TextEncoder().encode(`${JSON.stringify({ ...summary, attribution: Array.from(r.saliency), ...r.extra })}\n`));
        if (args.flags.json === true) io.out(JSON.stringify(summary));
        else {
          io.out(`${model.name}: top class ${label(top)}, ${summary.score} ${r.scores[top]!.toPrecision(4)}; ${method}${'layer' in p ? ` (${p.layer})` : ''} saliency of class ${label(r.classIndex)} on ${describeAdapter(gpu.adapter)}`);
          io.out(`wrote ${summary.files.heatmap}, ${summary.files.overlay}, ${summary.files.json}`);
        }
      } finally {
        ex.destroy();
      }
    } finally {
      gpu.destroy();
      await gpu.lost;
    }
    return 0;
  },
};

/** --class as an index, or as one of the checkpoint's class names (what dlc run and dlc evaluate print). */
function classFlag(v: string | undefined, names: readonly string[] | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (/^\d+$/.test(v.trim())) return Number(v.trim());
  const k = names?.indexOf(v) ?? -1;
  if (k >= 0) return k;
  const folded = names?.findIndex((n) => n.toLowerCase() === v.toLowerCase()) ?? -1;
  if (folded >= 0) return folded;
  if (!names?.length) throw new UsageError(`--class expects an index (an integer ≥ 0), got '${v}'; the weights name no classes (pass --weights with a checkpoint dlc train wrote from named data)`);
  throw new UsageError(`--class '${v}' is not one of the model's classes: ${names.map((n, i) => `${i} ${n}`).join(', ')}`);
}

function intFlag(args: Parameters<Command['run']>[0], name: string, min: number): number | undefined {
  const v = flagNumber(args, name);
  if (v !== undefined && !(Number.isInteger(v) && v >= min)) throw new UsageError(`--${name} must be an integer ≥ ${min}, got ${args.flags[name]}`);
  return v;
}

/** One sample, flat: an image decoded to the input's H×W×C, or a .json / .npy array with the input's element count. */
export async function readInput(file: string, shape: readonly number[], pre: () => ImagePreprocess): Promise<Float32Array> {
  const n = shape.reduce((a, d) => a * d, 1);
  let data: Float32Array;
  if (statSafe(file)?.isDirectory()) throw new UsageError(`${file} is a folder; saliency explains one input: pass one image from it (dlc evaluate lists the most confident mistakes by file)`);
  if (isImageFile(file)) {
    data = await decodeImage(file, pre());
  } else {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch {
      throw new UsageError(`cannot read input file '${file}'`);
    }
    if (file.endsWith('.npy')) {
      try {
        data = Float32Array.from(parseNpy(bytes, file).data);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
    } else {
      let v: unknown;
      try {
        v = JSON.parse(new TextDecoder().decode(bytes));
      } catch (e) {
        throw new UsageError(`${file} is not valid JSON: ${(e as Error).message}`);
      }
      const flat = Array.isArray(v) ? (v.flat(Infinity) as unknown[]) : [];
      if (flat.length === 0 || !flat.every((e) => typeof e === 'number')) throw new UsageError(`${file} must hold an array of numbers (nested or flat)`);
      data = Float32Array.from(flat as number[]);
    }
  }
  if (data.length !== n) throw new UsageError(`${file} holds ${data.length} values but the model input [${shape.join(', ')}] takes ${n}`);
  if (!data.every(Number.isFinite)) throw new UsageError(`${file} holds NaN or Infinity`);
  return data;
}

function statSafe(p: string): Stats | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}
