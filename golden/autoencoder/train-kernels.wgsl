// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,57,58] 8x1x1 matmul %0 + add %1 + relu %2 + greater %45 + cast %46 (models/autoencoder.ts:10:5)
//   #1 p1 [57,4,5,59,60] 2x1x1 matmul %3 + add %4 + relu %5 + greater %39 + cast %40 (models/autoencoder.ts:11:5)
//   #2 p2 [59,6,7,61,62] 8x1x1 matmul %6 + add %7 + relu %8 + greater %33 + cast %34 (models/autoencoder.ts:12:5)
//   #3 p3 [61,8,9,1,63,64,65] 49x1x1 matmul %9 + add %10 + sigmoid %11 + sub %16 + abs %17 + mul %24 + mul %25 + sub %26 + mul %27 + mul %28 (models/autoencoder.ts:13:5)
//   #4 p4 [63,1,30] 1x1x1 mse %12
//   #5 p5 [30,10,31] 1x1x1 mul %14 + add %15
//   #6 p6 [64,63] 4x1x1 reduce_sum %18
//   #7 p7 [63,11,32] 1x1x1 reduce_sum %19 + add %20
//   #8 p8 [13,63] 1x1x1 pow %60 + sub %61
//   #9 p9 [13,12,63,64] 1x1x1 pow %63 + sub %64 + sqrt %65 + mul %66 + div %67
//   #10 p10 [65,28,29,64,9,33,34,35] 13x1x1 reduce_sum %29 + sub %146 + mul %147 + add %148 + square %149 + sub %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/autoencoder.ts:13:5)
//   #11 p11 [65,8,62,63] 8x1x1 matmul %30 + mul %35 (models/autoencoder.ts:13:5, models/autoencoder.ts:12:5)
//   #12 p12 [61,65,26,27,64,36,37,62] 392x1x1 matmul %31 + sub %134 + mul %135 + add %136 + square %137 + sub %138 + mul %139 + add %140 + mul %141 (models/autoencoder.ts:13:5)
//   #13 p13 [63,24,25,64,7,38,39,40] 2x1x1 reduce_sum %36 + sub %122 + mul %123 + add %124 + square %125 + sub %126 + mul %127 + add %128 + mul %129 + sqrt %130 + add %131 + div %132 + sub %133 (models/autoencoder.ts:12:5)
//   #14 p14 [63,6,60,61] 2x1x1 matmul %37 + mul %41 (models/autoencoder.ts:12:5, models/autoencoder.ts:11:5)
//   #15 p15 [59,63,22,23,64,41,42,65] 16x1x1 matmul %38 + sub %110 + mul %111 + add %112 + square %113 + sub %114 + mul %115 + add %116 + mul %117 (models/autoencoder.ts:12:5)
//   #16 p16 [61,20,21,64,5,43,44,45] 1x1x1 reduce_sum %42 + sub %98 + mul %99 + add %100 + square %101 + sub %102 + mul %103 + add %104 + mul %105 + sqrt %106 + add %107 + div %108 + sub %109 (models/autoencoder.ts:11:5)
//   #17 p17 [61,4,58,63] 8x1x1 matmul %43 + mul %47 (models/autoencoder.ts:11:5, models/autoencoder.ts:10:5)
//   #18 p18 [57,61,18,19,64,46,47,58] 16x1x1 matmul %44 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 (models/autoencoder.ts:11:5)
//   #19 p19 [63,16,17,64,3,48,49,50] 2x1x1 reduce_sum %48 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/autoencoder.ts:10:5)
//   #20 p20 [0,63,14,15,64,51,52,57] 392x1x1 matmul %49 + sub %51 + mul %52 + add %53 + square %55 + sub %56 + mul %57 + add %58 + mul %68 (models/autoencoder.ts:10:5)
//   #21 p21 [52,57,2,53] 1568x1x1 sqrt %69 + add %71 + div %72 + sub %73
//   #22 p22 [47,58,4,54] 64x1x1 sqrt %94 + add %95 + div %96 + sub %97
//   #23 p23 [42,65,6,55] 64x1x1 sqrt %118 + add %119 + div %120 + sub %121
//   #24 p24 [37,62,8,56] 1568x1x1 sqrt %142 + add %143 + div %144 + sub %145

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: matmul %0 + add %1 + relu %2 + greater %45 + cast %46 (models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x3 = in2[c1];
  let v11 = (acc + x3);
  let v12 = max(v11, 0.0);
  let v65 = (v11 > 0.0);
  let v66 = select(f32(0), f32(1), v65);
  out0[i] = v12;
  out1[i] = v66;
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

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: matmul %3 + add %4 + relu %5 + greater %39 + cast %40 (models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x5 = in2[c1];
  let v14 = (acc + x5);
  let v15 = max(v14, 0.0);
  let v58 = (v14 > 0.0);
  let v59 = select(f32(0), f32(1), v58);
  out0[i] = v15;
  out1[i] = v59;
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
      if (gr < 32u && gk < 128u) { v = in1[bo + gr + gk * 32u]; }
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

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: matmul %6 + add %7 + relu %8 + greater %33 + cast %34 (models/autoencoder.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x7 = in2[c1];
  let v17 = (acc + x7);
  let v18 = max(v17, 0.0);
  let v51 = (v17 > 0.0);
  let v52 = select(f32(0), f32(1), v51);
  out0[i] = v18;
  out1[i] = v52;
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
      if (gr < 128u && gk < 32u) { v = in1[bo + gr + gk * 128u]; }
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

// ---- pipeline 3 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %9 + add %10 + sigmoid %11 + sub %16 + abs %17 + mul %24 + mul %25 + sub %26 + mul %27 + mul %28 (models/autoencoder.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 784u;
  let x9 = in2[c1];
  let x1 = in3[i];
  let v20 = (acc + x9);
  let v21 = dlc_sigmoid(v20);
  let v27 = (v21 - x1);
  let v28 = abs(v27);
  let v39 = (v27 * 2.0);
  let v41 = (v39 * 0.00031887754);
  let v44 = (1.0 - v21);
  let v45 = (v21 * v44);
  let v46 = (v41 * v45);
  out0[i] = v21;
  out1[i] = v28;
  out2[i] = v46;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 49u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 49u) * 16u;
  let row0 = ((g / 49u) % 1u) * 16u;
  let bi = g / 49u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 3136u;
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
      if (gr < 784u && gk < 128u) { v = in1[bo + gr + gk * 784u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 784u) { dlc_mid(yo + r * 784u + c, acc_0_0); } }
}

// ---- pipeline 4 (read, read, read_write)
// dlc kernel: mse %12
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
  for (var k = lane; k < 3136u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[0] = total / 3136.0; }
}

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: mul %14 + add %15
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x22 = in0[i];
  let x25 = in1[i];
  let v24 = (x22 * 4.0);
  let v26 = (x25 + v24);
  out0[i] = v26;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: reduce_sum %18
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let base = ((g / 1u) % 4u) * 784u;
  var acc = 0.0;
  for (var j = lane; j < 784u; j += 64u) { acc = acc + in0[base + ((j / 1u) % 784u) * 1u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: reduce_sum %19 + add %20
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x32 = in1[i];
  let v33 = (x32 + acc);
  out0[i] = v33;
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

// ---- pipeline 8 (read, read_write)
// dlc kernel: pow %60 + sub %61
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x72 = in0[i];
  let v86 = dlc_pow(0.9, x72);
  let v87 = (1.0 - v86);
  out0[i] = v87;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read, read_write)
// dlc kernel: pow %63 + sub %64 + sqrt %65 + mul %66 + div %67
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
  let x72 = in0[i];
  let x71 = in1[i];
  let x87 = in2[i];
  let v90 = dlc_pow(0.999, x72);
  let v91 = (1.0 - v90);
  let v92 = sqrt(v91);
  let v93 = (x71 * v92);
  let v94 = (v93 / x87);
  out0[i] = v94;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %29 + sub %146 + mul %147 + add %148 + square %149 + sub %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/autoencoder.ts:13:5)
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
  let x269 = in1[i];
  let x270 = in2[i];
  let x94 = in3[0u];
  let x9 = in4[i];
  let v272 = (acc - x269);
  let v273 = (0.1 * v272);
  let v274 = (x269 + v273);
  let v276 = dlc_square_f32(acc);
  let v277 = (v276 - x270);
  let v278 = (0.001 * v277);
  let v279 = (x270 + v278);
  let v291 = (x94 * v274);
  let v292 = sqrt(v279);
  let v294 = (v292 + 1e-7);
  let v295 = (v291 / v294);
  let v296 = (x9 - v295);
  out0[i] = v274;
  out1[i] = v279;
  out2[i] = v296;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 784u) { return; }
  let base = ((i / 1u) % 784u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 784u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: matmul %30 + mul %35 (models/autoencoder.ts:13:5, models/autoencoder.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x52 = in2[i];
  let v53 = (acc * x52);
  out0[i] = v53;
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
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 784u) { v = in1[bo + gr * 784u + gk]; }
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

// ---- pipeline 12 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %31 + sub %134 + mul %135 + add %136 + square %137 + sub %138 + mul %139 + add %140 + mul %141 (models/autoencoder.ts:13:5)
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
  let x241 = in2[i];
  let x242 = in3[i];
  let x94 = in4[0u];
  let v244 = (acc - x241);
  let v245 = (0.1 * v244);
  let v246 = (x241 + v245);
  let v248 = dlc_square_f32(acc);
  let v249 = (v248 - x242);
  let v250 = (0.001 * v249);
  let v251 = (x242 + v250);
  let v263 = (x94 * v246);
  out0[i] = v246;
  out1[i] = v251;
  out2[i] = v263;
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
  let col0 = (g % 49u) * 16u;
  let row0 = ((g / 49u) % 8u) * 16u;
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
      if (gr < 128u && gk < 4u) { v = in0[ao + gr + gk * 128u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 784u && gk < 4u) { v = in1[bo + gr + gk * 784u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 784u) { dlc_mid(yo + r * 784u + c, acc_0_0); } }
}

// ---- pipeline 13 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %36 + sub %122 + mul %123 + add %124 + square %125 + sub %126 + mul %127 + add %128 + mul %129 + sqrt %130 + add %131 + div %132 + sub %133 (models/autoencoder.ts:12:5)
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
  let x213 = in1[i];
  let x214 = in2[i];
  let x94 = in3[0u];
  let x7 = in4[i];
  let v216 = (acc - x213);
  let v217 = (0.1 * v216);
  let v218 = (x213 + v217);
  let v220 = dlc_square_f32(acc);
  let v221 = (v220 - x214);
  let v222 = (0.001 * v221);
  let v223 = (x214 + v222);
  let v235 = (x94 * v218);
  let v236 = sqrt(v223);
  let v238 = (v236 + 1e-7);
  let v239 = (v235 / v238);
  let v240 = (x7 - v239);
  out0[i] = v218;
  out1[i] = v223;
  out2[i] = v240;
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

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: matmul %37 + mul %41 (models/autoencoder.ts:12:5, models/autoencoder.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x59 = in2[i];
  let v60 = (acc * x59);
  out0[i] = v60;
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
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in1[bo + gr * 128u + gk]; }
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

// ---- pipeline 15 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %38 + sub %110 + mul %111 + add %112 + square %113 + sub %114 + mul %115 + add %116 + mul %117 (models/autoencoder.ts:12:5)
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
  let x185 = in2[i];
  let x186 = in3[i];
  let x94 = in4[0u];
  let v188 = (acc - x185);
  let v189 = (0.1 * v188);
  let v190 = (x185 + v189);
  let v192 = dlc_square_f32(acc);
  let v193 = (v192 - x186);
  let v194 = (0.001 * v193);
  let v195 = (x186 + v194);
  let v207 = (x94 * v190);
  out0[i] = v190;
  out1[i] = v195;
  out2[i] = v207;
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
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 2u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 16 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %42 + sub %98 + mul %99 + add %100 + square %101 + sub %102 + mul %103 + add %104 + mul %105 + sqrt %106 + add %107 + div %108 + sub %109 (models/autoencoder.ts:11:5)
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
  let x157 = in1[i];
  let x158 = in2[i];
  let x94 = in3[0u];
  let x5 = in4[i];
  let v160 = (acc - x157);
  let v161 = (0.1 * v160);
  let v162 = (x157 + v161);
  let v164 = dlc_square_f32(acc);
  let v165 = (v164 - x158);
  let v166 = (0.001 * v165);
  let v167 = (x158 + v166);
  let v179 = (x94 * v162);
  let v180 = sqrt(v167);
  let v182 = (v180 + 1e-7);
  let v183 = (v179 / v182);
  let v184 = (x5 - v183);
  out0[i] = v162;
  out1[i] = v167;
  out2[i] = v184;
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

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %43 + mul %47 (models/autoencoder.ts:11:5, models/autoencoder.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x66 = in2[i];
  let v67 = (acc * x66);
  out0[i] = v67;
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
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in1[bo + gr * 32u + gk]; }
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

// ---- pipeline 18 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %44 + sub %86 + mul %87 + add %88 + square %89 + sub %90 + mul %91 + add %92 + mul %93 (models/autoencoder.ts:11:5)
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
  let x129 = in2[i];
  let x130 = in3[i];
  let x94 = in4[0u];
  let v132 = (acc - x129);
  let v133 = (0.1 * v132);
  let v134 = (x129 + v133);
  let v136 = dlc_square_f32(acc);
  let v137 = (v136 - x130);
  let v138 = (0.001 * v137);
  let v139 = (x130 + v138);
  let v151 = (x94 * v134);
  out0[i] = v134;
  out1[i] = v139;
  out2[i] = v151;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 8u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 19 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %48 + sub %74 + mul %75 + add %76 + square %77 + sub %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/autoencoder.ts:10:5)
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
  let x101 = in1[i];
  let x102 = in2[i];
  let x94 = in3[0u];
  let x3 = in4[i];
  let v104 = (acc - x101);
  let v105 = (0.1 * v104);
  let v106 = (x101 + v105);
  let v108 = dlc_square_f32(acc);
  let v109 = (v108 - x102);
  let v110 = (0.001 * v109);
  let v111 = (x102 + v110);
  let v123 = (x94 * v106);
  let v124 = sqrt(v111);
  let v126 = (v124 + 1e-7);
  let v127 = (v123 / v126);
  let v128 = (x3 - v127);
  out0[i] = v106;
  out1[i] = v111;
  out2[i] = v128;
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

// ---- pipeline 20 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %49 + sub %51 + mul %52 + add %53 + square %55 + sub %56 + mul %57 + add %58 + mul %68 (models/autoencoder.ts:10:5)
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
  let x73 = in2[i];
  let x74 = in3[i];
  let x94 = in4[0u];
  let v76 = (acc - x73);
  let v77 = (0.1 * v76);
  let v78 = (x73 + v77);
  let v80 = dlc_square_f32(acc);
  let v81 = (v80 - x74);
  let v82 = (0.001 * v81);
  let v83 = (x74 + v82);
  let v95 = (x94 * v78);
  out0[i] = v78;
  out1[i] = v83;
  out2[i] = v95;
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

// ---- pipeline 21 (read, read, read, read_write)
// dlc kernel: sqrt %69 + add %71 + div %72 + sub %73
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x83 = in0[i];
  let x95 = in1[i];
  let x2 = in2[i];
  let v96 = sqrt(x83);
  let v98 = (v96 + 1e-7);
  let v99 = (x95 / v98);
  let v100 = (x2 - v99);
  out0[i] = v100;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100352u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: sqrt %94 + add %95 + div %96 + sub %97
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x139 = in0[i];
  let x151 = in1[i];
  let x4 = in2[i];
  let v152 = sqrt(x139);
  let v154 = (v152 + 1e-7);
  let v155 = (x151 / v154);
  let v156 = (x4 - v155);
  out0[i] = v156;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read, read, read_write)
// dlc kernel: sqrt %118 + add %119 + div %120 + sub %121
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x195 = in0[i];
  let x207 = in1[i];
  let x6 = in2[i];
  let v208 = sqrt(x195);
  let v210 = (v208 + 1e-7);
  let v211 = (x207 / v210);
  let v212 = (x6 - v211);
  out0[i] = v212;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read, read, read_write)
// dlc kernel: sqrt %142 + add %143 + div %144 + sub %145
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x251 = in0[i];
  let x263 = in1[i];
  let x8 = in2[i];
  let v264 = sqrt(x251);
  let v266 = (v264 + 1e-7);
  let v267 = (x263 / v266);
  let v268 = (x8 - v267);
  out0[i] = v268;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 100352u) { return; }
  dlc_mid(i);
}
