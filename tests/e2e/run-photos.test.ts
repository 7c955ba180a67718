/**
 * @file `dlc run bundle --input <folder of phone photos>` on a bundle trained from an imageFolder():
 * the unreadable files (a HEIC with a .jpg name, a JPEG cut short) are named and the others answered,
 * and an EXIF-rotated portrait JPEG gets the answer of its upright twin (generated here with sharp);
 * `dlc saliency --class <name>` on the same checkpoint.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildBundle, writeBundle } from '../../src/bundle/build.ts';
import { main } from '../../src/cli/main.ts';
import { loadData } from '../../src/data/load.ts';
import { compileModelFile } from '../../src/frontend/index.ts';
import { train } from '../../src/train/loop.ts';
import { useGpu } from '../gpu-fixture.ts';

const gpu = useGpu();
let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-runphotos-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A 30 wide × 45 tall picture: a colour band across its top third, so a sideways copy differs. */
function banded(top: [number, number, number], i: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="30" height="45"><rect width="30" height="45" fill="rgb(${20 + i},${20 + i},${20 + i})"/><rect width="30" height="15" fill="rgb(${top.join(',')})"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

describe('dlc run on a folder of phone photos', () => {
  it('names the files it cannot read, answers the rest (exit 1), and answers a rotated JPEG as its upright twin', async () => {
    const root = join(tmp, 'photos');
    const colours: Record<string, [number, number, number]> = { red: [230, 30, 30], green: [30, 230, 30], blue: [30, 30, 230] };
    for (const [c, rgb] of Object.entries(colours)) {
      mkdirSync(join(root, c), { recursive: true });
      for (let i = 0; i < 6; i++) writeFileSync(join(root, c, `IMG_${i}.png`), await banded(rgb, i * 7));
    }
    const file = join(tmp, 'bands.ts');
    writeFileSync(file, `import { sequential, flatten, dense, adam, imageFolder } from 'dlc';
export default sequential({
  name: 'bands',
  input: [6, 4, 3],
  layers: [flatten(), dense(3, { activation: 'softmax' })],
  train: { data: imageFolder(${JSON.stringify(root)}), loss: 'sparseCategoricalCrossentropy', optimizer: adam({ learningRate: 0.05 }), batchSize: 6, epochs: 3 },
});
`);
    const m = compileModelFile(file).main;
    const t = m.train!;
    const dataset = await loadData(t.data!, { inputShape: m.inputs[0]!.shape, cacheDir: join(tmp, 'cache') });
    const out = join(tmp, 'run');
    await train({ device: gpu.device, model: m, dataset, epochs: t.epochs, batch: t.batchSize, seed: 1, loss: t.loss, optimizer: t.optimizer, outDir: out });
    const dir = join(tmp, 'bundle');
    writeBundle(dir, (await buildBundle({ modelFile: file, weightsFile: join(out, 'checkpoint.safetensors') })).files);

    const phone = join(tmp, 'phone');
    mkdirSync(phone);
    const upright = await banded(colours.green!, 3);
    writeFileSync(join(phone, 'a_upright.png'), upright);
    await sharp(upright).rotate(-90).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toFile(join(phone, 'b_PXL_rot6.JPG'));
    writeFileSync(join(phone, 'c_IMG_8001.jpg'), Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(4), Buffer.from('mif1heic'), Buffer.alloc(500, 1)]));
    const jpeg = await sharp(upright).resize(300, 450).jpeg().toBuffer();
    writeFileSync(join(phone, 'd_cut.jpg'), jpeg.subarray(0, jpeg.length >> 1));
    await sharp(await banded(colours.red!, 1)).resize(1200, 900).jpeg().toFile(join(phone, 'e_big.JPEG'));

    let stdout = '';
    let stderr = '';
    const io = { out: (s: string) => (stdout += `${s}\n`), err: (s: string) => (stderr += `${s}\n`), isTTY: false };
    expect(await main(['run', dir, '--input', phone], io)).toBe(1);
    const answered = stdout.trim().split('\n');
    expect(answered.map((l) => l.split(': ')[0]!.split('/').pop())).toEqual(['a_upright.png', 'b_PXL_rot6.JPG', 'e_big.JPEG']);
    expect(answered[0]).toMatch(/a_upright\.png: green \(/);
    expect(answered[2]).toMatch(/e_big\.JPEG: red \(/);
    expect(stderr).toMatch(/c_IMG_8001\.jpg: a HEIC\/HEIF photo/);
    expect(stderr).toMatch(/d_cut\.jpg: not a readable image .*cut short/);
    expect(stderr).toMatch(/2 of 5 images could not be read; the others are answered above/);
    expect(stderr).not.toMatch(/usage:/);

    stdout = '';
    expect(await main(['run', dir, '--input', phone, '--json'], io)).toBe(1);
    const preds = (JSON.parse(stdout) as { predictions: { file: string; label?: string; probability?: number; error?: string }[] }).predictions;
    expect(preds.map((p) => Boolean(p.error))).toEqual([false, false, true, true, false]);
    // The portrait JPEG stored sideways is read upright: its twin's class, nearly its probability (JPEG noise).
    expect(preds[1]!.label).toBe(preds[0]!.label);
    expect(Math.abs(preds[1]!.probability! - preds[0]!.probability!)).toBeLessThan(0.05);

    // dlc saliency takes the class by the name every other command prints; a folder is refused by name.
    const ck = join(out, 'checkpoint.safetensors');
    stdout = '';
    stderr = '';
    const sal = ['saliency', file, '--weights', ck, '--input', join(phone, 'b_PXL_rot6.JPG'), '-o', join(tmp, 'sal'), '--json'];
    expect(await main([...sal, '--class', 'blue'], io), stderr).toBe(0);
    expect(JSON.parse(stdout.trim().split('\n').pop()!)).toMatchObject({ class: 0, className: 'blue' });
    stderr = '';
    expect(await main([...sal, '--class', 'purple'], io)).toBe(2);
    expect(stderr).toMatch(/--class 'purple' is not one of the model's classes: 0 blue, 1 green, 2 red/);
    stderr = '';
    expect(await main(['saliency', file, '--weights', ck, '--input', phone, '-o', join(tmp, 'sal')], io)).toBe(2);
    expect(stderr).toMatch(/phone is a folder; saliency explains one input/);
  }, 600_000);
});
