// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,13] 8x1x1 conv2d %0 + add %1 + relu %2 (models/separable_cnn.ts:9:5)
//   #1 p1 [13,10,11,14] 32x1x1 depthwise_conv2d %3 + add %4 + relu %5 + minimum %7 (models/separable_cnn.ts:10:5, models/separable_cnn.ts:11:5, models/separable_cnn.ts:12:5)
//   #2 p2 [14,3,4,13] 16x1x1 conv2d %8 + add %9 + relu %10 + max_pool2d %11 (models/separable_cnn.ts:13:5, models/separable_cnn.ts:14:5)
//   #3 p3 [13,5,14] 16x1x1 depthwise_conv2d %12 (models/separable_cnn.ts:15:5)
//   #4 p4 [14,6,7,13] 2x1x1 conv2d %13 + add %14 + relu %15 (models/separable_cnn.ts:15:5)
//   #5 p5 [13,8,9,12] 1x1x1 global_avg_pool2d %16 + matmul %17 + add %18 + softmax %19 (models/separable_cnn.ts:16:5, models/separable_cnn.ts:17:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 (models/separable_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = 0u; let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 9u); let kw = ((k / 3u) % 3u); let c = (k % 3u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 8u) * 32u;
  let bi = g / 8u;
  let yo = bi * 2048u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 27u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 256u && k0 + kk < 27u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 27u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: depthwise_conv2d %3 + add %4 + relu %5 + minimum %7 (models/separable_cnn.ts:10:5, models/separable_cnn.ts:11:5, models/separable_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = min(v1, 6.0);
  out0[i] = v2;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  let n = 0u; let oh = ((i / 128u) % 16u); let ow = ((i / 8u) % 16u); let co = (i % 8u);
  let c = co / 1u;
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c] * w[(kh * 3u + kw) * 8u + co];
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: conv2d %8 + add %9 + relu %10 + max_pool2d %11 (models/separable_cnn.ts:13:5, models/separable_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u;
      let wb = (kh * 1u + kw) * 128u + co;
      for (var c = 0u; c < 8u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 16u;
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
  if (i >= 1024u) { return; }
  let n = 0u; let ph = ((i / 128u) % 8u); let pw = ((i / 16u) % 8u); let co = (i % 16u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 16u)) { continue; }
      let v = dlc_mid(((n * 16u + u32(oh)) * 16u + u32(ow)) * 16u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 3 (read, read, read_write)
// dlc kernel: depthwise_conv2d %12 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  let n = 0u; let oh = ((i / 128u) % 8u); let ow = ((i / 16u) % 8u); let co = (i % 16u);
  let c = co / 1u;
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c] * w[(kh * 3u + kw) * 16u + co];
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %13 + add %14 + relu %15 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = 0u; let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
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
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 2u) * 32u;
  let bi = g / 2u;
  let yo = bi * 2048u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: global_avg_pool2d %16 + matmul %17 + add %18 + softmax %19 (models/separable_cnn.ts:16:5, models/separable_cnn.ts:17:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_gap(row: u32, k: u32) -> f32 {
  var s = 0.0;
  for (var p = 0u; p < 64u; p++) { s += in0[(row * 64u + p) * 32u + k]; }
  return s / 64.0;
}
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
  for (var k = lane; k < 32u; k += 64u) { arow[k] = dlc_gap(row, k); }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 4u) {
      var acc = 0.0;
      for (var k = 0u; k < 32u; k++) { acc = fma(arow[k], in1[k * 4u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 4u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 4u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 4u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 4u) { dlc_tail(row * 4u + c, exp(vals[j] - lse)); }
  }
}
