// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,24] 338x1x1 conv2d %0 + add %1 + relu %2 + max_pool2d %3 (models/transfer.ts:27:22)
//   #1 p1 [24,4,5,25] 100x1x1 conv2d %4 + add %5 + relu %6 + max_pool2d %7 (models/transfer.ts:27:22)
//   #2 p2 [25,6,7,24,26] 8x1x1 matmul %9 + add %10 + relu %11 + greater %33 + cast %34 (models/transfer.ts:28:28)
//   #3 p3 [24,8,27] 8x1x1 dropout %12 (models/transfer.ts:28:15)
//   #4 p4 [27,9,10,24] 1x1x1 matmul %13 + add %14 (models/transfer.ts:29:12)
//   #5 p5 [1,28] 1x1x1 reduce_sum %23
//   #6 p6 [24,28,1,29] 1x1x1 softmax %15 + mul %24 + sub %25 + mul %27 (models/transfer.ts:29:12)
//   #7 p7 [24,1,23,11] 1x1x1 categorical_cross_entropy %16 + mul %18 + add %19
//   #8 p8 [24,1,12] 1x1x1 count_correct %20 + add %21
//   #9 p9 [14,13,28] 1x1x1 pow %48 + sub %49 + pow %51 + sub %52 + sqrt %53 + mul %54 + div %55
//   #10 p10 [29,28,21,22,10] 1x1x1 reduce_sum %28 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 + sqrt %94 + add %95 + div %96 + sub %97 (models/transfer.ts:29:12)
//   #11 p11 [29,9,24] 4x1x1 matmul %29 (models/transfer.ts:29:12)
//   #12 p12 [27,29,28,19,20,30] 4x1x1 matmul %30 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 (models/transfer.ts:29:12)
//   #13 p3 [24,8,27] 8x1x1 dropout %31 (models/transfer.ts:28:15)
//   #14 p13 [27,26,24] 8x1x1 mul %35 (models/transfer.ts:28:28)
//   #15 p14 [24,28,17,18,7] 2x1x1 reduce_sum %36 + sub %62 + mul %63 + add %64 + square %65 + sub %66 + mul %67 + add %68 + mul %69 + sqrt %70 + add %71 + div %72 + sub %73 (models/transfer.ts:28:28)
//   #16 p15 [25,24,28,15,16,26] 50x1x1 matmul %37 + sub %39 + mul %40 + add %41 + square %43 + sub %44 + mul %45 + add %46 + mul %56 (models/transfer.ts:28:28)
//   #17 p16 [16,26,6] 3200x1x1 sqrt %57 + add %59 + div %60 + sub %61
//   #18 p17 [20,30,9] 20x1x1 sqrt %82 + add %83 + div %84 + sub %85

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + max_pool2d %3 (models/transfer.ts:27:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 28u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 28u)) { continue; }
      let xb = ((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u;
      let wb = (kh * 3u + kw) * 32u + co;
      for (var c = 0u; c < 1u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  return v1;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 21632u) { return; }
  let n = (i / 5408u); let ph = ((i / 416u) % 13u); let pw = ((i / 32u) % 13u); let co = (i % 32u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 26u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 26u)) { continue; }
      let v = dlc_mid(((n * 26u + u32(oh)) * 26u + u32(ow)) * 32u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %4 + add %5 + relu %6 + max_pool2d %7 (models/transfer.ts:27:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 13u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 13u)) { continue; }
      let xb = ((n * 13u + u32(ih)) * 13u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 64u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  return v1;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6400u) { return; }
  let n = (i / 1600u); let ph = ((i / 320u) % 5u); let pw = ((i / 64u) % 5u); let co = (i % 64u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 11u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 11u)) { continue; }
      let v = dlc_mid(((n * 11u + u32(oh)) * 11u + u32(ow)) * 64u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: matmul %9 + add %10 + relu %11 + greater %33 + cast %34 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 1600u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 1600u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 3 (read, read, read_write)
// dlc kernel: dropout %12 (models/transfer.ts:28:15), dropout %31 (models/transfer.ts:28:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> step: array<u32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_rng_mix(h: u32, k: u32) -> u32 {
  var m = k * 3432918353u;
  m = ((m << 15u) | (m >> 17u)) * 461845907u;
  let x = h ^ m;
  return ((x << 13u) | (x >> 19u)) * 5u + 3864292196u;
}
fn dlc_rng_fmix(h0: u32) -> u32 {
  var h = h0;
  h ^= h >> 16u;
  h *= 2246822507u;
  h ^= h >> 13u;
  h *= 3266489909u;
  h ^= h >> 16u;
  return h;
}
fn dlc_rng_hash(seed: u32, step: u32, index: u32) -> u32 {
  return dlc_rng_fmix(dlc_rng_mix(dlc_rng_mix(seed, index), step) ^ 8u);
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  out[i] = select(0.0, x[i] * 2.0, dlc_rng_hash(3573632048u, step[0], i) < 2147483648u);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %13 + add %14 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 1u) * 4u;
  let bi = g / 1u;
  let yo = bi * 40u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 10u) {
    for (var k = sl; k < 128u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 10u) {
    dlc_mid(yo + (row0 + 0u) * 10u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 10u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 10u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 10u + col, red[768u + c]);
  }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: reduce_sum %23
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: softmax %15 + mul %24 + sub %25 + mul %27 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x0 = in1[c0];
  let x1 = in2[i];
  let v0 = (acc * x0);
  let v1 = (v0 - x1);
  let v2 = (v1 * 0.25);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 10u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 10u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 10u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 7 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %16 + mul %18 + add %19
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out1[i];
  let v0 = (acc * 4.0);
  let v1 = (x0 + v0);
  out0[i] = acc;
  out1[i] = v1;
}
fn dlc_row_norm(base: u32) -> f32 {
  var m = pred[base];
  for (var k = 1u; k < 10u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let base = k * 10u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < 10u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
  return loss;
}
var<workgroup> dlc_lanes: array<f32, 64>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}
@compute @workgroup_size(64)
fn main(@builtin(local_invocation_index) lane: u32) {
  var acc = 0.0;
  for (var k = lane; k < 4u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total / 4.0); }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: count_correct %20 + add %21
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> truth: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_argmax_pred(base: u32) -> u32 {
  var best = pred[base];
  var arg = 0u;
  for (var c = 1u; c < 10u; c++) {
    let v = pred[base + c];
    if (v > best) { best = v; arg = c; }
  }
  return arg;
}
fn dlc_argmax_truth(base: u32) -> u32 {
  var best = truth[base];
  var arg = 0u;
  for (var c = 1u; c < 10u; c++) {
    let v = truth[base + c];
    if (v > best) { best = v; arg = c; }
  }
  return arg;
}
var<workgroup> dlc_lanes: array<f32, 64>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}
@compute @workgroup_size(64)
fn main(@builtin(local_invocation_index) lane: u32) {
  var acc = 0.0;
  for (var k = lane; k < 4u; k += 64u) {
    let base = k * 10u;
    if (dlc_argmax_pred(base) == dlc_argmax_truth(base)) { acc += 1.0; }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total); }
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: pow %48 + sub %49 + pow %51 + sub %52 + sqrt %53 + mul %54 + div %55
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = dlc_pow(0.9, x0);
  let v1 = (1.0 - v0);
  let v2 = dlc_pow(0.999, x0);
  let v3 = (1.0 - v2);
  let v4 = sqrt(v3);
  let v5 = (x1 * v4);
  let v6 = (v5 / v1);
  out0[i] = v6;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %28 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 + sqrt %94 + add %95 + div %96 + sub %97 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let base = ((i / 1u) % 10u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 10u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: matmul %29 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 10u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 10u + k];
}
var<workgroup> As: array<vec4<f32>, 96>;
var<workgroup> Bs: array<vec4<f32>, 96>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
  let yo = bi * 512u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 10u; k0 += 12u) {
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 10u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (col0 + r < 128u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 12u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 12 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %30 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 4u) * 32u;
  let bi = g / 4u;
  let yo = bi * 1280u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 10u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 13 (read, read, read_write)
// dlc kernel: mul %35 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %36 + sub %62 + mul %63 + add %64 + square %65 + sub %66 + mul %67 + add %68 + mul %69 + sqrt %70 + add %71 + div %72 + sub %73 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 128u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %37 + sub %39 + mul %40 + add %41 + square %43 + sub %44 + mul %45 + add %46 + mul %56 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 1600u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 50u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 64u;
  let row0 = ((g / 2u) % 25u) * 64u;
  let bi = g / 50u;
  let yo = bi * 204800u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 16 (read, read, read_write)
// dlc kernel: sqrt %57 + add %59 + div %60 + sub %61
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = out0[i];
  let v0 = sqrt(x0);
  let v1 = (v0 + 1e-7);
  let v2 = (x1 / v1);
  let v3 = (x2 - v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 204800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: sqrt %82 + add %83 + div %84 + sub %85
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = out0[i];
  let v0 = sqrt(x0);
  let v1 = (v0 + 1e-7);
  let v2 = (x1 / v1);
  let v3 = (x2 - v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1280u) { return; }
  dlc_mid(i);
}
