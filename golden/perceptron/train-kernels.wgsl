// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,1,9,10,11] 1x1x1 matmul %0 + add %1 + sigmoid %2 + greater %8 + greater %9 + equal %10 + cast %11 + sub %16 + mul %17 (models/perceptron.ts:7:12)
//   #1 p1 [9,1,8,4] 1x1x1 binary_cross_entropy %3 + mul %5 + add %6
//   #2 p2 [10,9] 1x1x1 reduce_sum %12
//   #3 p3 [9,5] 1x1x1 reduce_sum %13 + add %14
//   #4 p4 [11,6,3] 1x1x1 reduce_sum %18 + mul %22 + sub %23 (models/perceptron.ts:7:12)
//   #5 p5 [0,11,6,2] 1x1x1 matmul %19 + mul %20 + sub %21 (models/perceptron.ts:7:12)

// ---- pipeline 0 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + sigmoid %2 + greater %8 + greater %9 + equal %10 + cast %11 + sub %16 + mul %17 (models/perceptron.ts:7:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = in3[i];
  let v0 = (acc + x0);
  let v1 = dlc_sigmoid(v0);
  let v2 = (v1 > 0.5);
  let v3 = (x1 > 0.5);
  let v4 = (v2 == v3);
  let v5 = select(f32(0), f32(1), v4);
  let v6 = (v1 - x1);
  let v7 = (v6 * 0.25);
  out0[i] = v0;
  out1[i] = v5;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 2u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 4u;
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
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 2u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 1 (read, read, read_write, read_write)
// dlc kernel: binary_cross_entropy %3 + mul %5 + add %6
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
  return max(p, 0.0) - p * t + log(1.0 + exp(-abs(p)));
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

// ---- pipeline 2 (read, read_write)
// dlc kernel: reduce_sum %12
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

// ---- pipeline 3 (read, read_write)
// dlc kernel: reduce_sum %13 + add %14
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

// ---- pipeline 4 (read, read, read_write)
// dlc kernel: reduce_sum %18 + mul %22 + sub %23 (models/perceptron.ts:7:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let x1 = out0[i];
  let v0 = (x0 * acc);
  let v1 = (x1 - v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = ((i / 1u) % 1u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: matmul %19 + mul %20 + sub %21 (models/perceptron.ts:7:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let v0 = (x0 * acc);
  let v1 = (x1 - v0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 2u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 2u;
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
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 2u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 2u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 2u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 2u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } } }
}
