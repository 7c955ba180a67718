/**
 * @file One image file → the pixels a model sees: decoded with sharp (libvips), first frame only,
 * resized bilinearly to [height, width], converted to the colour mode in JS (so the browser path,
 * which starts from RGBA canvas pixels, converts identically), as bytes 0–255.
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
    const { data, info } = await src
      .resize(w, h, { fit: p.crop ? 'cover' : 'fill', position: 'centre', kernel: 'linear', fastShrinkOnLoad: false })
      .toColourspace('srgb')
      .ensureAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    if (info.channels !== 4 || info.width !== w || info.height !== h) throw new Error(`unexpected ${info.width}×${info.height}×${info.channels} output`);
    return colorize(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), p.colorMode);
  } catch (e) {
    if (e instanceof ImageDecodeError) throw e;
    throw new ImageDecodeError(file, `not a readable image (${firstLine((e as Error).message)})`);
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
  const data = img.data instanceof Uint8Array ? img.data : Uint8Array.from(img.data as ArrayLike<number>);
  return { data, raw: { width: img.width, height: img.height, channels } };
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}
