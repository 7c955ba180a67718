/**
 * @file One image file → the pixels a model sees: decoded with sharp (libvips), first frame only,
 * turned upright by its EXIF orientation (as photo viewers and browsers show a phone photo; Keras and
 * tf.io ignore the tag), resized bilinearly to [height, width], converted to the colour mode in JS
 * (so the browser path, which starts from RGBA canvas pixels, converts identically), as bytes 0–255.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { colorize, type ImagePreprocess } from '../runtime/preprocess.ts';

/** Extensions dlc reads as images (Keras' list plus WebP); other files in a class folder are ignored and counted. */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.bmp'];

export function isImageFile(name: string): boolean {
  return IMAGE_EXTENSIONS.includes(extname(name).toLowerCase());
}

/** Decoding failed for a reason the user can act on; `file` is the image at fault. */
export class ImageDecodeError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'ImageDecodeError';
  }
}

type Sharp = typeof import('sharp').default;
let sharpModule: Promise<Sharp> | undefined;

async function loadSharp(): Promise<Sharp> {
  sharpModule ??= import('sharp').then((m) => m.default).catch(() => {
    throw new Error("decoding images needs the 'sharp' npm package: run `npm install sharp`");
  });
  return sharpModule;
}

/** Height × width × channels bytes of `file` after the preprocessing's resize and colour conversion. */
export async function decodeImageFile(file: string, p: ImagePreprocess): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (e) {
    throw new ImageDecodeError(file, `cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return decodeImageBytes(bytes, file, p);
}

export async function decodeImageBytes(bytes: Uint8Array, file: string, p: ImagePreprocess): Promise<Uint8Array> {
  if (bytes.length === 0) throw new ImageDecodeError(file, 'the file is empty (0 bytes)');
  const sharp = await loadSharp();
  const [h, w] = p.size;
  try {
    // libvips, as sharp ships it, has no BMP loader: fast-bmp (image-js) decodes those to raw pixels first.
    const input = bytes[0] === 0x42 && bytes[1] === 0x4d ? await bmpPixels(bytes, file) : undefined;
    // fill: stretched to the target like Keras (crop_to_aspect_ratio=False); cropToAspectRatio crops the centre first.
    const src = input ? sharp(input.data, { raw: input.raw, limitInputPixels: 2 ** 28 }) : sharp(bytes, { pages: 1, failOn: 'error', limitInputPixels: 2 ** 28 });
    // EXIF orientation first (a phone's portrait JPEG is stored sideways with tag 6 or 8): the
    // picture the student sees in a viewer, and what a browser's <img> / createImageBitmap hands the bundle.
    const { data, info } = await src
      .autoOrient()
      .resize(w, h, { fit: p.crop ? 'cover' : 'fill', position: 'centre', kernel: 'linear', fastShrinkOnLoad: false })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4 || info.width !== w || info.height !== h) throw new Error(`unexpected ${info.width}×${info.height}×${info.channels} output`);
    return colorize(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), p.colorMode);
  } catch (e) {
    if (e instanceof ImageDecodeError) throw e;
    const what = sniff(bytes);
    if (what) throw new ImageDecodeError(file, what);
    const msg = firstLine((e as Error).message);
    const cut = /premature end|truncated|unexpected end/i.test(msg) ? ': the file is cut short (an interrupted copy or download?); copy it again from the camera or phone' : '';
    throw new ImageDecodeError(file, `not a readable image (${msg})${cut}`);
  }
}

/** A BMP's pixels, 8 bits per channel (grey, RGB or RGBA), as sharp's raw input. */
async function bmpPixels(bytes: Uint8Array, file: string): Promise<{ data: Uint8Array; raw: { width: number; height: number; channels: 1 | 3 | 4 } }> {
  const { decode } = await import('fast-bmp').catch(() => {
    throw new ImageDecodeError(file, "decoding BMP images needs the 'fast-bmp' npm package: run `npm install fast-bmp`");
  });
  const img = decode(bytes);
  const channels = img.channels;
  if (img.bitsPerPixel !== 8 * channels || (channels !== 1 && channels !== 3 && channels !== 4)) {
    throw new ImageDecodeError(file, `a ${img.bitsPerPixel}-bit BMP with ${channels} channels is not supported (8 bits per channel: grey, RGB or RGBA); convert it to PNG`);
  }
  // The decoder returns its pixels as a Uint8Array (8 bits per channel, checked above).
  const data = img.data instanceof Uint8Array ? img.data : new Uint8Array(img.data as ArrayBuffer);
  return { data, raw: { width: img.width, height: img.height, channels } };
}

/** HEIC/HEIF images (an iPhone's default): in an ISO-BMFF 'ftyp' box, one of these brands. */
const HEIF_BRANDS = ['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1'];

/**
 * A file whose bytes say what it is when libvips cannot read it: a HEIC photo renamed .jpg (the
 * prebuilt sharp has no HEVC decoder), or a file whose name promises another format.
 */
function sniff(b: Uint8Array): string | undefined {
  const ascii = (at: number): string => String.fromCharCode(...b.subarray(at, at + 4));
  if (b.length >= 12 && ascii(4) === 'ftyp') {
    // The major brand at 8, then (after the minor version) the compatible brands to the box's end.
    const boxEnd = Math.min(b.length, ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0, 64);
    const brands = [ascii(8)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(ascii(at));
    if (brands.some((x) => HEIF_BRANDS.includes(x)) && !brands.includes('avif')) {
      return "a HEIC/HEIF photo (an iPhone's format), whatever its name says; sharp as npm ships it cannot decode HEIC: convert it to JPEG (macOS: sips -s format jpeg IN.heic --out OUT.jpg; Linux: heif-convert), or set the iPhone to Settings → Camera → Formats → Most Compatible";
    }
  }
  return undefined;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
