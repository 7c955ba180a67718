/**
 * @file Picture grids for `dlc features`: one tile per channel of an [H, W, C] activation, and one
 * tile per filter of an HWIO convolution kernel, each tile min–max normalised on its own (a constant
 * tile is black), laid out near-square with a 1-pixel gap (dark blue, so tiles stay distinguishable).
 */
import type { RgbImage } from './heatmap.ts';

export interface Grid extends RgbImage {
  readonly rows: number;
  readonly cols: number;
  /** One tile's [height, width]. */
  readonly tile: readonly [number, number];
}

const GAP: readonly [number, number, number] = [16, 24, 64];

/** Columns and rows of a near-square layout of n tiles. */
export function gridLayout(n: number): { rows: number; cols: number } {
  const cols = Math.max(1, Math.ceil(Math.sqrt(n)));
  return { cols, rows: Math.max(1, Math.ceil(n / cols)) };
}

/**
 * Tiles of h×w pixels, `tiles` of them, where `value(t, y, x, c)` is channel c (0..bands−1) of
 * tile t; bands 1 is grey, 3 is RGB. Each tile is scaled by its own min and max.
 */
export function tileGrid(tiles: number, h: number, w: number, bands: 1 | 3, value: (t: number, y: number, x: number, c: number) => number): Grid {
  const { rows, cols } = gridLayout(tiles);
  const width = cols * w + (cols - 1);
  const height = rows * h + (rows - 1);
  const data = new Uint8Array(width * height * 3);
  for (let i = 0; i < width * height; i++) data.set(GAP, i * 3);
  for (let t = 0; t < tiles; t++) {
    let lo = Infinity;
    let hi = -Infinity;
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) for (let c = 0; c < bands; c++) {
      const v = value(t, y, x, c);
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    const span = hi > lo && Number.isFinite(hi - lo) ? hi - lo : 0;
    const [ty, tx] = [Math.floor(t / cols) * (h + 1), (t % cols) * (w + 1)];
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
      const o = ((ty + y) * width + tx + x) * 3;
      for (let c = 0; c < 3; c++) data[o + c] = span > 0 ? Math.round((255 * (value(t, y, x, bands === 3 ? c : 0) - lo)) / span) : 0;
    }
  }
  return { height, width, channels: 3, data, rows, cols, tile: [h, w] };
}

/** One grey tile per channel of a flat [H, W, C] activation. */
export function activationGrid(a: ArrayLike<number>, shape: readonly number[]): Grid {
  const [h, w, c] = [shape[0]!, shape[1]!, shape[2]!];
  return tileGrid(c, h, w, 1, (t, y, x) => a[(y * w + x) * c + t]!);
}

/** One tile per output filter of a flat HWIO kernel: RGB when it reads 3 channels, else the mean over its input channels in grey. */
export function filterGrid(k: ArrayLike<number>, shape: readonly number[]): Grid {
  const [kh, kw, cin, cout] = [shape[0]!, shape[1]!, shape[2]!, shape[3]!];
  const at = (y: number, x: number, i: number, o: number): number => k[((y * kw + x) * cin + i) * cout + o]!;
  if (cin === 3) return tileGrid(cout, kh, kw, 3, (t, y, x, c) => at(y, x, c, t));
  return tileGrid(cout, kh, kw, 1, (t, y, x) => {
    let s = 0;
    for (let i = 0; i < cin; i++) s += at(y, x, i, t);
    return s / cin;
  });
}

/** Nearest-neighbour enlargement so a grid's longer side reaches about 512 pixels (×1 to ×16). */
export function gridScale(g: { width: number; height: number }): number {
  return Math.min(16, Math.max(1, Math.floor(512 / Math.max(g.width, g.height))));
}
