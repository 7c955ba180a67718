// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,34,35] 8x1x1 matmul %0 + add %1 + relu %2 + greater %38 + cast %39 (models/mnist_mlp.ts:8:5)
//   #1 p1 [34,4,36] 8x1x1 dropout %3 (models/mnist_mlp.ts:9:5)
//   #2 p2 [36,5,6,34,37] 4x1x1 matmul %4 + add %5 + relu %6 + greater %31 + cast %32 (models/mnist_mlp.ts:10:5)
//   #3 p3 [34,7,8,38] 1x1x1 matmul %7 + add %8 (models/mnist_mlp.ts:11:5)
//   #4 p4 [1,39] 1x1x1 reduce_sum %22
//   #5 p5 [38,39,1,40] 1x1x1 softmax %9 + mul %23 + sub %24 + mul %26 (models/mnist_mlp.ts:11:5)
//   #6 p6 [38,1,19] 1x1x1 categorical_cross_entropy %10
//   #7 p7 [19,9,20] 1x1x1 mul %12 + add %13
//   #8 p8 [38,39] 1x1x1 argmax %14
//   #9 p8 [1,38] 1x1x1 argmax %15
//   #10 p9 [39,38,41] 1x1x1 equal %16 + cast %17
//   #11 p10 [41,39] 1x1x1 reduce_sum %19
//   #12 p11 [39,10,21] 1x1x1 reduce_sum %20 + add %21
//   #13 p12 [18,38] 1x1x1 mul %75
//   #14 p13 [40,11,38,8,22,23] 1x1x1 reduce_sum %27 + mul %74 + sub %76 + mul %77 + sub %78 + add %79 (models/mnist_mlp.ts:11:5)
//   #15 p14 [40,7,37,38] 4x1x1 matmul %28 + mul %33 (models/mnist_mlp.ts:11:5, models/mnist_mlp.ts:10:5)
//   #16 p15 [17,37] 10x1x1 mul %69
//   #17 p16 [34,40,11,37,7,24,25] 4x1x1 matmul %29 + mul %68 + sub %70 + mul %71 + sub %72 + add %73 (models/mnist_mlp.ts:11:5)
//   #18 p17 [16,34] 1x1x1 mul %63
//   #19 p18 [38,11,34,6,26,27] 1x1x1 reduce_sum %34 + mul %62 + sub %64 + mul %65 + sub %66 + add %67 (models/mnist_mlp.ts:10:5)
//   #20 p19 [38,5,34] 8x1x1 matmul %35 (models/mnist_mlp.ts:10:5)
//   #21 p20 [15,37] 128x1x1 mul %57
//   #22 p21 [36,38,11,37,5,28,29] 32x1x1 matmul %36 + mul %56 + sub %58 + mul %59 + sub %60 + add %61 (models/mnist_mlp.ts:10:5)
//   #23 p1 [34,4,36] 8x1x1 dropout %37 (models/mnist_mlp.ts:9:5)
//   #24 p22 [36,35,34] 8x1x1 mul %40 (models/mnist_mlp.ts:8:5)
//   #25 p23 [14,38] 2x1x1 mul %51
//   #26 p24 [34,11,38,3,30,31] 2x1x1 reduce_sum %41 + mul %50 + sub %52 + mul %53 + sub %54 + add %55 (models/mnist_mlp.ts:8:5)
//   #27 p25 [13,37] 1568x1x1 mul %45
//   #28 p26 [0,34,11,37,2,32,33] 392x1x1 matmul %42 + mul %43 + sub %46 + mul %47 + sub %48 + add %49 (models/mnist_mlp.ts:8:5)

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 + greater %38 + cast %39 (models/mnist_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x3 = in2[c1];
  let v10 = (acc + x3);
  let v11 = max(v10, 0.0);
  let v58 = (v10 > 0.0);
  let v59 = select(f32(0), f32(1), v58);
  out0[i] = v11;
  out1[i] = v59;
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
  let yo = bi * 512u;
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
      if (gr < 128u && gk < 784u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read, read_write)
// dlc kernel: dropout %3 (models/mnist_mlp.ts:9:5), dropout %37 (models/mnist_mlp.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> step: array<u32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_rng_mix(h: u32, k: u32) -> u32 {
  var m = k * 3432918353u;
  m = ((m << 15u) | (m >> 17u)) * 461845907u;
  let x = h ^ m;
  return ((x << 13u) | (x >> 19u)) * 5u + 3864292196u;
}
fn dlc_rng_fmix(h0: u32) -> u32 {
  var h = h0;
  h ^= h >> 16u;
  h *= 2246822507u;
  h ^= h >> 13u;
  h *= 3266489909u;
  h ^= h >> 16u;
  return h;
}
fn dlc_rng_hash(seed: u32, step: u32, index: u32) -> u32 {
  return dlc_rng_fmix(dlc_rng_mix(dlc_rng_mix(seed, index), step) ^ 8u);
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  out[i] = select(0.0, x[i] * 1.25, dlc_rng_hash(987256456u, step[0], i) < 3435973837u);
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: matmul %4 + add %5 + relu %6 + greater %31 + cast %32 (models/mnist_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x6 = in2[c1];
  let v14 = (acc + x6);
  let v15 = max(v14, 0.0);
  let v50 = (v14 > 0.0);
  let v51 = select(f32(0), f32(1), v50);
  out0[i] = v15;
  out1[i] = v51;
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
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 128u) { v = in1[bo + gr + gk * 64u]; }
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

// ---- pipeline 3 (read, read, read, read_write)
// dlc kernel: matmul %7 + add %8 (models/mnist_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x8 = in2[c1];
  let v17 = (acc + x8);
  out0[i] = v17;
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

// ---- pipeline 4 (read, read_write)
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
  let base = ((i / 1u) % 4u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: softmax %9 + mul %23 + sub %24 + mul %26 (models/mnist_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x35 = in1[c0];
  let x1 = in2[i];
  let v36 = (acc * x35);
  let v37 = (v36 - x1);
  let v40 = (v37 * 0.25);
  out0[i] = v40;
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

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %10
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

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: mul %12 + add %13
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x19 = in0[i];
  let x22 = in1[i];
  let v21 = (x19 * 4.0);
  let v23 = (x22 + v21);
  out0[i] = v23;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: argmax %14, argmax %15
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

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: equal %16 + cast %17
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x24 = in0[i];
  let x25 = in1[i];
  let v26 = (x24 == x25);
  let v27 = select(f32(0), f32(1), v26);
  out0[i] = v27;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: reduce_sum %19
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

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: reduce_sum %20 + add %21
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x31 = in1[i];
  let v32 = (x31 + acc);
  out0[i] = v32;
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

// ---- pipeline 12 (read, read_write)
// dlc kernel: mul %75
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x113 = in0[i];
  let v114 = (0.9 * x113);
  out0[i] = v114;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %27 + mul %74 + sub %76 + mul %77 + sub %78 + add %79 (models/mnist_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x64 = in1[0u];
  let x114 = in2[i];
  let x8 = in3[i];
  let v111 = (x64 * acc);
  let v115 = (x114 - v111);
  let v117 = (0.9 * v115);
  let v118 = (v117 - v111);
  let v119 = (x8 + v118);
  out0[i] = v115;
  out1[i] = v119;
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

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: matmul %28 + mul %33 (models/mnist_mlp.ts:11:5, models/mnist_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x51 = in2[i];
  let v52 = (acc * x51);
  out0[i] = v52;
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

// ---- pipeline 15 (read, read_write)
// dlc kernel: mul %69
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x104 = in0[i];
  let v105 = (0.9 * x104);
  out0[i] = v105;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 640u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %29 + mul %68 + sub %70 + mul %71 + sub %72 + add %73 (models/mnist_mlp.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x64 = in2[0u];
  let x105 = in3[i];
  let x7 = in4[i];
  let v102 = (x64 * acc);
  let v106 = (x105 - v102);
  let v108 = (0.9 * v106);
  let v109 = (v108 - v102);
  let v110 = (x7 + v109);
  out0[i] = v106;
  out1[i] = v110;
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

// ---- pipeline 17 (read, read_write)
// dlc kernel: mul %63
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x95 = in0[i];
  let v96 = (0.9 * x95);
  out0[i] = v96;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 18 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %34 + mul %62 + sub %64 + mul %65 + sub %66 + add %67 (models/mnist_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x64 = in1[0u];
  let x96 = in2[i];
  let x6 = in3[i];
  let v93 = (x64 * acc);
  let v97 = (x96 - v93);
  let v99 = (0.9 * v97);
  let v100 = (v99 - v93);
  let v101 = (x6 + v100);
  out0[i] = v97;
  out1[i] = v101;
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

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: matmul %35 (models/mnist_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
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
  let yo = bi * 512u;
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
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 64u) { v = in1[bo + gr * 64u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: mul %57
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x86 = in0[i];
  let v87 = (0.9 * x86);
  out0[i] = v87;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 21 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %36 + mul %56 + sub %58 + mul %59 + sub %60 + add %61 (models/mnist_mlp.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x64 = in2[0u];
  let x87 = in3[i];
  let x5 = in4[i];
  let v84 = (x64 * acc);
  let v88 = (x87 - v84);
  let v90 = (0.9 * v88);
  let v91 = (v90 - v84);
  let v92 = (x5 + v91);
  out0[i] = v88;
  out1[i] = v92;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 8u) * 16u;
  let bi = g / 32u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 8192u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in0[ao + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: mul %40 (models/mnist_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x56 = in0[i];
  let x59 = in1[i];
  let v60 = (x56 * x59);
  out0[i] = v60;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: mul %51
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x77 = in0[i];
  let v78 = (0.9 * x77);
  out0[i] = v78;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %41 + mul %50 + sub %52 + mul %53 + sub %54 + add %55 (models/mnist_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x64 = in1[0u];
  let x78 = in2[i];
  let x3 = in3[i];
  let v75 = (x64 * acc);
  let v79 = (x78 - v75);
  let v81 = (0.9 * v79);
  let v82 = (v81 - v75);
  let v83 = (x3 + v82);
  out0[i] = v79;
  out1[i] = v83;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 128u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: mul %45
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x68 = in0[i];
  let v69 = (0.9 * x68);
  out0[i] = v69;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100352u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %42 + mul %43 + sub %46 + mul %47 + sub %48 + add %49 (models/mnist_mlp.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x64 = in2[0u];
  let x69 = in3[i];
  let x2 = in4[i];
  let v66 = (x64 * acc);
  let v70 = (x69 - v66);
  let v72 = (0.9 * v70);
  let v73 = (v72 - v66);
  let v74 = (x2 + v73);
  out0[i] = v70;
  out1[i] = v74;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 392u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 49u) * 16u;
  let bi = g / 392u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 100352u;
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
      if (gr < 128u && gk < 4u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 784u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}
