/**
 * @file Packed weights back to f32 on the host (the layouts of codegen/weight-format.ts): what
 * `unpackWeight` (bundle/quantize.ts) checks kernels against, and what a bundle's runtime feeds the
 * plans that read a packed weight as f32 — the explain plans of an f16 / int8 bundle built with
 * `--explain`, which differentiate the model and so read plain f32 weights (dequantised once at load).
 */

/** The f32 value of half bits `h`. */
export function f16Value(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const exp = (h >>> 10) & 0x1f;
  const man = h & 0x3ff;
  if (exp === 0) return sign * man * 2 ** -24;
  if (exp === 0x1f) return man ? NaN : sign * Infinity;
  return sign * (1 + man / 1024) * 2 ** (exp - 15);
}

/**
 * The `count` f32 values of a packed weight's words: f16 two per word (low half first); int8 four
 * per word (low byte first) times the scale of channel i % channels, the scales' f32 bits following
 * the ceil(count/4) byte words.
 */
export function unpackWords(format: 'f16' | 'int8', count: number, channels: number, words: Uint32Array): Float32Array {
  const out = new Float32Array(count);
  if (format === 'f16') {
    for (let i = 0; i < count; i++) out[i] = f16Value((words[i >> 1]! >>> ((i & 1) * 16)) & 0xffff);
    return out;
  }
  const at = Math.ceil(count / 4);
  const scales = new Float32Array(words.buffer.slice(words.byteOffset + at * 4, words.byteOffset + (at + channels) * 4));
  for (let i = 0; i < count; i++) {
    const byte = (words[i >> 2]! >>> ((i & 3) * 8)) & 0xff;
    out[i] = (byte > 127 ? byte - 256 : byte) * scales[i % channels]!;
  }
  return out;
}
