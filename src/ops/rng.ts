/** @file The counter-based RNG: a stateless hash of (seed, step, element index) → u32, in JS and bit-identical WGSL, so the interpreter reproduces GPU randomness exactly. */

/*
 * MurmurHash3 (x86, 32-bit) of the two words [index, step] with `seed` as its seed: two block
 * mixes, the length (8 bytes), and the finaliser that avalanches every input bit over the output.
 * Only 32-bit wrapping multiply, xor, shift and rotate, so JS (Math.imul, >>> 0) and WGSL (u32)
 * agree bit for bit.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

function rotl(x: number, r: number): number {
  return (x << r) | (x >>> (32 - r));
}

function mix(h: number, k: number): number {
  let m = Math.imul(k, C1);
  m = Math.imul(rotl(m, 15), C2);
  const x = rotl(h ^ m, 13);
  return (Math.imul(x, 5) + 0xe6546b64) | 0;
}

function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** hash(seed, step, index) as an unsigned 32-bit integer; each argument is taken mod 2^32. */
export function rngHash(seed: number, step: number, index: number): number {
  return fmix(mix(mix(seed | 0, index | 0), step | 0) ^ 8);
}

/** WGSL `fn dlc_rng_hash(seed: u32, step: u32, index: u32) -> u32`, the same function as rngHash. */
export const WGSL_RNG = `fn dlc_rng_mix(h: u32, k: u32) -> u32 {
  var m = k * ${C1}u;
  m = ((m << 15u) | (m >> 17u)) * ${C2}u;
  let x = h ^ m;
  return ((x << 13u) | (x >> 19u)) * 5u + ${0xe6546b64}u;
}
fn dlc_rng_fmix(h0: u32) -> u32 {
  var h = h0;
  h ^= h >> 16u;
  h *= ${0x85ebca6b}u;
  h ^= h >> 13u;
  h *= ${0xc2b2ae35}u;
  h ^= h >> 16u;
  return h;
}
fn dlc_rng_hash(seed: u32, step: u32, index: u32) -> u32 {
  return dlc_rng_fmix(dlc_rng_mix(dlc_rng_mix(seed, index), step) ^ 8u);
}`;

/**
 * The u32 threshold t with P(hash < t) = p for a uniform hash: round(p·2^32). Null when p rounds to
 * 1 (keep everything: no u32 threshold exceeds every hash).
 */
export function probabilityThreshold(p: number): number | null {
  const t = Math.round(p * 2 ** 32);
  return t >= 2 ** 32 ? null : Math.max(t, 0);
}
