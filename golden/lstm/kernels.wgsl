// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,10] 2x1x1 transpose %0 (models/lstm.ts:8:5)
//   #1 p1 [10,1,3,11] 28x1x1 matmul %2 + add %3 (models/lstm.ts:8:5)
//   #2 p2 [10] 1x1x1 constant %5 (models/lstm.ts:8:5)
//   #3 p5 [10,13] 1x1x1 scan %6 (models/lstm.ts:8:5) / carry 0 in
//   #4 p5 [10,15] 1x1x1 scan %6 (models/lstm.ts:8:5) / carry 1 in
//   #5 p3 [13,2,11,14] 13x1x1 scan %6 (models/lstm.ts:8:5) / matmul %0 + add %1
//   #6 p4 [14,15,16,17,12] 1x1x1 scan %6 (models/lstm.ts:8:5) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
//   #7 p6 [12,11] 79x1x1 slice %7 (models/lstm.ts:8:5)
//   #8 p7 [11,4,6,12] 28x1x1 matmul %9 + add %10 (models/lstm.ts:9:5)
//   #9 p5 [10,19] 1x1x1 scan %12 (models/lstm.ts:9:5) / carry 0 in
//   #10 p5 [10,21] 1x1x1 scan %12 (models/lstm.ts:9:5) / carry 1 in
//   #11 p3 [19,5,12,20] 13x1x1 scan %12 (models/lstm.ts:9:5) / matmul %0 + add %1
//   #12 p8 [20,21,22,23] 1x1x1 scan %12 (models/lstm.ts:9:5) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
//   #13 p5 [19,11] 1x1x1 scan %12 (models/lstm.ts:9:5) / final carry 0
//   #14 p9 [11,10] 1x1x1 slice %13 (models/lstm.ts:9:5)
//   #15 p10 [10,7,8,9] 1x1x1 matmul %15 + add %16 (models/lstm.ts:10:5)
//   loop #5..#6 × 100 steps, 2 buffer pairs swapped on odd steps
//   loop #11..#12 × 100 steps, 2 buffer pairs swapped on odd steps

// ---- pipeline 0 (read, read_write)
// dlc kernel: transpose %0 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100u) { return; }
  out[i] = x[i];
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: matmul %2 + add %3 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 200u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 28u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 7u) * 32u;
  let row0 = ((g / 7u) % 4u) * 32u;
  let bi = g / 28u;
  let yo = bi * 20000u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 100u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 200u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc0.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc0.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc0.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc1.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc1.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc1.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc2.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc2.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc2.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc3.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc3.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc3.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 2 (read_write)
// dlc kernel: constant %5 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = 0.0;
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: scan %6 (models/lstm.ts:8:5) / matmul %0 + add %1, scan %12 (models/lstm.ts:9:5) / matmul %0 + add %1
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<uniform> dlc_step: vec4<u32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[dlc_step.x * 200u + 0u + (i)];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 13u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 13u) * 16u + c;
  let row0 = ((g / 13u) % 1u) * 1u;
  let bi = g / 13u;
  let yo = bi * 200u;
  var acc0 = 0.0;
  if (col < 200u) {
    for (var k = sl; k < 50u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0);
    }
  }
  red[0u + lane] = acc0;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 200u) {
    dlc_mid(yo + (row0 + 0u) * 200u + col, red[0u + c]);
  }
}

// ---- pipeline 4 (read, read, read_write, read_write, read_write)
// dlc kernel: scan %6 (models/lstm.ts:8:5) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
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
  let x1 = in0[i + 100u];
  let x2 = in0[i + 150u];
  let x3 = in0[i + 50u];
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
  { let dlc_m = v8; out1[i] = dlc_m; dlc_row0[dlc_step.x * 50u + 0u + (i)] = dlc_m; }
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  dlc_mid(i);
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: scan %6 (models/lstm.ts:8:5) / carry 0 in, scan %6 (models/lstm.ts:8:5) / carry 1 in, scan %12 (models/lstm.ts:9:5) / carry 0 in (+2 more)
@group(0) @binding(0) var<storage, read> src: array<u32>;
@group(0) @binding(1) var<storage, read_write> dst: array<u32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  for (var i = gid.x; i < 50u; i += 64u) {
    dst[0u + i] = src[0u + i];
  }
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %7 (models/lstm.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 5000u) { return; }
  out[i] = x[i];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %9 + add %10 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 200u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 200u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 28u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 7u) * 32u;
  let row0 = ((g / 7u) % 4u) * 32u;
  let bi = g / 28u;
  let yo = bi * 20000u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 50u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 100u && k0 + kk < 50u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 200u && k0 + kk < 50u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc0.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc0.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc0.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc1.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc1.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc1.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc2.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc2.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc2.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 100u) { if (c0 + 0u < 200u) { dlc_mid(yo + r * 200u + c0 + 0u, acc3.x); } if (c0 + 1u < 200u) { dlc_mid(yo + r * 200u + c0 + 1u, acc3.y); } if (c0 + 2u < 200u) { dlc_mid(yo + r * 200u + c0 + 2u, acc3.z); } if (c0 + 3u < 200u) { dlc_mid(yo + r * 200u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 8 (read, read, read_write, read_write)
// dlc kernel: scan %12 (models/lstm.ts:9:5) / sigmoid %3 + tanh %5 + sigmoid %7 + mul %8 + sigmoid %10 + mul %11 + add %12 + tanh %13 + mul %14
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
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
  let x1 = in0[i + 100u];
  let x2 = in0[i + 150u];
  let x3 = in0[i + 50u];
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
  out1[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: slice %13 (models/lstm.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50u) { return; }
  out[i] = x[i];
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: matmul %15 + add %16 (models/lstm.ts:10:5)
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
  return in0[0u + r * 50u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 1u) * 1u;
  let bi = g / 1u;
  let yo = bi * 1u;
  var acc0 = 0.0;
  if (col < 1u) {
    for (var k = sl; k < 50u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0);
    }
  }
  red[0u + lane] = acc0;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 1u) {
    dlc_mid(yo + (row0 + 0u) * 1u + col, red[0u + c]);
  }
}
