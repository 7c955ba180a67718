// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,40,41] 64x1x1 conv2d %0 + add %1 + relu %2 + greater %85 + cast %86 (models/vgg_block.ts:8:39)
//   #1 p1 [40,4,5,42,43] 64x1x1 conv2d %3 + add %4 + relu %5 + greater %79 + cast %80 (models/vgg_block.ts:8:39)
//   #2 p2 [42,44] 512x1x1 max_pool2d %6 (models/vgg_block.ts:9:10)
//   #3 p3 [44,6,7,45,46] 64x1x1 conv2d %7 + add %8 + relu %9 + greater %72 + cast %73 (models/vgg_block.ts:8:39)
//   #4 p4 [45,8,9,47,48] 64x1x1 conv2d %10 + add %11 + relu %12 + greater %66 + cast %67 (models/vgg_block.ts:8:39)
//   #5 p5 [47,49] 256x1x1 max_pool2d %13 (models/vgg_block.ts:9:10)
//   #6 p6 [49,10,11,50,51] 32x1x1 conv2d %14 + add %15 + relu %16 + greater %59 + cast %60 (models/vgg_block.ts:8:39)
//   #7 p7 [50,12,13,52,53] 32x1x1 conv2d %17 + add %18 + relu %19 + greater %53 + cast %54 (models/vgg_block.ts:8:39)
//   #8 p8 [52,54] 128x1x1 max_pool2d %20 (models/vgg_block.ts:9:10)
//   #9 p9 [54,14,15,55,56] 8x1x1 matmul %22 + add %23 + relu %24 + greater %45 + cast %46 (models/vgg_block.ts:18:22)
//   #10 p10 [55,16,57] 8x1x1 dropout %25 (models/vgg_block.ts:18:9)
//   #11 p11 [57,17,18,55] 1x1x1 matmul %26 + add %27 (models/vgg_block.ts:19:12)
//   #12 p12 [1,58] 1x1x1 reduce_sum %35
//   #13 p13 [55,58,1,59] 1x1x1 softmax %28 + mul %36 + sub %37 + mul %39 (models/vgg_block.ts:19:12)
//   #14 p14 [55,1,39,19] 1x1x1 categorical_cross_entropy %29 + mul %31 + add %32
//   #15 p15 [55,1,20] 1x1x1 count_correct %33 + add %34
//   #16 p16 [59,21,38,18] 1x1x1 reduce_sum %40 + mul %151 + mul %152 + sub %153 + add %154 (models/vgg_block.ts:19:12)
//   #17 p17 [59,17,55] 4x1x1 matmul %41 (models/vgg_block.ts:19:12)
//   #18 p18 [57,59,21,37,17] 4x1x1 matmul %42 + mul %147 + mul %148 + sub %149 + add %150 (models/vgg_block.ts:19:12)
//   #19 p10 [55,16,57] 8x1x1 dropout %43 (models/vgg_block.ts:18:9)
//   #20 p19 [57,56,55] 8x1x1 mul %47 (models/vgg_block.ts:18:22)
//   #21 p20 [55,21,36,15] 2x1x1 reduce_sum %48 + mul %143 + mul %144 + sub %145 + add %146 (models/vgg_block.ts:18:22)
//   #22 p21 [55,14,56] 128x1x1 matmul %49 (models/vgg_block.ts:18:22)
//   #23 p22 [54,55,21,35,14] 64x1x1 matmul %50 + mul %139 + mul %140 + sub %141 + add %142 (models/vgg_block.ts:18:22)
//   #24 p23 [52,56,53,54] 128x1x1 max_pool2d_grad %52 + mul %55 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
//   #25 p24 [54,21,34,13] 128x1x1 reduce_sum %56 + mul %135 + mul %136 + sub %137 + add %138 (models/vgg_block.ts:8:39)
//   #26 p25 [54,12,51,52] 32x1x1 conv2d_transpose %57 + mul %61 (models/vgg_block.ts:8:39)
//   #27 p26 [50,54,21,33,12] 36x1x1 conv2d_backprop_filter %58 + mul %131 + mul %132 + sub %133 + add %134 (models/vgg_block.ts:8:39)
//   #28 p24 [52,21,32,11] 128x1x1 reduce_sum %62 + mul %127 + mul %128 + sub %129 + add %130 (models/vgg_block.ts:8:39)
//   #29 p27 [52,10,50] 16x1x1 conv2d_transpose %63 (models/vgg_block.ts:8:39)
//   #30 p28 [49,52,21,31,10] 72x1x1 conv2d_backprop_filter %64 + mul %123 + mul %124 + sub %125 + add %126 (models/vgg_block.ts:8:39)
//   #31 p29 [47,50,48,51] 256x1x1 max_pool2d_grad %65 + mul %68 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
//   #32 p30 [51,21,30,9] 64x1x1 reduce_sum %69 + mul %119 + mul %120 + sub %121 + add %122 (models/vgg_block.ts:8:39)
//   #33 p31 [51,8,46,47] 64x1x1 conv2d_transpose %70 + mul %74 (models/vgg_block.ts:8:39)
//   #34 p32 [45,51,21,29,8] 36x1x1 conv2d_backprop_filter %71 + mul %115 + mul %116 + sub %117 + add %118 (models/vgg_block.ts:8:39)
//   #35 p30 [47,21,28,7] 64x1x1 reduce_sum %75 + mul %111 + mul %112 + sub %113 + add %114 (models/vgg_block.ts:8:39)
//   #36 p33 [47,6,50] 32x1x1 conv2d_transpose %76 (models/vgg_block.ts:8:39)
//   #37 p34 [44,47,21,27,6] 18x1x1 conv2d_backprop_filter %77 + mul %107 + mul %108 + sub %109 + add %110 (models/vgg_block.ts:8:39)
//   #38 p35 [42,50,43,45] 512x1x1 max_pool2d_grad %78 + mul %81 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
//   #39 p36 [45,21,26,5] 32x1x1 reduce_sum %82 + mul %103 + mul %104 + sub %105 + add %106 (models/vgg_block.ts:8:39)
//   #40 p37 [45,4,41,42] 64x1x1 conv2d_transpose %83 + mul %87 (models/vgg_block.ts:8:39)
//   #41 p38 [40,45,21,25,4] 144x1x1 conv2d_backprop_filter %84 + mul %99 + mul %100 + sub %101 + add %102 (models/vgg_block.ts:8:39)
//   #42 p36 [42,21,24,3] 32x1x1 reduce_sum %88 + mul %95 + mul %96 + sub %97 + add %98 (models/vgg_block.ts:8:39)
//   #43 p39 [0,42,21,23,2] 14x1x1 conv2d_backprop_filter %89 + mul %90 + mul %92 + sub %93 + add %94 (models/vgg_block.ts:8:39)

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %85 + cast %86 (models/vgg_block.ts:8:39)
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
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 9u); let kw = ((k / 3u) % 3u); let c = (k % 3u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 64u) * 64u;
  let bi = g / 64u;
  let yo = bi * 131072u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 27u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4096u && k0 + kk < 27u) { v = dlc_a(bi, row0 + r, k0 + kk); }
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

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 + greater %79 + cast %80 (models/vgg_block.ts:8:39)
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
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 64u) * 64u;
  let bi = g / 64u;
  let yo = bi * 131072u;
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
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 288u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 2 (read, read_write)
// dlc kernel: max_pool2d %6 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  out[i] = x[dlc_pool_argmax((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u))];
}

// ---- pipeline 3 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %7 + add %8 + relu %9 + greater %72 + cast %73 (models/vgg_block.ts:8:39)
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
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 32u) * 32u;
  let bi = g / 64u;
  let yo = bi * 65536u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 288u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
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

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %10 + add %11 + relu %12 + greater %66 + cast %67 (models/vgg_block.ts:8:39)
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
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 32u) * 32u;
  let bi = g / 64u;
  let yo = bi * 65536u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
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

// ---- pipeline 5 (read, read_write)
// dlc kernel: max_pool2d %13 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[dlc_pool_argmax((i / 4096u), ((i / 512u) % 8u), ((i / 64u) % 8u), (i % 64u))];
}

// ---- pipeline 6 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %14 + add %15 + relu %16 + greater %59 + cast %60 (models/vgg_block.ts:8:39)
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
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 128u + r];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 8u) * 32u;
  let bi = g / 32u;
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
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

// ---- pipeline 7 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %17 + add %18 + relu %19 + greater %53 + cast %54 (models/vgg_block.ts:8:39)
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
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = (k / 384u); let kw = ((k / 128u) % 3u); let c = (k % 128u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 128u + r];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 8u) * 32u;
  let bi = g / 32u;
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1152u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
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

// ---- pipeline 8 (read, read_write)
// dlc kernel: max_pool2d %20 (models/vgg_block.ts:9:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 2u; kh++) {
    let ih = i32(oh) * 2 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let off = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  out[i] = x[dlc_pool_argmax((i / 2048u), ((i / 512u) % 4u), ((i / 128u) % 4u), (i % 128u))];
}

// ---- pipeline 9 (read, read, read, read_write, read_write)
// dlc kernel: matmul %22 + add %23 + relu %24 + greater %45 + cast %46 (models/vgg_block.ts:18:22)
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
  return in0[0u + r * 2048u + k];
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
    for (var k = sl; k < 2048u; k += 16u) {
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

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: dropout %25 (models/vgg_block.ts:18:9), dropout %43 (models/vgg_block.ts:18:9)
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
  out[i] = select(0.0, x[i] * 2.0, dlc_rng_hash(351865049u, step[0], i) < 2147483648u);
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: matmul %26 + add %27 (models/vgg_block.ts:19:12)
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
  return in0[0u + r * 128u + k];
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
  if (sl == 0u && col < 10u) {
    dlc_mid(yo + (row0 + 0u) * 10u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 10u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 10u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 10u + col, red[768u + c]);
  }
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: reduce_sum %35
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

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: softmax %28 + mul %36 + sub %37 + mul %39 (models/vgg_block.ts:19:12)
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

// ---- pipeline 14 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %29 + mul %31 + add %32
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

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: count_correct %33 + add %34
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

// ---- pipeline 16 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %40 + mul %151 + mul %152 + sub %153 + add %154 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
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

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: matmul %41 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
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
      var v = 0.0; if (col0 + r < 128u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 18 (read, read, read, read_write, read_write)
// dlc kernel: matmul %42 + mul %147 + mul %148 + sub %149 + add %150 (models/vgg_block.ts:19:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
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
  let yo = bi * 1280u;
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

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: mul %47 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %48 + mul %143 + mul %144 + sub %145 + add %146 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
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

// ---- pipeline 21 (read, read, read_write)
// dlc kernel: matmul %49 (models/vgg_block.ts:18:22)
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
  if (g >= 128u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 128u) * 16u + c;
  let row0 = ((g / 128u) % 1u) * 4u;
  let bi = g / 128u;
  let yo = bi * 8192u;
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
    dlc_mid(yo + (row0 + 0u) * 2048u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 2048u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 2048u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 2048u + col, red[768u + c]);
  }
}

// ---- pipeline 22 (read, read, read, read_write, read_write)
// dlc kernel: matmul %50 + mul %139 + mul %140 + sub %141 + add %142 (models/vgg_block.ts:18:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 2048u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 64u;
  let row0 = ((g / 2u) % 32u) * 64u;
  let bi = g / 64u;
  let yo = bi * 262144u;
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

// ---- pipeline 23 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %52 + mul %55 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
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
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      let off = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  let n = (i / 2048u); let ph = ((i / 512u) % 4u); let pw = ((i / 128u) % 4u); let c = (i % 128u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 8, ph == 3u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 8, pw == 3u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 24 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %56 + mul %135 + mul %136 + sub %137 + add %138 (models/vgg_block.ts:8:39), reduce_sum %62 + mul %127 + mul %128 + sub %129 + add %130 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 128u) { return; }
  let base = ((g / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 8192u + ((j / 8u) % 8u) * 1024u + ((j / 1u) % 8u) * 128u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 25 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %57 + mul %61 (models/vgg_block.ts:8:39)
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
  let n = (r / 64u); let yh = ((r / 8u) % 8u); let yw = (r % 8u); let kh = (k / 384u); let kw = ((k / 128u) % 3u); let c = (k % 128u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 8u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 8u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 8u + h) * 8u + wi) * 128u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 128u; let c = k % 128u;
  return in1[t * 16384u + r * 128u + c];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 8u) * 32u;
  let bi = g / 32u;
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1152u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 26 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %58 + mul %131 + mul %132 + sub %133 + add %134 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 384u); let kw = ((r / 128u) % 3u); let c = (r % 128u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 128u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 128u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 64u;
  let row0 = ((g / 2u) % 18u) * 64u;
  let bi = g / 36u;
  let yo = bi * 147456u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 256u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 128u + c0 + 0u, acc0.x); dlc_mid(yo + r * 128u + c0 + 1u, acc0.y); dlc_mid(yo + r * 128u + c0 + 2u, acc0.z); dlc_mid(yo + r * 128u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 128u + c0 + 0u, acc1.x); dlc_mid(yo + r * 128u + c0 + 1u, acc1.y); dlc_mid(yo + r * 128u + c0 + 2u, acc1.z); dlc_mid(yo + r * 128u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 128u + c0 + 0u, acc2.x); dlc_mid(yo + r * 128u + c0 + 1u, acc2.y); dlc_mid(yo + r * 128u + c0 + 2u, acc2.z); dlc_mid(yo + r * 128u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 128u + c0 + 0u, acc3.x); dlc_mid(yo + r * 128u + c0 + 1u, acc3.y); dlc_mid(yo + r * 128u + c0 + 2u, acc3.z); dlc_mid(yo + r * 128u + c0 + 3u, acc3.w); }
}

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: conv2d_transpose %63 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let yh = ((r / 8u) % 8u); let yw = (r % 8u); let kh = (k / 384u); let kw = ((k / 128u) % 3u); let c = (k % 128u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 8u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 8u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 8u + h) * 8u + wi) * 128u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 128u; let c = k % 128u;
  return in1[t * 8192u + r * 128u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 8u) * 32u;
  let bi = g / 16u;
  let yo = bi * 16384u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1152u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 28 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %64 + mul %123 + mul %124 + sub %125 + add %126 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 192u); let kw = ((r / 64u) % 3u); let c = (r % 64u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c];
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
  for (var k0 = 0u; k0 < 256u; k0 += 16u) {
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

// ---- pipeline 29 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %65 + mul %68 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
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
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  let n = (i / 4096u); let ph = ((i / 512u) % 8u); let pw = ((i / 64u) % 8u); let c = (i % 64u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 16, ph == 7u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 16, pw == 7u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 30 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %69 + mul %119 + mul %120 + sub %121 + add %122 (models/vgg_block.ts:8:39), reduce_sum %75 + mul %111 + mul %112 + sub %113 + add %114 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 16384u + ((j / 16u) % 16u) * 1024u + ((j / 1u) % 16u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 31 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %70 + mul %74 (models/vgg_block.ts:8:39)
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
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 64u; let c = k % 64u;
  return in1[t * 4096u + r * 64u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 32u) * 32u;
  let bi = g / 64u;
  let yo = bi * 65536u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 32 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %71 + mul %115 + mul %116 + sub %117 + add %118 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 192u); let kw = ((r / 64u) % 3u); let c = (r % 64u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 18u) * 32u;
  let bi = g / 36u;
  let yo = bi * 36864u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1024u; k0 += 16u) {
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

// ---- pipeline 33 (read, read, read_write)
// dlc kernel: conv2d_transpose %76 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 64u + c];
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
  if (g >= 32u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 32u) * 32u;
  let bi = g / 32u;
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 576u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 34 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %77 + mul %107 + mul %108 + sub %109 + add %110 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
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
  for (var k0 = 0u; k0 < 1024u; k0 += 16u) {
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

// ---- pipeline 35 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %78 + mul %81 (models/vgg_block.ts:9:10, models/vgg_block.ts:8:39)
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
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  let n = (i / 8192u); let ph = ((i / 512u) % 16u); let pw = ((i / 32u) % 16u); let c = (i % 32u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 2, 0); let h1 = select((i32(ph) + 1) * 2, 32, ph == 15u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 32, pw == 15u);
  for (var r = 0u; r < 2u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 36 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %82 + mul %103 + mul %104 + sub %105 + add %106 (models/vgg_block.ts:8:39), reduce_sum %88 + mul %95 + mul %96 + sub %97 + add %98 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 32768u + ((j / 32u) % 32u) * 1024u + ((j / 1u) % 32u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 37 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %83 + mul %87 (models/vgg_block.ts:8:39)
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
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 1024u + r * 32u + c];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 64u) * 64u;
  let bi = g / 64u;
  let yo = bi * 131072u;
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
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 288u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 38 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %84 + mul %99 + mul %100 + sub %101 + add %102 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 144u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 72u) * 4u;
  let bi = g / 144u;
  let yo = bi * 9216u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 4096u; k += 16u) {
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
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]);
  }
}

// ---- pipeline 39 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %89 + mul %90 + mul %92 + sub %93 + add %94 (models/vgg_block.ts:8:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out0[i];
  let x2 = out1[i];
  let v0 = (x0 * acc);
  let v1 = (0.9 * x1);
  let v2 = (v1 - v0);
  let v3 = (x2 + v2);
  out0[i] = v2;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 9u); let kw = ((r / 3u) % 3u); let c = (r % 3u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c];
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
    for (var k = sl; k < 4096u; k += 16u) {
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
