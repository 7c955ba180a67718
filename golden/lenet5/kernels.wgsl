// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,2,12] 19x1x1 conv2d %0 + add %1 + tanh %2 + avg_pool2d %3 (models/lenet5.ts:9:5, models/lenet5.ts:10:5)
//   #1 p1 [12,3,4,13] 7x1x1 conv2d %4 + add %5 + tanh %6 + avg_pool2d %7 (models/lenet5.ts:11:5, models/lenet5.ts:12:5)
//   #2 p2 [13,5,6,12] 2x1x1 conv2d %8 + add %9 + tanh %10 (models/lenet5.ts:13:5)
//   #3 p3 [12,7,8,13] 6x1x1 matmul %12 + add %13 + tanh %14 (models/lenet5.ts:15:5)
//   #4 p4 [13,9,10,11] 1x1x1 matmul %15 + add %16 + softmax %17 (models/lenet5.ts:16:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: conv2d %0 + add %1 + tanh %2 + avg_pool2d %3 (models/lenet5.ts:9:5, models/lenet5.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) - 2 + i32(kh);
    if (!(u32(ih) < 28u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) - 2 + i32(kw);
      if (!(u32(iw) < 28u)) { continue; }
      let xb = ((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u;
      let wb = (kh * 5u + kw) * 6u + co;
      for (var c = 0u; c < 1u; c++) { acc = fma(in0[xb + c], in1[wb + c * 6u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 6u;
  let x2 = in2[c1];
  let v4 = (acc + x2);
  let v5 = dlc_tanh(v4);
  return v5;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1176u) { return; }
  let n = 0u; let ph = ((i / 84u) % 14u); let pw = ((i / 6u) % 14u); let co = (i % 6u);
  var m = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 28u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 28u)) { continue; }
      let v = dlc_mid(((n * 28u + u32(oh)) * 28u + u32(ow)) * 6u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m += v;
    }
  }
  dlc_tail(i, m / 4.0);
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %4 + add %5 + tanh %6 + avg_pool2d %7 (models/lenet5.ts:11:5, models/lenet5.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 14u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 14u)) { continue; }
      let xb = ((n * 14u + u32(ih)) * 14u + u32(iw)) * 6u;
      let wb = (kh * 5u + kw) * 96u + co;
      for (var c = 0u; c < 6u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let c1 = i % 16u;
  let x8 = in2[c1];
  let v10 = (acc + x8);
  let v11 = dlc_tanh(v10);
  return v11;
}
fn dlc_tail(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 400u) { return; }
  let n = 0u; let ph = ((i / 80u) % 5u); let pw = ((i / 16u) % 5u); let co = (i % 16u);
  var m = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh = i32(ph) * 2 + i32(kh);
    if (!(u32(oh) < 10u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let ow = i32(pw) * 2 + i32(kw);
      if (!(u32(ow) < 10u)) { continue; }
      let v = dlc_mid(((n * 10u + u32(oh)) * 10u + u32(ow)) * 16u + co, dlc_conv(n, u32(oh), u32(ow), co));
      m += v;
    }
  }
  dlc_tail(i, m / 4.0);
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: conv2d %8 + add %9 + tanh %10 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 5u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 5u)) { continue; }
      let xb = ((n * 5u + u32(ih)) * 5u + u32(iw)) * 16u;
      let wb = (kh * 5u + kw) * 1920u + co;
      for (var c = 0u; c < 16u; c++) { acc = fma(in0[xb + c], in1[wb + c * 120u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let x14 = in2[i];
  let v16 = (acc + x14);
  let v17 = dlc_tanh(v16);
  out0[i] = v17;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 120u) { return; }
  dlc_mid(i, dlc_conv(0u, 0u, 0u, (i % 120u)));
}

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: matmul %12 + add %13 + tanh %14 (models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32, acc: f32) {
  let x20 = in2[i];
  let v22 = (acc + x20);
  let v23 = dlc_tanh(v22);
  out0[i] = v23;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 6u) * 16u;
  let row0 = ((g / 6u) % 1u) * 16u;
  let bi = g / 6u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 84u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 120u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 120u) { v = in0[ao + gr * 120u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 84u && gk < 120u) { v = in1[bo + gr + gk * 84u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 84u) { dlc_mid(yo + r * 84u + c, acc_0_0); } }
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %15 + add %16 + softmax %17 (models/lenet5.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) -> f32 {
  let x25 = in2[i];
  let v27 = (acc + x25);
  return v27;
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
var<workgroup> arow: array<f32, 84>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let row = g;
  for (var k = lane; k < 84u; k += 64u) { arow[k] = in0[row * 84u + k]; }
  workgroupBarrier();
  var vals: array<f32, 1>;
  for (var j = 0u; j < 1u; j++) {
    let c = lane + j * 64u;
    if (c < 10u) {
      var acc = 0.0;
      for (var k = 0u; k < 84u; k++) { acc = fma(arow[k], in1[k * 10u + c * 1u], acc); }
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
