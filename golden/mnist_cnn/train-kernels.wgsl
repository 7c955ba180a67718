// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,41,42] 1352x1x1 conv2d %0 + add %1 + relu %2 + greater %51 + cast %52 (models/mnist_cnn.ts:8:5)
//   #1 p1 [41,43] 338x1x1 max_pool2d %3 (models/mnist_cnn.ts:9:5)
//   #2 p2 [43,4,5,44,45] 484x1x1 conv2d %4 + add %5 + relu %6 + greater %44 + cast %45 (models/mnist_cnn.ts:10:5)
//   #3 p3 [44,46] 100x1x1 max_pool2d %7 (models/mnist_cnn.ts:11:5)
//   #4 p4 [46,6,7,47,48] 4x1x1 matmul %9 + add %10 + relu %11 + greater %36 + cast %37 (models/mnist_cnn.ts:13:5)
//   #5 p5 [47,8,9,49] 1x1x1 matmul %12 + add %13 (models/mnist_cnn.ts:14:5)
//   #6 p6 [1,50] 1x1x1 reduce_sum %27
//   #7 p7 [49,50,1,51] 1x1x1 softmax %14 + mul %28 + sub %29 + mul %31 (models/mnist_cnn.ts:14:5)
//   #8 p8 [49,1,22] 1x1x1 categorical_cross_entropy %15
//   #9 p9 [22,10,23] 1x1x1 mul %17 + add %18
//   #10 p10 [49,50] 1x1x1 argmax %19
//   #11 p10 [1,49] 1x1x1 argmax %20
//   #12 p11 [50,49,52] 1x1x1 equal %21 + cast %22
//   #13 p12 [52,50] 1x1x1 reduce_sum %24
//   #14 p13 [50,11,24] 1x1x1 reduce_sum %25 + add %26
//   #15 p14 [21,49] 1x1x1 mul %122
//   #16 p15 [51,49,12,9,25,26] 1x1x1 reduce_sum %32 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/mnist_cnn.ts:14:5)
//   #17 p16 [51,8,48,49] 4x1x1 matmul %33 + mul %38 (models/mnist_cnn.ts:14:5, models/mnist_cnn.ts:13:5)
//   #18 p17 [20,48] 10x1x1 mul %113
//   #19 p18 [47,51,48,12,8,27,28] 4x1x1 matmul %34 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/mnist_cnn.ts:14:5)
//   #20 p19 [19,47] 1x1x1 mul %104
//   #21 p20 [49,47,12,7,29,30] 1x1x1 reduce_sum %39 + square %105 + mul %106 + add %107 + mul %108 + sqrt %109 + add %110 + div %111 + sub %112 (models/mnist_cnn.ts:13:5)
//   #22 p21 [49,6,48] 100x1x1 matmul %40 (models/mnist_cnn.ts:13:5)
//   #23 p22 [18,47] 1600x1x1 mul %95
//   #24 p23 [46,49,47,12,6,31,32] 400x1x1 matmul %41 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/mnist_cnn.ts:13:5)
//   #25 p24 [44,48,47] 484x1x1 max_pool2d_grad %43 (models/mnist_cnn.ts:11:5)
//   #26 p25 [47,45,44] 484x1x1 mul %46 (models/mnist_cnn.ts:10:5)
//   #27 p26 [17,49] 1x1x1 mul %86
//   #28 p27 [44,49,12,5,33,34] 64x1x1 reduce_sum %47 + square %87 + mul %88 + add %89 + mul %90 + sqrt %91 + add %92 + div %93 + sub %94 (models/mnist_cnn.ts:10:5)
//   #29 p28 [44,4,45] 338x1x1 conv2d_transpose %48 (models/mnist_cnn.ts:10:5)
//   #30 p29 [43,44,47] 18432x1x1 conv2d_backprop_filter %49 (models/mnist_cnn.ts:10:5)
//   #31 p30 [41,45,44] 1352x1x1 max_pool2d_grad %50 (models/mnist_cnn.ts:9:5)
//   #32 p31 [44,42,41] 1352x1x1 mul %53 (models/mnist_cnn.ts:8:5)
//   #33 p32 [15,51] 1x1x1 mul %68
//   #34 p33 [41,51,12,3,35,36] 32x1x1 reduce_sum %54 + square %69 + mul %70 + add %71 + mul %72 + sqrt %73 + add %74 + div %75 + sub %76 (models/mnist_cnn.ts:8:5)
//   #35 p34 [0,41,46] 288x1x1 conv2d_backprop_filter %55 (models/mnist_cnn.ts:8:5)
//   #36 p35 [14,48] 5x1x1 mul %57
//   #37 p36 [46,48,37,43] 5x1x1 square %59 + mul %60 + add %61 + sqrt %63 + add %65
//   #38 p37 [12,46,43,2,38] 5x1x1 mul %62 + div %66 + sub %67
//   #39 p38 [16,43] 288x1x1 mul %77
//   #40 p39 [47,43,39,45] 288x1x1 square %78 + mul %79 + add %80 + sqrt %82 + add %83
//   #41 p40 [12,47,45,4,40] 288x1x1 mul %81 + div %84 + sub %85

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %51 + cast %52 (models/mnist_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 28u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 28u)) { continue; }
      let xb = ((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u;
      let wb = (kh * 3u + kw) * 32u + co;
      for (var c = 0u; c < 1u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x3 = in2[c1];
  let v11 = (acc + x3);
  let v12 = max(v11, 0.0);
  let v73 = (v11 > 0.0);
  let v74 = select(f32(0), f32(1), v73);
  out0[i] = v12;
  out1[i] = v74;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 86528u) { return; }
  dlc_mid(i, dlc_conv((i / 21632u), ((i / 832u) % 26u), ((i / 32u) % 26u), (i % 32u)));
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: max_pool2d %3 (models/mnist_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 26u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 26u)) { continue; }
      let off = ((n * 26u + u32(ih)) * 26u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 21632u) { return; }
  out[i] = x[dlc_pool_argmax((i / 5408u), ((i / 416u) % 13u), ((i / 32u) % 13u), (i % 32u))];
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %4 + add %5 + relu %6 + greater %44 + cast %45 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 13u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 13u)) { continue; }
      let xb = ((n * 13u + u32(ih)) * 13u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 2048u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 64u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x5 = in2[c1];
  let v15 = (acc + x5);
  let v16 = max(v15, 0.0);
  let v65 = (v15 > 0.0);
  let v66 = select(f32(0), f32(1), v65);
  out0[i] = v16;
  out1[i] = v66;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30976u) { return; }
  dlc_mid(i, dlc_conv((i / 7744u), ((i / 704u) % 11u), ((i / 64u) % 11u), (i % 64u)));
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: max_pool2d %7 (models/mnist_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 11u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 11u)) { continue; }
      let off = ((n * 11u + u32(ih)) * 11u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6400u) { return; }
  out[i] = x[dlc_pool_argmax((i / 1600u), ((i / 320u) % 5u), ((i / 64u) % 5u), (i % 64u))];
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: matmul %9 + add %10 + relu %11 + greater %36 + cast %37 (models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x7 = in2[c1];
  let v20 = (acc + x7);
  let v21 = max(v20, 0.0);
  let v56 = (v20 > 0.0);
  let v57 = select(f32(0), f32(1), v56);
  out0[i] = v21;
  out1[i] = v57;
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
  for (var k0 = 0u; k0 < 1600u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 1600u) { v = in0[ao + gr * 1600u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 64u && gk < 1600u) { v = in1[bo + gr + gk * 64u]; }
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

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: matmul %12 + add %13 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x9 = in2[c1];
  let v23 = (acc + x9);
  out0[i] = v23;
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

// ---- pipeline 6 (read, read_write)
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
  let base = ((i / 1u) % 4u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: softmax %14 + mul %28 + sub %29 + mul %31 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x41 = in1[c0];
  let x1 = in2[i];
  let v42 = (acc * x41);
  let v43 = (v42 - x1);
  let v46 = (v43 * 0.25);
  out0[i] = v46;
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

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %15
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

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: mul %17 + add %18
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x25 = in0[i];
  let x28 = in1[i];
  let v27 = (x25 * 4.0);
  let v29 = (x28 + v27);
  out0[i] = v29;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: argmax %19, argmax %20
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

// ---- pipeline 11 (read, read, read_write)
// dlc kernel: equal %21 + cast %22
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x30 = in0[i];
  let x31 = in1[i];
  let v32 = (x30 == x31);
  let v33 = select(f32(0), f32(1), v32);
  out0[i] = v33;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: reduce_sum %24
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

// ---- pipeline 13 (read, read, read_write)
// dlc kernel: reduce_sum %25 + add %26
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x37 = in1[i];
  let v38 = (x37 + acc);
  out0[i] = v38;
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

// ---- pipeline 14 (read, read_write)
// dlc kernel: mul %122
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x173 = in0[i];
  let v174 = (0.9 * x173);
  out0[i] = v174;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 10u) { return; }
  dlc_mid(i);
}

// ---- pipeline 15 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %32 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/mnist_cnn.ts:14:5)
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
  let x174 = in1[i];
  let x79 = in2[0u];
  let x9 = in3[i];
  let v176 = dlc_square_f32(acc);
  let v177 = (0.1 * v176);
  let v178 = (x174 + v177);
  let v179 = (x79 * acc);
  let v180 = sqrt(v178);
  let v182 = (v180 + 1e-7);
  let v183 = (v179 / v182);
  let v184 = (x9 - v183);
  out0[i] = v178;
  out1[i] = v184;
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

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: matmul %33 + mul %38 (models/mnist_cnn.ts:14:5, models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x57 = in2[i];
  let v58 = (acc * x57);
  out0[i] = v58;
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

// ---- pipeline 17 (read, read_write)
// dlc kernel: mul %113
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x160 = in0[i];
  let v161 = (0.9 * x160);
  out0[i] = v161;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 640u) { return; }
  dlc_mid(i);
}

// ---- pipeline 18 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %34 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/mnist_cnn.ts:14:5)
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
  let x161 = in2[i];
  let x79 = in3[0u];
  let x8 = in4[i];
  let v163 = dlc_square_f32(acc);
  let v164 = (0.1 * v163);
  let v165 = (x161 + v164);
  let v166 = (x79 * acc);
  let v167 = sqrt(v165);
  let v169 = (v167 + 1e-7);
  let v170 = (v166 / v169);
  let v171 = (x8 - v170);
  out0[i] = v165;
  out1[i] = v171;
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

// ---- pipeline 19 (read, read_write)
// dlc kernel: mul %104
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x147 = in0[i];
  let v148 = (0.9 * x147);
  out0[i] = v148;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %39 + square %105 + mul %106 + add %107 + mul %108 + sqrt %109 + add %110 + div %111 + sub %112 (models/mnist_cnn.ts:13:5)
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
  let x148 = in1[i];
  let x79 = in2[0u];
  let x7 = in3[i];
  let v150 = dlc_square_f32(acc);
  let v151 = (0.1 * v150);
  let v152 = (x148 + v151);
  let v153 = (x79 * acc);
  let v154 = sqrt(v152);
  let v156 = (v154 + 1e-7);
  let v157 = (v153 / v156);
  let v158 = (x7 - v157);
  out0[i] = v152;
  out1[i] = v158;
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

// ---- pipeline 21 (read, read, read_write)
// dlc kernel: matmul %40 (models/mnist_cnn.ts:13:5)
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
  if (g >= 100u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 100u) * 16u;
  let row0 = ((g / 100u) % 1u) * 16u;
  let bi = g / 100u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 6400u;
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
      if (gr < 1600u && gk < 64u) { v = in1[bo + gr * 64u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 1600u) { dlc_mid(yo + r * 1600u + c, acc_0_0); } }
}

// ---- pipeline 22 (read, read_write)
// dlc kernel: mul %95
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x134 = in0[i];
  let v135 = (0.9 * x134);
  out0[i] = v135;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 102400u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read, read, read, read, read_write, read_write)
// dlc kernel: matmul %41 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/mnist_cnn.ts:13:5)
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
  let x135 = in2[i];
  let x79 = in3[0u];
  let x6 = in4[i];
  let v137 = dlc_square_f32(acc);
  let v138 = (0.1 * v137);
  let v139 = (x135 + v138);
  let v140 = (x79 * acc);
  let v141 = sqrt(v139);
  let v143 = (v141 + 1e-7);
  let v144 = (v140 / v143);
  let v145 = (x6 - v144);
  out0[i] = v139;
  out1[i] = v145;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 400u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 4u) * 16u;
  let row0 = ((g / 4u) % 100u) * 16u;
  let bi = g / 400u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 102400u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1600u && gk < 4u) { v = in0[ao + gr + gk * 1600u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1600u && c < 64u) { dlc_mid(yo + r * 64u + c, acc_0_0); } }
}

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: max_pool2d_grad %43 (models/mnist_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 11u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 11u)) { continue; }
      let off = ((n * 11u + u32(ih)) * 11u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30976u) { return; }
  let n = (i / 7744u); let ih = ((i / 704u) % 11u); let iw = ((i / 64u) % 11u); let c = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 5) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 5) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 5u + oh) * 5u + ow) * 64u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: mul %46 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x63 = in0[i];
  let x66 = in1[i];
  let v67 = (x63 * x66);
  out0[i] = v67;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 30976u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: mul %86
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x121 = in0[i];
  let v122 = (0.9 * x121);
  out0[i] = v122;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}

// ---- pipeline 27 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %47 + square %87 + mul %88 + add %89 + mul %90 + sqrt %91 + add %92 + div %93 + sub %94 (models/mnist_cnn.ts:10:5)
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
  let x122 = in1[i];
  let x79 = in2[0u];
  let x5 = in3[i];
  let v124 = dlc_square_f32(acc);
  let v125 = (0.1 * v124);
  let v126 = (x122 + v125);
  let v127 = (x79 * acc);
  let v128 = sqrt(v126);
  let v130 = (v128 + 1e-7);
  let v131 = (v127 / v130);
  let v132 = (x5 - v131);
  out0[i] = v126;
  out1[i] = v132;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 484u; j += 64u) { acc = acc + in0[base + ((j / 121u) % 4u) * 7744u + ((j / 11u) % 11u) * 704u + ((j / 1u) % 11u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: conv2d_transpose %48 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 21632u) { return; }
  let n = (i / 5408u); let yh = ((i / 416u) % 13u); let yw = ((i / 32u) % 13u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 11u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 11u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 11u + h) * 11u + wi) * 64u;
      let wb = ((kh * 3u + kw) * 32u + o) * 64u;
      for (var c = 0u; c < 64u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 29 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %49 (models/mnist_cnn.ts:10:5)
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
  if (g >= 18432u) { return; }
  let kh = (g / 6144u); let kw = ((g / 2048u) % 3u); let c = ((g / 64u) % 32u); let o = (g % 64u);
  var acc = 0.0;
  for (var r = lane; r < 484u; r += 64u) {
    let n = (r / 121u); let oh = ((r / 11u) % 11u); let ow = (r % 11u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 13u && u32(iw) < 13u) {
      acc += x[((n * 13u + u32(ih)) * 13u + u32(iw)) * 32u + c] * dy[r * 64u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 30 (read, read, read_write)
// dlc kernel: max_pool2d_grad %50 (models/mnist_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 26u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 26u)) { continue; }
      let off = ((n * 26u + u32(ih)) * 26u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 86528u) { return; }
  let n = (i / 21632u); let ih = ((i / 832u) % 26u); let iw = ((i / 32u) % 26u); let c = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 13) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 13) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 13u + oh) * 13u + ow) * 32u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: mul %53 (models/mnist_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x71 = in0[i];
  let x74 = in1[i];
  let v75 = (x71 * x74);
  out0[i] = v75;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 86528u) { return; }
  dlc_mid(i);
}

// ---- pipeline 32 (read, read_write)
// dlc kernel: mul %68
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
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 33 (read, read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %54 + square %69 + mul %70 + add %71 + mul %72 + sqrt %73 + add %74 + div %75 + sub %76 (models/mnist_cnn.ts:8:5)
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
  let x96 = in1[i];
  let x79 = in2[0u];
  let x3 = in3[i];
  let v98 = dlc_square_f32(acc);
  let v99 = (0.1 * v98);
  let v100 = (x96 + v99);
  let v101 = (x79 * acc);
  let v102 = sqrt(v100);
  let v104 = (v102 + 1e-7);
  let v105 = (v101 / v104);
  let v106 = (x3 - v105);
  out0[i] = v100;
  out1[i] = v106;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 2704u; j += 64u) { acc = acc + in0[base + ((j / 676u) % 4u) * 21632u + ((j / 26u) % 26u) * 832u + ((j / 1u) % 26u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 34 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %55 (models/mnist_cnn.ts:8:5)
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
  if (g >= 288u) { return; }
  let kh = (g / 96u); let kw = ((g / 32u) % 3u); let c = 0u; let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 2704u; r += 64u) {
    let n = (r / 676u); let oh = ((r / 26u) % 26u); let ow = (r % 26u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 28u && u32(iw) < 28u) {
      acc += x[((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: mul %57
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x82 = in0[i];
  let v83 = (0.9 * x82);
  out0[i] = v83;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 288u) { return; }
  dlc_mid(i);
}

// ---- pipeline 36 (read, read, read_write, read_write)
// dlc kernel: square %59 + mul %60 + add %61 + sqrt %63 + add %65
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x78 = in0[i];
  let x83 = in1[i];
  let v85 = dlc_square_f32(x78);
  let v86 = (0.1 * v85);
  let v87 = (x83 + v86);
  let v89 = sqrt(v87);
  let v91 = (v89 + 1e-7);
  out0[i] = v87;
  out1[i] = v91;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 288u) { return; }
  dlc_mid(i);
}

// ---- pipeline 37 (read, read, read, read, read_write)
// dlc kernel: mul %62 + div %66 + sub %67
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x79 = in0[0u];
  let x78 = in1[i];
  let x91 = in2[i];
  let x2 = in3[i];
  let v88 = (x79 * x78);
  let v92 = (v88 / x91);
  let v93 = (x2 - v92);
  out0[i] = v93;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 288u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: mul %77
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x108 = in0[i];
  let v109 = (0.9 * x108);
  out0[i] = v109;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read_write, read_write)
// dlc kernel: square %78 + mul %79 + add %80 + sqrt %82 + add %83
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x70 = in0[i];
  let x109 = in1[i];
  let v111 = dlc_square_f32(x70);
  let v112 = (0.1 * v111);
  let v113 = (x109 + v112);
  let v115 = sqrt(v113);
  let v117 = (v115 + 1e-7);
  out0[i] = v113;
  out1[i] = v117;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}

// ---- pipeline 40 (read, read, read, read, read_write)
// dlc kernel: mul %81 + div %84 + sub %85
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x79 = in0[0u];
  let x70 = in1[i];
  let x117 = in2[i];
  let x4 = in3[i];
  let v114 = (x79 * x70);
  let v118 = (v114 / x117);
  let v119 = (x4 - v118);
  out0[i] = v119;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 18432u) { return; }
  dlc_mid(i);
}
