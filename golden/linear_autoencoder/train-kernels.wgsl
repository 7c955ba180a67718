// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,19] 1x1x1 matmul %0 + add %1 (models/linear_autoencoder.ts:9:5)
//   #1 p1 [19,4,5,1,20,21,22] 1x1x1 matmul %2 + add %3 + sub %8 + abs %9 + mul %16 + mul %17 (models/linear_autoencoder.ts:10:5)
//   #2 p2 [20,1,18,6] 1x1x1 mse %4 + mul %6 + add %7
//   #3 p3 [21,20] 1x1x1 reduce_sum %10
//   #4 p4 [20,7] 1x1x1 reduce_sum %11 + add %12
//   #5 p5 [9,8,20] 1x1x1 pow %33 + sub %34 + pow %36 + sub %37 + sqrt %38 + mul %39 + div %40
//   #6 p6 [22,20,16,17,5] 1x1x1 reduce_sum %18 + sub %71 + mul %72 + add %73 + square %74 + sub %75 + mul %76 + add %77 + mul %78 + sqrt %79 + add %80 + div %81 + sub %82 (models/linear_autoencoder.ts:10:5)
//   #7 p7 [22,4,21] 1x1x1 matmul %19 (models/linear_autoencoder.ts:10:5)
//   #8 p8 [19,22,20,14,15,23] 1x1x1 matmul %20 + sub %59 + mul %60 + add %61 + square %62 + sub %63 + mul %64 + add %65 + mul %66 (models/linear_autoencoder.ts:10:5)
//   #9 p9 [21,20,12,13,3] 1x1x1 reduce_sum %21 + sub %47 + mul %48 + add %49 + square %50 + sub %51 + mul %52 + add %53 + mul %54 + sqrt %55 + add %56 + div %57 + sub %58 (models/linear_autoencoder.ts:9:5)
//   #10 p10 [0,21,20,10,11,22] 1x1x1 matmul %22 + sub %24 + mul %25 + add %26 + square %28 + sub %29 + mul %30 + add %31 + mul %41 (models/linear_autoencoder.ts:9:5)
//   #11 p11 [11,22,2] 1x1x1 sqrt %42 + add %44 + div %45 + sub %46
//   #12 p11 [15,23,4] 1x1x1 sqrt %67 + add %68 + div %69 + sub %70

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %0 + add %1 (models/linear_autoencoder.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 2u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 2u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
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
  let yo = bi * 8u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 2u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc0.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc0.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc0.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc1.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc1.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc1.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc2.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc2.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc2.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc3.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc3.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc3.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 1 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %2 + add %3 + sub %8 + abs %9 + mul %16 + mul %17 (models/linear_autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let x1 = in3[i];
  let v0 = (acc + x0);
  let v1 = (v0 - x1);
  let v2 = abs(v1);
  let v3 = (v1 * 2.0);
  let v4 = (v3 * 0.03125);
  out0[i] = v0;
  out1[i] = v2;
  out2[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 2u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 8u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
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
  let yo = bi * 32u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 2u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 2u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 2u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 2 (read, read, read_write, read_write)
// dlc kernel: mse %4 + mul %6 + add %7
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

fn dlc_term(k: u32) -> f32 {
  let p = pred[k];
  let t = tgt[k];
  return (p - t) * (p - t);
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
  for (var k = lane; k < 32u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total / 32.0); }
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: reduce_sum %10
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 8u;
  var acc = 0.0;
  for (var j = 0u; j < 8u; j++) { acc = acc + in0[base + ((j / 1u) % 8u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: reduce_sum %11 + add %12
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
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

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: pow %33 + sub %34 + pow %36 + sub %37 + sqrt %38 + mul %39 + div %40
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

// ---- pipeline 6 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %18 + sub %71 + mul %72 + add %73 + square %74 + sub %75 + mul %76 + add %77 + mul %78 + sqrt %79 + add %80 + div %81 + sub %82 (models/linear_autoencoder.ts:10:5)
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
  if (i >= 8u) { return; }
  let base = ((i / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 8u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: matmul %19 (models/linear_autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 8u + k];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
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
  let yo = bi * 8u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (col0 + r < 2u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc0.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc0.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc0.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc1.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc1.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc1.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc2.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc2.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc2.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc3.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc3.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc3.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 8 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %20 + sub %59 + mul %60 + add %61 + square %62 + sub %63 + mul %64 + add %65 + mul %66 (models/linear_autoencoder.ts:10:5)
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
  return in0[0u + r + k * 2u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 8u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
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
  let yo = bi * 16u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 2u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 2u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 2u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 2u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 2u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 9 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %21 + sub %47 + mul %48 + add %49 + square %50 + sub %51 + mul %52 + add %53 + mul %54 + sqrt %55 + add %56 + div %57 + sub %58 (models/linear_autoencoder.ts:9:5)
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
  if (i >= 2u) { return; }
  let base = ((i / 1u) % 2u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 2u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 10 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %22 + sub %24 + mul %25 + add %26 + square %28 + sub %29 + mul %30 + add %31 + mul %41 (models/linear_autoencoder.ts:9:5)
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
  return in0[0u + r + k * 8u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 2u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
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
  let yo = bi * 16u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 8u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 2u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 8u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc0.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc0.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc0.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 8u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc1.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc1.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc1.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 8u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc2.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc2.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc2.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 8u) { if (c0 + 0u < 2u) { dlc_mid(yo + r * 2u + c0 + 0u, acc3.x); } if (c0 + 1u < 2u) { dlc_mid(yo + r * 2u + c0 + 1u, acc3.y); } if (c0 + 2u < 2u) { dlc_mid(yo + r * 2u + c0 + 2u, acc3.z); } if (c0 + 3u < 2u) { dlc_mid(yo + r * 2u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: sqrt %42 + add %44 + div %45 + sub %46, sqrt %67 + add %68 + div %69 + sub %70
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
  if (i >= 16u) { return; }
  dlc_mid(i);
}
