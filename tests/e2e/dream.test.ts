/**
 * @file Deep Dream (src/explain/dream*.ts, `dlc dream`) against oracles written here.
 * - The step graph on the float64 interpreter: at a smaller octave (the image resized to the model
 *   input inside the graph) the step direction (x' − x)/η equals the float64 central finite-difference
 *   gradient of the objective, normalised by its mean |·| (the classic normalised step).
 * - Channel objectives are the mean of that channel alone; roll/resize host helpers behave.
 * - `dlc dream` on a tiny conv model, 2 octaves: the objective rises at every octave, the first
 *   octave's start equals the interpreter's objective of the resized input, one objective per step is
 *   recorded, and every PNG has its octave's size (enlarged) and is not blank.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { seededRandom } from '../../src/data/dataset.ts';
import { DREAM, dreamGraph } from '../../src/explain/dream.ts';
import { octaveSizes, resizeImage, roll } from '../../src/explain/dream-program.ts';
import { compileModelFile, type CompiledModel } from '../../src/frontend/index.ts';
import { interpret } from '../../src/reference/interpret.ts';
import { encodeSafetensors } from '../../src/train/safetensors.ts';
import { weightsOf } from './explain-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'dlc-dream-'));
const SRC = `import { sequential, conv2d, flatten, dense } from 'dlc';
export default sequential({ name: 'dm', input: [8, 8, 1], layers: [conv2d(3, 3, { activation: 'tanh', padding: 'same' }), conv2d(2, 3, { activation: 'relu', name: 'top' }), flatten(), dense(2)] });
`;
writeFileSync(join(dir, 'dm.ts'), SRC);
const model = (): CompiledModel => compileModelFile(join(dir, 'dm.ts')).main;

/** The objective J at an octave image on the float64 interpreter (step 0). */
function objective(g: ReturnType<typeof dreamGraph>, w: Record<string, ArrayLike<number>>, x: ArrayLike<number>): number {
  return interpret(g.graph, { ...w, [DREAM.x]: Float64Array.from(x), [DREAM.step]: new Float64Array([0]) }, { precision: 'f64' })[DREAM.objective]!.data[0]!;
}

describe('the Deep Dream step graph (interpreter)', () => {
  it('steps along the finite-difference gradient of the mean activation, normalised, through the octave resize', () => {
    const m = model();
    const w = weightsOf(m, 3);
    const g = dreamGraph(m, { layer: 'top', size: [6, 5] });
    expect([g.layer, [...g.sample], [...g.image], [...g.activation]]).toEqual(['top', [8, 8, 1], [6, 5, 1], [6, 6, 2]]);
    const r = seededRandom(4);
    const x = Float64Array.from({ length: 30 }, () => r());
    const h = 1e-5;
    const fd = Array.from(x, (_, i) => {
      const at = (d: number): number => objective(g, w, x.map((v, j) => (j === i ? v + d : v)));
      return (at(h) - at(-h)) / (2 * h);
    });
    const meanAbs = fd.reduce((s, v) => s + Math.abs(v), 0) / fd.length;
    expect(meanAbs, 'the objective depends on the image').toBeGreaterThan(1e-4);
    const eta = 0.5;
    const out = interpret(g.graph, { ...w, [DREAM.x]: x, [DREAM.step]: new Float64Array([eta]) }, { precision: 'f64' });
    const next = out[DREAM.image]!.data;
    for (let i = 0; i < x.length; i++) expect(Math.abs((next[i]! - x[i]!) / eta - fd[i]! / meanAbs), `pixel ${i}`).toBeLessThan(1e-4);
    expect(out[DREAM.objective]!.data[0]).toBeCloseTo(objective(g, w, x), 12);
  });

  it('a channel objective is that channel mean alone; a bad channel or layer is refused', () => {
    const m = model();
    const w = weightsOf(m, 5);
    const x = Float64Array.from({ length: 64 }, (_, i) => Math.sin(i));
    const tap = (k: number | undefined) => objective(dreamGraph(m, { layer: 'top', ...(k !== undefined ? { channel: k } : {}) }), w, x);
    expect((tap(0) + tap(1)) / 2).toBeCloseTo(tap(undefined), 10);
    expect(Math.abs(tap(0) - tap(1))).toBeGreaterThan(1e-6);
    expect(() => dreamGraph(m, { layer: 'top', channel: 2 })).toThrow(/channel 2 is out of range: layer 'top' has 2 channels/);
    expect(() => dreamGraph(m, { layer: 'nope' })).toThrow(/has no layer named 'nope'/);
  });

  it('host helpers: roll is undone by the opposite roll, resize keeps constants, octave sizes end at the input', () => {
    const img = Float32Array.from({ length: 4 * 3 * 2 }, (_, i) => i);
    expect(Array.from(roll(roll(img, 4, 3, 2, 1, -2), 4, 3, 2, -1, 2))).toEqual(Array.from(img));
    expect(Array.from(roll(img, 4, 3, 2, 1, 0).subarray(6, 12))).toEqual(Array.from(img.subarray(0, 6)));
    expect(Array.from(resizeImage(new Float32Array(12).fill(0.25), 2, 3, 2, 5, 4)).every((v) => Math.abs(v - 0.25) < 1e-7)).toBe(true);
    expect(octaveSizes(28, 20, 3, 1.4)).toEqual([[14, 10], [20, 14], [28, 20]]);
  });
});

describe('dlc dream', () => {
  it('raises the objective at every octave and writes a picture per octave (2 octaves × 3 steps on the GPU)', async () => {
    const m = model();
    const w = weightsOf(m, 7);
    const ckpt = join(dir, 'dm.safetensors');
    writeFileSync(ckpt, encodeSafetensors(new Map(m.params.map((p) => [p.name, { dtype: 'f32' as const, shape: [...p.shape], data: w[p.name]! }]))));
    // A diagonal gradient picture, 16×16 grey (the decoder stretches it to 8×8).
    const png = join(dir, 'in.png');
    await sharp(Buffer.from(Array.from({ length: 256 }, (_, i) => 8 * ((i % 16) + Math.floor(i / 16)))), { raw: { width: 16, height: 16, channels: 1 } }).png().toFile(png);
    const outDir = join(dir, 'out');
    let out = '';
    let err = '';
    const code = await main(['dream', join(dir, 'dm.ts'), '--weights', ckpt, '--input', png, '--layer', 'top', '--octaves', '2', '--octave-scale', '1.4', '--steps', '3', '--step-size', '0.05', '--jitter', '1', '-o', outDir, '--json'], { out: (t) => (out += t), err: (t) => (err += t), isTTY: false });
    expect(code, err).toBe(0);
    type Octave = { index: number; size: number[]; start: number; end: number; objective: number[]; file: string };
    const summary = JSON.parse(out) as { layer: string; octaves: Octave[] };
    expect(JSON.parse(readFileSync(join(outDir, 'dream.json'), 'utf8'))).toEqual(summary);
    expect(summary.layer).toBe('top');
    expect(summary.octaves.map((o) => o.size)).toEqual([[6, 6], [8, 8]]);
    for (const o of summary.octaves) {
      expect(o.end, `octave ${o.index}: ${o.start} → ${o.end}`).toBeGreaterThan(o.start);
      expect(o.objective).toHaveLength(3);
    }
    // The first octave starts from the input resized to 6×6: its objective, on the interpreter.
    const x = await inputPixels(png);
    const g0 = dreamGraph(m, { layer: 'top', size: [6, 6], range: [0, 1] });
    expect(Math.abs(summary.octaves[0]!.start - objective(g0, w, resizeImage(x, 8, 8, 1, 6, 6)))).toBeLessThan(1e-4);

    const scale = 32; // upscaleFor(8 × 8): the longer side reaches 256
    for (const [file, size] of [[join(outDir, 'octave-0.png'), 6], [join(outDir, 'octave-1.png'), 8], [join(outDir, 'dream.png'), 8]] as const) {
      const { data: px, info } = await sharp(file).raw().toBuffer({ resolveWithObject: true });
      expect([info.width, info.height, info.channels], file).toEqual([size * scale, size * scale, 3]);
      const mean = px.reduce((s, v) => s + v, 0) / px.length;
      const sd = Math.sqrt(px.reduce((s, v) => s + (v - mean) ** 2, 0) / px.length);
      expect(sd, `${file} is not blank`).toBeGreaterThan(5);
    }
  });
});

/** The input as dlc decodes it (grey, /255, stretched to 8×8). */
async function inputPixels(png: string): Promise<Float32Array> {
  const { decodeImage, imagePreprocess } = await import('../../src/explain/image.ts');
  return decodeImage(png, imagePreprocess({ height: 8, width: 8, channels: 1 }, undefined));
}
