// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,38] 338x1x1 conv2d %0 + add %1 + relu %2 + max_pool2d %3 (models/transfer.ts:27:22)
//   #1 p1 [38,4,5,39] 100x1x1 conv2d %4 + add %5 + relu %6 + max_pool2d %7 (models/transfer.ts:27:22)
//   #2 p2 [39,6,7,38,40] 8x1x1 matmul %9 + add %10 + relu %11 + greater %39 + cast %40 (models/transfer.ts:28:28)
//   #3 p3 [38,8,41] 8x1x1 dropout %12 (models/transfer.ts:28:15)
//   #4 p4 [41,9,10,38] 1x1x1 matmul %13 + add %14 (models/transfer.ts:29:12)
//   #5 p5 [1,42] 1x1x1 reduce_sum %29
//   #6 p6 [38,42,1,43] 1x1x1 softmax %15 + mul %30 + sub %31 + mul %33 (models/transfer.ts:29:12)
//   #7 p7 [38,1,23] 1x1x1 categorical_cross_entropy %16
//   #8 p8 [23,11,24] 1x1x1 mul %18 + add %19
//   #9 p9 [38,42] 1x1x1 argmax %20
//   #10 p9 [1,38] 1x1x1 argmax %21
//   #11 p10 [42,38,44] 1x1x1 equal %22 + cast %23
//   #12 p11 [44,42] 1x1x1 reduce_sum %25
//   #13 p12 [42,12,25] 1x1x1 reduce_sum %26 + add %27
//   #14 p13 [14,42] 1x1x1 pow %54 + sub %55
//   #15 p14 [14,13,42,44] 1x1x1 pow %57 + sub %58 + sqrt %59 + mul %60 + div %61
//   #16 p15 [43,21,22,44,10,26,27,28] 1x1x1 reduce_sum %34 + sub %92 + mul %93 + add %94 + square %95 + sub %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/transfer.ts:29:12)
//   #17 p16 [43,9,38] 8x1x1 matmul %35 (models/transfer.ts:29:12)
//   #18 p17 [41,43,19,20,44,29,30,42] 8x1x1 matmul %36 + sub %80 + mul %81 + add %82 + square %83 + sub %84 + mul %85 + add %86 + mul %87 (models/transfer.ts:29:12)
//   #19 p3 [38,8,41] 8x1x1 dropout %37 (models/transfer.ts:28:15)
//   #20 p18 [41,40,38] 8x1x1 mul %41 (models/transfer.ts:28:28)
//   #21 p19 [38,17,18,44,7,31,32,33] 2x1x1 reduce_sum %42 + sub %68 + mul %69 + add %70 + square %71 + sub %72 + mul %73 + add %74 + mul %75 + sqrt %76 + add %77 + div %78 + sub %79 (models/transfer.ts:28:28)
//   #22 p20 [39,38,15,16,44,34,35,40] 200x1x1 matmul %43 + sub %45 + mul %46 + add %47 + square %49 + sub %50 + mul %51 + add %52 + mul %62 (models/transfer.ts:28:28)
//   #23 p21 [35,40,6,36] 3200x1x1 sqrt %63 + add %65 + div %66 + sub %67
//   #24 p22 [30,42,9,37] 20x1x1 sqrt %88 + add %89 + div %90 + sub %91

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
  let x3 = in2[c1];
  let v12 = (acc + x3);
  let v13 = max(v12, 0.0);
  return v13;
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
  let x5 = in2[c1];
  let v16 = (acc + x5);
  let v17 = max(v16, 0.0);
  return v17;
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
// dlc kernel: matmul %9 + add %10 + relu %11 + greater %39 + cast %40 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x7 = in2[c1];
  let v21 = (acc + x7);
  let v22 = max(v21, 0.0);
  let v59 = (v21 > 0.0);
  let v60 = select(f32(0), f32(1), v59);
  out0[i] = v22;
  out1[i] = v60;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 1u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 512u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 1600u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 1600u) { v = in0[ao + gr * 1600u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 1600u) { v = in1[bo + gr + gk * 128u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 3 (read, read, read_write)
// dlc kernel: dropout %12 (models/transfer.ts:28:15), dropout %37 (models/transfer.ts:28:15)
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
  let x10 = in2[c1];
  let v25 = (acc + x10);
  out0[i] = v25;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 40u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 128u) { v = in1[bo + gr + gk * 10u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: reduce_sum %29
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
// dlc kernel: softmax %15 + mul %30 + sub %31 + mul %33 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x43 = in1[c0];
  let x1 = in2[i];
  let v44 = (acc * x43);
  let v45 = (v44 - x1);
  let v48 = (v45 * 0.25);
  out0[i] = v48;
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

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %16
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (lane == 0u) { out[0] = total / 4.0; }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: mul %18 + add %19
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x27 = in0[i];
  let x30 = in1[i];
  let v29 = (x27 * 4.0);
  let v31 = (x30 + v29);
  out0[i] = v31;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: argmax %20, argmax %21
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 10u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 10u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: equal %22 + cast %23
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x32 = in0[i];
  let x33 = in1[i];
  let v34 = (x32 == x33);
  let v35 = select(f32(0), f32(1), v34);
  out0[i] = v35;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: reduce_sum %25
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 1u; j++) { acc = acc + in0[base + ((j / 1u) % 1u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read_write)
// dlc kernel: reduce_sum %26 + add %27
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x39 = in1[i];
  let v40 = (x39 + acc);
  out0[i] = v40;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = 0u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: pow %54 + sub %55
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x66 = in0[i];
  let v80 = dlc_pow(0.9, x66);
  let v81 = (1.0 - v80);
  out0[i] = v81;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: pow %57 + sub %58 + sqrt %59 + mul %60 + div %61
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x66 = in0[i];
  let x65 = in1[i];
  let x81 = in2[i];
  let v84 = dlc_pow(0.999, x66);
  let v85 = (1.0 - v84);
  let v86 = sqrt(v85);
  let v87 = (x65 * v86);
  let v88 = (v87 / x81);
  out0[i] = v88;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 15 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %34 + sub %92 + mul %93 + add %94 + square %95 + sub %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x151 = in1[i];
  let x152 = in2[i];
  let x88 = in3[0u];
  let x10 = in4[i];
  let v154 = (acc - x151);
  let v155 = (0.1 * v154);
  let v156 = (x151 + v155);
  let v158 = dlc_square_f32(acc);
  let v159 = (v158 - x152);
  let v160 = (0.001 * v159);
  let v161 = (x152 + v160);
  let v173 = (x88 * v156);
  let v174 = sqrt(v161);
  let v176 = (v174 + 1e-7);
  let v177 = (v173 / v176);
  let v178 = (x10 - v177);
  out0[i] = v156;
  out1[i] = v161;
  out2[i] = v178;
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

// ---- pipeline 16 (read, read, read_write)
// dlc kernel: matmul %35 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 1u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 512u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 10u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 10u) { v = in0[ao + gr * 10u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 17 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %36 + sub %80 + mul %81 + add %82 + square %83 + sub %84 + mul %85 + add %86 + mul %87 (models/transfer.ts:29:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x123 = in2[i];
  let x124 = in3[i];
  let x88 = in4[0u];
  let v126 = (acc - x123);
  let v127 = (0.1 * v126);
  let v128 = (x123 + v127);
  let v130 = dlc_square_f32(acc);
  let v131 = (v130 - x124);
  let v132 = (0.001 * v131);
  let v133 = (x124 + v132);
  let v145 = (x88 * v128);
  out0[i] = v128;
  out1[i] = v133;
  out2[i] = v145;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 8u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1280u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in0[ao + gr + gk * 128u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 4u) { v = in1[bo + gr + gk * 10u]; }
      Bs[kk * 17u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 17u + ty + 0u];
      let b0 = Bs[kk * 17u + tx + 0u];
      acc_0_0 = fma(a0, b0, acc_0_0);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: mul %41 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x57 = in0[i];
  let x60 = in1[i];
  let v61 = (x57 * x60);
  out0[i] = v61;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %42 + sub %68 + mul %69 + add %70 + square %71 + sub %72 + mul %73 + add %74 + mul %75 + sqrt %76 + add %77 + div %78 + sub %79 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x95 = in1[i];
  let x96 = in2[i];
  let x88 = in3[0u];
  let x7 = in4[i];
  let v98 = (acc - x95);
  let v99 = (0.1 * v98);
  let v100 = (x95 + v99);
  let v102 = dlc_square_f32(acc);
  let v103 = (v102 - x96);
  let v104 = (0.001 * v103);
  let v105 = (x96 + v104);
  let v117 = (x88 * v100);
  let v118 = sqrt(v105);
  let v120 = (v118 + 1e-7);
  let v121 = (v117 / v120);
  let v122 = (x7 - v121);
  out0[i] = v100;
  out1[i] = v105;
  out2[i] = v122;
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

// ---- pipeline 20 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %43 + sub %45 + mul %46 + add %47 + square %49 + sub %50 + mul %51 + add %52 + mul %62 (models/transfer.ts:28:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x67 = in2[i];
  let x68 = in3[i];
  let x88 = in4[0u];
  let v70 = (acc - x67);
  let v71 = (0.1 * v70);
  let v72 = (x67 + v71);
  let v74 = dlc_square_f32(acc);
  let v75 = (v74 - x68);
  let v76 = (0.001 * v75);
  let v77 = (x68 + v76);
  let v89 = (x88 * v72);
  out0[i] = v72;
  out1[i] = v77;
  out2[i] = v89;
}
var<workgroup> As: array<f32, 528>;
var<workgroup> Bs: array<f32, 528>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 200u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 50u) * 32u;
  let bi = g / 200u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 204800u;
  var acc_0_0 = 0.0; var acc_0_1 = 0.0; var acc_1_0 = 0.0; var acc_1_1 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1600u && gk < 4u) { v = in0[ao + gr + gk * 1600u]; }
      As[kk * 33u + r] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in1[bo + gr + gk * 128u]; }
      Bs[kk * 33u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 33u + ty + 0u]; let a1 = As[kk * 33u + ty + 16u];
      let b0 = Bs[kk * 33u + tx + 0u]; let b1 = Bs[kk * 33u + tx + 16u];
      acc_0_0 = fma(a0, b0, acc_0_0); acc_0_1 = fma(a0, b1, acc_0_1); acc_1_0 = fma(a1, b0, acc_1_0); acc_1_1 = fma(a1, b1, acc_1_1);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1600u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 16u; if (r < 1600u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_1); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 0u; if (r < 1600u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_0); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 16u; if (r < 1600u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_1); } }
}

// ---- pipeline 21 (read, read, read, read_write)
// dlc kernel: sqrt %63 + add %65 + div %66 + sub %67
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x77 = in0[i];
  let x89 = in1[i];
  let x6 = in2[i];
  let v90 = sqrt(x77);
  let v92 = (v90 + 1e-7);
  let v93 = (x89 / v92);
  let v94 = (x6 - v93);
  out0[i] = v94;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 204800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: sqrt %88 + add %89 + div %90 + sub %91
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x133 = in0[i];
  let x145 = in1[i];
  let x9 = in2[i];
  let v146 = sqrt(x133);
  let v148 = (v146 + 1e-7);
  let v149 = (x145 / v148);
  let v150 = (x9 - v149);
  out0[i] = v150;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1280u) { return; }
  dlc_mid(i);
}
