// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,49,50] 4x1x1 matmul %1 + add %2 + relu %3 + greater %61 + cast %62 (models/mnist_batchnorm.ts:9:5)
//   #1 p1 [6,51] 1x1x1 mul %10 (models/mnist_batchnorm.ts:10:5)
//   #2 p2 [49,51,52,26] 1x1x1 reduce_mean %4 + mul %11 + add %12 (models/mnist_batchnorm.ts:10:5)
//   #3 p3 [7,51] 1x1x1 mul %13 (models/mnist_batchnorm.ts:10:5)
//   #4 p4 [49,52,51,27] 1x1x1 sub %5 + square %6 + reduce_mean %7 + mul %14 + add %15 (models/mnist_batchnorm.ts:10:5)
//   #5 p5 [49,4,5,6,7,51] 64x1x1 batch_norm %16 (models/mnist_batchnorm.ts:10:5)
//   #6 p6 [51,8,9,52] 1x1x1 matmul %17 + add %18 (models/mnist_batchnorm.ts:11:5)
//   #7 p7 [1,53] 1x1x1 reduce_sum %33
//   #8 p8 [52,53,1,54] 1x1x1 softmax %19 + mul %34 + sub %35 + mul %37 (models/mnist_batchnorm.ts:11:5)
//   #9 p9 [52,1,28] 1x1x1 categorical_cross_entropy %20
//   #10 p10 [28,10,29] 1x1x1 mul %22 + add %23
//   #11 p11 [52,53] 1x1x1 argmax %24
//   #12 p11 [1,52] 1x1x1 argmax %25
//   #13 p12 [53,52,55] 1x1x1 equal %26 + cast %27
//   #14 p13 [55,53] 1x1x1 reduce_sum %29
//   #15 p14 [53,11,30] 1x1x1 reduce_sum %30 + add %31
//   #16 p15 [13,53] 1x1x1 pow %76 + sub %77
//   #17 p16 [13,12,53,55] 1x1x1 pow %79 + sub %80 + sqrt %81 + mul %82 + div %83
//   #18 p17 [54,24,25,55,9,31,32,33] 1x1x1 reduce_sum %38 + sub %138 + mul %139 + add %140 + square %141 + sub %142 + mul %143 + add %144 + mul %145 + sqrt %146 + add %147 + div %148 + sub %149 (models/mnist_batchnorm.ts:11:5)
//   #19 p18 [49,52] 1x1x1 reduce_mean %41 (models/mnist_batchnorm.ts:10:5)
//   #20 p19 [49,52,53,56] 4x1x1 sub %42 + mul %43 (models/mnist_batchnorm.ts:10:5)
//   #21 p20 [56,52] 1x1x1 reduce_mean %44 + add %46 + rsqrt %47 (models/mnist_batchnorm.ts:10:5)
//   #22 p21 [53,52,49] 4x1x1 mul %48 (models/mnist_batchnorm.ts:10:5)
//   #23 p22 [54,8,4,49,53,56,57,58] 4x1x1 matmul %39 + mul %49 + mul %52 + mul %57 (models/mnist_batchnorm.ts:11:5, models/mnist_batchnorm.ts:10:5)
//   #24 p23 [51,54,22,23,55,34,35,59] 4x1x1 matmul %40 + sub %126 + mul %127 + add %128 + square %129 + sub %130 + mul %131 + add %132 + mul %133 (models/mnist_batchnorm.ts:11:5)
//   #25 p18 [56,51] 1x1x1 reduce_mean %50 (models/mnist_batchnorm.ts:10:5)
//   #26 p24 [56,51,54] 4x1x1 sub %51 (models/mnist_batchnorm.ts:10:5)
//   #27 p18 [57,51] 1x1x1 reduce_mean %53 (models/mnist_batchnorm.ts:10:5)
//   #28 p25 [49,51,54,52,50,56] 4x1x1 mul %54 + sub %55 + mul %56 + mul %63 (models/mnist_batchnorm.ts:10:5, models/mnist_batchnorm.ts:9:5)
//   #29 p26 [58,18,19,55,4,36,37,38] 1x1x1 reduce_sum %58 + sub %102 + mul %103 + add %104 + square %105 + sub %106 + mul %107 + add %108 + mul %109 + sqrt %110 + add %111 + div %112 + sub %113 (models/mnist_batchnorm.ts:10:5)
//   #30 p27 [53,20,21,55,5,39,40,41] 1x1x1 reduce_sum %59 + sub %114 + mul %115 + add %116 + square %117 + sub %118 + mul %119 + add %120 + mul %121 + sqrt %122 + add %123 + div %124 + sub %125 (models/mnist_batchnorm.ts:10:5)
//   #31 p28 [56,16,17,55,3,42,43,44] 1x1x1 reduce_sum %64 + sub %90 + mul %91 + add %92 + square %93 + sub %94 + mul %95 + add %96 + mul %97 + sqrt %98 + add %99 + div %100 + sub %101 (models/mnist_batchnorm.ts:9:5)
//   #32 p29 [0,56,14,15,55,45,46,49] 196x1x1 matmul %65 + sub %67 + mul %68 + add %69 + square %71 + sub %72 + mul %73 + add %74 + mul %84 (models/mnist_batchnorm.ts:9:5)
//   #33 p30 [46,49,2,47] 784x1x1 sqrt %85 + add %87 + div %88 + sub %89
//   #34 p31 [35,59,8,48] 10x1x1 sqrt %134 + add %135 + div %136 + sub %137

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %1 + add %2 + relu %3 + greater %61 + cast %62 (models/mnist_batchnorm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x3 = in2[c1];
  let v12 = (acc + x3);
  let v13 = max(v12, 0.0);
  let v80 = (v12 > 0.0);
  let v81 = select(f32(0), f32(1), v80);
  out0[i] = v13;
  out1[i] = v81;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 1u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 784u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 784u) { v = in0[ao + gr * 784u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 784u) { v = in1[bo + gr + gk * 64u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: mul %10 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x6 = in0[i];
  let v20 = (x6 * 0.99);
  out0[i] = v20;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 2 (read, read, read_write, read_write)
// dlc kernel: reduce_mean %4 + mul %11 + add %12 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x20 = in1[i];
  let v21 = (acc * 0.01);
  let v22 = (x20 + v21);
  out0[i] = acc;
  out1[i] = v22;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc / 4.0);
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: mul %13 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x7 = in0[i];
  let v23 = (x7 * 0.99);
  out0[i] = v23;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: sub %5 + square %6 + reduce_mean %7 + mul %14 + add %15 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 64u;
  let x13 = in0[i];
  let x14 = in1[c1];
  let v15 = (x13 - x14);
  let v16 = dlc_square_f32(v15);
  return v16;
}
fn dlc_mid(i: u32, acc: f32) {
  let x23 = in2[i];
  let v24 = (acc * 0.01);
  let v25 = (x23 + v24);
  out0[i] = v25;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + dlc_pre(base + ((j / 1u) % 4u) * 64u); }
  dlc_mid(i, acc / 4.0);
}

// ---- pipeline 5 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %16 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
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
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  _ = &mean; _ = &variance;
  let g = wid.x;
  if (g >= 64u) { return; }
  var s = 0.0;
  for (var j = lane; j < 4u; j += 64u) { let at = g * 1u + j * 64u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 4.0;
  var q = 0.0;
  for (var j = lane; j < 4u; j += 64u) { let at = g * 1u + j * 64u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 4.0 + 0.001);
  for (var j = lane; j < 4u; j += 64u) { let at = g * 1u + j * 64u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %17 + add %18 (models/mnist_batchnorm.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x9 = in2[c1];
  let v28 = (acc + x9);
  out0[i] = v28;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 40u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 64u) { v = in0[ao + gr * 64u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 64u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: reduce_sum %33
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 8 (read, read, read, read_write)
// dlc kernel: softmax %19 + mul %34 + sub %35 + mul %37 (models/mnist_batchnorm.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x46 = in1[c0];
  let x1 = in2[i];
  let v47 = (acc * x46);
  let v48 = (v47 - x1);
  let v51 = (v48 * 0.25);
  out0[i] = v51;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 10u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 10u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 10u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %20
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_row_norm(base: u32) -> f32 {
  var m = pred[base];
  for (var k = 1u; k < 10u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let base = k * 10u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < 10u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
  return loss;
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
  if (lane == 0u) { out[0] = total / 4.0; }
}

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: mul %22 + add %23
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x30 = in0[i];
  let x33 = in1[i];
  let v32 = (x30 * 4.0);
  let v34 = (x33 + v32);
  out0[i] = v34;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: argmax %24, argmax %25
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 10u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 10u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 12 (read, read, read_write)
// dlc kernel: equal %26 + cast %27
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x35 = in0[i];
  let x36 = in1[i];
  let v37 = (x35 == x36);
  let v38 = select(f32(0), f32(1), v37);
  out0[i] = v38;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: reduce_sum %29
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

// ---- pipeline 14 (read, read, read_write)
// dlc kernel: reduce_sum %30 + add %31
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x42 = in1[i];
  let v43 = (x42 + acc);
  out0[i] = v43;
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

// ---- pipeline 15 (read, read_write)
// dlc kernel: pow %76 + sub %77
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x87 = in0[i];
  let v101 = dlc_pow(0.9, x87);
  let v102 = (1.0 - v101);
  out0[i] = v102;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: pow %79 + sub %80 + sqrt %81 + mul %82 + div %83
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x87 = in0[i];
  let x86 = in1[i];
  let x102 = in2[i];
  let v105 = dlc_pow(0.999, x87);
  let v106 = (1.0 - v105);
  let v107 = sqrt(v106);
  let v108 = (x86 * v107);
  let v109 = (v108 / x102);
  out0[i] = v109;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %38 + sub %138 + mul %139 + add %140 + square %141 + sub %142 + mul %143 + add %144 + mul %145 + sqrt %146 + add %147 + div %148 + sub %149 (models/mnist_batchnorm.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x228 = in1[i];
  let x229 = in2[i];
  let x109 = in3[0u];
  let x9 = in4[i];
  let v231 = (acc - x228);
  let v232 = (0.1 * v231);
  let v233 = (x228 + v232);
  let v235 = dlc_square_f32(acc);
  let v236 = (v235 - x229);
  let v237 = (0.001 * v236);
  let v238 = (x229 + v237);
  let v250 = (x109 * v233);
  let v251 = sqrt(v238);
  let v253 = (v251 + 1e-7);
  let v254 = (v250 / v253);
  let v255 = (x9 - v254);
  out0[i] = v233;
  out1[i] = v238;
  out2[i] = v255;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  let base = ((i / 1u) % 10u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 10u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: reduce_mean %41 (models/mnist_batchnorm.ts:10:5), reduce_mean %50 (models/mnist_batchnorm.ts:10:5), reduce_mean %53 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc / 4.0);
}

// ---- pipeline 19 (read, read, read_write, read_write)
// dlc kernel: sub %42 + mul %43 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x13 = in0[i];
  let x60 = in1[c1];
  let v61 = (x13 - x60);
  let v62 = (v61 * v61);
  out0[i] = v61;
  out1[i] = v62;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: reduce_mean %44 + add %46 + rsqrt %47 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v65 = (acc + 0.001);
  let v66 = inverseSqrt(v65);
  out0[i] = v66;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc / 4.0);
}

// ---- pipeline 21 (read, read, read_write)
// dlc kernel: mul %48 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x61 = in0[i];
  let x66 = in1[c1];
  let v67 = (x61 * x66);
  out0[i] = v67;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read, read_write, read_write, read_write, read_write)
// dlc kernel: matmul %39 + mul %49 + mul %52 + mul %57 (models/mnist_batchnorm.ts:11:5, models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
@group(0) @binding(7) var<storage, read_write> out3: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x4 = in2[c1];
  let x67 = in3[i];
  let v68 = (acc * x4);
  let v71 = (v68 * x67);
  let v76 = (acc * x67);
  out0[i] = acc;
  out1[i] = v68;
  out2[i] = v71;
  out3[i] = v76;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 1u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 256u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 10u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 10u) { v = in0[ao + gr * 10u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 23 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %40 + sub %126 + mul %127 + add %128 + square %129 + sub %130 + mul %131 + add %132 + mul %133 (models/mnist_batchnorm.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x200 = in2[i];
  let x201 = in3[i];
  let x109 = in4[0u];
  let v203 = (acc - x200);
  let v204 = (0.1 * v203);
  let v205 = (x200 + v204);
  let v207 = dlc_square_f32(acc);
  let v208 = (v207 - x201);
  let v209 = (0.001 * v208);
  let v210 = (x201 + v209);
  let v222 = (x109 * v205);
  out0[i] = v205;
  out1[i] = v210;
  out2[i] = v222;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 4u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 640u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 4u) { v = in0[ao + gr + gk * 64u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 4u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 64u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: sub %51 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x68 = in0[i];
  let x69 = in1[c1];
  let v70 = (x68 - x69);
  out0[i] = v70;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read, read, read, read, read_write)
// dlc kernel: mul %54 + sub %55 + mul %56 + mul %63 (models/mnist_batchnorm.ts:10:5, models/mnist_batchnorm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x67 = in0[i];
  let x72 = in1[c1];
  let x70 = in2[i];
  let x66 = in3[c1];
  let x81 = in4[i];
  let v73 = (x67 * x72);
  let v74 = (x70 - v73);
  let v75 = (x66 * v74);
  let v82 = (v75 * x81);
  out0[i] = v82;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %58 + sub %102 + mul %103 + add %104 + square %105 + sub %106 + mul %107 + add %108 + mul %109 + sqrt %110 + add %111 + div %112 + sub %113 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x144 = in1[i];
  let x145 = in2[i];
  let x109 = in3[0u];
  let x4 = in4[i];
  let v147 = (acc - x144);
  let v148 = (0.1 * v147);
  let v149 = (x144 + v148);
  let v151 = dlc_square_f32(acc);
  let v152 = (v151 - x145);
  let v153 = (0.001 * v152);
  let v154 = (x145 + v153);
  let v166 = (x109 * v149);
  let v167 = sqrt(v154);
  let v169 = (v167 + 1e-7);
  let v170 = (v166 / v169);
  let v171 = (x4 - v170);
  out0[i] = v149;
  out1[i] = v154;
  out2[i] = v171;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 27 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %59 + sub %114 + mul %115 + add %116 + square %117 + sub %118 + mul %119 + add %120 + mul %121 + sqrt %122 + add %123 + div %124 + sub %125 (models/mnist_batchnorm.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x172 = in1[i];
  let x173 = in2[i];
  let x109 = in3[0u];
  let x5 = in4[i];
  let v175 = (acc - x172);
  let v176 = (0.1 * v175);
  let v177 = (x172 + v176);
  let v179 = dlc_square_f32(acc);
  let v180 = (v179 - x173);
  let v181 = (0.001 * v180);
  let v182 = (x173 + v181);
  let v194 = (x109 * v177);
  let v195 = sqrt(v182);
  let v197 = (v195 + 1e-7);
  let v198 = (v194 / v197);
  let v199 = (x5 - v198);
  out0[i] = v177;
  out1[i] = v182;
  out2[i] = v199;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 28 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %64 + sub %90 + mul %91 + add %92 + square %93 + sub %94 + mul %95 + add %96 + mul %97 + sqrt %98 + add %99 + div %100 + sub %101 (models/mnist_batchnorm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x116 = in1[i];
  let x117 = in2[i];
  let x109 = in3[0u];
  let x3 = in4[i];
  let v119 = (acc - x116);
  let v120 = (0.1 * v119);
  let v121 = (x116 + v120);
  let v123 = dlc_square_f32(acc);
  let v124 = (v123 - x117);
  let v125 = (0.001 * v124);
  let v126 = (x117 + v125);
  let v138 = (x109 * v121);
  let v139 = sqrt(v126);
  let v141 = (v139 + 1e-7);
  let v142 = (v138 / v141);
  let v143 = (x3 - v142);
  out0[i] = v121;
  out1[i] = v126;
  out2[i] = v143;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  let base = ((i / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 64u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 29 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %65 + sub %67 + mul %68 + add %69 + square %71 + sub %72 + mul %73 + add %74 + mul %84 (models/mnist_batchnorm.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x88 = in2[i];
  let x89 = in3[i];
  let x109 = in4[0u];
  let v91 = (acc - x88);
  let v92 = (0.1 * v91);
  let v93 = (x88 + v92);
  let v95 = dlc_square_f32(acc);
  let v96 = (v95 - x89);
  let v97 = (0.001 * v96);
  let v98 = (x89 + v97);
  let v110 = (x109 * v93);
  out0[i] = v93;
  out1[i] = v98;
  out2[i] = v110;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 196u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 49u) * 16u;
  let bi = g / 196u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 50176u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 784u && gk < 4u) { v = in0[ao + gr + gk * 784u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 4u) { v = in1[bo + gr + gk * 64u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 784u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 30 (read, read, read, read_write)
// dlc kernel: sqrt %85 + add %87 + div %88 + sub %89
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x98 = in0[i];
  let x110 = in1[i];
  let x2 = in2[i];
  let v111 = sqrt(x98);
  let v113 = (v111 + 1e-7);
  let v114 = (x110 / v113);
  let v115 = (x2 - v114);
  out0[i] = v115;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 50176u) { return; }
  dlc_mid(i);
}

// ---- pipeline 31 (read, read, read, read_write)
// dlc kernel: sqrt %134 + add %135 + div %136 + sub %137
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x210 = in0[i];
  let x222 = in1[i];
  let x8 = in2[i];
  let v223 = sqrt(x210);
  let v225 = (v223 + 1e-7);
  let v226 = (x222 / v225);
  let v227 = (x8 - v226);
  out0[i] = v227;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 640u) { return; }
  dlc_mid(i);
}
