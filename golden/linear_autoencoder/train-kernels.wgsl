// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,33] 1x1x1 matmul %0 + add %1 (models/linear_autoencoder.ts:9:5)
//   #1 p1 [33,4,5,1,34,35,36] 1x1x1 matmul %2 + add %3 + sub %8 + abs %9 + mul %16 + mul %17 (models/linear_autoencoder.ts:10:5)
//   #2 p2 [34,1,18] 1x1x1 mse %4
//   #3 p3 [18,6,19] 1x1x1 mul %6 + add %7
//   #4 p4 [35,34] 1x1x1 reduce_sum %10
//   #5 p5 [34,7,20] 1x1x1 reduce_sum %11 + add %12
//   #6 p6 [9,34] 1x1x1 pow %33 + sub %34
//   #7 p7 [9,8,34,35] 1x1x1 pow %36 + sub %37 + sqrt %38 + mul %39 + div %40
//   #8 p8 [36,16,17,35,5,21,22,23] 1x1x1 reduce_sum %18 + sub %71 + mul %72 + add %73 + square %74 + sub %75 + mul %76 + add %77 + mul %78 + sqrt %79 + add %80 + div %81 + sub %82 (models/linear_autoencoder.ts:10:5)
//   #9 p9 [36,4,34] 1x1x1 matmul %19 (models/linear_autoencoder.ts:10:5)
//   #10 p10 [33,36,14,15,35,24,25,37] 1x1x1 matmul %20 + sub %59 + mul %60 + add %61 + square %62 + sub %63 + mul %64 + add %65 + mul %66 (models/linear_autoencoder.ts:10:5)
//   #11 p11 [34,12,13,35,3,26,27,28] 1x1x1 reduce_sum %21 + sub %47 + mul %48 + add %49 + square %50 + sub %51 + mul %52 + add %53 + mul %54 + sqrt %55 + add %56 + div %57 + sub %58 (models/linear_autoencoder.ts:9:5)
//   #12 p12 [0,34,10,11,35,29,30,36] 1x1x1 matmul %22 + sub %24 + mul %25 + add %26 + square %28 + sub %29 + mul %30 + add %31 + mul %41 (models/linear_autoencoder.ts:9:5)
//   #13 p13 [30,36,2,31] 1x1x1 sqrt %42 + add %44 + div %45 + sub %46
//   #14 p14 [25,37,4,32] 1x1x1 sqrt %67 + add %68 + div %69 + sub %70

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %0 + add %1 (models/linear_autoencoder.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 2u;
  let x3 = in2[c1];
  let v7 = (acc + x3);
  out0[i] = v7;
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
  let yo = bi * 8u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2u && gk < 8u) { v = in1[bo + gr + gk * 2u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 2u) { dlc_mid(yo + r * 2u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %2 + add %3 + sub %8 + abs %9 + mul %16 + mul %17 (models/linear_autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x5 = in2[c1];
  let x1 = in3[i];
  let v9 = (acc + x5);
  let v15 = (v9 - x1);
  let v16 = abs(v15);
  let v27 = (v15 * 2.0);
  let v29 = (v27 * 0.03125);
  out0[i] = v9;
  out1[i] = v16;
  out2[i] = v29;
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
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 2u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 2u) { v = in0[ao + gr * 2u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 2u) { v = in1[bo + gr + gk * 8u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 2 (read, read, read_write)
// dlc kernel: mse %4
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

fn dlc_term(k: u32) -> f32 {
  let p = pred[k];
  let t = tgt[k];
  return (p - t) * (p - t);
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
  for (var k = lane; k < 32u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[0] = total / 32.0; }
}

// ---- pipeline 3 (read, read, read_write)
// dlc kernel: mul %6 + add %7
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x10 = in0[i];
  let x13 = in1[i];
  let v12 = (x10 * 4.0);
  let v14 = (x13 + v12);
  out0[i] = v14;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: reduce_sum %10
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 8u;
  var acc = 0.0;
  for (var j = 0u; j < 8u; j++) { acc = acc + in0[base + ((j / 1u) % 8u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: reduce_sum %11 + add %12
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x20 = in1[i];
  let v21 = (x20 + acc);
  out0[i] = v21;
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

// ---- pipeline 6 (read, read_write)
// dlc kernel: pow %33 + sub %34
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x38 = in0[i];
  let v52 = dlc_pow(0.9, x38);
  let v53 = (1.0 - v52);
  out0[i] = v53;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: pow %36 + sub %37 + sqrt %38 + mul %39 + div %40
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
  let x38 = in0[i];
  let x37 = in1[i];
  let x53 = in2[i];
  let v56 = dlc_pow(0.999, x38);
  let v57 = (1.0 - v56);
  let v58 = sqrt(v57);
  let v59 = (x37 * v58);
  let v60 = (v59 / x53);
  out0[i] = v60;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 8 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %18 + sub %71 + mul %72 + add %73 + square %74 + sub %75 + mul %76 + add %77 + mul %78 + sqrt %79 + add %80 + div %81 + sub %82 (models/linear_autoencoder.ts:10:5)
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
  let x123 = in1[i];
  let x124 = in2[i];
  let x60 = in3[0u];
  let x5 = in4[i];
  let v126 = (acc - x123);
  let v127 = (0.1 * v126);
  let v128 = (x123 + v127);
  let v130 = dlc_square_f32(acc);
  let v131 = (v130 - x124);
  let v132 = (0.001 * v131);
  let v133 = (x124 + v132);
  let v145 = (x60 * v128);
  let v146 = sqrt(v133);
  let v148 = (v146 + 1e-7);
  let v149 = (v145 / v148);
  let v150 = (x5 - v149);
  out0[i] = v128;
  out1[i] = v133;
  out2[i] = v150;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8u) { return; }
  let base = ((i / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 8u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: matmul %19 (models/linear_autoencoder.ts:10:5)
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
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 8u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2u && gk < 8u) { v = in1[bo + gr * 8u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 2u) { dlc_mid(yo + r * 2u + c, acc_0_0); } }
}

// ---- pipeline 10 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %20 + sub %59 + mul %60 + add %61 + square %62 + sub %63 + mul %64 + add %65 + mul %66 (models/linear_autoencoder.ts:10:5)
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
  let x95 = in2[i];
  let x96 = in3[i];
  let x60 = in4[0u];
  let v98 = (acc - x95);
  let v99 = (0.1 * v98);
  let v100 = (x95 + v99);
  let v102 = dlc_square_f32(acc);
  let v103 = (v102 - x96);
  let v104 = (0.001 * v103);
  let v105 = (x96 + v104);
  let v117 = (x60 * v100);
  out0[i] = v100;
  out1[i] = v105;
  out2[i] = v117;
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
  let yo = bi * 16u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2u && gk < 4u) { v = in0[ao + gr + gk * 2u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 4u) { v = in1[bo + gr + gk * 8u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 2u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 11 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %21 + sub %47 + mul %48 + add %49 + square %50 + sub %51 + mul %52 + add %53 + mul %54 + sqrt %55 + add %56 + div %57 + sub %58 (models/linear_autoencoder.ts:9:5)
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
  let x67 = in1[i];
  let x68 = in2[i];
  let x60 = in3[0u];
  let x3 = in4[i];
  let v70 = (acc - x67);
  let v71 = (0.1 * v70);
  let v72 = (x67 + v71);
  let v74 = dlc_square_f32(acc);
  let v75 = (v74 - x68);
  let v76 = (0.001 * v75);
  let v77 = (x68 + v76);
  let v89 = (x60 * v72);
  let v90 = sqrt(v77);
  let v92 = (v90 + 1e-7);
  let v93 = (v89 / v92);
  let v94 = (x3 - v93);
  out0[i] = v72;
  out1[i] = v77;
  out2[i] = v94;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2u) { return; }
  let base = ((i / 1u) % 2u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 2u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %22 + sub %24 + mul %25 + add %26 + square %28 + sub %29 + mul %30 + add %31 + mul %41 (models/linear_autoencoder.ts:9:5)
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
  let x39 = in2[i];
  let x40 = in3[i];
  let x60 = in4[0u];
  let v42 = (acc - x39);
  let v43 = (0.1 * v42);
  let v44 = (x39 + v43);
  let v46 = dlc_square_f32(acc);
  let v47 = (v46 - x40);
  let v48 = (0.001 * v47);
  let v49 = (x40 + v48);
  let v61 = (x60 * v44);
  out0[i] = v44;
  out1[i] = v49;
  out2[i] = v61;
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
  let yo = bi * 16u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 4u) { v = in0[ao + gr + gk * 8u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 2u && gk < 4u) { v = in1[bo + gr + gk * 2u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 2u) { dlc_mid(yo + r * 2u + c, acc_0_0); } }
}

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: sqrt %42 + add %44 + div %45 + sub %46
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x49 = in0[i];
  let x61 = in1[i];
  let x2 = in2[i];
  let v62 = sqrt(x49);
  let v64 = (v62 + 1e-7);
  let v65 = (x61 / v64);
  let v66 = (x2 - v65);
  out0[i] = v66;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: sqrt %67 + add %68 + div %69 + sub %70
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x105 = in0[i];
  let x117 = in1[i];
  let x4 = in2[i];
  let v118 = sqrt(x105);
  let v120 = (v118 + 1e-7);
  let v121 = (x117 / v120);
  let v122 = (x4 - v121);
  out0[i] = v122;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}
