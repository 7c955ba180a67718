// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,10] 1x1x1 conv2d %0 + add %1 + relu %2 + max_pool2d %3 (models/fine_tune.ts:43:12)
//   #1 p1 [10,3,4,11] 1x1x1 conv2d %4 + add %5 + relu %6 (models/fine_tune.ts:43:12)
//   #2 p2 [11,5,6,10] 1x1x1 matmul %8 + add %9 + relu %10 (models/fine_tune.ts:43:22)
//   #3 p3 [10,7,8,9] 1x1x1 matmul %11 + add %12 + softmax %13 (models/fine_tune.ts:43:30)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + max_pool2d %3 (models/fine_tune.ts:43:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 1u;
      let wb = (kh * 3u + kw) * 4u + co;
      for (var c = 0u; c < 1u; c++) { acc = fma(in0[xb + c], in1[wb + c * 4u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 4u;
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
  if (i >= 36u) { return; }
  let n = 0u; let ph = ((i / 12u) % 3u); let pw = ((i / 4u) % 3u); let co = (i % 4u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 6u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 6u)) { continue; }
      let v = dlc_mid(((n * 6u + u32(oh)) * 6u + u32(ow)) * 4u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %4 + add %5 + relu %6 (models/fine_tune.ts:43:12)
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
  let n = 0u; let oh = 0u; let ow = 0u; let kh = (k / 12u); let kw = ((k / 4u) % 3u); let c = (k % 4u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 3u && u32(iw) < 3u)) { return 0.0; }
  return in0[((n * 3u + u32(ih)) * 3u + u32(iw)) * 4u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 8u;
  var acc0 = 0.0;
  if (col < 8u) {
    for (var k = sl; k < 36u; k += 16u) {
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
  if (sl == 0u && col < 8u) {
    dlc_mid(yo + (row0 + 0u) * 8u + col, red[0u + c]);
  }
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %8 + add %9 + relu %10 (models/fine_tune.ts:43:22)
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
  return in0[0u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 16u];
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
  let yo = bi * 16u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: matmul %11 + add %12 + softmax %13 (models/fine_tune.ts:43:30)
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
var<workgroup> arow: array<f32, 16>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 16u; k += 64u) { arow[k] = in0[row * 16u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 3u) {
      var acc = 0.0;
      for (var k = 0u; k < 16u; k++) { acc = fma(arow[k], in1[k * 3u + c * 1u], acc); }
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
