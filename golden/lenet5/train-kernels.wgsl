// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,27,28] 49x1x1 conv2d %0 + add %1 + tanh %2 + mul %54 + sub %55 (models/lenet5.ts:9:5)
//   #1 p1 [27,29] 74x1x1 avg_pool2d %3 (models/lenet5.ts:10:5)
//   #2 p2 [29,4,5,27,30] 13x1x1 conv2d %4 + add %5 + tanh %6 + mul %47 + sub %48 (models/lenet5.ts:11:5)
//   #3 p3 [27,31] 25x1x1 avg_pool2d %7 (models/lenet5.ts:12:5)
//   #4 p4 [31,6,7,27,32] 8x1x1 conv2d %8 + add %9 + tanh %10 + mul %40 + sub %41 (models/lenet5.ts:13:5)
//   #5 p5 [27,8,9,33,34] 6x1x1 matmul %12 + add %13 + tanh %14 + mul %33 + sub %34 (models/lenet5.ts:15:5)
//   #6 p6 [33,10,11,35] 1x1x1 matmul %15 + add %16 (models/lenet5.ts:16:5)
//   #7 p7 [1,36] 1x1x1 reduce_sum %25
//   #8 p8 [35,36,1,37] 1x1x1 softmax %17 + mul %26 + sub %27 + mul %29 (models/lenet5.ts:16:5)
//   #9 p9 [35,1,26,12] 1x1x1 categorical_cross_entropy %18 + mul %20 + add %21
//   #10 p10 [35,1,13] 1x1x1 count_correct %22 + add %23
//   #11 p11 [37,14,25,11] 1x1x1 reduce_sum %30 + mul %96 + mul %97 + sub %98 + add %99 (models/lenet5.ts:16:5)
//   #12 p12 [37,10,34,35] 3x1x1 matmul %31 + mul %35 (models/lenet5.ts:16:5, models/lenet5.ts:15:5)
//   #13 p13 [33,37,14,24,10] 3x1x1 matmul %32 + mul %92 + mul %93 + sub %94 + add %95 (models/lenet5.ts:16:5)
//   #14 p14 [35,14,23,9] 2x1x1 reduce_sum %36 + mul %88 + mul %89 + sub %90 + add %91 (models/lenet5.ts:15:5)
//   #15 p15 [35,8,33] 8x1x1 matmul %37 (models/lenet5.ts:15:5)
//   #16 p16 [27,35,14,22,8] 12x1x1 matmul %38 + mul %84 + mul %85 + sub %86 + add %87 (models/lenet5.ts:15:5)
//   #17 p17 [33,32,27] 8x1x1 mul %42 (models/lenet5.ts:13:5)
//   #18 p18 [27,14,21,7] 2x1x1 reduce_sum %43 + mul %80 + mul %81 + sub %82 + add %83 (models/lenet5.ts:13:5)
//   #19 p19 [27,6,32] 25x1x1 conv2d_transpose %44 (models/lenet5.ts:13:5)
//   #20 p20 [31,27,14,20,6] 52x1x1 conv2d_backprop_filter %45 + mul %76 + mul %77 + sub %78 + add %79 (models/lenet5.ts:13:5)
//   #21 p21 [32,27] 100x1x1 avg_pool2d_grad %46 (models/lenet5.ts:12:5)
//   #22 p22 [27,30,31] 100x1x1 mul %49 (models/lenet5.ts:11:5)
//   #23 p23 [31,14,19,5] 16x1x1 reduce_sum %50 + mul %72 + mul %73 + sub %74 + add %75 (models/lenet5.ts:11:5)
//   #24 p24 [31,4,30] 25x1x1 conv2d_transpose %51 (models/lenet5.ts:11:5)
//   #25 p25 [29,31,14,18,4] 38x1x1 conv2d_backprop_filter %52 + mul %68 + mul %69 + sub %70 + add %71 (models/lenet5.ts:11:5)
//   #26 p26 [30,27] 294x1x1 avg_pool2d_grad %53 (models/lenet5.ts:10:5)
//   #27 p27 [27,28,30] 294x1x1 mul %56 (models/lenet5.ts:9:5)
//   #28 p28 [30,14,17,3] 6x1x1 reduce_sum %57 + mul %64 + mul %65 + sub %66 + add %67 (models/lenet5.ts:9:5)
//   #29 p29 [0,30,14,16,2] 7x1x1 conv2d_backprop_filter %58 + mul %59 + mul %61 + sub %62 + add %63 (models/lenet5.ts:9:5)

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + tanh %2 + mul %54 + sub %55 (models/lenet5.ts:9:5)
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
  let c1 = i % 6u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = dlc_tanh(v0);
  let v2 = (v1 * v1);
  let v3 = (1.0 - v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 784u); let oh = ((r / 28u) % 28u); let ow = (r % 28u); let kh = (k / 5u); let kw = (k % 5u); let c = 0u;
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 28u && u32(iw) < 28u)) { return 0.0; }
  return in0[((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 6u + r];
}
var<workgroup> As: array<vec4<f32>, 256>;
var<workgroup> Bs: array<vec4<f32>, 256>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 49u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 49u) * 64u;
  let bi = g / 49u;
  let yo = bi * 18816u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 25u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (row0 + r < 3136u && k0 + kk < 25u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 6u && k0 + kk < 25u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc0.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc0.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc0.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc1.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc1.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc1.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc2.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc2.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc2.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc3.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc3.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc3.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc3.w); } }
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
// dlc kernel: conv2d %4 + add %5 + tanh %6 + mul %47 + sub %48 (models/lenet5.ts:11:5)
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
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = dlc_tanh(v0);
  let v2 = (v1 * v1);
  let v3 = (1.0 - v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 100u); let oh = ((r / 10u) % 10u); let ow = (r % 10u); let kh = (k / 30u); let kw = ((k / 6u) % 5u); let c = (k % 6u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 14u && u32(iw) < 14u)) { return 0.0; }
  return in0[((n * 14u + u32(ih)) * 14u + u32(iw)) * 6u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 13u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 13u) * 32u;
  let bi = g / 13u;
  let yo = bi * 6400u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 150u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 400u && k0 + kk < 150u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 150u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 400u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 400u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 400u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 400u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } } }
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
// dlc kernel: conv2d %8 + add %9 + tanh %10 + mul %40 + sub %41 (models/lenet5.ts:13:5)
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
  let c1 = i % 120u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = dlc_tanh(v0);
  let v2 = (v1 * v1);
  let v3 = (1.0 - v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = r; let oh = 0u; let ow = 0u; let kh = (k / 80u); let kw = ((k / 16u) % 5u); let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 5u && u32(iw) < 5u)) { return 0.0; }
  return in0[((n * 5u + u32(ih)) * 5u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 120u + r];
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
  let yo = bi * 480u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 120u) {
    for (var k = sl; k < 400u; k += 16u) {
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
  if (sl == 0u && col < 120u) {
    dlc_mid(yo + (row0 + 0u) * 120u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 120u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 120u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 120u + col, red[768u + c]);
  }
}

// ---- pipeline 5 (read, read, read, read_write, read_write)
// dlc kernel: matmul %12 + add %13 + tanh %14 + mul %33 + sub %34 (models/lenet5.ts:15:5)
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
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = dlc_tanh(v0);
  let v2 = (v1 * v1);
  let v3 = (1.0 - v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 120u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 84u];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 6u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 6u) * 16u + c;
  let row0 = ((g / 6u) % 1u) * 4u;
  let bi = g / 6u;
  let yo = bi * 336u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 84u) {
    for (var k = sl; k < 120u; k += 16u) {
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
  if (sl == 0u && col < 84u) {
    dlc_mid(yo + (row0 + 0u) * 84u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 84u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 84u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 84u + col, red[768u + c]);
  }
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %15 + add %16 (models/lenet5.ts:16:5)
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
  return in0[0u + r * 84u + k];
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
    for (var k = sl; k < 84u; k += 16u) {
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

// ---- pipeline 7 (read, read_write)
// dlc kernel: reduce_sum %25
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
// dlc kernel: softmax %17 + mul %26 + sub %27 + mul %29 (models/lenet5.ts:16:5)
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

// ---- pipeline 9 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %18 + mul %20 + add %21
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

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: count_correct %22 + add %23
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

// ---- pipeline 11 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %30 + mul %96 + mul %97 + sub %98 + add %99 (models/lenet5.ts:16:5)
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

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %31 + mul %35 (models/lenet5.ts:16:5, models/lenet5.ts:15:5)
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
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 1u) * 32u;
  let bi = g / 3u;
  let yo = bi * 336u;
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
      var v = 0.0; if (col0 + r < 84u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc0.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc0.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc0.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc1.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc1.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc1.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc2.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc2.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc2.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc3.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc3.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc3.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 13 (read, read, read, read_write, read_write)
// dlc kernel: matmul %32 + mul %92 + mul %93 + sub %94 + add %95 (models/lenet5.ts:16:5)
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
  return in0[0u + r + k * 84u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 3u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 3u) * 32u;
  let bi = g / 3u;
  let yo = bi * 840u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 84u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 84u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 84u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 84u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 84u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 14 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %36 + mul %88 + mul %89 + sub %90 + add %91 (models/lenet5.ts:15:5)
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
  if (i >= 84u) { return; }
  let base = ((i / 1u) % 84u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 84u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: matmul %37 (models/lenet5.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 84u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 84u + k];
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
  let yo = bi * 480u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 120u) {
    for (var k = sl; k < 84u; k += 16u) {
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
  if (sl == 0u && col < 120u) {
    dlc_mid(yo + (row0 + 0u) * 120u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 120u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 120u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 120u + col, red[768u + c]);
  }
}

// ---- pipeline 16 (read, read, read, read_write, read_write)
// dlc kernel: matmul %38 + mul %84 + mul %85 + sub %86 + add %87 (models/lenet5.ts:15:5)
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
  return in0[0u + r + k * 120u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 84u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 12u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 3u) * 32u;
  let row0 = ((g / 3u) % 4u) * 32u;
  let bi = g / 12u;
  let yo = bi * 10080u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 120u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 84u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 120u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc0.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc0.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc0.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 120u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc1.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc1.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc1.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 120u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc2.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc2.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc2.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 120u) { if (c0 + 0u < 84u) { dlc_mid(yo + r * 84u + c0 + 0u, acc3.x); } if (c0 + 1u < 84u) { dlc_mid(yo + r * 84u + c0 + 1u, acc3.y); } if (c0 + 2u < 84u) { dlc_mid(yo + r * 84u + c0 + 2u, acc3.z); } if (c0 + 3u < 84u) { dlc_mid(yo + r * 84u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: mul %42 (models/lenet5.ts:13:5)
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
  if (i >= 480u) { return; }
  dlc_mid(i);
}

// ---- pipeline 18 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %43 + mul %80 + mul %81 + sub %82 + add %83 (models/lenet5.ts:13:5)
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
  if (i >= 120u) { return; }
  let base = ((i / 1u) % 120u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 120u + ((j / 1u) % 1u) * 120u + ((j / 1u) % 1u) * 120u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: conv2d_transpose %44 (models/lenet5.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 25u); let yh = ((r / 5u) % 5u); let yw = (r % 5u); let kh = (k / 600u); let kw = ((k / 120u) % 5u); let c = (k % 120u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 1u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 1u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 1u + h) * 1u + wi) * 120u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 120u; let c = k % 120u;
  return in1[t * 1920u + r * 120u + c];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 25u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 25u) * 4u;
  let bi = g / 25u;
  let yo = bi * 1600u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 3000u; k += 16u) {
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
    dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]);
  }
}

// ---- pipeline 20 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %45 + mul %76 + mul %77 + sub %78 + add %79 (models/lenet5.ts:13:5)
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
  let kh = (r / 80u); let kw = ((r / 16u) % 5u); let c = (r % 16u); let n = k; let oh = 0u; let ow = 0u;
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 5u && u32(iw) < 5u)) { return 0.0; }
  return in0[((n * 5u + u32(ih)) * 5u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 120u + r];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 52u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 13u) * 32u;
  let bi = g / 52u;
  let yo = bi * 48000u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 400u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 120u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 400u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc0.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc0.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc0.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 400u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc1.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc1.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc1.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 400u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc2.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc2.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc2.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 400u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc3.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc3.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc3.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: avg_pool2d_grad %46 (models/lenet5.ts:12:5)
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

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: mul %49 (models/lenet5.ts:11:5)
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
  if (i >= 6400u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %50 + mul %72 + mul %73 + sub %74 + add %75 (models/lenet5.ts:11:5)
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

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: conv2d_transpose %51 (models/lenet5.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 196u); let yh = ((r / 14u) % 14u); let yw = (r % 14u); let kh = (k / 80u); let kw = ((k / 16u) % 5u); let c = (k % 16u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 10u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 10u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 10u + h) * 10u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 96u + r * 16u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 25u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 25u) * 32u;
  let bi = g / 25u;
  let yo = bi * 4704u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 400u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 784u && k0 + kk < 400u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 6u && k0 + kk < 400u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 784u) { if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc0.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc0.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc0.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 784u) { if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc1.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc1.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc1.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 784u) { if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc2.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc2.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc2.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 784u) { if (c0 + 0u < 6u) { dlc_mid(yo + r * 6u + c0 + 0u, acc3.x); } if (c0 + 1u < 6u) { dlc_mid(yo + r * 6u + c0 + 1u, acc3.y); } if (c0 + 2u < 6u) { dlc_mid(yo + r * 6u + c0 + 2u, acc3.z); } if (c0 + 3u < 6u) { dlc_mid(yo + r * 6u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 25 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %52 + mul %68 + mul %69 + sub %70 + add %71 (models/lenet5.ts:11:5)
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
  let kh = (r / 30u); let kw = ((r / 6u) % 5u); let c = (r % 6u); let n = (k / 100u); let oh = ((k / 10u) % 10u); let ow = (k % 10u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 14u && u32(iw) < 14u)) { return 0.0; }
  return in0[((n * 14u + u32(ih)) * 14u + u32(iw)) * 6u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 38u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 38u) * 4u;
  let bi = g / 38u;
  let yo = bi * 2400u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 400u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 149u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 149u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 149u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 149u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    if (row0 + 0u < 150u) { dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]); }
    if (row0 + 1u < 150u) { dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]); }
    if (row0 + 2u < 150u) { dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]); }
    if (row0 + 3u < 150u) { dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]); }
  }
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: avg_pool2d_grad %53 (models/lenet5.ts:10:5)
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

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: mul %56 (models/lenet5.ts:9:5)
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
  if (i >= 18816u) { return; }
  dlc_mid(i);
}

// ---- pipeline 28 (read, read, read_write, read_write)
// dlc kernel: reduce_sum %57 + mul %64 + mul %65 + sub %66 + add %67 (models/lenet5.ts:9:5)
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

// ---- pipeline 29 (read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %58 + mul %59 + mul %61 + sub %62 + add %63 (models/lenet5.ts:9:5)
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
  let kh = (r / 5u); let kw = (r % 5u); let c = 0u; let n = (k / 784u); let oh = ((k / 28u) % 28u); let ow = (k % 28u);
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 28u && u32(iw) < 28u)) { return 0.0; }
  return in0[((n * 28u + u32(ih)) * 28u + u32(iw)) * 1u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 6u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 7u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 7u) * 4u;
  let bi = g / 7u;
  let yo = bi * 150u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 6u) {
    for (var k = sl; k < 3136u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 24u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 24u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 24u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 24u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u && col < 6u) {
    if (row0 + 0u < 25u) { dlc_mid(yo + (row0 + 0u) * 6u + col, red[0u + c]); }
    if (row0 + 1u < 25u) { dlc_mid(yo + (row0 + 1u) * 6u + col, red[256u + c]); }
    if (row0 + 2u < 25u) { dlc_mid(yo + (row0 + 2u) * 6u + col, red[512u + c]); }
    if (row0 + 3u < 25u) { dlc_mid(yo + (row0 + 3u) * 6u + col, red[768u + c]); }
  }
}
