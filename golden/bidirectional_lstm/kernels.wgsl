// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [1,0,11] 2x1x1 gather %0 (models/bidirectional_lstm.ts:12:22)
//   #1 p1 [11,12] 2x1x1 transpose %1 (models/bidirectional_lstm.ts:13:15)
//   #2 p2 [12,2,4,11] 3x1x1 matmul %3 + add %4 (models/bidirectional_lstm.ts:13:15)
//   #3 p3 [13] 1x1x1 constant %6 (models/bidirectional_lstm.ts:13:15)
//   #4 p6 [13,15] 1x1x1 scan %7 (models/bidirectional_lstm.ts:13:15) / carry 0 in
//   #5 p6 [13,17] 1x1x1 scan %7 (models/bidirectional_lstm.ts:13:15) / carry 1 in
//   #6 p4 [15,3,11,16] 3x1x1 scan %7 (models/bidirectional_lstm.ts:13:15) / matmul %0 + add %1
//   #7 p5 [16,17,18,19,14] 1x1x1 scan %7 (models/bidirectional_lstm.ts:13:15) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
//   #8 p7 [14,11] 3x1x1 slice %8 (models/bidirectional_lstm.ts:13:15)
//   #9 p8 [11,14] 3x1x1 transpose %10 (models/bidirectional_lstm.ts:13:15)
//   #10 p2 [12,5,7,11] 3x1x1 matmul %11 + add %12 (models/bidirectional_lstm.ts:13:15)
//   #11 p6 [13,21] 1x1x1 scan %14 (models/bidirectional_lstm.ts:13:15) / carry 0 in
//   #12 p6 [13,23] 1x1x1 scan %14 (models/bidirectional_lstm.ts:13:15) / carry 1 in
//   #13 p4 [21,6,11,22] 3x1x1 scan %14 (models/bidirectional_lstm.ts:13:15) / matmul %0 + add %1
//   #14 p5 [22,23,24,25,12] 1x1x1 scan %14 (models/bidirectional_lstm.ts:13:15) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
//   #15 p7 [12,11] 3x1x1 slice %15 (models/bidirectional_lstm.ts:13:15)
//   #16 p8 [11,12] 3x1x1 transpose %17 (models/bidirectional_lstm.ts:13:15)
//   #17 p9 [14,12,11] 5x1x1 concat %18 (models/bidirectional_lstm.ts:13:15)
//   #18 p10 [11,8,9,12] 6x1x1 matmul %20 + add %21 + softmax %22 (models/bidirectional_lstm.ts:14:12)
//   #19 p11 [12,10] 1x1x1 reshape %23 (models/bidirectional_lstm.ts:14:12)
//   loop #6..#7 × 6 steps, 2 buffer pairs swapped on odd steps
//   loop #13..#14 × 6 steps (reverse), 2 buffer pairs swapped on odd steps

// ---- pipeline 0 (read, read, read_write)
// dlc kernel: gather %0 (models/bidirectional_lstm.ts:12:22)
@group(0) @binding(0) var<storage, read> table: array<f32>;
@group(0) @binding(1) var<storage, read> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  let r = i % 16u;
  let q = (i / 16u) % 6u;
  let p = i / 96u;
  let k = indices[q];
  if (k >= 0i && k < 8i) { out[i] = table[(p * 8u + u32(k)) * 16u + r]; } else { out[i] = 0.0; }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: transpose %1 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  out[i] = x[(i / 16u) * 16u + (i % 16u)];
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %3 + add %4 (models/bidirectional_lstm.ts:13:15), matmul %11 + add %12 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 96u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 96u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 1u) * 32u;
  let bi = g / 3u;
  let yo = bi * 576u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 6u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc0.x); dlc_mid(yo + r * 96u + c0 + 1u, acc0.y); dlc_mid(yo + r * 96u + c0 + 2u, acc0.z); dlc_mid(yo + r * 96u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc1.x); dlc_mid(yo + r * 96u + c0 + 1u, acc1.y); dlc_mid(yo + r * 96u + c0 + 2u, acc1.z); dlc_mid(yo + r * 96u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc2.x); dlc_mid(yo + r * 96u + c0 + 1u, acc2.y); dlc_mid(yo + r * 96u + c0 + 2u, acc2.z); dlc_mid(yo + r * 96u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 6u) { dlc_mid(yo + r * 96u + c0 + 0u, acc3.x); dlc_mid(yo + r * 96u + c0 + 1u, acc3.y); dlc_mid(yo + r * 96u + c0 + 2u, acc3.z); dlc_mid(yo + r * 96u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 3 (read_write)
// dlc kernel: constant %6 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = 0.0;
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: scan %7 (models/bidirectional_lstm.ts:13:15) / matmul %0 + add %1, scan %14 (models/bidirectional_lstm.ts:13:15) / matmul %0 + add %1
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<uniform> dlc_step: vec4<u32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[dlc_step.x * 96u + 0u + (i)];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 24u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 96u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 1u) * 32u;
  let bi = g / 3u;
  let yo = bi * 96u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 24u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 24u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 96u && k0 + kk < 24u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc0.x); dlc_mid(yo + r * 96u + c0 + 1u, acc0.y); dlc_mid(yo + r * 96u + c0 + 2u, acc0.z); dlc_mid(yo + r * 96u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc1.x); dlc_mid(yo + r * 96u + c0 + 1u, acc1.y); dlc_mid(yo + r * 96u + c0 + 2u, acc1.z); dlc_mid(yo + r * 96u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc2.x); dlc_mid(yo + r * 96u + c0 + 1u, acc2.y); dlc_mid(yo + r * 96u + c0 + 2u, acc2.z); dlc_mid(yo + r * 96u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { dlc_mid(yo + r * 96u + c0 + 0u, acc3.x); dlc_mid(yo + r * 96u + c0 + 1u, acc3.y); dlc_mid(yo + r * 96u + c0 + 2u, acc3.z); dlc_mid(yo + r * 96u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 5 (read, read, read_write, read_write, read_write)
// dlc kernel: scan %7 (models/bidirectional_lstm.ts:13:15) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14, scan %14 (models/bidirectional_lstm.ts:13:15) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> dlc_row0: array<f32>;
@group(0) @binding(5) var<uniform> dlc_step: vec4<u32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in0[i + 48u];
  let x2 = in0[i + 72u];
  let x3 = in0[i + 24u];
  let x4 = in1[i];
  let v0 = dlc_sigmoid(x0);
  let v1 = dlc_tanh(x1);
  let v2 = dlc_sigmoid(x2);
  let v3 = (v0 * v1);
  let v4 = dlc_sigmoid(x3);
  let v5 = (v4 * x4);
  let v6 = (v5 + v3);
  let v7 = dlc_tanh(v6);
  let v8 = (v2 * v7);
  out0[i] = v6;
  { let dlc_m = v8; out1[i] = dlc_m; dlc_row0[dlc_step.x * 24u + 0u + (i)] = dlc_m; }
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  dlc_mid(i);
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: scan %7 (models/bidirectional_lstm.ts:13:15) / carry 0 in, scan %7 (models/bidirectional_lstm.ts:13:15) / carry 1 in, scan %14 (models/bidirectional_lstm.ts:13:15) / carry 0 in (+1 more)
@group(0) @binding(0) var<storage, read> src: array<u32>;
@group(0) @binding(1) var<storage, read_write> dst: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  for (var i = gid.x; i < 24u; i += 64u) {
    dst[0u + i] = src[0u + i];
  }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: slice %8 (models/bidirectional_lstm.ts:13:15), slice %15 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 144u) { return; }
  out[i] = x[i];
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: transpose %10 (models/bidirectional_lstm.ts:13:15), transpose %17 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 144u) { return; }
  out[i] = x[((i / 24u) % 6u) * 24u + (i % 24u)];
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: concat %18 (models/bidirectional_lstm.ts:13:15)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 288u) { return; }
  let o = i / 48u;
  let k = (i / 1u) % 48u;
  let r = i % 1u;
  if (k < 24u) { out[i] = x0[o * 24u + k]; } else { out[i] = x1[o * 24u + k - 24u]; }
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: matmul %20 + add %21 + softmax %22 (models/bidirectional_lstm.ts:14:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  return v0;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
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
var<workgroup> dlc_lanes_max: array<f32, 64>;
fn dlc_lane_max(v: f32, lane: u32) -> f32 {
  dlc_lanes_max[lane] = v;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes_max[lane] = max(dlc_lanes_max[lane], dlc_lanes_max[lane + s]); }
    workgroupBarrier();
  }
  let total = dlc_lanes_max[0];
  workgroupBarrier();
  return total;
}
var<workgroup> arow: array<f32, 48>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let row = g;
  for (var k = lane; k < 48u; k += 64u) { arow[k] = in0[row * 48u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 8u) {
      var acc = 0.0;
      for (var k = 0u; k < 48u; k++) { acc = fma(arow[k], in1[k * 8u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 8u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 8u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 8u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 8u) { dlc_tail(row * 8u + c, exp(vals[j] - lse)); }
  }
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: reshape %23 (models/bidirectional_lstm.ts:14:12)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[i];
}
