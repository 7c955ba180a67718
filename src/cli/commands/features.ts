/** @file `dlc features model.ts --input img.png --layer conv2d_1`: a layer's activation channels (and its filters) as PNG grids. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { modelWeights } from '../../bundle/weights.ts';
import { deviceTarget } from '../../codegen/target.ts';
import { camLayer } from '../../explain/gradcam.ts';
import { compileTap, runTap } from '../../explain/gradcam-program.ts';
import { activationGrid, filterGrid, gridScale } from '../../explain/grid.ts';
import { pictureShape } from '../../explain/heatmap.ts';
import { encodePng, imagePreprocess } from '../../explain/image.ts';
import { compileModelFile } from '../../frontend/index.ts';
import { acquireDevice, describeAdapter } from '../../runtime/index.ts';
import { writeFileAtomic } from '../../train/atomic-write.ts';
import { fileDataInfo } from '../../train/checkpoint.ts';
import { flagNumber, flagString, UsageError, type Command, pickModel } from '../command.ts';
import type { FlagSpec } from '../flags.ts';
import { readInput } from './saliency.ts';

const HELP = `usage: dlc features <model.ts> --input <img.png|x.json|x.npy> [--layer name] [--weights ckpt.safetensors]
                    [--seed n] [--model name] [-o dir] [--json]

What a layer sees: the model run on the GPU (or SwiftShader) up to one layer with an [H, W, C]
output, and each of its C channels drawn as a grey tile (scaled by the tile's own min and max, so a
dead channel is black), in a near-square grid. Writes, in the output folder:
  features.png    the activation grid (enlarged so the longer side is about 512 pixels)
  filters.png     the layer's convolution filters, one tile per output channel (RGB when the layer
                  reads 3 channels, else the mean over its input channels in grey); only for layers
                  with a [kh, kw, in, out] kernel
  features.json   { model, layer, shape, grid: { rows, cols, tile, scale }, files, activation }

options:
  --input file       a PNG/JPEG/WebP/GIF image (decoded as dlc saliency decodes it), or a .json / .npy
                     array of one sample
  --layer name       the layer (as dlc summary names it; default: the last convolution)
  --weights file     the model's weights (default: initialised with --seed)
  --seed n           the initialiser seed without --weights (default 0)
  --model name       which model of a multi-model file (default: its default export)
  -o, --out dir      output folder (default: features/), created if missing
  --json             print features.json's summary (without the activation values) as JSON`;

const FLAGS: readonly FlagSpec[] = [
  { name: 'input', kind: 'path', value: 'file', help: 'image, .json or .npy' },
  { name: 'layer', kind: 'string', value: 'name', help: 'the layer to draw' },
  { name: 'weights', kind: 'path', value: 'file', help: "the model's weights" },
  { name: 'seed', kind: 'int', value: 'n', min: 0, max: 2 ** 32 - 1, help: 'initialiser seed' },
  { name: 'model', kind: 'string', value: 'name', help: 'which model of a multi-model file' },
  { name: 'out', short: 'o', kind: 'path', value: 'dir', help: 'output folder' },
  { name: 'json', kind: 'boolean', help: 'print the summary as JSON' },
];

export const featuresCommand: Command = {
  name: 'features',
  summary: "a layer's activation channels and filters as PNG grids",
  help: HELP,
  flags: FLAGS,
  maxPositional: 1,
  async run(args, io) {
    const file = args.positional[0];
    if (!file) throw new UsageError('expected a model file');
    const inputFile = flagString(args, 'input');
    if (!inputFile) throw new UsageError('expected --input <img.png|x.json|x.npy>');
    if (args.flags.weights === true) throw new UsageError('--weights expects a file');
    const seed = flagNumber(args, 'seed') ?? 0;
    const out = flagString(args, 'o') ?? flagString(args, 'out') ?? 'features';
    const program = compileModelFile(file);
    const model = pickModel(program, args);
    const layer = camLayer(model, flagString(args, 'layer'));
    const weights = modelWeights(model, flagString(args, 'weights'), seed);
    const sampleShape = model.inputs[0]?.shape ?? [];
    const info = fileDataInfo(flagString(args, 'weights'));
    const x = await readInput(inputFile, sampleShape, () => imagePreprocess(pictureShape(sampleShape), info));

    const gpu = await acquireDevice();
    let act: Float32Array;
    let shape: readonly number[];
    try {
      const p = compileTap(model, layer, { target: deviceTarget(gpu.device) });
      shape = p.activation;
      act = await runTap(gpu.device, p, Object.fromEntries([...weights].map(([k, t]) => [k, t.data])), x);
      io.err(`ran ${model.name} up to ${layer} on ${describeAdapter(gpu.adapter)}`);
    } finally {
      gpu.destroy();
      await gpu.lost;
    }
    mkdirSync(out, { recursive: true });
    const grid = activationGrid(act, shape);
    const scale = gridScale(grid);
    const files: Record<string, string> = { features: join(out, 'features.png'), json: join(out, 'features.json') };
    writeFileAtomic(files.features!, await encodePng(grid, scale));
    const kernel = weights.get(`${layer}.kernel`);
    let filters: { rows: number; cols: number; tile: readonly number[]; scale: number } | undefined;
    if (kernel && kernel.shape.length === 4) {
      const f = filterGrid(kernel.data, kernel.shape);
      const s = gridScale(f);
      files.filters = join(out, 'filters.png');
      writeFileAtomic(files.filters, await encodePng(f, s));
      filters = { rows: f.rows, cols: f.cols, tile: f.tile, scale: s };
    }
    const summary = { model: model.name, layer, shape: [...shape], grid: { rows: grid.rows, cols: grid.cols, tile: grid.tile, scale }, ...(filters ? { filters } : {}), files };
    writeFileAtomic(files.json!, new TextEncoder().encode(`${JSON.stringify({ ...summary, activation: Array.from(act) })}\n`));
    if (args.flags.json === true) io.out(JSON.stringify(summary));
    else io.out(`${model.name}: ${layer} [${shape.join(', ')}]; wrote ${Object.values(files).join(', ')}`);
    return 0;
  },
};
