// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,10] 2x1x1 pad %0 (models/conv1d_classifier.ts:10:5)
//   #1 p1 [10,6,1,11] 8x1x1 conv2d %1 + add %2 (models/conv1d_classifier.ts:10:5)
//   #2 p2 [11,10] 8x1x1 relu %4 (models/conv1d_classifier.ts:10:5)
//   #3 p3 [10,11] 9x1x1 pad %6 (models/conv1d_classifier.ts:11:5)
//   #4 p4 [11,7,2,10] 1x1x1 conv2d %7 + add %8 (models/conv1d_classifier.ts:11:5)
//   #5 p2 [10,11] 8x1x1 relu %10 (models/conv1d_classifier.ts:11:5)
//   #6 p5 [11,10] 4x1x1 max_pool2d %12 (models/conv1d_classifier.ts:12:5)
//   #7 p6 [10,8,3,11] 8x1x1 conv2d %13 + add %14 (models/conv1d_classifier.ts:14:5)
//   #8 p7 [11,10] 1x1x1 relu %16 + reduce_max %17 (models/conv1d_classifier.ts:14:5, models/conv1d_classifier.ts:15:5)
//   #9 p8 [10,4,5,9] 1x1x1 matmul %18 + add %19 + softmax %20 (models/conv1d_classifier.ts:16:5)

// ---- pipeline 0 (read, read_write)
// dlc kernel: pad %0 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 68u) { return; }
  let c0 = 0u;
  let c1 = 0u;
  let c2 = ((i / 2u) % 34u) - 2u;
  let c3 = (i % 2u);
  if (c2 < 32u) { out[i] = x[c0 * 64u + c1 * 64u + c2 * 2u + c3]; } else { out[i] = 0.0; }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %1 + add %2 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 1u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 34u)) { continue; }
      let xb = ((n * 1u + u32(ih)) * 34u + u32(iw)) * 2u;
      let wb = (kh * 3u + kw) * 32u + co;
      for (var c = 0u; c < 2u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i, dlc_conv(0u, 0u, ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: relu %4 (models/conv1d_classifier.ts:10:5), relu %10 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = max(x0, 0.0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: pad %6 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 576u) { return; }
  let c0 = 0u;
  let c1 = 0u;
  let c2 = ((i / 16u) % 36u) - 4u;
  let c3 = (i % 16u);
  if (c2 < 32u) { out[i] = x[c0 * 512u + c1 * 512u + c2 * 16u + c3]; } else { out[i] = 0.0; }
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %7 + add %8 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = 0u; let oh = 0u; let ow = (r % 32u); let kh = 0u; let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw) * 2;
  if (!(u32(ih) < 1u && u32(iw) < 36u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 36u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
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
  let yo = bi * 512u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 48u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 48u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: max_pool2d %12 (models/conv1d_classifier.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 1u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 1u + u32(ih)) * 32u + u32(iw)) * 16u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  out[i] = x[dlc_pool_argmax(0u, 0u, ((i / 16u) % 16u), (i % 16u))];
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: conv2d %13 + add %14 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = 0u; let oh = 0u; let ow = (r % 14u); let kh = 0u; let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 1u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 16u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 4u) * 4u;
  let bi = g / 8u;
  let yo = bi * 448u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 48u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 13u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 13u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 13u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 13u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    if (row0 + 0u < 14u) { dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]); }
    if (row0 + 1u < 14u) { dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]); }
    if (row0 + 2u < 14u) { dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]); }
    if (row0 + 3u < 14u) { dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]); }
  }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: relu %16 + reduce_max %17 (models/conv1d_classifier.ts:14:5, models/conv1d_classifier.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let v0 = max(x0, 0.0);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 32u) % 1u) * 448u + ((i / 1u) % 32u) * 1u;
  var acc = -3.4028234e38;
  for (var j = 0u; j < 14u; j++) { acc = max(acc, dlc_pre(base + ((j / 1u) % 14u) * 32u)); }
  dlc_mid(i, acc);
}

// ---- pipeline 8 (read, read, read, read_write)
// dlc kernel: matmul %18 + add %19 + softmax %20 (models/conv1d_classifier.ts:16:5)
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
