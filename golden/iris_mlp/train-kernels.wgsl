// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,45,46] 2x1x1 matmul %0 + add %1 + relu %2 + greater %37 + cast %38 (models/iris_mlp.ts:8:5)
//   #1 p1 [45,4,5,47,48] 1x1x1 matmul %3 + add %4 + relu %5 + greater %31 + cast %32 (models/iris_mlp.ts:9:5)
//   #2 p2 [47,6,7,49] 1x1x1 matmul %6 + add %7 (models/iris_mlp.ts:10:5)
//   #3 p3 [1,50] 1x1x1 reduce_sum %22
//   #4 p4 [49,50,1,51] 1x1x1 softmax %8 + mul %23 + sub %24 + mul %26 (models/iris_mlp.ts:10:5)
//   #5 p5 [49,1,24] 1x1x1 categorical_cross_entropy %9
//   #6 p6 [24,8,25] 1x1x1 mul %11 + add %12
//   #7 p7 [49,50] 1x1x1 argmax %13
//   #8 p7 [1,49] 1x1x1 argmax %14
//   #9 p8 [50,49,52] 1x1x1 equal %15 + cast %16
//   #10 p9 [52,50] 1x1x1 reduce_sum %18
//   #11 p10 [50,9,26] 1x1x1 reduce_sum %19 + add %20
//   #12 p11 [11,50] 1x1x1 pow %52 + sub %53
//   #13 p12 [11,10,50,52] 1x1x1 pow %55 + sub %56 + sqrt %57 + mul %58 + div %59
//   #14 p13 [51,22,23,52,7,27,28,29] 1x1x1 reduce_sum %27 + sub %114 + mul %115 + add %116 + square %117 + sub %118 + mul %119 + add %120 + mul %121 + sqrt %122 + add %123 + div %124 + sub %125 (models/iris_mlp.ts:10:5)
//   #15 p14 [51,6,48,49] 1x1x1 matmul %28 + mul %33 (models/iris_mlp.ts:10:5, models/iris_mlp.ts:9:5)
//   #16 p15 [47,51,20,21,52,30,31,48] 1x1x1 matmul %29 + sub %102 + mul %103 + add %104 + square %105 + sub %106 + mul %107 + add %108 + mul %109 (models/iris_mlp.ts:10:5)
//   #17 p16 [49,18,19,52,5,32,33,34] 1x1x1 reduce_sum %34 + sub %90 + mul %91 + add %92 + square %93 + sub %94 + mul %95 + add %96 + mul %97 + sqrt %98 + add %99 + div %100 + sub %101 (models/iris_mlp.ts:9:5)
//   #18 p17 [49,4,46,47] 2x1x1 matmul %35 + mul %39 (models/iris_mlp.ts:9:5, models/iris_mlp.ts:8:5)
//   #19 p18 [45,49,16,17,52,35,36,46] 2x1x1 matmul %36 + sub %78 + mul %79 + add %80 + square %81 + sub %82 + mul %83 + add %84 + mul %85 (models/iris_mlp.ts:9:5)
//   #20 p19 [47,14,15,52,3,37,38,39] 1x1x1 reduce_sum %40 + sub %66 + mul %67 + add %68 + square %69 + sub %70 + mul %71 + add %72 + mul %73 + sqrt %74 + add %75 + div %76 + sub %77 (models/iris_mlp.ts:8:5)
//   #21 p20 [0,47,12,13,52,40,41,45] 2x1x1 matmul %41 + sub %43 + mul %44 + add %45 + square %47 + sub %48 + mul %49 + add %50 + mul %60 (models/iris_mlp.ts:8:5)
//   #22 p21 [41,45,2,42] 2x1x1 sqrt %61 + add %63 + div %64 + sub %65
//   #23 p22 [36,46,4,43] 8x1x1 sqrt %86 + add %87 + div %88 + sub %89
//   #24 p23 [31,48,6,44] 1x1x1 sqrt %110 + add %111 + div %112 + sub %113

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 + greater %37 + cast %38 (models/iris_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x3 = in2[c1];
  let v9 = (acc + x3);
  let v10 = max(v9, 0.0);
  let v55 = (v9 > 0.0);
  let v56 = select(f32(0), f32(1), v55);
  out0[i] = v10;
  out1[i] = v56;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 128u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 4u) { v = in0[ao + gr * 4u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 4u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: matmul %3 + add %4 + relu %5 + greater %31 + cast %32 (models/iris_mlp.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x5 = in2[c1];
  let v12 = (acc + x5);
  let v13 = max(v12, 0.0);
  let v48 = (v12 > 0.0);
  let v49 = select(f32(0), f32(1), v48);
  out0[i] = v13;
  out1[i] = v49;
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
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 16u && gk < 32u) { v = in1[bo + gr + gk * 16u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 16u) { dlc_mid(yo + r * 16u + c, acc_0_0); } }
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %6 + add %7 (models/iris_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 3u;
  let x7 = in2[c1];
  let v15 = (acc + x7);
  out0[i] = v15;
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
  let yo = bi * 12u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 16u) { v = in0[ao + gr * 16u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 3u && gk < 16u) { v = in1[bo + gr + gk * 3u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 3u) { dlc_mid(yo + r * 3u + c, acc_0_0); } }
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: reduce_sum %22
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 3u;
  var acc = 0.0;
  for (var j = 0u; j < 3u; j++) { acc = acc + in0[base + ((j / 1u) % 3u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: softmax %8 + mul %23 + sub %24 + mul %26 (models/iris_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 3u);
  let x33 = in1[c0];
  let x1 = in2[i];
  let v34 = (acc * x33);
  let v35 = (v34 - x1);
  let v38 = (v35 * 0.25);
  out0[i] = v38;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 3u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 3u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 3u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 3u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %9
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_row_norm(base: u32) -> f32 {
  var m = pred[base];
  for (var k = 1u; k < 3u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 3u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let base = k * 3u;
  let z = dlc_row_norm(base);
  var loss = 0.0;
  for (var c = 0u; c < 3u; c++) { loss -= tgt[base + c] * dlc_log_q(pred[base + c], z); }
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

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: mul %11 + add %12
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x17 = in0[i];
  let x20 = in1[i];
  let v19 = (x17 * 4.0);
  let v21 = (x20 + v19);
  out0[i] = v21;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: argmax %13, argmax %14
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = i * 3u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 3u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: equal %15 + cast %16
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x22 = in0[i];
  let x23 = in1[i];
  let v24 = (x22 == x23);
  let v25 = select(f32(0), f32(1), v24);
  out0[i] = v25;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: reduce_sum %18
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

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: reduce_sum %19 + add %20
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x29 = in1[i];
  let v30 = (x29 + acc);
  out0[i] = v30;
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

// ---- pipeline 11 (read, read_write)
// dlc kernel: pow %52 + sub %53
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x62 = in0[i];
  let v76 = dlc_pow(0.9, x62);
  let v77 = (1.0 - v76);
  out0[i] = v77;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: pow %55 + sub %56 + sqrt %57 + mul %58 + div %59
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
  let x62 = in0[i];
  let x61 = in1[i];
  let x77 = in2[i];
  let v80 = dlc_pow(0.999, x62);
  let v81 = (1.0 - v80);
  let v82 = sqrt(v81);
  let v83 = (x61 * v82);
  let v84 = (v83 / x77);
  out0[i] = v84;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %27 + sub %114 + mul %115 + add %116 + square %117 + sub %118 + mul %119 + add %120 + mul %121 + sqrt %122 + add %123 + div %124 + sub %125 (models/iris_mlp.ts:10:5)
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
  let x203 = in1[i];
  let x204 = in2[i];
  let x84 = in3[0u];
  let x7 = in4[i];
  let v206 = (acc - x203);
  let v207 = (0.1 * v206);
  let v208 = (x203 + v207);
  let v210 = dlc_square_f32(acc);
  let v211 = (v210 - x204);
  let v212 = (0.001 * v211);
  let v213 = (x204 + v212);
  let v225 = (x84 * v208);
  let v226 = sqrt(v213);
  let v228 = (v226 + 1e-7);
  let v229 = (v225 / v228);
  let v230 = (x7 - v229);
  out0[i] = v208;
  out1[i] = v213;
  out2[i] = v230;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 3u) { return; }
  let base = ((i / 1u) % 3u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 3u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: matmul %28 + mul %33 (models/iris_mlp.ts:10:5, models/iris_mlp.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x49 = in2[i];
  let v50 = (acc * x49);
  out0[i] = v50;
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
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 3u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 3u) { v = in0[ao + gr * 3u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 16u && gk < 3u) { v = in1[bo + gr * 3u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 16u) { dlc_mid(yo + r * 16u + c, acc_0_0); } }
}

// ---- pipeline 15 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %29 + sub %102 + mul %103 + add %104 + square %105 + sub %106 + mul %107 + add %108 + mul %109 (models/iris_mlp.ts:10:5)
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
  let x175 = in2[i];
  let x176 = in3[i];
  let x84 = in4[0u];
  let v178 = (acc - x175);
  let v179 = (0.1 * v178);
  let v180 = (x175 + v179);
  let v182 = dlc_square_f32(acc);
  let v183 = (v182 - x176);
  let v184 = (0.001 * v183);
  let v185 = (x176 + v184);
  let v197 = (x84 * v180);
  out0[i] = v180;
  out1[i] = v185;
  out2[i] = v197;
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
  let yo = bi * 48u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 16u && gk < 4u) { v = in0[ao + gr + gk * 16u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 3u && gk < 4u) { v = in1[bo + gr + gk * 3u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 16u && c < 3u) { dlc_mid(yo + r * 3u + c, acc_0_0); } }
}

// ---- pipeline 16 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %34 + sub %90 + mul %91 + add %92 + square %93 + sub %94 + mul %95 + add %96 + mul %97 + sqrt %98 + add %99 + div %100 + sub %101 (models/iris_mlp.ts:9:5)
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
  let x147 = in1[i];
  let x148 = in2[i];
  let x84 = in3[0u];
  let x5 = in4[i];
  let v150 = (acc - x147);
  let v151 = (0.1 * v150);
  let v152 = (x147 + v151);
  let v154 = dlc_square_f32(acc);
  let v155 = (v154 - x148);
  let v156 = (0.001 * v155);
  let v157 = (x148 + v156);
  let v169 = (x84 * v152);
  let v170 = sqrt(v157);
  let v172 = (v170 + 1e-7);
  let v173 = (v169 / v172);
  let v174 = (x5 - v173);
  out0[i] = v152;
  out1[i] = v157;
  out2[i] = v174;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  let base = ((i / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 16u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %35 + mul %39 (models/iris_mlp.ts:9:5, models/iris_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x56 = in2[i];
  let v57 = (acc * x56);
  out0[i] = v57;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 128u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 16u) { v = in0[ao + gr * 16u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 16u) { v = in1[bo + gr * 16u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %36 + sub %78 + mul %79 + add %80 + square %81 + sub %82 + mul %83 + add %84 + mul %85 (models/iris_mlp.ts:9:5)
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
  let x119 = in2[i];
  let x120 = in3[i];
  let x84 = in4[0u];
  let v122 = (acc - x119);
  let v123 = (0.1 * v122);
  let v124 = (x119 + v123);
  let v126 = dlc_square_f32(acc);
  let v127 = (v126 - x120);
  let v128 = (0.001 * v127);
  let v129 = (x120 + v128);
  let v141 = (x84 * v124);
  out0[i] = v124;
  out1[i] = v129;
  out2[i] = v141;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 2u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 512u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 4u) { v = in0[ao + gr + gk * 32u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 16u && gk < 4u) { v = in1[bo + gr + gk * 16u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 16u) { dlc_mid(yo + r * 16u + c, acc_0_0); } }
}

// ---- pipeline 19 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %40 + sub %66 + mul %67 + add %68 + square %69 + sub %70 + mul %71 + add %72 + mul %73 + sqrt %74 + add %75 + div %76 + sub %77 (models/iris_mlp.ts:8:5)
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
  let x91 = in1[i];
  let x92 = in2[i];
  let x84 = in3[0u];
  let x3 = in4[i];
  let v94 = (acc - x91);
  let v95 = (0.1 * v94);
  let v96 = (x91 + v95);
  let v98 = dlc_square_f32(acc);
  let v99 = (v98 - x92);
  let v100 = (0.001 * v99);
  let v101 = (x92 + v100);
  let v113 = (x84 * v96);
  let v114 = sqrt(v101);
  let v116 = (v114 + 1e-7);
  let v117 = (v113 / v116);
  let v118 = (x3 - v117);
  out0[i] = v96;
  out1[i] = v101;
  out2[i] = v118;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 20 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %41 + sub %43 + mul %44 + add %45 + square %47 + sub %48 + mul %49 + add %50 + mul %60 (models/iris_mlp.ts:8:5)
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
  let x63 = in2[i];
  let x64 = in3[i];
  let x84 = in4[0u];
  let v66 = (acc - x63);
  let v67 = (0.1 * v66);
  let v68 = (x63 + v67);
  let v70 = dlc_square_f32(acc);
  let v71 = (v70 - x64);
  let v72 = (0.001 * v71);
  let v73 = (x64 + v72);
  let v85 = (x84 * v68);
  out0[i] = v68;
  out1[i] = v73;
  out2[i] = v85;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 128u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 4u) { v = in0[ao + gr + gk * 4u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 4u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 21 (read, read, read, read_write)
// dlc kernel: sqrt %61 + add %63 + div %64 + sub %65
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x73 = in0[i];
  let x85 = in1[i];
  let x2 = in2[i];
  let v86 = sqrt(x73);
  let v88 = (v86 + 1e-7);
  let v89 = (x85 / v88);
  let v90 = (x2 - v89);
  out0[i] = v90;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: sqrt %86 + add %87 + div %88 + sub %89
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x129 = in0[i];
  let x141 = in1[i];
  let x4 = in2[i];
  let v142 = sqrt(x129);
  let v144 = (v142 + 1e-7);
  let v145 = (x141 / v144);
  let v146 = (x4 - v145);
  out0[i] = v146;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read, read, read_write)
// dlc kernel: sqrt %110 + add %111 + div %112 + sub %113
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x185 = in0[i];
  let x197 = in1[i];
  let x6 = in2[i];
  let v198 = sqrt(x185);
  let v200 = (v198 + 1e-7);
  let v201 = (x197 / v200);
  let v202 = (x6 - v201);
  out0[i] = v202;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  dlc_mid(i);
}
