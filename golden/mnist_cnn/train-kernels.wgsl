// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,23,24] 1352x1x1 conv2d %0 + add %1 + relu %2 + greater %45 + cast %46 (models/mnist_cnn.ts:8:5)
//   #1 p1 [23,25] 338x1x1 max_pool2d %3 (models/mnist_cnn.ts:9:5)
//   #2 p2 [25,4,5,26,27] 32x1x1 conv2d %4 + add %5 + relu %6 + greater %38 + cast %39 (models/mnist_cnn.ts:10:5)
//   #3 p3 [26,28] 100x1x1 max_pool2d %7 (models/mnist_cnn.ts:11:5)
//   #4 p4 [28,6,7,29,30] 4x1x1 matmul %9 + add %10 + relu %11 + greater %30 + cast %31 (models/mnist_cnn.ts:13:5)
//   #5 p5 [29,8,9,31] 1x1x1 matmul %12 + add %13 (models/mnist_cnn.ts:14:5)
//   #6 p6 [1,32] 1x1x1 reduce_sum %21
//   #7 p7 [31,32,1,33] 1x1x1 softmax %14 + mul %22 + sub %23 + mul %25 (models/mnist_cnn.ts:14:5)
//   #8 p8 [31,1,22,10] 1x1x1 categorical_cross_entropy %15 + mul %17 + add %18
//   #9 p9 [31,1,11] 1x1x1 count_correct %19 + add %20
//   #10 p10 [33,12,21,9] 1x1x1 reduce_sum %26 + mul %116 + square %117 + mul %118 + add %119 + mul %120 + sqrt %121 + add %122 + div %123 + sub %124 (models/mnist_cnn.ts:14:5)
//   #11 p11 [33,8,30,31] 2x1x1 matmul %27 + mul %32 (models/mnist_cnn.ts:14:5, models/mnist_cnn.ts:13:5)
//   #12 p12 [29,33,12,20,8] 2x1x1 matmul %28 + mul %107 + square %108 + mul %109 + add %110 + mul %111 + sqrt %112 + add %113 + div %114 + sub %115 (models/mnist_cnn.ts:14:5)
//   #13 p13 [31,12,19,7] 1x1x1 reduce_sum %33 + mul %98 + square %99 + mul %100 + add %101 + mul %102 + sqrt %103 + add %104 + div %105 + sub %106 (models/mnist_cnn.ts:13:5)
//   #14 p14 [31,6,29] 100x1x1 matmul %34 (models/mnist_cnn.ts:13:5)
//   #15 p15 [28,31,12,18,6] 100x1x1 matmul %35 + mul %89 + square %90 + mul %91 + add %92 + mul %93 + sqrt %94 + add %95 + div %96 + sub %97 (models/mnist_cnn.ts:13:5)
//   #16 p16 [26,29,27,28] 100x1x1 max_pool2d_grad %37 + mul %40 (models/mnist_cnn.ts:11:5, models/mnist_cnn.ts:10:5)
//   #17 p17 [28,12,17,5] 64x1x1 reduce_sum %41 + mul %80 + square %81 + mul %82 + add %83 + mul %84 + sqrt %85 + add %86 + div %87 + sub %88 (models/mnist_cnn.ts:10:5)
//   #18 p18 [28,4,26] 22x1x1 conv2d_transpose %42 (models/mnist_cnn.ts:10:5)
//   #19 p19 [25,28,12,16,4] 18x1x1 conv2d_backprop_filter %43 + mul %71 + square %72 + mul %73 + add %74 + mul %75 + sqrt %76 + add %77 + div %78 + sub %79 (models/mnist_cnn.ts:10:5)
//   #20 p20 [23,26,24,27] 338x1x1 max_pool2d_grad %44 + mul %47 (models/mnist_cnn.ts:9:5, models/mnist_cnn.ts:8:5)
//   #21 p21 [27,12,15,3] 32x1x1 reduce_sum %48 + mul %62 + square %63 + mul %64 + add %65 + mul %66 + sqrt %67 + add %68 + div %69 + sub %70 (models/mnist_cnn.ts:8:5)
//   #22 p22 [0,27,12,14,2] 6x1x1 conv2d_backprop_filter %49 + mul %51 + square %53 + mul %54 + add %55 + mul %56 + sqrt %57 + add %59 + div %60 + sub %61 (models/mnist_cnn.ts:8:5)

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %45 + cast %46 (models/mnist_cnn.ts:8:5)
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
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
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
// dlc kernel: conv2d %4 + add %5 + relu %6 + greater %38 + cast %39 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 121u); let oh = ((r / 11u) % 11u); let ow = (r % 11u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 13u && u32(iw) < 13u)) { return 0.0; }
  return in0[((n * 13u + u32(ih)) * 13u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 16u) * 32u;
  let bi = g / 32u;
  let yo = bi * 30976u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 288u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 484u && k0 + kk < 288u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 484u) { dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 484u) { dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 484u) { dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 484u) { dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); } }
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
// dlc kernel: matmul %9 + add %10 + relu %11 + greater %30 + cast %31 (models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 1600u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 64u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 4u) * 16u + c;
  let row0 = ((g / 4u) % 1u) * 4u;
  let bi = g / 4u;
  let yo = bi * 256u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 1600u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 64u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 64u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 64u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 64u + col, red[768u + c]);
  }
}

// ---- pipeline 5 (read, read, read, read_write)
// dlc kernel: matmul %12 + add %13 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 64u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 1u) * 4u;
  let bi = g / 1u;
  let yo = bi * 40u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 10u) {
    for (var k = sl; k < 64u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 10u) {
    dlc_mid(yo + (row0 + 0u) * 10u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 10u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 10u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 10u + col, red[768u + c]);
  }
}

// ---- pipeline 6 (read, read_write)
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

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: softmax %14 + mul %22 + sub %23 + mul %25 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x0 = in1[c0];
  let x1 = in2[i];
  let v0 = (acc * x0);
  let v1 = (v0 - x1);
  let v2 = (v1 * 0.25);
  out0[i] = v2;
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

// ---- pipeline 8 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %15 + mul %17 + add %18
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> tgt: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out1[i];
  let v0 = (acc * 4.0);
  let v1 = (x0 + v0);
  out0[i] = acc;
  out1[i] = v1;
}
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
  if (lane == 0u) { dlc_mid(0, total / 4.0); }
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: count_correct %19 + add %20
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> truth: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_argmax_pred(base: u32) -> u32 {
  var best = pred[base];
  var arg = 0u;
  for (var c = 1u; c < 10u; c++) {
    let v = pred[base + c];
    if (v > best) { best = v; arg = c; }
  }
  return arg;
}
fn dlc_argmax_truth(base: u32) -> u32 {
  var best = truth[base];
  var arg = 0u;
  for (var c = 1u; c < 10u; c++) {
    let v = truth[base + c];
    if (v > best) { best = v; arg = c; }
  }
  return arg;
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
  for (var k = lane; k < 4u; k += 64u) {
    let base = k * 10u;
    if (dlc_argmax_pred(base) == dlc_argmax_truth(base)) { acc += 1.0; }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total); }
}

// ---- pipeline 10 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %26 + mul %116 + square %117 + mul %118 + add %119 + mul %120 + sqrt %121 + add %122 + div %123 + sub %124 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in1[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
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

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: matmul %27 + mul %32 (models/mnist_cnn.ts:14:5, models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 10u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 10u + k];
}
var<workgroup> As: array<vec4<f32>, 96>;
var<workgroup> Bs: array<vec4<f32>, 96>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 256u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 10u; k0 += 12u) {
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 10u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (col0 + r < 64u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 12u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 12 (read, read, read, read_write, read_write)
// dlc kernel: matmul %28 + mul %107 + square %108 + mul %109 + add %110 + mul %111 + sqrt %112 + add %113 + div %114 + sub %115 (models/mnist_cnn.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in2[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 64u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 2u) * 32u;
  let bi = g / 2u;
  let yo = bi * 640u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 10u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 13 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %33 + mul %98 + square %99 + mul %100 + add %101 + mul %102 + sqrt %103 + add %104 + div %105 + sub %106 (models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in1[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
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

// ---- pipeline 14 (read, read, read_write)
// dlc kernel: matmul %34 (models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 64u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 64u + k];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 100u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 100u) * 16u + c;
  let row0 = ((g / 100u) % 1u) * 4u;
  let bi = g / 100u;
  let yo = bi * 6400u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 64u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, row0 + 0u, k), bv, acc0); acc1 = fma(dlc_a(bi, row0 + 1u, k), bv, acc1); acc2 = fma(dlc_a(bi, row0 + 2u, k), bv, acc2); acc3 = fma(dlc_a(bi, row0 + 3u, k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    dlc_mid(yo + (row0 + 0u) * 1600u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 1600u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 1600u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 1600u + col, red[768u + c]);
  }
}

// ---- pipeline 15 (read, read, read, read_write, read_write)
// dlc kernel: matmul %35 + mul %89 + square %90 + mul %91 + add %92 + mul %93 + sqrt %94 + add %95 + div %96 + sub %97 (models/mnist_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in2[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 1600u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 64u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 100u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 50u) * 32u;
  let bi = g / 100u;
  let yo = bi * 102400u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %37 + mul %40 (models/mnist_cnn.ts:11:5, models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
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
  let n = (i / 1600u); let ph = ((i / 320u) % 5u); let pw = ((i / 64u) % 5u); let c = (i % 64u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 11, ph == 4u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 11, pw == 4u);
  for (var r = 0u; r < 3u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 3u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 11u + u32(ih)) * 11u + u32(iw)) * 64u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 17 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %41 + mul %80 + square %81 + mul %82 + add %83 + mul %84 + sqrt %85 + add %86 + div %87 + sub %88 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in1[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
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

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: conv2d_transpose %42 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 169u); let yh = ((r / 13u) % 13u); let yw = (r % 13u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 11u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 11u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 11u + h) * 11u + wi) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 64u; let c = k % 64u;
  return in1[t * 2048u + r * 64u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 22u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 22u) * 32u;
  let bi = g / 22u;
  let yo = bi * 21632u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 676u && k0 + kk < 576u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 676u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 676u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 676u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 676u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 19 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %43 + mul %71 + square %72 + mul %73 + add %74 + mul %75 + sqrt %76 + add %77 + div %78 + sub %79 (models/mnist_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in2[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 121u); let oh = ((k / 11u) % 11u); let ow = (k % 11u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 13u && u32(iw) < 13u)) { return 0.0; }
  return in0[((n * 13u + u32(ih)) * 13u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 18u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 9u) * 32u;
  let bi = g / 18u;
  let yo = bi * 18432u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 484u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 288u && k0 + kk < 484u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 64u && k0 + kk < 484u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 20 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %44 + mul %47 (models/mnist_cnn.ts:9:5, models/mnist_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}
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
  let n = (i / 5408u); let ph = ((i / 416u) % 13u); let pw = ((i / 32u) % 13u); let c = (i % 32u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 26, ph == 12u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 26, pw == 12u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 26u + u32(ih)) * 26u + u32(iw)) * 32u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 21 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %48 + mul %62 + square %63 + mul %64 + add %65 + mul %66 + sqrt %67 + add %68 + div %69 + sub %70 (models/mnist_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in1[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
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

// ---- pipeline 22 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %49 + mul %51 + square %53 + mul %54 + add %55 + mul %56 + sqrt %57 + add %59 + div %60 + sub %61 (models/mnist_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in2[0u];
  let x2 = out1[i];
  let v0 = (0.9 * x0);
  let v1 = dlc_square_f32(acc);
  let v2 = (0.1 * v1);
  let v3 = (v0 + v2);
  let v4 = (x1 * acc);
  let v5 = sqrt(v3);
  let v6 = (v5 + 1e-7);
  let v7 = (v4 / v6);
  let v8 = (x2 - v7);
  out0[i] = v3;
  out1[i] = v8;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 3u); let kw = (r % 3u); let c = 0u; let n = (k / 676u); let oh = ((k / 26u) % 26u); let ow = (k % 26u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 28u && u32(iw) < 28u)) { return 0.0; }
  return in0[((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 3u) * 4u;
  let bi = g / 6u;
  let yo = bi * 288u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 2704u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 8u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 8u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 8u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 8u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    if (row0 + 0u < 9u) { dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]); }
    if (row0 + 1u < 9u) { dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]); }
    if (row0 + 2u < 9u) { dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]); }
    if (row0 + 3u < 9u) { dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]); }
  }
}
