// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,3,4,22] 256x1x1 conv2d %0 + add %1 + relu %2 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:27:13)
//   #1 p1 [22,5,6,23] 256x1x1 conv2d %3 + add %4 + relu %5 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
//   #2 p2 [22,23,7,8,24] 256x1x1 conv2d %6 + add %7 + add %8 + relu %9 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #3 p3 [24,9,10,22] 128x1x1 conv2d %10 + add %11 + relu %12 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
//   #4 p4 [22,11,12,23] 128x1x1 conv2d %13 + add %14 (models/resnet.ts:12:22, models/resnet.ts:12:10)
//   #5 p5 [23,24,13,14,22] 128x1x1 conv2d %15 + add %16 + add %17 + relu %18 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #6 p6 [22,15,16,23] 64x1x1 conv2d %19 + add %20 + relu %21 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
//   #7 p7 [23,17,18,24] 64x1x1 conv2d %22 + add %23 (models/resnet.ts:12:22, models/resnet.ts:12:10)
//   #8 p8 [24,22,19,20,23] 64x1x1 conv2d %24 + add %25 + add %26 + relu %27 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #9 p9 [23,1,2,21] 1x1x1 global_avg_pool2d %28 + matmul %29 + add %30 + softmax %31 (models/resnet.ts:31:49, models/resnet.ts:31:12)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:27:13)
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
      let wb = (kh * 3u + kw) * 48u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x87 = in2[c1];
  let v88 = (acc + x87);
  let v8 = max(v88, 0.0);
  out0[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
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
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 3u + kw) * 256u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x96 = in2[c1];
  let v97 = (acc + x96);
  let v16 = max(v97, 0.0);
  out0[i] = v16;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 2 (read, read, read, read, read_write)
// dlc kernel: conv2d %6 + add %7 + add %8 + relu %9 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 3u + kw) * 256u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in1[xb + c], in2[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x105 = in3[c1];
  let x8 = in0[i];
  let v106 = (acc + x105);
  let v24 = (v106 + x8);
  let v25 = max(v24, 0.0);
  out0[i] = v25;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: conv2d %10 + add %11 + relu %12 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 3u + kw) * 512u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x114 = in2[c1];
  let v115 = (acc + x114);
  let v33 = max(v115, 0.0);
  out0[i] = v33;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %13 + add %14 (models/resnet.ts:12:22, models/resnet.ts:12:10)
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
      let wb = (kh * 3u + kw) * 1024u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x123 = in2[c1];
  let v124 = (acc + x123);
  out0[i] = v124;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 5 (read, read, read, read, read_write)
// dlc kernel: conv2d %15 + add %16 + add %17 + relu %18 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in1[xb + c], in2[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x132 = in3[c1];
  let x124 = in0[i];
  let v133 = (acc + x132);
  let v48 = (x124 + v133);
  let v49 = max(v48, 0.0);
  out0[i] = v49;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: conv2d %19 + add %20 + relu %21 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:16:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
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
  let x141 = in2[c1];
  let v142 = (acc + x141);
  let v57 = max(v142, 0.0);
  out0[i] = v57;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: conv2d %22 + add %23 (models/resnet.ts:12:22, models/resnet.ts:12:10)
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
      let wb = (kh * 3u + kw) * 4096u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x150 = in2[c1];
  let v151 = (acc + x150);
  out0[i] = v151;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 8 (read, read, read, read, read_write)
// dlc kernel: conv2d %24 + add %25 + add %26 + relu %27 (models/resnet.ts:12:22, models/resnet.ts:12:10, models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in1[xb + c], in2[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x159 = in3[c1];
  let x151 = in0[i];
  let v160 = (acc + x159);
  let v72 = (x151 + v160);
  let v73 = max(v72, 0.0);
  out0[i] = v73;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i, dlc_conv(0u, ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u)));
}

// ---- pipeline 9 (read, read, read, read_write)
// dlc kernel: global_avg_pool2d %28 + matmul %29 + add %30 + softmax %31 (models/resnet.ts:31:49, models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_gap(row: u32, k: u32) -> f32 {
  var s = 0.0;
  for (var p = 0u; p < 64u; p++) { s += in0[(row * 64u + p) * 64u + k]; }
  return s / 64.0;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let x76 = in2[i];
  let v78 = (acc + x76);
  return v78;
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
var<workgroup> arow: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 64u; k += 64u) { arow[k] = dlc_gap(row, k); }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) {
      var acc = 0.0;
      for (var k = 0u; k < 64u; k++) { acc = fma(arow[k], in1[k * 10u + c * 1u], acc); }
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
