/** @file `dlc dream model.ts --input img.png --layer name`: Deep Dream (gradient ascent on the input, with octaves and jitter) on the GPU. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { modelWeights } from '../../bundle/weights.ts';
import { deviceTarget } from '../../codegen/target.ts';
import { deepDream, type DreamOctave } from '../../explain/dream-program.ts';
import { pictureShape, type RgbImage } from '../../explain/heatmap.ts';
import { encodePng, imagePreprocess, upscaleFor } from '../../explain/image.ts';
import { seededRandom } from '../../data/dataset.ts';
import { compileModelFile } from '../../frontend/index.ts';
import type { ImagePreprocess } from '../../runtime/preprocess.ts';
import { acquireDevice, describeAdapter } from '../../runtime/index.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { fileDataInfo } from '../../train/checkpoint.ts';
import { flagNumber, flagString, UsageError, type Command, pickModel } from '../command.ts';
import type { FlagSpec } from '../flags.ts';
import { readInput } from './saliency.ts';

const HELP = `usage: dlc dream <model.ts> [--input img.png|x.json|x.npy] [--weights ckpt.safetensors] [--layer name] [--channel k]
                 [--octaves n] [--octave-scale f] [--steps n] [--step-size f] [--jitter px] [--seed n]
                 [--model name] [-o dir] [--json]

Deep Dream (Mordvintsev et al.): gradient ascent on the input image to raise one layer's mean
activation (or one channel's), so the picture grows what the layer responds to. Each step is one
compiled GPU program (forward to the layer, backward to the image, the step itself):
x ← clamp(x + η · g / mean |g|) with g = d mean(A) / d x. Octaves run from small to the model's
input size (each --octave-scale times the last); the details dreamt at one octave are upscaled onto
the next, as in the classic algorithm; each step rolls the image by a random offset of up to
--jitter pixels and back. Writes, in the output folder:
  octave-<i>.png  the image after octave i (its own size, enlarged so small inputs are visible)
  dream.png       the final image (the last octave, the model's input size)
  dream.json      { model, layer, channel, options, octaves: [{ index, size, start, end, objective,
                  file }] }: the objective (mean activation) before and after each octave and at
                  every step
and prints the objective at the start and end of every octave.

options:
  --input file       the starting image: a PNG/JPEG/WebP/GIF (decoded as dlc saliency decodes it), or a
                     .json / .npy array of one sample (default: seeded grey noise)
  --weights file     the model's weights (default: initialised with --seed)
  --layer name       the layer whose activation is raised, any layer of the model (default: the last
                     convolution)
  --channel k        raise one channel (index into the layer's last axis) instead of all
  --octaves n        number of scales (default 3)
  --octave-scale f   size ratio between octaves, ≥ 1 (default 1.4)
  --steps n          ascent steps per octave (default 10)
  --step-size f      η, in pixel-value units after preprocessing (default 0.01)
  --jitter px        largest random roll per step (default 2; 0 for none)
  --seed n           jitter and noise seed, and the initialiser seed without --weights (default 0)
  --model name       which model of a multi-model file (default: its default export)
  -o, --out dir      output folder (default: dream/), created if missing
  --json             print dream.json as JSON`;

const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'path', value: 'file', help: 'the starting image' },
  { name: 'weights', kind: 'path', value: 'file', help: "the model's weights" },
  { name: 'layer', kind: 'string', value: 'name', help: 'the layer to raise' },
  { name: 'channel', kind: 'int', value: 'k', min: 0, help: 'one channel of the layer' },
  { name: 'octaves', kind: 'int', value: 'n', min: 1, max: 16, help: 'number of scales' },
  { name: 'octave-scale', kind: 'number', value: 'f', min: 1, max: 8, help: 'size ratio between octaves' },
  { name: 'steps', kind: 'int', value: 'n', min: 0, max: 10_000, help: 'steps per octave' },
  { name: 'step-size', kind: 'number', value: 'f', above: 0, help: 'η of the normalised step' },
  { name: 'jitter', kind: 'int', value: 'px', min: 0, max: 1024, help: 'largest random roll' },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'jitter, noise and initialiser seed' },
  { name: 'model', kind: 'string', value: 'name', help: 'which model of a multi-model file' },
  { name: 'out', short: 'o', kind: 'path', value: 'dir', help: 'output folder' },
  { name: 'json', kind: 'boolean', help: 'print dream.json as JSON' },
];

export const dreamCommand: Command = {
  name: 'dream',
  summary: "Deep Dream: gradient ascent on the input to raise a layer's activation, with octaves and jitter",
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    if (args.flags.weights === true) throw new UsageError('--weights expects a file');
    const seed = flagNumber(args, 'seed') ?? 0;
    const opts = {
      octaves: flagNumber(args, 'octaves') ?? 3, octaveScale: flagNumber(args, 'octave-scale') ?? 1.4, steps: flagNumber(args, 'steps') ?? 10,
      stepSize: flagNumber(args, 'step-size') ?? 0.01, jitter: flagNumber(args, 'jitter') ?? 2, seed,
    };
    const out = flagString(args, 'o') ?? flagString(args, 'out') ?? 'dream';
    const program = compileModelFile(file);
    const model = pickModel(program, args);
    const weights = modelWeights(model, flagString(args, 'weights'), seed);
    const sampleShape = model.inputs[0]?.shape ?? [];
    const pic = pictureShape(sampleShape);
    const pre = imagePreprocess(pic, fileDataInfo(flagString(args, 'weights')));
    const range: [number, number] = [Math.min(pre.offset, 255 * pre.scale + pre.offset), Math.max(pre.offset, 255 * pre.scale + pre.offset)];
    const inputFile = flagString(args, 'input');
    const x = inputFile ? await readInput(inputFile, sampleShape, () => pre) : greyNoise(pic.height * pic.width * pic.channels, range, seed);
    const layer = flagString(args, 'layer');
    const channel = flagNumber(args, 'channel');
    const scale = upscaleFor(pic);
    mkdirSync(out, { recursive: true });
    const files: string[] = [];
    const gpu = await acquireDevice();
    try {
      const write = async (o: DreamOctave): Promise<void> => {
        const f = join(out, `octave-${o.index}.png`);
        writeFileAtomic(f, await encodePng(toRgb(o.image, o.size[0], o.size[1], pic.channels, pre), scale));
        files.push(f);
        if (args.flags.json !== true) io.out(`octave ${o.index} (${o.size[0]}×${o.size[1]}): objective ${o.start.toPrecision(4)} → ${o.end.toPrecision(4)}`);
      };
      const w = Object.fromEntries([...weights].map(([k, t]) => [k, t.data]));
      const r = await deepDream(gpu.device, model, w, x, { ...opts, ...(layer !== undefined ? { layer } : {}), ...(channel !== undefined ? { channel } : {}), range, target: deviceTarget(gpu.device) }, write);
      const last = r.octaves.at(-1)!;
      writeFileAtomic(join(out, 'dream.png'), await encodePng(toRgb(last.image, last.size[0], last.size[1], pic.channels, pre), scale));
      const summary = {
        model: model.name, layer: r.layer, ...(r.channel !== undefined ? { channel: r.channel } : {}), options: opts, adapter: describeAdapter(gpu.adapter),
        octaves: r.octaves.map((o, i) => ({ index: o.index, size: [...o.size], start: o.start, end: o.end, objective: [...o.objective], file: files[i] })),
        files: { dream: join(out, 'dream.png'), json: join(out, 'dream.json') },
      };
      writeFileAtomic(join(out, 'dream.json'), new TextEncoder().encode(`${JSON.stringify(summary)}\n`));
      if (args.flags.json === true) io.out(JSON.stringify(summary));
      else io.out(`${model.name}: dreamt ${r.layer}${r.channel !== undefined ? ` channel ${r.channel}` : ''} on ${summary.adapter}; wrote ${summary.files.dream}, ${files.length} octave images, ${summary.files.json}`);
    } finally {
      gpu.destroy();
      await gpu.lost;
    }
    return 0;
  },
};

/** Seeded noise around the middle of the pixel range (the classic start when no image is given). */
function greyNoise(n: number, [lo, hi]: readonly [number, number], seed: number): Float32Array {
  const r = seededRandom(seed);
  return Float32Array.from({ length: n }, () => lo + (hi - lo) * (0.5 + 0.2 * (r() - 0.5)));
}

/** Preprocessed values back to bytes ((v − offset) / scale, clamped), grey repeated to RGB, alpha dropped. */
export function toRgb(img: ArrayLike<number>, h: number, w: number, c: number, pre: ImagePreprocess): RgbImage {
  const data = new Uint8Array(h * w * 3);
  const byte = (v: number): number => Math.round(Math.min(255, Math.max(0, (v - pre.offset) / pre.scale)));
  for (let i = 0; i < h * w; i++) for (let k = 0; k < 3; k++) data[i * 3 + k] = byte(img[i * c + (c >= 3 ? k : 0)]!);
  return { height: h, width: w, channels: 3, data };
}
