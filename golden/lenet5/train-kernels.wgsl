// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,49,50] 294x1x1 conv2d %0 + add %1 + tanh %2 + mul %60 + sub %61 (models/lenet5.ts:9:5)
//   #1 p1 [49,51] 74x1x1 avg_pool2d %3 (models/lenet5.ts:10:5)
//   #2 p2 [51,4,5,49,52] 100x1x1 conv2d %4 + add %5 + tanh %6 + mul %53 + sub %54 (models/lenet5.ts:11:5)
//   #3 p3 [49,53] 25x1x1 avg_pool2d %7 (models/lenet5.ts:12:5)
//   #4 p4 [53,6,7,49,54] 8x1x1 conv2d %8 + add %9 + tanh %10 + mul %46 + sub %47 (models/lenet5.ts:13:5)
//   #5 p5 [49,8,9,55,56] 6x1x1 matmul %12 + add %13 + tanh %14 + mul %39 + sub %40 (models/lenet5.ts:15:5)
//   #6 p6 [55,10,11,57] 1x1x1 matmul %15 + add %16 (models/lenet5.ts:16:5)
//   #7 p7 [1,58] 1x1x1 reduce_sum %31
//   #8 p8 [57,58,1,59] 1x1x1 softmax %17 + mul %32 + sub %33 + mul %35 (models/lenet5.ts:16:5)
//   #9 p9 [57,1,26] 1x1x1 categorical_cross_entropy %18
//   #10 p10 [26,12,27] 1x1x1 mul %20 + add %21
//   #11 p11 [57,58] 1x1x1 argmax %22
//   #12 p11 [1,57] 1x1x1 argmax %23
//   #13 p12 [58,57,60] 1x1x1 equal %24 + cast %25
//   #14 p13 [60,58] 1x1x1 reduce_sum %27
//   #15 p14 [58,13,28] 1x1x1 reduce_sum %28 + add %29
//   #16 p15 [25,57] 1x1x1 mul %103
//   #17 p16 [59,14,57,11,29,30] 1x1x1 reduce_sum %36 + mul %102 + sub %104 + add %105 (models/lenet5.ts:16:5)
//   #18 p17 [59,10,56,57] 6x1x1 matmul %37 + mul %41 (models/lenet5.ts:16:5, models/lenet5.ts:15:5)
//   #19 p18 [24,56] 14x1x1 mul %99
//   #20 p19 [55,59,14,56,10,31,32] 6x1x1 matmul %38 + mul %98 + sub %100 + add %101 (models/lenet5.ts:16:5)
//   #21 p20 [23,55] 2x1x1 mul %95
//   #22 p21 [57,14,55,9,33,34] 2x1x1 reduce_sum %42 + mul %94 + sub %96 + add %97 (models/lenet5.ts:15:5)
//   #23 p22 [57,8,56] 8x1x1 matmul %43 (models/lenet5.ts:15:5)
//   #24 p23 [22,55] 158x1x1 mul %91
//   #25 p24 [49,57,14,55,8,35,36] 48x1x1 matmul %44 + mul %90 + sub %92 + add %93 (models/lenet5.ts:15:5)
//   #26 p25 [56,54,55] 8x1x1 mul %48 (models/lenet5.ts:13:5)
//   #27 p26 [21,57] 2x1x1 mul %87
//   #28 p27 [55,14,57,7,37,38] 2x1x1 reduce_sum %49 + mul %86 + sub %88 + add %89 (models/lenet5.ts:13:5)
//   #29 p28 [55,6,49] 25x1x1 conv2d_transpose %50 (models/lenet5.ts:13:5)
//   #30 p29 [53,55,56] 48000x1x1 conv2d_backprop_filter %51 (models/lenet5.ts:13:5)
//   #31 p30 [49,55] 100x1x1 avg_pool2d_grad %52 (models/lenet5.ts:12:5)
//   #32 p31 [55,52,49] 100x1x1 mul %55 (models/lenet5.ts:11:5)
//   #33 p32 [19,59] 1x1x1 mul %79
//   #34 p33 [49,14,59,5,39,40] 16x1x1 reduce_sum %56 + mul %78 + sub %80 + add %81 (models/lenet5.ts:11:5)
//   #35 p34 [49,4,52] 74x1x1 conv2d_transpose %57 (models/lenet5.ts:11:5)
//   #36 p35 [51,49,55] 2400x1x1 conv2d_backprop_filter %58 (models/lenet5.ts:11:5)
//   #37 p36 [52,49] 294x1x1 avg_pool2d_grad %59 (models/lenet5.ts:10:5)
//   #38 p37 [49,50,52] 294x1x1 mul %62 (models/lenet5.ts:9:5)
//   #39 p38 [17,59] 1x1x1 mul %71
//   #40 p39 [52,14,59,3,41,42] 6x1x1 reduce_sum %63 + mul %70 + sub %72 + add %73 (models/lenet5.ts:9:5)
//   #41 p40 [0,52,57] 150x1x1 conv2d_backprop_filter %64 (models/lenet5.ts:9:5)
//   #42 p41 [14,57,54] 3x1x1 mul %65
//   #43 p42 [16,54,2,43,44] 3x1x1 mul %67 + sub %68 + add %69
//   #44 p43 [14,55,51] 38x1x1 mul %74
//   #45 p44 [18,51,4,45,46] 38x1x1 mul %75 + sub %76 + add %77
//   #46 p45 [14,56,49] 750x1x1 mul %82
//   #47 p46 [20,49,6,47,48] 750x1x1 mul %83 + sub %84 + add %85

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + tanh %2 + mul %60 + sub %61 (models/lenet5.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 6u;
  let x3 = in2[c1];
  let v13 = (acc + x3);
  let v14 = dlc_tanh(v13);
  let v85 = (v14 * v14);
  let v86 = (1.0 - v85);
  out0[i] = v14;
  out1[i] = v86;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18816u) { return; }
  dlc_mid(i, dlc_conv((i / 4704u), ((i / 168u) % 28u), ((i / 6u) % 28u), (i % 6u)));
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: avg_pool2d %3 (models/lenet5.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4704u) { return; }
  let n = (i / 1176u); let oh = ((i / 84u) % 14u); let ow = ((i / 6u) % 14u); let c = (i % 6u);
  var s = 0.0;
  var count = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 28u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 28u)) { continue; }
      s += x[((n * 28u + u32(ih)) * 28u + u32(iw)) * 6u + c];
      count += 1.0;
    }
  }
  out[i] = s / count;
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %4 + add %5 + tanh %6 + mul %53 + sub %54 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x5 = in2[c1];
  let v17 = (acc + x5);
  let v18 = dlc_tanh(v17);
  let v77 = (v18 * v18);
  let v78 = (1.0 - v77);
  out0[i] = v18;
  out1[i] = v78;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6400u) { return; }
  dlc_mid(i, dlc_conv((i / 1600u), ((i / 160u) % 10u), ((i / 16u) % 10u), (i % 16u)));
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: avg_pool2d %7 (models/lenet5.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1600u) { return; }
  let n = (i / 400u); let oh = ((i / 80u) % 5u); let ow = ((i / 16u) % 5u); let c = (i % 16u);
  var s = 0.0;
  var count = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 10u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 10u)) { continue; }
      s += x[((n * 10u + u32(ih)) * 10u + u32(iw)) * 16u + c];
      count += 1.0;
    }
  }
  out[i] = s / count;
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %8 + add %9 + tanh %10 + mul %46 + sub %47 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
  let c1 = i % 120u;
  let x7 = in2[c1];
  let v21 = (acc + x7);
  let v22 = dlc_tanh(v21);
  let v69 = (v22 * v22);
  let v70 = (1.0 - v69);
  out0[i] = v22;
  out1[i] = v70;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 480u) { return; }
  dlc_mid(i, dlc_conv((i / 120u), 0u, 0u, (i % 120u)));
}

// ---- pipeline 5 (read, read, read, read_write, read_write)
// dlc kernel: matmul %12 + add %13 + tanh %14 + mul %39 + sub %40 (models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
  let c1 = i % 84u;
  let x9 = in2[c1];
  let v25 = (acc + x9);
  let v26 = dlc_tanh(v25);
  let v61 = (v26 * v26);
  let v62 = (1.0 - v61);
  out0[i] = v26;
  out1[i] = v62;
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
  let yo = bi * 336u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 120u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 120u) { v = in0[ao + gr * 120u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 84u) { dlc_mid(yo + r * 84u + c, acc_0_0); } }
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %15 + add %16 (models/lenet5.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x11 = in2[c1];
  let v28 = (acc + x11);
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
  for (var k0 = 0u; k0 < 84u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 84u) { v = in0[ao + gr * 84u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 84u) { v = in1[bo + gr + gk * 10u]; }
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
// dlc kernel: reduce_sum %31
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
// dlc kernel: softmax %17 + mul %32 + sub %33 + mul %35 (models/lenet5.ts:16:5)
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
// dlc kernel: categorical_cross_entropy %18
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
// dlc kernel: mul %20 + add %21
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
// dlc kernel: argmax %22, argmax %23
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
// dlc kernel: equal %24 + cast %25
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
// dlc kernel: reduce_sum %27
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
// dlc kernel: reduce_sum %28 + add %29
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
// dlc kernel: mul %103
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x149 = in0[i];
  let v150 = (0.9 * x149);
  out0[i] = v150;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 16 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %36 + mul %102 + sub %104 + add %105 (models/lenet5.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x91 = in1[0u];
  let x150 = in2[i];
  let x11 = in3[i];
  let v147 = (x91 * acc);
  let v151 = (x150 - v147);
  let v152 = (x11 + v151);
  out0[i] = v151;
  out1[i] = v152;
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

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %37 + mul %41 (models/lenet5.ts:16:5, models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x62 = in2[i];
  let v63 = (acc * x62);
  out0[i] = v63;
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
  let yo = bi * 336u;
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
      if (gr < 84u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 84u) { dlc_mid(yo + r * 84u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: mul %99
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x143 = in0[i];
  let v144 = (0.9 * x143);
  out0[i] = v144;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 840u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %38 + mul %98 + sub %100 + add %101 (models/lenet5.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x91 = in2[0u];
  let x144 = in3[i];
  let x10 = in4[i];
  let v141 = (x91 * acc);
  let v145 = (x144 - v141);
  let v146 = (x10 + v145);
  out0[i] = v145;
  out1[i] = v146;
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
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 6u) * 16u;
  let bi = g / 6u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 840u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 84u && gk < 4u) { v = in0[ao + gr + gk * 84u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 84u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: mul %95
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x137 = in0[i];
  let v138 = (0.9 * x137);
  out0[i] = v138;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 84u) { return; }
  dlc_mid(i);
}

// ---- pipeline 21 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %42 + mul %94 + sub %96 + add %97 (models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x91 = in1[0u];
  let x138 = in2[i];
  let x9 = in3[i];
  let v135 = (x91 * acc);
  let v139 = (x138 - v135);
  let v140 = (x9 + v139);
  out0[i] = v139;
  out1[i] = v140;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 84u) { return; }
  let base = ((i / 1u) % 84u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 84u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: matmul %43 (models/lenet5.ts:15:5)
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
  let yo = bi * 480u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 84u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 84u) { v = in0[ao + gr * 84u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 120u && gk < 84u) { v = in1[bo + gr * 84u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 120u) { dlc_mid(yo + r * 120u + c, acc_0_0); } }
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: mul %91
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x131 = in0[i];
  let v132 = (0.9 * x131);
  out0[i] = v132;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10080u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %44 + mul %90 + sub %92 + add %93 (models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x91 = in2[0u];
  let x132 = in3[i];
  let x8 = in4[i];
  let v129 = (x91 * acc);
  let v133 = (x132 - v129);
  let v134 = (x8 + v133);
  out0[i] = v133;
  out1[i] = v134;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 48u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 6u) * 16u;
  let row0 = ((g / 6u) % 8u) * 16u;
  let bi = g / 48u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 10080u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 120u && gk < 4u) { v = in0[ao + gr + gk * 120u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 84u && gk < 4u) { v = in1[bo + gr + gk * 84u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 120u && c < 84u) { dlc_mid(yo + r * 84u + c, acc_0_0); } }
}

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: mul %48 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x67 = in0[i];
  let x70 = in1[i];
  let v71 = (x67 * x70);
  out0[i] = v71;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 480u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: mul %87
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x125 = in0[i];
  let v126 = (0.9 * x125);
  out0[i] = v126;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 120u) { return; }
  dlc_mid(i);
}

// ---- pipeline 27 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %49 + mul %86 + sub %88 + add %89 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x91 = in1[0u];
  let x126 = in2[i];
  let x7 = in3[i];
  let v123 = (x91 * acc);
  let v127 = (x126 - v123);
  let v128 = (x7 + v127);
  out0[i] = v127;
  out1[i] = v128;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 120u) { return; }
  let base = ((i / 1u) % 120u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 120u + ((j / 1u) % 1u) * 120u + ((j / 1u) % 1u) * 120u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: conv2d_transpose %50 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1600u) { return; }
  let n = (i / 400u); let yh = ((i / 80u) % 5u); let yw = ((i / 16u) % 5u); let o = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 1u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 5u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 1u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 1u + h) * 1u + wi) * 120u;
      let wb = ((kh * 5u + kw) * 16u + o) * 120u;
      for (var c = 0u; c < 120u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 29 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %51 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  let g = wid.x;
  if (g >= 48000u) { return; }
  let kh = (g / 9600u); let kw = ((g / 1920u) % 5u); let c = ((g / 120u) % 16u); let o = (g % 120u);
  var acc = 0.0;
  for (var r = lane; r < 4u; r += 64u) {
    let n = r; let oh = 0u; let ow = 0u;
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 5u && u32(iw) < 5u) {
      acc += x[((n * 5u + u32(ih)) * 5u + u32(iw)) * 16u + c] * dy[r * 120u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 30 (read, read_write)
// dlc kernel: avg_pool2d_grad %52 (models/lenet5.ts:12:5)
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6400u) { return; }
  let n = (i / 1600u); let ih = ((i / 160u) % 10u); let iw = ((i / 16u) % 10u); let c = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 5) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 5) { continue; } let ow = u32(ow_t / 2);
      acc += dy[((n * 5u + oh) * 5u + ow) * 16u + c] / (f32(min(i32(oh) * 2 + 2, 10) - max(i32(oh) * 2, 0)) * f32(min(i32(ow) * 2 + 2, 10) - max(i32(ow) * 2, 0)));
    }
  }
  out[i] = acc;
}

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: mul %55 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x75 = in0[i];
  let x78 = in1[i];
  let v79 = (x75 * x78);
  out0[i] = v79;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6400u) { return; }
  dlc_mid(i);
}

// ---- pipeline 32 (read, read_write)
// dlc kernel: mul %79
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
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 33 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %56 + mul %78 + sub %80 + add %81 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x91 = in1[0u];
  let x114 = in2[i];
  let x5 = in3[i];
  let v111 = (x91 * acc);
  let v115 = (x114 - v111);
  let v116 = (x5 + v115);
  out0[i] = v115;
  out1[i] = v116;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 400u; j += 64u) { acc = acc + in0[base + ((j / 100u) % 4u) * 1600u + ((j / 10u) % 10u) * 160u + ((j / 1u) % 10u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 34 (read, read, read_write)
// dlc kernel: conv2d_transpose %57 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4704u) { return; }
  let n = (i / 1176u); let yh = ((i / 84u) % 14u); let yw = ((i / 6u) % 14u); let o = (i % 6u);
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 10u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 5u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 10u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 10u + h) * 10u + wi) * 16u;
      let wb = ((kh * 5u + kw) * 6u + o) * 16u;
      for (var c = 0u; c < 16u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 35 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %58 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  let g = wid.x;
  if (g >= 2400u) { return; }
  let kh = (g / 480u); let kw = ((g / 96u) % 5u); let c = ((g / 16u) % 6u); let o = (g % 16u);
  var acc = 0.0;
  for (var r = lane; r < 400u; r += 64u) {
    let n = (r / 100u); let oh = ((r / 10u) % 10u); let ow = (r % 10u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 14u && u32(iw) < 14u) {
      acc += x[((n * 14u + u32(ih)) * 14u + u32(iw)) * 6u + c] * dy[r * 16u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 36 (read, read_write)
// dlc kernel: avg_pool2d_grad %59 (models/lenet5.ts:10:5)
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18816u) { return; }
  let n = (i / 4704u); let ih = ((i / 168u) % 28u); let iw = ((i / 6u) % 28u); let c = (i % 6u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 14) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 14) { continue; } let ow = u32(ow_t / 2);
      acc += dy[((n * 14u + oh) * 14u + ow) * 6u + c] / (f32(min(i32(oh) * 2 + 2, 28) - max(i32(oh) * 2, 0)) * f32(min(i32(ow) * 2 + 2, 28) - max(i32(ow) * 2, 0)));
    }
  }
  out[i] = acc;
}

// ---- pipeline 37 (read, read, read_write)
// dlc kernel: mul %62 (models/lenet5.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x83 = in0[i];
  let x86 = in1[i];
  let v87 = (x83 * x86);
  out0[i] = v87;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18816u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: mul %71
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x101 = in0[i];
  let v102 = (0.9 * x101);
  out0[i] = v102;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %63 + mul %70 + sub %72 + add %73 (models/lenet5.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x91 = in1[0u];
  let x102 = in2[i];
  let x3 = in3[i];
  let v99 = (x91 * acc);
  let v103 = (x102 - v99);
  let v104 = (x3 + v103);
  out0[i] = v103;
  out1[i] = v104;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let base = ((g / 1u) % 6u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 3136u; j += 64u) { acc = acc + in0[base + ((j / 784u) % 4u) * 4704u + ((j / 28u) % 28u) * 168u + ((j / 1u) % 28u) * 6u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 40 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %64 (models/lenet5.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  let g = wid.x;
  if (g >= 150u) { return; }
  let kh = (g / 30u); let kw = ((g / 6u) % 5u); let c = 0u; let o = (g % 6u);
  var acc = 0.0;
  for (var r = lane; r < 3136u; r += 64u) {
    let n = (r / 784u); let oh = ((r / 28u) % 28u); let ow = (r % 28u);
    let ih = i32(oh) - 2 + i32(kh);
    let iw = i32(ow) - 2 + i32(kw);
    if (u32(ih) < 28u && u32(iw) < 28u) {
      acc += x[((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u + c] * dy[r * 6u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 41 (read, read, read_write)
// dlc kernel: mul %65
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x91 = in0[0u];
  let x90 = in1[i];
  let v93 = (x91 * x90);
  out0[i] = v93;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 150u) { return; }
  dlc_mid(i);
}

// ---- pipeline 42 (read, read, read, read_write, read_write)
// dlc kernel: mul %67 + sub %68 + add %69
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x95 = in0[i];
  let x93 = in1[i];
  let x2 = in2[i];
  let v96 = (0.9 * x95);
  let v97 = (v96 - x93);
  let v98 = (x2 + v97);
  out0[i] = v97;
  out1[i] = v98;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 150u) { return; }
  dlc_mid(i);
}

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: mul %74
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x91 = in0[0u];
  let x82 = in1[i];
  let v105 = (x91 * x82);
  out0[i] = v105;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2400u) { return; }
  dlc_mid(i);
}

// ---- pipeline 44 (read, read, read, read_write, read_write)
// dlc kernel: mul %75 + sub %76 + add %77
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x107 = in0[i];
  let x105 = in1[i];
  let x4 = in2[i];
  let v108 = (0.9 * x107);
  let v109 = (v108 - x105);
  let v110 = (x4 + v109);
  out0[i] = v109;
  out1[i] = v110;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2400u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read_write)
// dlc kernel: mul %82
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x91 = in0[0u];
  let x74 = in1[i];
  let v117 = (x91 * x74);
  out0[i] = v117;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48000u) { return; }
  dlc_mid(i);
}

// ---- pipeline 46 (read, read, read, read_write, read_write)
// dlc kernel: mul %83 + sub %84 + add %85
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x119 = in0[i];
  let x117 = in1[i];
  let x6 = in2[i];
  let v120 = (0.9 * x119);
  let v121 = (v120 - x117);
  let v122 = (x6 + v121);
  out0[i] = v121;
  out1[i] = v122;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48000u) { return; }
  dlc_mid(i);
}
