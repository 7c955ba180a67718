// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,49,50] 43808x1x1 conv2d %0 + add %1 + relu %2 + greater %60 + cast %61 (models/cats_dogs_cnn.ts:8:5)
//   #1 p1 [49,51] 10952x1x1 max_pool2d %3 (models/cats_dogs_cnn.ts:9:5)
//   #2 p2 [51,4,5,52,53] 20736x1x1 conv2d %4 + add %5 + relu %6 + greater %53 + cast %54 (models/cats_dogs_cnn.ts:10:5)
//   #3 p3 [52,54] 5184x1x1 max_pool2d %7 (models/cats_dogs_cnn.ts:11:5)
//   #4 p4 [54,6,7,55,56] 9248x1x1 conv2d %8 + add %9 + relu %10 + greater %46 + cast %47 (models/cats_dogs_cnn.ts:12:5)
//   #5 p5 [55,57] 2312x1x1 max_pool2d %11 (models/cats_dogs_cnn.ts:13:5)
//   #6 p6 [57,8,9,58,59] 8x1x1 matmul %13 + add %14 + relu %15 + greater %38 + cast %39 (models/cats_dogs_cnn.ts:15:5)
//   #7 p7 [1,60] 1x1x1 greater %25
//   #8 p8 [58,10,11,60,1,61,62,63] 1x1x1 matmul %16 + add %17 + sigmoid %18 + greater %24 + equal %26 + cast %27 + sub %32 + mul %33 (models/cats_dogs_cnn.ts:16:5)
//   #9 p9 [61,1,26] 1x1x1 binary_cross_entropy %19
//   #10 p10 [26,12,27] 1x1x1 mul %21 + add %22
//   #11 p11 [62,60] 1x1x1 reduce_sum %28
//   #12 p12 [60,13,28] 1x1x1 reduce_sum %29 + add %30
//   #13 p13 [25,60] 1x1x1 mul %149
//   #14 p14 [63,60,14,11,29,30] 1x1x1 reduce_sum %34 + square %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/cats_dogs_cnn.ts:16:5)
//   #15 p15 [63,10,59,60] 8x1x1 matmul %35 + mul %40 (models/cats_dogs_cnn.ts:16:5, models/cats_dogs_cnn.ts:15:5)
//   #16 p16 [24,59] 2x1x1 mul %140
//   #17 p17 [58,63,59,14,10,31,32] 8x1x1 matmul %36 + square %141 + mul %142 + add %143 + mul %144 + sqrt %145 + add %146 + div %147 + sub %148 (models/cats_dogs_cnn.ts:16:5)
//   #18 p18 [23,58] 2x1x1 mul %131
//   #19 p19 [60,58,14,9,33,34] 2x1x1 reduce_sum %41 + square %132 + mul %133 + add %134 + mul %135 + sqrt %136 + add %137 + div %138 + sub %139 (models/cats_dogs_cnn.ts:15:5)
//   #20 p20 [60,8,58] 578x1x1 matmul %42 (models/cats_dogs_cnn.ts:15:5)
//   #21 p21 [22,59] 65535x2x1 mul %122
//   #22 p22 [57,60,59,14,8,35,36] 1156x1x1 matmul %43 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/cats_dogs_cnn.ts:15:5)
//   #23 p23 [55,58,59] 9248x1x1 max_pool2d_grad %45 (models/cats_dogs_cnn.ts:13:5)
//   #24 p24 [59,56,55] 9248x1x1 mul %48 (models/cats_dogs_cnn.ts:12:5)
//   #25 p25 [21,60] 2x1x1 mul %113
//   #26 p26 [55,60,14,7,37,38] 128x1x1 reduce_sum %49 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/cats_dogs_cnn.ts:12:5)
//   #27 p27 [55,6,56] 5184x1x1 conv2d_transpose %50 (models/cats_dogs_cnn.ts:12:5)
//   #28 p28 [54,55,57] 65535x2x1 conv2d_backprop_filter %51 (models/cats_dogs_cnn.ts:12:5)
//   #29 p29 [52,56,59] 20736x1x1 max_pool2d_grad %52 (models/cats_dogs_cnn.ts:11:5)
//   #30 p30 [59,53,52] 20736x1x1 mul %55 (models/cats_dogs_cnn.ts:10:5)
//   #31 p31 [19,60] 1x1x1 mul %95
//   #32 p32 [52,60,14,5,39,40] 64x1x1 reduce_sum %56 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/cats_dogs_cnn.ts:10:5)
//   #33 p33 [52,4,53] 10952x1x1 conv2d_transpose %57 (models/cats_dogs_cnn.ts:10:5)
//   #34 p34 [51,52,58] 18432x1x1 conv2d_backprop_filter %58 (models/cats_dogs_cnn.ts:10:5)
//   #35 p35 [49,53,59] 43808x1x1 max_pool2d_grad %59 (models/cats_dogs_cnn.ts:9:5)
//   #36 p36 [59,50,49] 43808x1x1 mul %62 (models/cats_dogs_cnn.ts:8:5)
//   #37 p37 [17,60] 1x1x1 mul %77
//   #38 p38 [49,60,14,3,41,42] 32x1x1 reduce_sum %63 + square %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/cats_dogs_cnn.ts:8:5)
//   #39 p39 [0,49,54] 864x1x1 conv2d_backprop_filter %64 (models/cats_dogs_cnn.ts:8:5)
//   #40 p40 [16,55] 14x1x1 mul %66
//   #41 p41 [54,55,43,56] 14x1x1 square %68 + mul %69 + add %70 + sqrt %72 + add %74
//   #42 p42 [14,54,56,2,44] 14x1x1 mul %71 + div %75 + sub %76
//   #43 p43 [18,54] 288x1x1 mul %86
//   #44 p44 [58,54,45,55] 288x1x1 square %87 + mul %88 + add %89 + sqrt %91 + add %92
//   #45 p45 [14,58,55,4,46] 288x1x1 mul %90 + div %93 + sub %94
//   #46 p46 [20,58] 1152x1x1 mul %104
//   #47 p47 [57,58,47,54] 1152x1x1 square %105 + mul %106 + add %107 + sqrt %109 + add %110
//   #48 p48 [14,57,54,6,48] 1152x1x1 mul %108 + div %111 + sub %112

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %60 + cast %61 (models/cats_dogs_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 150u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 150u)) { continue; }
      let xb = ((n * 150u + u32(ih)) * 150u + u32(iw)) * 3u;
      let wb = (kh * 3u + kw) * 96u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x3 = in2[c1];
  let v13 = (acc + x3);
  let v14 = max(v13, 0.0);
  let v84 = (v13 > 0.0);
  let v85 = select(f32(0), f32(1), v84);
  out0[i] = v14;
  out1[i] = v85;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2803712u) { return; }
  dlc_mid(i, dlc_conv((i / 700928u), ((i / 4736u) % 148u), ((i / 32u) % 148u), (i % 32u)));
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: max_pool2d %3 (models/cats_dogs_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 148u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 148u)) { continue; }
      let off = ((n * 148u + u32(ih)) * 148u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 700928u) { return; }
  out[i] = x[dlc_pool_argmax((i / 175232u), ((i / 2368u) % 74u), ((i / 32u) % 74u), (i % 32u))];
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %4 + add %5 + relu %6 + greater %53 + cast %54 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 74u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 74u)) { continue; }
      let xb = ((n * 74u + u32(ih)) * 74u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x5 = in2[c1];
  let v17 = (acc + x5);
  let v18 = max(v17, 0.0);
  let v76 = (v17 > 0.0);
  let v77 = select(f32(0), f32(1), v76);
  out0[i] = v18;
  out1[i] = v77;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1327104u) { return; }
  dlc_mid(i, dlc_conv((i / 331776u), ((i / 4608u) % 72u), ((i / 64u) % 72u), (i % 64u)));
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: max_pool2d %7 (models/cats_dogs_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 72u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 72u)) { continue; }
      let off = ((n * 72u + u32(ih)) * 72u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 331776u) { return; }
  out[i] = x[dlc_pool_argmax((i / 82944u), ((i / 2304u) % 36u), ((i / 64u) % 36u), (i % 64u))];
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %8 + add %9 + relu %10 + greater %46 + cast %47 (models/cats_dogs_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 36u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 36u)) { continue; }
      let xb = ((n * 36u + u32(ih)) * 36u + u32(iw)) * 64u;
      let wb = (kh * 3u + kw) * 8192u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 128u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x7 = in2[c1];
  let v21 = (acc + x7);
  let v22 = max(v21, 0.0);
  let v68 = (v21 > 0.0);
  let v69 = select(f32(0), f32(1), v68);
  out0[i] = v22;
  out1[i] = v69;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 591872u) { return; }
  dlc_mid(i, dlc_conv((i / 147968u), ((i / 4352u) % 34u), ((i / 128u) % 34u), (i % 128u)));
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: max_pool2d %11 (models/cats_dogs_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 34u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 34u)) { continue; }
      let off = ((n * 34u + u32(ih)) * 34u + u32(iw)) * 128u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 147968u) { return; }
  out[i] = x[dlc_pool_argmax((i / 36992u), ((i / 2176u) % 17u), ((i / 128u) % 17u), (i % 128u))];
}

// ---- pipeline 6 (read, read, read, read_write, read_write)
// dlc kernel: matmul %13 + add %14 + relu %15 + greater %38 + cast %39 (models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x9 = in2[c1];
  let v26 = (acc + x9);
  let v27 = max(v26, 0.0);
  let v59 = (v26 > 0.0);
  let v60 = select(f32(0), f32(1), v59);
  out0[i] = v27;
  out1[i] = v60;
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
  for (var k0 = 0u; k0 < 36992u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 36992u) { v = in0[ao + gr * 36992u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 36992u) { v = in1[bo + gr + gk * 128u]; }
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

// ---- pipeline 7 (read, read_write)
// dlc kernel: greater %25
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<u32>;
fn dlc_mid(i: u32) {
  let x1 = in0[i];
  let v39 = (x1 > 0.5);
  out0[i] = select(0u, 1u, v39);
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 8 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %16 + add %17 + sigmoid %18 + greater %24 + equal %26 + cast %27 + sub %32 + mul %33 (models/cats_dogs_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<u32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32, acc: f32) {
  let x11 = in2[0u];
  let x39 = (in3[i] != 0u);
  let x1 = in4[i];
  let v29 = (acc + x11);
  let v30 = dlc_sigmoid(v29);
  let v37 = (v30 > 0.5);
  let v40 = (v37 == x39);
  let v41 = select(f32(0), f32(1), v40);
  let v51 = (v30 - x1);
  let v53 = (v51 * 0.25);
  out0[i] = v29;
  out1[i] = v41;
  out2[i] = v53;
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
  let yo = bi * 4u;
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
      if (gr < 1u && gk < 128u) { v = in1[bo + gr + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 1u) { dlc_mid(yo + r * 1u + c, acc_0_0); } }
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: binary_cross_entropy %19
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

fn dlc_term(k: u32) -> f32 {
  let p = pred[k];
  let t = tgt[k];
  return max(p, 0.0) - p * t + log(1.0 + exp(-abs(p)));
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
// dlc kernel: mul %21 + add %22
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x31 = in0[i];
  let x34 = in1[i];
  let v33 = (x31 * 4.0);
  let v35 = (x34 + v33);
  out0[i] = v35;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: reduce_sum %28
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

// ---- pipeline 12 (read, read, read_write)
// dlc kernel: reduce_sum %29 + add %30
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x45 = in1[i];
  let v46 = (x45 + acc);
  out0[i] = v46;
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

// ---- pipeline 13 (read, read_write)
// dlc kernel: mul %149
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x210 = in0[i];
  let v211 = (0.9 * x210);
  out0[i] = v211;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %34 + square %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/cats_dogs_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x211 = in1[i];
  let x90 = in2[i];
  let x11 = in3[i];
  let v213 = dlc_square_f32(acc);
  let v214 = (0.1 * v213);
  let v215 = (x211 + v214);
  let v216 = (x90 * acc);
  let v217 = sqrt(v215);
  let v219 = (v217 + 1e-7);
  let v220 = (v216 / v219);
  let v221 = (x11 - v220);
  out0[i] = v215;
  out1[i] = v221;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  let base = ((i / 1u) % 1u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read, read_write)
// dlc kernel: matmul %35 + mul %40 (models/cats_dogs_cnn.ts:16:5, models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x60 = in2[i];
  let v61 = (acc * x60);
  out0[i] = v61;
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
  for (var k0 = 0u; k0 < 1u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 1u) { v = in0[ao + gr + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 1u) { v = in1[bo + gr + gk]; }
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

// ---- pipeline 16 (read, read_write)
// dlc kernel: mul %140
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x197 = in0[i];
  let v198 = (0.9 * x197);
  out0[i] = v198;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %36 + square %141 + mul %142 + add %143 + mul %144 + sqrt %145 + add %146 + div %147 + sub %148 (models/cats_dogs_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x198 = in2[i];
  let x90 = in3[0u];
  let x10 = in4[i];
  let v200 = dlc_square_f32(acc);
  let v201 = (0.1 * v200);
  let v202 = (x198 + v201);
  let v203 = (x90 * acc);
  let v204 = sqrt(v202);
  let v206 = (v204 + 1e-7);
  let v207 = (v203 / v206);
  let v208 = (x10 - v207);
  out0[i] = v202;
  out1[i] = v208;
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
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 8u) * 16u;
  let bi = g / 8u;
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
      if (gr < 128u && gk < 4u) { v = in0[ao + gr + gk * 128u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 4u) { v = in1[bo + gr + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 1u) { dlc_mid(yo + r * 1u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: mul %131
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x184 = in0[i];
  let v185 = (0.9 * x184);
  out0[i] = v185;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %41 + square %132 + mul %133 + add %134 + mul %135 + sqrt %136 + add %137 + div %138 + sub %139 (models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x185 = in1[i];
  let x90 = in2[0u];
  let x9 = in3[i];
  let v187 = dlc_square_f32(acc);
  let v188 = (0.1 * v187);
  let v189 = (x185 + v188);
  let v190 = (x90 * acc);
  let v191 = sqrt(v189);
  let v193 = (v191 + 1e-7);
  let v194 = (v190 / v193);
  let v195 = (x9 - v194);
  out0[i] = v189;
  out1[i] = v195;
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

// ---- pipeline 20 (read, read, read_write)
// dlc kernel: matmul %42 (models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> As: array<f32, 1040>;
var<workgroup> Bs: array<f32, 1040>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 578u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 578u) * 64u;
  let row0 = ((g / 578u) % 1u) * 64u;
  let bi = g / 578u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 147968u;
  var acc_0_0 = 0.0; var acc_0_1 = 0.0; var acc_0_2 = 0.0; var acc_0_3 = 0.0; var acc_1_0 = 0.0; var acc_1_1 = 0.0; var acc_1_2 = 0.0; var acc_1_3 = 0.0; var acc_2_0 = 0.0; var acc_2_1 = 0.0; var acc_2_2 = 0.0; var acc_2_3 = 0.0; var acc_3_0 = 0.0; var acc_3_1 = 0.0; var acc_3_2 = 0.0; var acc_3_3 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 65u + r] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 36992u && gk < 128u) { v = in1[bo + gr * 128u + gk]; }
      Bs[kk * 65u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 65u + ty + 0u]; let a1 = As[kk * 65u + ty + 16u]; let a2 = As[kk * 65u + ty + 32u]; let a3 = As[kk * 65u + ty + 48u];
      let b0 = Bs[kk * 65u + tx + 0u]; let b1 = Bs[kk * 65u + tx + 16u]; let b2 = Bs[kk * 65u + tx + 32u]; let b3 = Bs[kk * 65u + tx + 48u];
      acc_0_0 = fma(a0, b0, acc_0_0); acc_0_1 = fma(a0, b1, acc_0_1); acc_0_2 = fma(a0, b2, acc_0_2); acc_0_3 = fma(a0, b3, acc_0_3); acc_1_0 = fma(a1, b0, acc_1_0); acc_1_1 = fma(a1, b1, acc_1_1); acc_1_2 = fma(a1, b2, acc_1_2); acc_1_3 = fma(a1, b3, acc_1_3); acc_2_0 = fma(a2, b0, acc_2_0); acc_2_1 = fma(a2, b1, acc_2_1); acc_2_2 = fma(a2, b2, acc_2_2); acc_2_3 = fma(a2, b3, acc_2_3); acc_3_0 = fma(a3, b0, acc_3_0); acc_3_1 = fma(a3, b1, acc_3_1); acc_3_2 = fma(a3, b2, acc_3_2); acc_3_3 = fma(a3, b3, acc_3_3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_0_0); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 16u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_0_1); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 32u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_0_2); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 48u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_0_3); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 0u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_1_0); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 16u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_1_1); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 32u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_1_2); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 48u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_1_3); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 0u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_2_0); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 16u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_2_1); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 32u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_2_2); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 48u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_2_3); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 0u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_3_0); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 16u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_3_1); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 32u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_3_2); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 48u; if (r < 4u && c < 36992u) { dlc_mid(yo + r * 36992u + c, acc_3_3); } }
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: mul %122
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x171 = in0[i];
  let v172 = (0.9 * x171);
  out0[i] = v172;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x + gid.y * 4194240u;
  if (i >= 4734976u) { return; }
  dlc_mid(i);
}

// ---- pipeline 22 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %43 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x172 = in2[i];
  let x90 = in3[0u];
  let x8 = in4[i];
  let v174 = dlc_square_f32(acc);
  let v175 = (0.1 * v174);
  let v176 = (x172 + v175);
  let v177 = (x90 * acc);
  let v178 = sqrt(v176);
  let v180 = (v178 + 1e-7);
  let v181 = (v177 / v180);
  let v182 = (x8 - v181);
  out0[i] = v176;
  out1[i] = v182;
}
var<workgroup> As: array<f32, 1040>;
var<workgroup> Bs: array<f32, 1040>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1156u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 64u;
  let row0 = ((g / 2u) % 578u) * 64u;
  let bi = g / 1156u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4734976u;
  var acc_0_0 = 0.0; var acc_0_1 = 0.0; var acc_0_2 = 0.0; var acc_0_3 = 0.0; var acc_1_0 = 0.0; var acc_1_1 = 0.0; var acc_1_2 = 0.0; var acc_1_3 = 0.0; var acc_2_0 = 0.0; var acc_2_1 = 0.0; var acc_2_2 = 0.0; var acc_2_3 = 0.0; var acc_3_0 = 0.0; var acc_3_1 = 0.0; var acc_3_2 = 0.0; var acc_3_3 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 36992u && gk < 4u) { v = in0[ao + gr + gk * 36992u]; }
      As[kk * 65u + r] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 4u) { v = in1[bo + gr + gk * 128u]; }
      Bs[kk * 65u + r] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a0 = As[kk * 65u + ty + 0u]; let a1 = As[kk * 65u + ty + 16u]; let a2 = As[kk * 65u + ty + 32u]; let a3 = As[kk * 65u + ty + 48u];
      let b0 = Bs[kk * 65u + tx + 0u]; let b1 = Bs[kk * 65u + tx + 16u]; let b2 = Bs[kk * 65u + tx + 32u]; let b3 = Bs[kk * 65u + tx + 48u];
      acc_0_0 = fma(a0, b0, acc_0_0); acc_0_1 = fma(a0, b1, acc_0_1); acc_0_2 = fma(a0, b2, acc_0_2); acc_0_3 = fma(a0, b3, acc_0_3); acc_1_0 = fma(a1, b0, acc_1_0); acc_1_1 = fma(a1, b1, acc_1_1); acc_1_2 = fma(a1, b2, acc_1_2); acc_1_3 = fma(a1, b3, acc_1_3); acc_2_0 = fma(a2, b0, acc_2_0); acc_2_1 = fma(a2, b1, acc_2_1); acc_2_2 = fma(a2, b2, acc_2_2); acc_2_3 = fma(a2, b3, acc_2_3); acc_3_0 = fma(a3, b0, acc_3_0); acc_3_1 = fma(a3, b1, acc_3_1); acc_3_2 = fma(a3, b2, acc_3_2); acc_3_3 = fma(a3, b3, acc_3_3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 16u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_1); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 32u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_2); } }
  { let r = row0 + ty + 0u; let c = col0 + tx + 48u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_3); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 0u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_0); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 16u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_1); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 32u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_2); } }
  { let r = row0 + ty + 16u; let c = col0 + tx + 48u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_1_3); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 0u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_2_0); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 16u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_2_1); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 32u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_2_2); } }
  { let r = row0 + ty + 32u; let c = col0 + tx + 48u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_2_3); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 0u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_3_0); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 16u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_3_1); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 32u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_3_2); } }
  { let r = row0 + ty + 48u; let c = col0 + tx + 48u; if (r < 36992u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_3_3); } }
}

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: max_pool2d_grad %45 (models/cats_dogs_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 34u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 34u)) { continue; }
      let off = ((n * 34u + u32(ih)) * 34u + u32(iw)) * 128u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 591872u) { return; }
  let n = (i / 147968u); let ih = ((i / 4352u) % 34u); let iw = ((i / 128u) % 34u); let c = (i % 128u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 17) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 17) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 17u + oh) * 17u + ow) * 128u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: mul %48 (models/cats_dogs_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x66 = in0[i];
  let x69 = in1[i];
  let v70 = (x66 * x69);
  out0[i] = v70;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 591872u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: mul %113
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x158 = in0[i];
  let v159 = (0.9 * x158);
  out0[i] = v159;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %49 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/cats_dogs_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x159 = in1[i];
  let x90 = in2[0u];
  let x7 = in3[i];
  let v161 = dlc_square_f32(acc);
  let v162 = (0.1 * v161);
  let v163 = (x159 + v162);
  let v164 = (x90 * acc);
  let v165 = sqrt(v163);
  let v167 = (v165 + 1e-7);
  let v168 = (v164 / v167);
  let v169 = (x7 - v168);
  out0[i] = v163;
  out1[i] = v169;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let base = ((g / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4624u; j += 64u) { acc = acc + in0[base + ((j / 1156u) % 4u) * 147968u + ((j / 34u) % 34u) * 4352u + ((j / 1u) % 34u) * 128u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: conv2d_transpose %50 (models/cats_dogs_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 331776u) { return; }
  let n = (i / 82944u); let yh = ((i / 2304u) % 36u); let yw = ((i / 64u) % 36u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 34u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 34u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 34u + h) * 34u + wi) * 128u;
      let wb = ((kh * 3u + kw) * 64u + o) * 128u;
      for (var c = 0u; c < 128u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %51 (models/cats_dogs_cnn.ts:12:5)
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
  let g = wid.x + wid.y * 65535u;
  if (g >= 73728u) { return; }
  let kh = (g / 24576u); let kw = ((g / 8192u) % 3u); let c = ((g / 128u) % 64u); let o = (g % 128u);
  var acc = 0.0;
  for (var r = lane; r < 4624u; r += 64u) {
    let n = (r / 1156u); let oh = ((r / 34u) % 34u); let ow = (r % 34u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 36u && u32(iw) < 36u) {
      acc += x[((n * 36u + u32(ih)) * 36u + u32(iw)) * 64u + c] * dy[r * 128u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 29 (read, read, read_write)
// dlc kernel: max_pool2d_grad %52 (models/cats_dogs_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 72u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 72u)) { continue; }
      let off = ((n * 72u + u32(ih)) * 72u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1327104u) { return; }
  let n = (i / 331776u); let ih = ((i / 4608u) % 72u); let iw = ((i / 64u) % 72u); let c = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 36) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 36) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 36u + oh) * 36u + ow) * 64u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 30 (read, read, read_write)
// dlc kernel: mul %55 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x74 = in0[i];
  let x77 = in1[i];
  let v78 = (x74 * x77);
  out0[i] = v78;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1327104u) { return; }
  dlc_mid(i);
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: mul %95
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x132 = in0[i];
  let v133 = (0.9 * x132);
  out0[i] = v133;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 32 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %56 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x133 = in1[i];
  let x90 = in2[0u];
  let x5 = in3[i];
  let v135 = dlc_square_f32(acc);
  let v136 = (0.1 * v135);
  let v137 = (x133 + v136);
  let v138 = (x90 * acc);
  let v139 = sqrt(v137);
  let v141 = (v139 + 1e-7);
  let v142 = (v138 / v141);
  let v143 = (x5 - v142);
  out0[i] = v137;
  out1[i] = v143;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 20736u; j += 64u) { acc = acc + in0[base + ((j / 5184u) % 4u) * 331776u + ((j / 72u) % 72u) * 4608u + ((j / 1u) % 72u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 33 (read, read, read_write)
// dlc kernel: conv2d_transpose %57 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 700928u) { return; }
  let n = (i / 175232u); let yh = ((i / 2368u) % 74u); let yw = ((i / 32u) % 74u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 72u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 72u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 72u + h) * 72u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 32u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 34 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %58 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> dlc_lanes: array<f32, 256>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = 128u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}
@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 18432u) { return; }
  let kh = (g / 6144u); let kw = ((g / 2048u) % 3u); let c = ((g / 64u) % 32u); let o = (g % 64u);
  var acc = 0.0;
  for (var r = lane; r < 20736u; r += 256u) {
    let n = (r / 5184u); let oh = ((r / 72u) % 72u); let ow = (r % 72u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 74u && u32(iw) < 74u) {
      acc += x[((n * 74u + u32(ih)) * 74u + u32(iw)) * 32u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 35 (read, read, read_write)
// dlc kernel: max_pool2d_grad %59 (models/cats_dogs_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 148u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 148u)) { continue; }
      let off = ((n * 148u + u32(ih)) * 148u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2803712u) { return; }
  let n = (i / 700928u); let ih = ((i / 4736u) % 148u); let iw = ((i / 32u) % 148u); let c = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 74) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 74) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 74u + oh) * 74u + ow) * 32u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 36 (read, read, read_write)
// dlc kernel: mul %62 (models/cats_dogs_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x82 = in0[i];
  let x85 = in1[i];
  let v86 = (x82 * x85);
  out0[i] = v86;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2803712u) { return; }
  dlc_mid(i);
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: mul %77
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x106 = in0[i];
  let v107 = (0.9 * x106);
  out0[i] = v107;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %63 + square %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/cats_dogs_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x107 = in1[i];
  let x90 = in2[0u];
  let x3 = in3[i];
  let v109 = dlc_square_f32(acc);
  let v110 = (0.1 * v109);
  let v111 = (x107 + v110);
  let v112 = (x90 * acc);
  let v113 = sqrt(v111);
  let v115 = (v113 + 1e-7);
  let v116 = (v112 / v115);
  let v117 = (x3 - v116);
  out0[i] = v111;
  out1[i] = v117;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 87616u; j += 64u) { acc = acc + in0[base + ((j / 21904u) % 4u) * 700928u + ((j / 148u) % 148u) * 4736u + ((j / 1u) % 148u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 39 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %64 (models/cats_dogs_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> dlc_lanes: array<f32, 256>;
fn dlc_lane_sum(v: f32, lane: u32) -> f32 {
  dlc_lanes[lane] = v;
  workgroupBarrier();
  for (var s = 128u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] += dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  let total = dlc_lanes[0];
  workgroupBarrier();
  return total;
}
@compute @workgroup_size(256)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 864u) { return; }
  let kh = (g / 288u); let kw = ((g / 96u) % 3u); let c = ((g / 32u) % 3u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 87616u; r += 256u) {
    let n = (r / 21904u); let oh = ((r / 148u) % 148u); let ow = (r % 148u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 150u && u32(iw) < 150u) {
      acc += x[((n * 150u + u32(ih)) * 150u + u32(iw)) * 3u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 40 (read, read_write)
// dlc kernel: mul %66
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x93 = in0[i];
  let v94 = (0.9 * x93);
  out0[i] = v94;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 41 (read, read, read_write, read_write)
// dlc kernel: square %68 + mul %69 + add %70 + sqrt %72 + add %74
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x89 = in0[i];
  let x94 = in1[i];
  let v96 = dlc_square_f32(x89);
  let v97 = (0.1 * v96);
  let v98 = (x94 + v97);
  let v100 = sqrt(v98);
  let v102 = (v100 + 1e-7);
  out0[i] = v98;
  out1[i] = v102;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 42 (read, read, read, read, read_write)
// dlc kernel: mul %71 + div %75 + sub %76
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x90 = in0[0u];
  let x89 = in1[i];
  let x102 = in2[i];
  let x2 = in3[i];
  let v99 = (x90 * x89);
  let v103 = (v99 / x102);
  let v104 = (x2 - v103);
  out0[i] = v104;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: mul %86
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x119 = in0[i];
  let v120 = (0.9 * x119);
  out0[i] = v120;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 44 (read, read, read_write, read_write)
// dlc kernel: square %87 + mul %88 + add %89 + sqrt %91 + add %92
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x81 = in0[i];
  let x120 = in1[i];
  let v122 = dlc_square_f32(x81);
  let v123 = (0.1 * v122);
  let v124 = (x120 + v123);
  let v126 = sqrt(v124);
  let v128 = (v126 + 1e-7);
  out0[i] = v124;
  out1[i] = v128;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read, read, read_write)
// dlc kernel: mul %90 + div %93 + sub %94
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x90 = in0[0u];
  let x81 = in1[i];
  let x128 = in2[i];
  let x4 = in3[i];
  let v125 = (x90 * x81);
  let v129 = (v125 / x128);
  let v130 = (x4 - v129);
  out0[i] = v130;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 46 (read, read_write)
// dlc kernel: mul %104
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x145 = in0[i];
  let v146 = (0.9 * x145);
  out0[i] = v146;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 73728u) { return; }
  dlc_mid(i);
}

// ---- pipeline 47 (read, read, read_write, read_write)
// dlc kernel: square %105 + mul %106 + add %107 + sqrt %109 + add %110
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x73 = in0[i];
  let x146 = in1[i];
  let v148 = dlc_square_f32(x73);
  let v149 = (0.1 * v148);
  let v150 = (x146 + v149);
  let v152 = sqrt(v150);
  let v154 = (v152 + 1e-7);
  out0[i] = v150;
  out1[i] = v154;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 73728u) { return; }
  dlc_mid(i);
}

// ---- pipeline 48 (read, read, read, read, read_write)
// dlc kernel: mul %108 + div %111 + sub %112
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x90 = in0[0u];
  let x73 = in1[i];
  let x154 = in2[i];
  let x6 = in3[i];
  let v151 = (x90 * x73);
  let v155 = (v151 / x154);
  let v156 = (x6 - v155);
  out0[i] = v156;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 73728u) { return; }
  dlc_mid(i);
}
