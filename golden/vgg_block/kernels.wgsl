// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,18] 512x1x1 conv2d %0 + add %1 + relu %2 (models/vgg_block.ts:8:39)
//   #1 p1 [18,3,4,19] 128x1x1 conv2d %3 + add %4 + relu %5 + max_pool2d %6 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
//   #2 p2 [19,5,6,18] 256x1x1 conv2d %7 + add %8 + relu %9 (models/vgg_block.ts:8:39)
//   #3 p3 [18,7,8,19] 64x1x1 conv2d %10 + add %11 + relu %12 + max_pool2d %13 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
//   #4 p4 [19,9,10,18] 128x1x1 conv2d %14 + add %15 + relu %16 (models/vgg_block.ts:8:39)
//   #5 p5 [18,11,12,19] 32x1x1 conv2d %17 + add %18 + relu %19 + max_pool2d %20 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
//   #6 p6 [19,13,14,18] 8x1x1 matmul %22 + add %23 + relu %24 (models/vgg_block.ts:18:22)
//   #7 p7 [18,15,16,17] 1x1x1 matmul %25 + add %26 + softmax %27 (models/vgg_block.ts:19:12)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u;
      let wb = (kh * 3u + kw) * 96u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x2 = in2[c1];
  let v4 = (acc + x2);
  let v5 = max(v4, 0.0);
  out0[i] = v5;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 + max_pool2d %6 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 1024u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 32u;
  let x7 = in2[c1];
  let v9 = (acc + x7);
  let v10 = max(v9, 0.0);
  return v10;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  let n = 0u; let ph = ((i / 512u) % 16u); let pw = ((i / 32u) % 16u); let co = (i % 32u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 32u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 32u)) { continue; }
      let v = dlc_mid(((n * 32u + u32(oh)) * 32u + u32(ow)) * 32u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: conv2d %7 + add %8 + relu %9 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x13 = in2[c1];
  let v15 = (acc + x13);
  let v16 = max(v15, 0.0);
  out0[i] = v16;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u)));
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: conv2d %10 + add %11 + relu %12 + max_pool2d %13 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 4096u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 64u;
  let x18 = in2[c1];
  let v20 = (acc + x18);
  let v21 = max(v20, 0.0);
  return v21;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  let n = 0u; let ph = ((i / 512u) % 8u); let pw = ((i / 64u) % 8u); let co = (i % 64u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 16u)) { continue; }
      let v = dlc_mid(((n * 16u + u32(oh)) * 16u + u32(ow)) * 64u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %14 + add %15 + relu %16 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 8192u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 128u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x24 = in2[c1];
  let v26 = (acc + x24);
  let v27 = max(v26, 0.0);
  out0[i] = v27;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 1024u) % 8u), ((i / 128u) % 8u), (i % 128u)));
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: conv2d %17 + add %18 + relu %19 + max_pool2d %20 (models/vgg_block.ts:8:39, models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let xb = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u;
      let wb = (kh * 3u + kw) * 16384u + co;
      for (var c = 0u; c < 128u; c++) { acc = fma(in0[xb + c], in1[wb + c * 128u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 128u;
  let x29 = in2[c1];
  let v31 = (acc + x29);
  let v32 = max(v31, 0.0);
  return v32;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  let n = 0u; let ph = ((i / 512u) % 4u); let pw = ((i / 128u) % 4u); let co = (i % 128u);
  var m = -3.4028234e38;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 8u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 8u)) { continue; }
      let v = dlc_mid(((n * 8u + u32(oh)) * 8u + u32(ow)) * 128u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m = max(m, v);
    }
  }
  dlc_tail(i, m);
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %22 + add %23 + relu %24 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x36 = in2[i];
  let v38 = (acc + x36);
  let v39 = max(v38, 0.0);
  out0[i] = v39;
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
  let yo = bi * 128u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 2048u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 2048u) { v = in0[ao + gr * 2048u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 2048u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %25 + add %26 + softmax %27 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let x41 = in2[i];
  let v43 = (acc + x41);
  return v43;
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
var<workgroup> arow: array<f32, 128>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 128u; k += 64u) { arow[k] = in0[row * 128u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) {
      var acc = 0.0;
      for (var k = 0u; k < 128u; k++) { acc = fma(arow[k], in1[k * 10u + c * 1u], acc); }
      vals[j] = dlc_mid(row * 10u + c, acc);
    }
  }
  var mx = -3.4028234e38;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 10u) { mx = max(mx, vals[j]); } }
  mx = dlc_lane_max(mx, lane);
  var s = 0.0;
  for (var j = 0u; j < 1u; j++) { if (lane + j * 64u < 10u) { s += exp(vals[j] - mx); } }
  s = dlc_lane_sum(s, lane);
  let lse = mx + log(s);
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) { dlc_tail(row * 10u + c, exp(vals[j] - lse)); }
  }
}
