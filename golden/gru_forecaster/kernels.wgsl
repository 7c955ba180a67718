// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,12] 1x1x1 transpose %0 (models/gru_forecaster.ts:9:5)
//   #1 p1 [12,1,7,13] 2x1x1 matmul %2 + add %3 (models/gru_forecaster.ts:9:5)
//   #2 p2 [12] 1x1x1 constant %5 (models/gru_forecaster.ts:9:5)
//   #3 p5 [12,15] 1x1x1 scan %6 (models/gru_forecaster.ts:9:5) / carry 0 in
//   #4 p3 [15,2,8,16] 2x1x1 scan %6 (models/gru_forecaster.ts:9:5) / matmul %0 + add %1
//   #5 p4 [13,16,15,17,14] 1x1x1 scan %6 (models/gru_forecaster.ts:9:5) / add %4 + sigmoid %5 + add %8 + sigmoid %9 + mul %11 + add %13 + tanh %14 + sub %15 + mul %16 + add %17
//   #6 p6 [14,13] 6x1x1 slice %7 (models/gru_forecaster.ts:9:5)
//   #7 p7 [13,3,9,14] 2x1x1 matmul %9 + add %10 (models/gru_forecaster.ts:10:5)
//   #8 p5 [12,19] 1x1x1 scan %12 (models/gru_forecaster.ts:10:5) / carry 0 in
//   #9 p3 [19,4,10,20] 2x1x1 scan %12 (models/gru_forecaster.ts:10:5) / matmul %0 + add %1
//   #10 p8 [14,20,19,21] 1x1x1 scan %12 (models/gru_forecaster.ts:10:5) / add %4 + sigmoid %5 + add %8 + sigmoid %9 + mul %11 + add %13 + tanh %14 + sub %15 + mul %16 + add %17
//   #11 p5 [19,13] 1x1x1 scan %12 (models/gru_forecaster.ts:10:5) / final carry 0
//   #12 p9 [13,5,6,11] 1x1x1 matmul %14 + add %15 (models/gru_forecaster.ts:11:5)
//   loop #4..#5 × 24 steps, 1 buffer pairs swapped on odd steps
//   loop #9..#10 × 24 steps, 1 buffer pairs swapped on odd steps

// ---- pipeline 0 (read, read_write)
// dlc kernel: transpose %0 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24u) { return; }
  out[i] = x[i];
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: matmul %2 + add %3 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 1152u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 24u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 2 (read_write)
// dlc kernel: constant %5 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = 0.0;
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: scan %6 (models/gru_forecaster.ts:9:5) / matmul %0 + add %1, scan %12 (models/gru_forecaster.ts:10:5) / matmul %0 + add %1
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 48u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: scan %6 (models/gru_forecaster.ts:9:5) / add %4 + sigmoid %5 + add %8 + sigmoid %9 + mul %11 + add %13 + tanh %14 + sub %15 + mul %16 + add %17
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x0 = in0[dlc_step.x * 48u + 0u + (i)];
  let x1 = in1[i];
  let x2 = in0[dlc_step.x * 48u + 0u + (i + 16u)];
  let x3 = in1[i + 16u];
  let x4 = in1[i + 32u];
  let x5 = in0[dlc_step.x * 48u + 0u + (i + 32u)];
  let x6 = in2[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (x2 + x3);
  let v3 = dlc_sigmoid(v2);
  let v4 = (v3 * x4);
  let v5 = (x5 + v4);
  let v6 = dlc_tanh(v5);
  let v7 = (x6 - v6);
  let v8 = (v1 * v7);
  let v9 = (v6 + v8);
  { let dlc_m = v9; out0[i] = dlc_m; dlc_row0[dlc_step.x * 16u + 0u + (i)] = dlc_m; }
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: scan %6 (models/gru_forecaster.ts:9:5) / carry 0 in, scan %12 (models/gru_forecaster.ts:10:5) / carry 0 in, scan %12 (models/gru_forecaster.ts:10:5) / final carry 0
@group(0) @binding(0) var<storage, read> src: array<u32>;
@group(0) @binding(1) var<storage, read_write> dst: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  for (var i = gid.x; i < 16u; i += 64u) {
    dst[0u + i] = src[0u + i];
  }
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %7 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 384u) { return; }
  out[i] = x[i];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %9 + add %10 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 1152u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 24u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 8 (read, read, read, read_write)
// dlc kernel: scan %12 (models/gru_forecaster.ts:10:5) / add %4 + sigmoid %5 + add %8 + sigmoid %9 + mul %11 + add %13 + tanh %14 + sub %15 + mul %16 + add %17
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<uniform> dlc_step: vec4<u32>;
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
  let x0 = in0[dlc_step.x * 48u + 0u + (i)];
  let x1 = in1[i];
  let x2 = in0[dlc_step.x * 48u + 0u + (i + 16u)];
  let x3 = in1[i + 16u];
  let x4 = in1[i + 32u];
  let x5 = in0[dlc_step.x * 48u + 0u + (i + 32u)];
  let x6 = in2[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (x2 + x3);
  let v3 = dlc_sigmoid(v2);
  let v4 = (v3 * x4);
  let v5 = (x5 + v4);
  let v6 = dlc_tanh(v5);
  let v7 = (x6 - v6);
  let v8 = (v1 * v7);
  let v9 = (v6 + v8);
  out0[i] = v9;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read, read_write)
// dlc kernel: matmul %14 + add %15 (models/gru_forecaster.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 1u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } } }
}
