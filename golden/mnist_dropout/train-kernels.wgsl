// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,34,35] 16x1x1 matmul %1 + add %2 + relu %3 + greater %31 + cast %32 (models/mnist_dropout.ts:9:5)
//   #1 p1 [34,4,36] 16x1x1 dropout %4 (models/mnist_dropout.ts:10:5)
//   #2 p2 [36,5,6,34] 1x1x1 matmul %5 + add %6 (models/mnist_dropout.ts:11:5)
//   #3 p3 [1,37] 1x1x1 reduce_sum %21
//   #4 p4 [34,37,1,38] 1x1x1 softmax %7 + mul %22 + sub %23 + mul %25 (models/mnist_dropout.ts:11:5)
//   #5 p5 [34,1,19] 1x1x1 categorical_cross_entropy %8
//   #6 p6 [19,7,20] 1x1x1 mul %10 + add %11
//   #7 p7 [34,37] 1x1x1 argmax %12
//   #8 p7 [1,34] 1x1x1 argmax %13
//   #9 p8 [37,34,39] 1x1x1 equal %14 + cast %15
//   #10 p9 [39,37] 1x1x1 reduce_sum %17
//   #11 p10 [37,8,21] 1x1x1 reduce_sum %18 + add %19
//   #12 p11 [10,37] 1x1x1 pow %46 + sub %47
//   #13 p12 [10,9,37,39] 1x1x1 pow %49 + sub %50 + sqrt %51 + mul %52 + div %53
//   #14 p13 [38,17,18,39,6,22,23,24] 1x1x1 reduce_sum %26 + sub %84 + mul %85 + add %86 + square %87 + sub %88 + mul %89 + add %90 + mul %91 + sqrt %92 + add %93 + div %94 + sub %95 (models/mnist_dropout.ts:11:5)
//   #15 p14 [38,5,34] 16x1x1 matmul %27 (models/mnist_dropout.ts:11:5)
//   #16 p15 [36,38,15,16,39,25,26,37] 16x1x1 matmul %28 + sub %72 + mul %73 + add %74 + square %75 + sub %76 + mul %77 + add %78 + mul %79 (models/mnist_dropout.ts:11:5)
//   #17 p1 [34,4,36] 16x1x1 dropout %29 (models/mnist_dropout.ts:10:5)
//   #18 p16 [36,35,34] 16x1x1 mul %33 (models/mnist_dropout.ts:9:5)
//   #19 p17 [34,13,14,39,3,27,28,29] 4x1x1 reduce_sum %34 + sub %60 + mul %61 + add %62 + square %63 + sub %64 + mul %65 + add %66 + mul %67 + sqrt %68 + add %69 + div %70 + sub %71 (models/mnist_dropout.ts:9:5)
//   #20 p18 [0,34,11,12,39,30,31,35] 200x1x1 matmul %35 + sub %37 + mul %38 + add %39 + square %41 + sub %42 + mul %43 + add %44 + mul %54 (models/mnist_dropout.ts:9:5)
//   #21 p19 [31,35,2,32] 3136x1x1 sqrt %55 + add %57 + div %58 + sub %59
//   #22 p20 [26,37,5,33] 40x1x1 sqrt %80 + add %81 + div %82 + sub %83

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %1 + add %2 + relu %3 + greater %31 + cast %32 (models/mnist_dropout.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 256u;
  let x3 = in2[c1];
  let v9 = (acc + x3);
  let v10 = max(v9, 0.0);
  let v47 = (v9 > 0.0);
  let v48 = select(f32(0), f32(1), v47);
  out0[i] = v10;
  out1[i] = v48;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 16u) * 16u;
  let row0 = ((g / 16u) % 1u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
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
      if (gr < 256u && gk < 784u) { v = in1[bo + gr + gk * 256u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read, read_write)
// dlc kernel: dropout %4 (models/mnist_dropout.ts:10:5), dropout %29 (models/mnist_dropout.ts:10:5)
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
  if (i >= 1024u) { return; }
  out[i] = select(0.0, x[i] * 2.0, dlc_rng_hash(3773527930u, step[0], i) < 2147483648u);
}

// ---- pipeline 2 (read, read, read, read_write)
// dlc kernel: matmul %5 + add %6 (models/mnist_dropout.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x6 = in2[c1];
  let v13 = (acc + x6);
  out0[i] = v13;
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
  for (var k0 = 0u; k0 < 256u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 256u) { v = in0[ao + gr * 256u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 256u) { v = in1[bo + gr + gk * 10u]; }
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

// ---- pipeline 3 (read, read_write)
// dlc kernel: reduce_sum %21
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

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: softmax %7 + mul %22 + sub %23 + mul %25 (models/mnist_dropout.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x31 = in1[c0];
  let x1 = in2[i];
  let v32 = (acc * x31);
  let v33 = (v32 - x1);
  let v36 = (v33 * 0.25);
  out0[i] = v36;
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

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %8
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

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: mul %10 + add %11
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x15 = in0[i];
  let x18 = in1[i];
  let v17 = (x15 * 4.0);
  let v19 = (x18 + v17);
  out0[i] = v19;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: argmax %12, argmax %13
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

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: equal %14 + cast %15
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x20 = in0[i];
  let x21 = in1[i];
  let v22 = (x20 == x21);
  let v23 = select(f32(0), f32(1), v22);
  out0[i] = v23;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: reduce_sum %17
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
// dlc kernel: reduce_sum %18 + add %19
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x27 = in1[i];
  let v28 = (x27 + acc);
  out0[i] = v28;
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
// dlc kernel: pow %46 + sub %47
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x54 = in0[i];
  let v68 = dlc_pow(0.9, x54);
  let v69 = (1.0 - v68);
  out0[i] = v69;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: pow %49 + sub %50 + sqrt %51 + mul %52 + div %53
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
  let x54 = in0[i];
  let x53 = in1[i];
  let x69 = in2[i];
  let v72 = dlc_pow(0.999, x54);
  let v73 = (1.0 - v72);
  let v74 = sqrt(v73);
  let v75 = (x53 * v74);
  let v76 = (v75 / x69);
  out0[i] = v76;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %26 + sub %84 + mul %85 + add %86 + square %87 + sub %88 + mul %89 + add %90 + mul %91 + sqrt %92 + add %93 + div %94 + sub %95 (models/mnist_dropout.ts:11:5)
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
  let x139 = in1[i];
  let x140 = in2[i];
  let x76 = in3[0u];
  let x6 = in4[i];
  let v142 = (acc - x139);
  let v143 = (0.1 * v142);
  let v144 = (x139 + v143);
  let v146 = dlc_square_f32(acc);
  let v147 = (v146 - x140);
  let v148 = (0.001 * v147);
  let v149 = (x140 + v148);
  let v161 = (x76 * v144);
  let v162 = sqrt(v149);
  let v164 = (v162 + 1e-7);
  let v165 = (v161 / v164);
  let v166 = (x6 - v165);
  out0[i] = v144;
  out1[i] = v149;
  out2[i] = v166;
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

// ---- pipeline 14 (read, read, read_write)
// dlc kernel: matmul %27 (models/mnist_dropout.ts:11:5)
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
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 16u) * 16u;
  let row0 = ((g / 16u) % 1u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
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
      if (gr < 256u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_0_0); } }
}

// ---- pipeline 15 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %28 + sub %72 + mul %73 + add %74 + square %75 + sub %76 + mul %77 + add %78 + mul %79 (models/mnist_dropout.ts:11:5)
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
  let x111 = in2[i];
  let x112 = in3[i];
  let x76 = in4[0u];
  let v114 = (acc - x111);
  let v115 = (0.1 * v114);
  let v116 = (x111 + v115);
  let v118 = dlc_square_f32(acc);
  let v119 = (v118 - x112);
  let v120 = (0.001 * v119);
  let v121 = (x112 + v120);
  let v133 = (x76 * v116);
  out0[i] = v116;
  out1[i] = v121;
  out2[i] = v133;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 16u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 2560u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 256u && gk < 4u) { v = in0[ao + gr + gk * 256u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 256u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 16 (read, read, read_write)
// dlc kernel: mul %33 (models/mnist_dropout.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x45 = in0[i];
  let x48 = in1[i];
  let v49 = (x45 * x48);
  out0[i] = v49;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %34 + sub %60 + mul %61 + add %62 + square %63 + sub %64 + mul %65 + add %66 + mul %67 + sqrt %68 + add %69 + div %70 + sub %71 (models/mnist_dropout.ts:9:5)
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
  let x83 = in1[i];
  let x84 = in2[i];
  let x76 = in3[0u];
  let x3 = in4[i];
  let v86 = (acc - x83);
  let v87 = (0.1 * v86);
  let v88 = (x83 + v87);
  let v90 = dlc_square_f32(acc);
  let v91 = (v90 - x84);
  let v92 = (0.001 * v91);
  let v93 = (x84 + v92);
  let v105 = (x76 * v88);
  let v106 = sqrt(v93);
  let v108 = (v106 + 1e-7);
  let v109 = (v105 / v108);
  let v110 = (x3 - v109);
  out0[i] = v88;
  out1[i] = v93;
  out2[i] = v110;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  let base = ((i / 1u) % 256u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 256u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 18 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %35 + sub %37 + mul %38 + add %39 + square %41 + sub %42 + mul %43 + add %44 + mul %54 (models/mnist_dropout.ts:9:5)
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
  let x55 = in2[i];
  let x56 = in3[i];
  let x76 = in4[0u];
  let v58 = (acc - x55);
  let v59 = (0.1 * v58);
  let v60 = (x55 + v59);
  let v62 = dlc_square_f32(acc);
  let v63 = (v62 - x56);
  let v64 = (0.001 * v63);
  let v65 = (x56 + v64);
  let v77 = (x76 * v60);
  out0[i] = v60;
  out1[i] = v65;
  out2[i] = v77;
}
var<workgroup> As: array<f32, 528>;
var<workgroup> Bs: array<f32, 528>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 200u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 32u;
  let row0 = ((g / 8u) % 25u) * 32u;
  let bi = g / 200u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 200704u;
  var acc_0_0 = 0.0; var acc_0_1 = 0.0; var acc_1_0 = 0.0; var acc_1_1 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 784u && gk < 4u) { v = in0[ao + gr + gk * 784u]; }
      As[kk * 33u + r] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e % 32u; let kk = e / 32u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 256u && gk < 4u) { v = in1[bo + gr + gk * 256u]; }
      Bs[kk * 33u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 33u + ty + 0u]; let a1 = As[kk * 33u + ty + 16u];
      let b0 = Bs[kk * 33u + tx + 0u]; let b1 = Bs[kk * 33u + tx + 16u];
      acc_0_0 = fma(a0, b0, acc_0_0); acc_0_1 = fma(a0, b1, acc_0_1); acc_1_0 = fma(a1, b0, acc_1_0); acc_1_1 = fma(a1, b1, acc_1_1);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 784u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_0_0); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 16u; if (r < 784u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_0_1); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 0u; if (r < 784u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_1_0); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 16u; if (r < 784u && c < 256u) { dlc_mid(yo + r * 256u + c, acc_1_1); } }
}

// ---- pipeline 19 (read, read, read, read_write)
// dlc kernel: sqrt %55 + add %57 + div %58 + sub %59
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x65 = in0[i];
  let x77 = in1[i];
  let x2 = in2[i];
  let v78 = sqrt(x65);
  let v80 = (v78 + 1e-7);
  let v81 = (x77 / v80);
  let v82 = (x2 - v81);
  out0[i] = v82;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 200704u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read, read, read_write)
// dlc kernel: sqrt %80 + add %81 + div %82 + sub %83
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x121 = in0[i];
  let x133 = in1[i];
  let x5 = in2[i];
  let v134 = sqrt(x121);
  let v136 = (v134 + 1e-7);
  let v137 = (x133 / v136);
  let v138 = (x5 - v137);
  out0[i] = v138;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2560u) { return; }
  dlc_mid(i);
}
