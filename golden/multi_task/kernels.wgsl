// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,11] 1x1x1 matmul %0 + add %1 + relu %2 (models/multi_task.ts:10:19)
//   #1 p1 [11,3,4,12] 2x1x1 matmul %3 + add %4 + relu %5 (models/multi_task.ts:11:15)
//   #2 p2 [12,5,6,9] 1x1x1 matmul %6 + add %7 + softmax %8 (models/multi_task.ts:13:13)
//   #3 p3 [12,7,8,10] 1x1x1 matmul %9 + add %10 (models/multi_task.ts:14:14)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 (models/multi_task.ts:10:19)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 4u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
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
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: matmul %3 + add %4 + relu %5 (models/multi_task.ts:11:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> red: array<f32, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 1u) * 1u;
  let bi = g / 2u;
  let yo = bi * 32u;
  var acc0 = 0.0;
  {
    for (var k = sl; k < 32u; k += 16u) {
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
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
  }
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %6 + add %7 + softmax %8 (models/multi_task.ts:13:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let x0 = in2[i];
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
var<workgroup> arow: array<f32, 32>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 32u; k += 64u) { arow[k] = in0[row * 32u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 3u) {
      var acc = 0.0;
      for (var k = 0u; k < 32u; k++) { acc = fma(arow[k], in1[k * 3u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 3u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 3u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 3u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 3u) { dlc_tail(row * 3u + c, exp(vals[j] - lse)); }
  }
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: matmul %9 + add %10 (models/multi_task.ts:14:14)
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
  return in0[0u + r * 32u + k];
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
    for (var k = sl; k < 32u; k += 16u) {
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
