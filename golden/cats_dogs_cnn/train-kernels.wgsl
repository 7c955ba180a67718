// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,27,28] 1369x1x1 conv2d %0 + add %1 + relu %2 + greater %60 + cast %61 (models/cats_dogs_cnn.ts:8:5)
//   #1 p1 [27,29] 10952x1x1 max_pool2d %3 (models/cats_dogs_cnn.ts:9:5)
//   #2 p2 [29,4,5,30,31] 324x1x1 conv2d %4 + add %5 + relu %6 + greater %53 + cast %54 (models/cats_dogs_cnn.ts:10:5)
//   #3 p3 [30,32] 5184x1x1 max_pool2d %7 (models/cats_dogs_cnn.ts:11:5)
//   #4 p4 [32,6,7,33,34] 146x1x1 conv2d %8 + add %9 + relu %10 + greater %46 + cast %47 (models/cats_dogs_cnn.ts:12:5)
//   #5 p5 [33,35] 2312x1x1 max_pool2d %11 (models/cats_dogs_cnn.ts:13:5)
//   #6 p6 [35,8,9,36,37] 8x1x1 matmul %13 + add %14 + relu %15 + greater %38 + cast %39 (models/cats_dogs_cnn.ts:15:5)
//   #7 p7 [36,10,11,1,38,39,40] 1x1x1 matmul %16 + add %17 + sigmoid %18 + greater %24 + greater %25 + equal %26 + cast %27 + sub %32 + mul %33 (models/cats_dogs_cnn.ts:16:5)
//   #8 p8 [38,1,26,12] 1x1x1 binary_cross_entropy %19 + mul %21 + add %22
//   #9 p9 [39,38] 1x1x1 reduce_sum %28
//   #10 p10 [38,13] 1x1x1 reduce_sum %29 + add %30
//   #11 p11 [40,14,25,11] 1x1x1 reduce_sum %34 + mul %149 + square %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/cats_dogs_cnn.ts:16:5)
//   #12 p12 [40,10,37,38] 4x1x1 matmul %35 + mul %40 (models/cats_dogs_cnn.ts:16:5, models/cats_dogs_cnn.ts:15:5)
//   #13 p13 [36,40,14,24,10] 4x1x1 matmul %36 + mul %140 + square %141 + mul %142 + add %143 + mul %144 + sqrt %145 + add %146 + div %147 + sub %148 (models/cats_dogs_cnn.ts:16:5)
//   #14 p14 [38,14,23,9] 2x1x1 reduce_sum %41 + mul %131 + square %132 + mul %133 + add %134 + mul %135 + sqrt %136 + add %137 + div %138 + sub %139 (models/cats_dogs_cnn.ts:15:5)
//   #15 p15 [38,8,36] 2312x1x1 matmul %42 (models/cats_dogs_cnn.ts:15:5)
//   #16 p16 [35,38,14,22,8] 1156x1x1 matmul %43 + mul %122 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/cats_dogs_cnn.ts:15:5)
//   #17 p17 [33,36,34,35] 2312x1x1 max_pool2d_grad %45 + mul %48 (models/cats_dogs_cnn.ts:13:5, models/cats_dogs_cnn.ts:12:5)
//   #18 p18 [35,14,21,7] 128x1x1 reduce_sum %49 + mul %113 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/cats_dogs_cnn.ts:12:5)
//   #19 p19 [35,6,33] 81x1x1 conv2d_transpose %50 (models/cats_dogs_cnn.ts:12:5)
//   #20 p20 [32,35,14,20,6] 72x1x1 conv2d_backprop_filter %51 + mul %104 + square %105 + mul %106 + add %107 + mul %108 + sqrt %109 + add %110 + div %111 + sub %112 (models/cats_dogs_cnn.ts:12:5)
//   #21 p21 [30,33,31,34] 5184x1x1 max_pool2d_grad %52 + mul %55 (models/cats_dogs_cnn.ts:11:5, models/cats_dogs_cnn.ts:10:5)
//   #22 p22 [34,14,19,5] 64x1x1 reduce_sum %56 + mul %95 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/cats_dogs_cnn.ts:10:5)
//   #23 p23 [34,4,30] 343x1x1 conv2d_transpose %57 (models/cats_dogs_cnn.ts:10:5)
//   #24 p24 [29,34,14,18,4] 18x1x1 conv2d_backprop_filter %58 + mul %86 + square %87 + mul %88 + add %89 + mul %90 + sqrt %91 + add %92 + div %93 + sub %94 (models/cats_dogs_cnn.ts:10:5)
//   #25 p25 [27,30,28,31] 10952x1x1 max_pool2d_grad %59 + mul %62 (models/cats_dogs_cnn.ts:9:5, models/cats_dogs_cnn.ts:8:5)
//   #26 p26 [31,14,17,3] 32x1x1 reduce_sum %63 + mul %77 + square %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/cats_dogs_cnn.ts:8:5)
//   #27 p27 [0,31,14,16,2] 14x1x1 conv2d_backprop_filter %64 + mul %66 + square %68 + mul %69 + add %70 + mul %71 + sqrt %72 + add %74 + div %75 + sub %76 (models/cats_dogs_cnn.ts:8:5)

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %60 + cast %61 (models/cats_dogs_cnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
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
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 21904u); let oh = ((r / 148u) % 148u); let ow = (r % 148u); let kh = (k / 9u); let kw = ((k / 3u) % 3u); let c = (k % 3u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 150u && u32(iw) < 150u)) { return 0.0; }
  return in0[((n * 150u + u32(ih)) * 150u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1369u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 1369u) * 64u;
  let bi = g / 1369u;
  let yo = bi * 2803712u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 27u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 87616u && k0 + kk < 27u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 27u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
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
  let n = (r / 5184u); let oh = ((r / 72u) % 72u); let ow = (r % 72u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 74u && u32(iw) < 74u)) { return 0.0; }
  return in0[((n * 74u + u32(ih)) * 74u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 324u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 324u) * 64u;
  let bi = g / 324u;
  let yo = bi * 1327104u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 288u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
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
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1156u); let oh = ((r / 34u) % 34u); let ow = (r % 34u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 36u && u32(iw) < 36u)) { return 0.0; }
  return in0[((n * 36u + u32(ih)) * 36u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 128u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 146u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 64u;
  let row0 = ((g / 2u) % 73u) * 64u;
  let bi = g / 146u;
  let yo = bi * 591872u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4624u && k0 + kk < 576u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 4624u) { dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4624u) { dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4624u) { dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4624u) { dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); } }
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
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 36992u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 8u) * 16u + c;
  let row0 = ((g / 8u) % 1u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 36992u; k += 16u) {
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
    dlc_mid(yo + (row0 + 0u) * 128u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 128u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 128u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 128u + col, red[768u + c]);
  }
}

// ---- pipeline 7 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %16 + add %17 + sigmoid %18 + greater %24 + greater %25 + equal %26 + cast %27 + sub %32 + mul %33 (models/cats_dogs_cnn.ts:16:5)
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
  let x0 = in2[0u];
  let x1 = in3[i];
  let v0 = (acc + x0);
  let v1 = dlc_sigmoid(v0);
  let v2 = (v1 > 0.5);
  let v3 = (x1 > 0.5);
  let v4 = (v2 == v3);
  let v5 = select(f32(0), f32(1), v4);
  let v6 = (v1 - x1);
  let v7 = (v6 * 0.25);
  out0[i] = v0;
  out1[i] = v5;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 4u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 1u) {
    for (var k = sl; k < 128u; k += 16u) {
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
  if (sl == 0u && col < 1u) {
    dlc_mid(yo + (row0 + 0u) * 1u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 1u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 1u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 1u + col, red[768u + c]);
  }
}

// ---- pipeline 8 (read, read, read_write, read_write)
// dlc kernel: binary_cross_entropy %19 + mul %21 + add %22
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
  if (lane == 0u) { dlc_mid(0, total / 4.0); }
}

// ---- pipeline 9 (read, read_write)
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

// ---- pipeline 10 (read, read_write)
// dlc kernel: reduce_sum %29 + add %30
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
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

// ---- pipeline 11 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %34 + mul %149 + square %150 + mul %151 + add %152 + mul %153 + sqrt %154 + add %155 + div %156 + sub %157 (models/cats_dogs_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = in1[i];
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
  if (i >= 1u) { return; }
  let base = ((i / 1u) % 1u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %35 + mul %40 (models/cats_dogs_cnn.ts:16:5, models/cats_dogs_cnn.ts:15:5)
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
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
  let yo = bi * 512u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (col0 + r < 128u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 13 (read, read, read, read_write, read_write)
// dlc kernel: matmul %36 + mul %140 + square %141 + mul %142 + add %143 + mul %144 + sqrt %145 + add %146 + div %147 + sub %148 (models/cats_dogs_cnn.ts:16:5)
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
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 4u) * 32u;
  let bi = g / 4u;
  let yo = bi * 128u;
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
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 14 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %41 + mul %131 + square %132 + mul %133 + add %134 + mul %135 + sqrt %136 + add %137 + div %138 + sub %139 (models/cats_dogs_cnn.ts:15:5)
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
  if (i >= 128u) { return; }
  let base = ((i / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 128u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: matmul %42 (models/cats_dogs_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 128u + k];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2312u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2312u) * 16u + c;
  let row0 = ((g / 2312u) % 1u) * 4u;
  let bi = g / 2312u;
  let yo = bi * 147968u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 128u; k += 16u) {
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
    dlc_mid(yo + (row0 + 0u) * 36992u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 36992u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 36992u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 36992u + col, red[768u + c]);
  }
}

// ---- pipeline 16 (read, read, read, read_write, read_write)
// dlc kernel: matmul %43 + mul %122 + square %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/cats_dogs_cnn.ts:15:5)
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
  return in0[0u + r + k * 36992u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
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
  let yo = bi * 4734976u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 4u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %45 + mul %48 (models/cats_dogs_cnn.ts:13:5, models/cats_dogs_cnn.ts:12:5)
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
  let n = (i / 36992u); let ph = ((i / 2176u) % 17u); let pw = ((i / 128u) % 17u); let c = (i % 128u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 34, ph == 16u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 34, pw == 16u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 34u + u32(ih)) * 34u + u32(iw)) * 128u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 18 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %49 + mul %113 + square %114 + mul %115 + add %116 + mul %117 + sqrt %118 + add %119 + div %120 + sub %121 (models/cats_dogs_cnn.ts:12:5)
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

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: conv2d_transpose %50 (models/cats_dogs_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1296u); let yh = ((r / 36u) % 36u); let yw = (r % 36u); let kh = (k / 384u); let kw = ((k / 128u) % 3u); let c = (k % 128u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 34u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 34u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 34u + h) * 34u + wi) * 128u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 128u; let c = k % 128u;
  return in1[t * 8192u + r * 128u + c];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 81u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 81u) * 64u;
  let bi = g / 81u;
  let yo = bi * 331776u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1152u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 20 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %51 + mul %104 + square %105 + mul %106 + add %107 + mul %108 + sqrt %109 + add %110 + div %111 + sub %112 (models/cats_dogs_cnn.ts:12:5)
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
  let kh = (r / 192u); let kw = ((r / 64u) % 3u); let c = (r % 64u); let n = (k / 1156u); let oh = ((k / 34u) % 34u); let ow = (k % 34u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 36u && u32(iw) < 36u)) { return 0.0; }
  return in0[((n * 36u + u32(ih)) * 36u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 128u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 18u) * 32u;
  let bi = g / 72u;
  let yo = bi * 73728u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4624u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 21 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %52 + mul %55 (models/cats_dogs_cnn.ts:11:5, models/cats_dogs_cnn.ts:10:5)
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
  let n = (i / 82944u); let ph = ((i / 2304u) % 36u); let pw = ((i / 64u) % 36u); let c = (i % 64u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 72, ph == 35u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 72, pw == 35u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 72u + u32(ih)) * 72u + u32(iw)) * 64u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 22 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %56 + mul %95 + square %96 + mul %97 + add %98 + mul %99 + sqrt %100 + add %101 + div %102 + sub %103 (models/cats_dogs_cnn.ts:10:5)
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
  for (var j = lane; j < 20736u; j += 64u) { acc = acc + in0[base + ((j / 5184u) % 4u) * 331776u + ((j / 72u) % 72u) * 4608u + ((j / 1u) % 72u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: conv2d_transpose %57 (models/cats_dogs_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 5476u); let yh = ((r / 74u) % 74u); let yw = (r % 74u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 72u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 72u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 72u + h) * 72u + wi) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 64u; let c = k % 64u;
  return in1[t * 2048u + r * 64u + c];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 343u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 343u) * 64u;
  let bi = g / 343u;
  let yo = bi * 700928u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 21904u && k0 + kk < 576u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 576u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 16u; kk++) {
      let a = As[kk * 16u + ty];
      let b = Bs[kk * 16u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 21904u) { if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 21904u) { if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 21904u) { if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 21904u) { if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 24 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %58 + mul %86 + square %87 + mul %88 + add %89 + mul %90 + sqrt %91 + add %92 + div %93 + sub %94 (models/cats_dogs_cnn.ts:10:5)
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
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 5184u); let oh = ((k / 72u) % 72u); let ow = (k % 72u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 74u && u32(iw) < 74u)) { return 0.0; }
  return in0[((n * 74u + u32(ih)) * 74u + u32(iw)) * 32u + c];
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
  for (var k0 = 0u; k0 < 20736u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 25 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %59 + mul %62 (models/cats_dogs_cnn.ts:9:5, models/cats_dogs_cnn.ts:8:5)
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
  let n = (i / 175232u); let ph = ((i / 2368u) % 74u); let pw = ((i / 32u) % 74u); let c = (i % 32u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 148, ph == 73u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 148, pw == 73u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 148u + u32(ih)) * 148u + u32(iw)) * 32u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 26 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %63 + mul %77 + square %78 + mul %79 + add %80 + mul %81 + sqrt %82 + add %83 + div %84 + sub %85 (models/cats_dogs_cnn.ts:8:5)
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
  for (var j = lane; j < 87616u; j += 64u) { acc = acc + in0[base + ((j / 21904u) % 4u) * 700928u + ((j / 148u) % 148u) * 4736u + ((j / 1u) % 148u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 27 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %64 + mul %66 + square %68 + mul %69 + add %70 + mul %71 + sqrt %72 + add %74 + div %75 + sub %76 (models/cats_dogs_cnn.ts:8:5)
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
  let kh = (r / 9u); let kw = ((r / 3u) % 3u); let c = (r % 3u); let n = (k / 21904u); let oh = ((k / 148u) % 148u); let ow = (k % 148u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 150u && u32(iw) < 150u)) { return 0.0; }
  return in0[((n * 150u + u32(ih)) * 150u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 14u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 7u) * 4u;
  let bi = g / 14u;
  let yo = bi * 864u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 87616u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 26u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 26u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 26u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 26u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    if (row0 + 0u < 27u) { dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]); }
    if (row0 + 1u < 27u) { dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]); }
    if (row0 + 2u < 27u) { dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]); }
    if (row0 + 3u < 27u) { dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]); }
  }
}
