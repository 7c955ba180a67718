/**
 * @file A student's own photos, as phones and cameras write them (generated here with sharp from
 * MNIST digits and drawn shapes; nothing binary is committed): EXIF-rotated portrait JPEGs, a HEIC
 * photo with a .jpg name, a JPEG cut short by a copy, HEIC files beside JPEGs, OS litter, nested
 * folders, upper-case extensions, unicode names, RGBA and grey files, a 4000×3000 camera image, and
 * a model whose last layer does not match the number of class folders.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { zeroSupportNote } from '../../src/cli/commands/evaluate.ts';
import { decodeImageFile } from '../../src/data/image-decode.ts';
import { loadImageFolder } from '../../src/data/image-folder.ts';
import { toFeeds } from '../../src/runtime/bundle-inputs.ts';
import type { ImagePreprocess } from '../../src/runtime/preprocess.ts';
import { makeMnistFolder } from '../../scripts/make-image-folder.ts';

let tmp: string;
const cacheDir = (): string => join(tmp, 'cache');
const pre = (h: number, w: number, colorMode: ImagePreprocess['colorMode'] = 'rgb'): ImagePreprocess => ({ kind: 'image', size: [h, w], colorMode, crop: false, scale: 1 / 255, offset: 0 });

/** An upright 40 wide × 60 tall picture whose four quadrants have four colours, so any rotation or mirror shows. */
function quadrants(): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="60">
    <rect x="0" y="0" width="20" height="30" fill="rgb(230,20,20)"/><rect x="20" y="0" width="20" height="30" fill="rgb(20,230,20)"/>
    <rect x="0" y="30" width="20" height="30" fill="rgb(20,20,230)"/><rect x="20" y="30" width="20" height="30" fill="rgb(240,240,20)"/></svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** The first bytes of an iPhone HEIC: an ISO-BMFF ftyp box with brand heic, then (here) filler. */
function heicBytes(): Buffer {
  return Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.from([0, 0, 0, 0]), Buffer.from('mif1heic'), Buffer.alloc(2000, 0x11)]);
}

const meanAbs = (a: Uint8Array, b: Uint8Array): number => a.reduce((s, v, i) => s + Math.abs(v - b[i]!), 0) / a.length;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'dlc-photos-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("a student's photos", () => {
  it('a portrait JPEG stored sideways with EXIF orientation 6 or 8 is decoded upright, as viewers and browsers show it', async () => {
    const upright = await quadrants();
    writeFileSync(join(tmp, 'upright.png'), upright);
    // A phone writes the sensor's pixels sideways and a tag saying how to turn them for display.
    await sharp(upright).rotate(-90).jpeg({ quality: 95 }).withMetadata({ orientation: 6 }).toFile(join(tmp, 'PXL_6.JPG'));
    await sharp(upright).rotate(90).jpeg({ quality: 95 }).withMetadata({ orientation: 8 }).toFile(join(tmp, 'PXL_8.JPG'));
    expect((await sharp(join(tmp, 'PXL_6.JPG')).metadata()).orientation).toBe(6);
    const p = pre(6, 4);
    const want = await decodeImageFile(join(tmp, 'upright.png'), p);
    for (const f of ['PXL_6.JPG', 'PXL_8.JPG']) {
      const got = await decodeImageFile(join(tmp, f), p);
      expect(meanAbs(got, want), f).toBeLessThan(12);
    }
    // The stored (sideways) pixels, stretched, are far from it: the check above can fail.
    const sideways = await sharp(upright).rotate(-90).png().toBuffer();
    writeFileSync(join(tmp, 'sideways.png'), sideways);
    expect(meanAbs(await decodeImageFile(join(tmp, 'sideways.png'), p), want)).toBeGreaterThan(40);
  });

  it('a HEIC photo renamed .jpg says it is HEIC and how to convert it; a JPEG cut short says so', async () => {
    writeFileSync(join(tmp, 'IMG_8001.jpg'), heicBytes());
    await expect(decodeImageFile(join(tmp, 'IMG_8001.jpg'), pre(8, 8))).rejects.toThrow(/IMG_8001\.jpg: a HEIC\/HEIF photo .*convert it to JPEG.*sips/);
    const jpeg = await sharp(await quadrants()).resize(400, 600).jpeg().toBuffer();
    writeFileSync(join(tmp, 'IMG_9999.jpg'), jpeg.subarray(0, jpeg.length >> 1));
    await expect(decodeImageFile(join(tmp, 'IMG_9999.jpg'), pre(8, 8))).rejects.toThrow(/IMG_9999\.jpg: not a readable image \(.*\): the file is cut short/);
    // Not every unreadable file is called HEIC.
    writeFileSync(join(tmp, 'junk.jpg'), Buffer.alloc(300, 7));
    await expect(decodeImageFile(join(tmp, 'junk.jpg'), pre(8, 8))).rejects.toThrow(/junk\.jpg: not a readable image \([^)]*\)$/);
  });

  it("a phone's folder: litter skipped, HEIC files named in a note, nested, unicode and upper-case files read, bad ones skipped and counted", async () => {
    const root = join(tmp, 'photos');
    await makeMnistFolder({ out: join(tmp, 'mnist'), perClass: 4, format: 'png' });
    const sevens = join(root, 'sevens ✓');
    const shapes = join(root, 'shapes');
    mkdirSync(join(shapes, 'holiday 2024'), { recursive: true });
    mkdirSync(sevens, { recursive: true });
    const digit = (i: number): string => join(tmp, 'mnist', '7', readdirSorted(join(tmp, 'mnist', '7'))[i]!);
    await sharp(digit(0)).resize(640, 480).jpeg().toFile(join(sevens, 'IMG 0001 (copy).JPG'));
    await sharp(digit(1)).resize(300, 300).webp().toFile(join(sevens, 'фото_2.webp'));
    await sharp(digit(2)).resize(200, 120).png().toFile(join(sevens, 'IMG_0003.PNG'));
    await sharp(digit(3)).greyscale().jpeg().toFile(join(sevens, 'grey.JPEG'));
    const quad = await quadrants();
    await sharp(quad).resize(4000, 3000).jpeg({ quality: 80 }).toFile(join(shapes, 'DSC_4000x3000.JPG'));
    await sharp(quad).ensureAlpha(0.5).png().toFile(join(shapes, 'transparent.png'));
    await sharp(quad).rotate(-90).jpeg().withMetadata({ orientation: 6 }).toFile(join(shapes, 'holiday 2024', 'PXL_rot6.jpg'));
    writeFileSync(join(shapes, 'IMG_8001.jpg'), heicBytes());
    writeFileSync(join(shapes, 'IMG_8002.HEIC'), heicBytes());
    const cut = await sharp(quad).resize(300, 400).jpeg().toBuffer();
    writeFileSync(join(shapes, 'IMG_9999.jpg'), cut.subarray(0, cut.length >> 1));
    writeFileSync(join(root, '.DS_Store'), Buffer.alloc(600, 1));
    writeFileSync(join(shapes, 'Thumbs.db'), Buffer.alloc(100, 2));
    writeFileSync(join(sevens, '._IMG 0001 (copy).JPG'), Buffer.concat([Buffer.from([0, 5, 22, 7]), Buffer.alloc(200)]));
    const notes: string[] = [];
    const d = await loadImageFolder({ path: root, onError: 'skip' }, { cacheDir: cacheDir(), inputShape: [12, 12, 3], note: (t) => notes.push(t) });
    expect(d.info.classNames).toEqual(['sevens ✓', 'shapes']);
    expect(d.skipped).toBe(2);
    expect(d.train.names).toEqual([
      'sevens ✓/IMG 0001 (copy).JPG', 'sevens ✓/IMG_0003.PNG', 'sevens ✓/grey.JPEG', 'sevens ✓/фото_2.webp',
      'shapes/DSC_4000x3000.JPG', 'shapes/holiday 2024/PXL_rot6.jpg', 'shapes/transparent.png',
    ]);
    const text = notes.join('\n');
    expect(text).toMatch(/1 HEIC\/HEIF photo is not read \(shapes\/IMG_8002\.HEIC\).*convert them to JPEG/);
    expect(text).toMatch(/ignored 1 non-image file \(shapes\/Thumbs\.db\)/);
    // Both skipped files by name, then the first one's reason.
    expect(text).toMatch(/skipped 2 unreadable images in .*photos: shapes\/IMG_8001\.jpg, shapes\/IMG_9999\.jpg \(first: .*(HEIC\/HEIF photo|cut short)/);
    // The rotated holiday photo trains upright: its features match the big upright one's (both from `quad`).
    const size = 12 * 12 * 3;
    const row = (i: number): Float32Array => d.train.x.subarray(i * size, (i + 1) * size);
    const diff = row(5).reduce((s, v, k) => s + Math.abs(v - row(4)[k]!), 0) / size;
    expect(diff).toBeLessThan(0.06);
  });

  it('dlc train refuses a last layer whose width is not the number of class folders, at the layer, before the GPU starts', async () => {
    const root = join(tmp, 'three');
    for (const [c, fill] of [['cats', 40], ['dogs', 120], ['one_pic', 200]] as const) {
      mkdirSync(join(root, c), { recursive: true });
      for (let i = 0; i < (c === 'one_pic' ? 1 : 3); i++) await sharp({ create: { width: 10 + i, height: 8, channels: 3, background: { r: fill, g: i * 30, b: 9 } } }).png().toFile(join(root, c, `${i}.png`));
    }
    const model = (k: number): string => `import { sequential, flatten, dense, adam, imageFolder } from 'dlc';
export default sequential({
  name: 'pets',
  input: [8, 8, 3],
  layers: [
    flatten(),
    dense(${k}, { activation: 'softmax' }),
  ],
  train: { data: imageFolder(${JSON.stringify(root)}), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 4, epochs: 1 },
});
`;
    const file = join(tmp, 'pets.ts');
    const run = (): { status: number | null; stderr: string } => {
      const r = spawnSync('node', [resolve('bin/dlc.js'), 'train', file, '--out', join(tmp, 'run')], { encoding: 'utf8', env: { ...process.env, DLC_CACHE_DIR: cacheDir(), DLC_CACHE: '0' } });
      return { status: r.status, stderr: r.stderr };
    };
    writeFileSync(file, model(4));
    const wide = run();
    expect(wide.status).toBe(1);
    expect(wide.stderr).toMatch(/pets\.ts:7:5 - error E_TRAIN_CLASSES: .*three has 3 classes \(cats, dogs, one_pic\) but pets's last layer has 4 outputs/);
    expect(wide.stderr).toMatch(/hint: make the last layer dense\(3, …\), or add the missing class folders/);
    expect(wide.stderr).not.toMatch(/ on (mesa|SwiftShader|llvmpipe)/); // refused before a device was asked for
    writeFileSync(file, model(2));
    expect(run().stderr).toMatch(/E_TRAIN_CLASSES: .*3 classes .* 2 outputs[\s\S]*remove the extra class folders/);
    expect(readFileSync(file, 'utf8')).toContain('dense(2');
  });

  it('dlc train says when a frozen base loads no weights (it would train a head on random features)', () => {
    const file = join(tmp, 'frozen.ts');
    const body = (weights: string): string => `import { sequential, model, input, conv2d, flatten, dense, adam, imageFolder } from 'dlc';
const base = sequential({ name: 'base', input: [8, 8, 3], layers: [conv2d(4, 3, { activation: 'relu' }), flatten()], trainable: false${weights} });
export default model({
  name: 'head_on_base',
  inputs: { image: input([8, 8, 3]) },
  forward({ image }) { return dense(3, { activation: 'softmax' })(base(image)); },
  train: { data: imageFolder(${JSON.stringify(join(tmp, 'no-such-folder'))}), loss: 'sparseCategoricalCrossentropy', optimizer: adam(), batchSize: 4, epochs: 1 },
});
`;
    const run = (): string => spawnSync('node', [resolve('bin/dlc.js'), 'train', file, '--out', join(tmp, 'run-frozen')], { encoding: 'utf8', env: { ...process.env, DLC_CACHE_DIR: cacheDir(), DLC_CACHE: '0' } }).stderr;
    writeFileSync(file, body(''));
    const err = run();
    expect(err).toMatch(/note: 1 frozen layer \(conv2d\) loads? no weights, so it keeps its random initial values/);
    expect(err).toMatch(/no-such-folder does not exist/); // the note comes first, before any data or GPU work
    writeFileSync(join(tmp, 'base.safetensors'), '');
    writeFileSync(file, body(`, weights: ${JSON.stringify(join(tmp, 'base.safetensors'))}`));
    expect(run()).not.toMatch(/frozen layer/);
  });
});

describe('dlc evaluate on a class of one photo', () => {
  it('says which classes the judged split has no sample of (their zero rows pull the macro averages down)', () => {
    const cm = [[5, 0, 1], [0, 0, 0], [1, 0, 2]];
    expect(zeroSupportNote(cm, ['circles', 'one_pic', 'squares'], '9 validation samples')).toMatch(/note: class one_pic has no sample among the 9 validation samples: its row reads 0 .*macro averages/);
    expect(zeroSupportNote([[1, 0], [0, 0]], undefined, '1 test samples')).toMatch(/class 1 has no sample/);
    expect(zeroSupportNote([[5, 1], [2, 3]], ['a', 'b'], '11 validation samples')).toBeUndefined();
  });
});

describe('a transfer-learning model on the photos', () => {
  it('dlc ir prints a MobileNetV2 base (it crashed with RangeError on the 960×960 depthwise masks it had before depthwise_conv2d)', () => {
    const file = join(tmp, 'mn.ts');
    writeFileSync(file, "import { mobileNetV2 } from 'dlc';\nexport default mobileNetV2({ inputShape: [32, 32, 3], includeTop: false, pooling: 'avg' });\n");
    const r = spawnSync('node', [resolve('bin/dlc.js'), 'ir', file], { encoding: 'utf8', maxBuffer: 256 << 20, env: { ...process.env, DLC_CACHE: '0' } });
    expect(r.stderr).not.toMatch(/internal error|Invalid string length/);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^graph /);
    // Depthwise convolutions are ops of their own now: no C×C mask constants, no huge lines.
    expect(lines.some((l) => /= depthwise_conv2d /.test(l))).toBe(true);
    expect(lines.filter((l) => l.length > 20000)).toEqual([]);
  });
});

describe("the bundle from a student's Node script", () => {
  it("classify('photo.jpg') says a file name is not an input and how to decode one", () => {
    const spec = { name: 'input', dtype: 'f32' as const, shape: [1, 4, 4, 3], nonFinite: 'reject' as const };
    expect(() => toFeeds([spec], 'photo.jpg' as never, undefined)).toThrow(/got string\n  hint: a file name is not an input: decode the image to pixels first .*dlc run bundle --input photo\.jpg.*sharp/);
    expect(() => toFeeds([spec], null as never, undefined)).not.toThrow(/hint/);
  });
});

function readdirSorted(dir: string): string[] {
  return readdirSync(dir).sort();
}
