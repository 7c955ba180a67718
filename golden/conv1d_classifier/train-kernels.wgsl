// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,32] 5x1x1 pad %0 (models/conv1d_classifier.ts:10:5)
//   #1 p1 [32,2,3,33] 32x1x1 conv2d %2 + add %3 (models/conv1d_classifier.ts:10:5)
//   #2 p2 [33,34] 32x1x1 relu %5 (models/conv1d_classifier.ts:10:5)
//   #3 p3 [34,35] 36x1x1 pad %7 (models/conv1d_classifier.ts:11:5)
//   #4 p4 [35,4,5,34] 4x1x1 conv2d %9 + add %10 (models/conv1d_classifier.ts:11:5)
//   #5 p2 [34,36] 32x1x1 relu %12 (models/conv1d_classifier.ts:11:5)
//   #6 p5 [36,37] 16x1x1 max_pool2d %14 (models/conv1d_classifier.ts:12:5)
//   #7 p6 [38] 1x1x1 constant %16 (models/conv1d_classifier.ts:13:5)
//   #8 p7 [38,6,39] 1x1x1 dropout %17 (models/conv1d_classifier.ts:13:5)
//   #9 p8 [37,39,38] 16x1x1 mul %18 (models/conv1d_classifier.ts:13:5)
//   #10 p9 [38,7,8,37] 2x1x1 conv2d %21 + add %22 (models/conv1d_classifier.ts:14:5)
//   #11 p10 [37,40] 28x1x1 relu %24 (models/conv1d_classifier.ts:14:5)
//   #12 p11 [40,41] 2x1x1 reduce_max %25 (models/conv1d_classifier.ts:15:5)
//   #13 p12 [41,9,10,42] 1x1x1 matmul %26 + add %27 (models/conv1d_classifier.ts:16:5)
//   #14 p13 [1,43] 1x1x1 one_hot %36
//   #15 p14 [43,44] 1x1x1 reduce_sum %37
//   #16 p15 [42,44,43,45] 1x1x1 softmax %28 + mul %38 + sub %39 + mul %41 (models/conv1d_classifier.ts:16:5)
//   #17 p16 [42,1,31,11] 1x1x1 sparse_categorical_cross_entropy %29 + mul %31 + add %32
//   #18 p17 [42,1,12] 1x1x1 count_correct %33 + add %34
//   #19 p18 [14,13,44] 1x1x1 pow %93 + sub %94 + pow %96 + sub %97 + sqrt %98 + mul %99 + div %100
//   #20 p19 [45,44,29,30,10] 1x1x1 reduce_sum %42 + sub %179 + mul %180 + add %181 + square %182 + sub %183 + mul %184 + add %185 + mul %186 + sqrt %187 + add %188 + div %189 + sub %190 (models/conv1d_classifier.ts:16:5)
//   #21 p20 [45,9,42] 1x1x1 matmul %43 (models/conv1d_classifier.ts:16:5)
//   #22 p21 [41,45,44,27,28,43] 1x1x1 matmul %44 + sub %167 + mul %168 + add %169 + square %170 + sub %171 + mul %172 + add %173 + mul %174 (models/conv1d_classifier.ts:16:5)
//   #23 p22 [40,41,45] 28x1x1 equal %46 + cast %47 (models/conv1d_classifier.ts:15:5)
//   #24 p23 [45,42,41] 2x1x1 reduce_sum %48 + div %50 (models/conv1d_classifier.ts:15:5)
//   #25 p24 [45,41,37,40] 28x1x1 mul %51 + greater %53 + cast %54 + mul %55 (models/conv1d_classifier.ts:15:5, models/conv1d_classifier.ts:14:5)
//   #26 p25 [40,44,25,26,8] 1x1x1 reduce_sum %57 + sub %155 + mul %156 + add %157 + square %158 + sub %159 + mul %160 + add %161 + mul %162 + sqrt %163 + add %164 + div %165 + sub %166 (models/conv1d_classifier.ts:14:5)
//   #27 p26 [40,7,37] 2x1x1 conv2d_transpose %58 (models/conv1d_classifier.ts:14:5)
//   #28 p27 [38,40,45] 2x1x1 conv2d_backprop_filter %59 (models/conv1d_classifier.ts:14:5)
//   #29 p8 [37,39,38] 16x1x1 mul %62 (models/conv1d_classifier.ts:13:5)
//   #30 p28 [36,38,37] 16x1x1 max_pool2d_grad %64 (models/conv1d_classifier.ts:12:5)
//   #31 p29 [34,37,36] 32x1x1 greater %66 + cast %67 + mul %68 (models/conv1d_classifier.ts:11:5)
//   #32 p30 [36,44,21,22,5] 1x1x1 reduce_sum %70 + sub %131 + mul %132 + add %133 + square %134 + sub %135 + mul %136 + add %137 + mul %138 + sqrt %139 + add %140 + div %141 + sub %142 (models/conv1d_classifier.ts:11:5)
//   #33 p31 [36,4,34] 5x1x1 conv2d_transpose %71 (models/conv1d_classifier.ts:11:5)
//   #34 p32 [35,36,38] 2x1x1 conv2d_backprop_filter %72 (models/conv1d_classifier.ts:11:5)
//   #35 p33 [34,36] 32x1x1 slice %74 (models/conv1d_classifier.ts:11:5)
//   #36 p29 [33,36,37] 32x1x1 greater %76 + cast %77 + mul %78 (models/conv1d_classifier.ts:10:5)
//   #37 p30 [37,44,17,18,3] 1x1x1 reduce_sum %80 + sub %107 + mul %108 + add %109 + square %110 + sub %111 + mul %112 + add %113 + mul %114 + sqrt %115 + add %116 + div %117 + sub %118 (models/conv1d_classifier.ts:10:5)
//   #38 p34 [32,37,41] 2x1x1 conv2d_backprop_filter %81 (models/conv1d_classifier.ts:10:5)
//   #39 p35 [41,44,15,16,2] 2x1x1 sub %84 + mul %85 + add %86 + square %88 + sub %89 + mul %90 + add %91 + mul %101 + sqrt %102 + add %104 + div %105 + sub %106
//   #40 p36 [38,44,19,20,4] 12x1x1 sub %119 + mul %120 + add %121 + square %122 + sub %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130
//   #41 p37 [45,44,23,24,7] 24x1x1 sub %143 + mul %144 + add %145 + square %146 + sub %147 + mul %148 + add %149 + mul %150 + sqrt %151 + add %152 + div %153 + sub %154
//   #42 p38 [28,43,9] 2x1x1 sqrt %175 + add %176 + div %177 + sub %178

// ---- pipeline 0 (read, read_write)
// dlc kernel: pad %0 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 272u) { return; }
  let c0 = (i / 68u);
  let c1 = 0u;
  let c2 = ((i / 2u) % 34u) - 2u;
  let c3 = (i % 2u);
  if (c2 < 32u) { out[i] = x[c0 * 64u + c1 * 64u + c2 * 2u + c3]; } else { out[i] = 0.0; }
}

// ---- pipeline 1 (read, read, read, read_write)
// dlc kernel: conv2d %2 + add %3 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 1u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 34u)) { continue; }
      let xb = ((n * 1u + u32(ih)) * 34u + u32(iw)) * 2u;
      let wb = (kh * 3u + kw) * 32u + co;
      for (var c = 0u; c < 2u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i, dlc_conv((i / 512u), 0u, ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: relu %5 (models/conv1d_classifier.ts:10:5), relu %12 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = max(x0, 0.0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: pad %7 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2304u) { return; }
  let c0 = (i / 576u);
  let c1 = 0u;
  let c2 = ((i / 16u) % 36u) - 4u;
  let c3 = (i % 16u);
  if (c2 < 32u) { out[i] = x[c0 * 512u + c1 * 512u + c2 * 16u + c3]; } else { out[i] = 0.0; }
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: conv2d %9 + add %10 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 32u); let oh = 0u; let ow = (r % 32u); let kh = 0u; let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw) * 2;
  if (!(u32(ih) < 1u && u32(iw) < 36u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 36u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 2048u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 48u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 48u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: max_pool2d %14 (models/conv1d_classifier.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 1u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 1u + u32(ih)) * 32u + u32(iw)) * 16u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  out[i] = x[dlc_pool_argmax((i / 256u), 0u, ((i / 16u) % 16u), (i % 16u))];
}

// ---- pipeline 6 (read_write)
// dlc kernel: constant %16 (models/conv1d_classifier.ts:13:5)
@group(0) @binding(0) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  out[i] = 1.0;
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: dropout %17 (models/conv1d_classifier.ts:13:5)
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
  if (i >= 64u) { return; }
  out[i] = select(0.0, x[i] * 1.1111112, dlc_rng_hash(2093058811u, step[0], i) < 3865470566u);
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: mul %18 (models/conv1d_classifier.ts:13:5), mul %62 (models/conv1d_classifier.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 256u);
  let c2 = i % 16u;
  let x0 = in0[i];
  let x1 = in1[c0 * 16u + c2];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read, read_write)
// dlc kernel: conv2d %21 + add %22 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 14u); let oh = 0u; let ow = (r % 14u); let kh = 0u; let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 1u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 16u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1792u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 48u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 56u && k0 + kk < 48u) { v = dlc_a(bi, row0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 56u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 56u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 56u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 56u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: relu %24 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = max(x0, 0.0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1792u) { return; }
  dlc_mid(i);
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: reduce_max %25 (models/conv1d_classifier.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 32u) % 4u) * 448u + ((i / 1u) % 32u) * 1u;
  var acc = -3.4028234e38;
  for (var j = 0u; j < 14u; j++) { acc = max(acc, in0[base + ((j / 1u) % 14u) * 32u]); }
  dlc_mid(i, acc);
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %26 + add %27 (models/conv1d_classifier.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 4u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 4u];
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
  let yo = bi * 16u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 4u) {
    for (var k = sl; k < 32u; k += 16u) {
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
  if (sl == 0u && col < 4u) {
    dlc_mid(yo + (row0 + 0u) * 4u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 4u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 4u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 4u + col, red[768u + c]);
  }
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: one_hot %36
@group(0) @binding(0) var<storage, read> indices: array<i32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = select(0.0, 1.0, indices[i / 4u] == i32(i % 4u));
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: reduce_sum %37
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 4u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 15 (read, read, read, read_write)
// dlc kernel: softmax %28 + mul %38 + sub %39 + mul %41 (models/conv1d_classifier.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 4u);
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
  let base = i * 4u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 4u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 4u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 4u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 16 (read, read, read_write, read_write)
// dlc kernel: sparse_categorical_cross_entropy %29 + mul %31 + add %32
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> labels: array<i32>;
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
  for (var k = 1u; k < 4u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 4u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let label = labels[k];
  if (label < 0i || label >= 4i) { return 0.0; }
  let base = k * 4u;
  return -dlc_log_q(pred[base + u32(label)], dlc_row_norm(base));
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

// ---- pipeline 17 (read, read, read_write)
// dlc kernel: count_correct %33 + add %34
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> truth: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_argmax_pred(base: u32) -> u32 {
  var best = pred[base];
  var arg = 0u;
  for (var c = 1u; c < 4u; c++) {
    let v = pred[base + c];
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
    let base = k * 4u;
    if (dlc_argmax_pred(base) == u32(truth[k])) { acc += 1.0; }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total); }
}

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: pow %93 + sub %94 + pow %96 + sub %97 + sqrt %98 + mul %99 + div %100
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = dlc_pow(0.9, x0);
  let v1 = (1.0 - v0);
  let v2 = dlc_pow(0.999, x0);
  let v3 = (1.0 - v2);
  let v4 = sqrt(v3);
  let v5 = (x1 * v4);
  let v6 = (v5 / v1);
  out0[i] = v6;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %42 + sub %179 + mul %180 + add %181 + square %182 + sub %183 + mul %184 + add %185 + mul %186 + sqrt %187 + add %188 + div %189 + sub %190 (models/conv1d_classifier.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 4u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 20 (read, read, read_write)
// dlc kernel: matmul %43 (models/conv1d_classifier.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 4u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 4u + k];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 128u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 4u && k0 + kk < 4u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 21 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %44 + sub %167 + mul %168 + add %169 + square %170 + sub %171 + mul %172 + add %173 + mul %174 (models/conv1d_classifier.ts:16:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in2[0u];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v7;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 32u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 4u];
}
var<workgroup> As: array<vec4<f32>, 32>;
var<workgroup> Bs: array<vec4<f32>, 32>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
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
      var v = 0.0; if (col0 + r < 4u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc0.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc0.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc0.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc1.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc1.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc1.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc2.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc2.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc2.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc3.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc3.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc3.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: equal %46 + cast %47 (models/conv1d_classifier.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 448u);
  let c2 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c0 * 32u + c2];
  let v0 = (x0 == x1);
  let v1 = select(f32(0), f32(1), v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1792u) { return; }
  dlc_mid(i);
}

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: reduce_sum %48 + div %50 (models/conv1d_classifier.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[i];
  let v0 = (x0 / acc);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 32u) % 4u) * 448u + ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 14u; j++) { acc = acc + in0[base + ((j / 1u) % 14u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 24 (read, read, read, read_write)
// dlc kernel: mul %51 + greater %53 + cast %54 + mul %55 (models/conv1d_classifier.ts:15:5, models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 448u);
  let c2 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c0 * 32u + c2];
  let x2 = in2[i];
  let v0 = (x0 * x1);
  let v1 = (x2 > 0.0);
  let v2 = select(f32(0), f32(1), v1);
  let v3 = (v0 * v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1792u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %57 + sub %155 + mul %156 + add %157 + square %158 + sub %159 + mul %160 + add %161 + mul %162 + sqrt %163 + add %164 + div %165 + sub %166 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 56u; j++) { acc = acc + in0[base + ((j / 14u) % 4u) * 448u + ((j / 14u) % 1u) * 448u + ((j / 1u) % 14u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 26 (read, read, read_write)
// dlc kernel: conv2d_transpose %58 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 16u); let yh = 0u; let yw = (r % 16u); let kh = 0u; let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 1u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 14u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 1u + h) * 14u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 512u + r * 32u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 96u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 96u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %59 (models/conv1d_classifier.ts:14:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = 0u; let kw = ((r / 16u) % 3u); let c = (r % 16u); let n = (k / 14u); let oh = 0u; let ow = (k % 14u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 1u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 16u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1536u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 56u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 48u && k0 + kk < 56u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 56u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 48u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (r < 48u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (r < 48u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (r < 48u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: max_pool2d_grad %64 (models/conv1d_classifier.ts:12:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 1u)) { continue; }
    for (var kw = 0u; kw < 2u; kw++) {
      let iw = i32(ow) * 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let off = ((n * 1u + u32(ih)) * 32u + u32(iw)) * 16u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  let n = (i / 256u); let ph = 0u; let pw = ((i / 16u) % 16u); let c = (i % 16u);
  let at = dlc_pool_argmax(n, ph, pw, c);
  let g = dy[i];
  let h0 = max(i32(ph) * 1, 0); let h1 = select((i32(ph) + 1) * 1, 1, ph == 0u);
  let w0 = max(i32(pw) * 2, 0); let w1 = select((i32(pw) + 1) * 2, 32, pw == 15u);
  for (var r = 0u; r < 1u; r++) {
    let ih = h0 + i32(r);
    if (ih >= h1) { break; }
    for (var q = 0u; q < 2u; q++) {
      let iw = w0 + i32(q);
      if (iw >= w1) { break; }
      let off = ((n * 1u + u32(ih)) * 32u + u32(iw)) * 16u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 29 (read, read, read_write)
// dlc kernel: greater %66 + cast %67 + mul %68 (models/conv1d_classifier.ts:11:5), greater %76 + cast %77 + mul %78 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 > 0.0);
  let v1 = select(f32(0), f32(1), v0);
  let v2 = (x1 * v1);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 30 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %70 + sub %131 + mul %132 + add %133 + square %134 + sub %135 + mul %136 + add %137 + mul %138 + sqrt %139 + add %140 + div %141 + sub %142 (models/conv1d_classifier.ts:11:5), reduce_sum %80 + sub %107 + mul %108 + add %109 + square %110 + sub %111 + mul %112 + add %113 + mul %114 + sqrt %115 + add %116 + div %117 + sub %118 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out0[i];
  let x1 = out1[i];
  let x2 = in1[0u];
  let x3 = out2[i];
  let v0 = (acc - x0);
  let v1 = (0.1 * v0);
  let v2 = (x0 + v1);
  let v3 = dlc_square_f32(acc);
  let v4 = (v3 - x1);
  let v5 = (0.001 * v4);
  let v6 = (x1 + v5);
  let v7 = (x2 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x3 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  let base = ((i / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 128u; j++) { acc = acc + in0[base + ((j / 32u) % 4u) * 512u + ((j / 32u) % 1u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: conv2d_transpose %71 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 36u); let yh = 0u; let yw = (r % 36u); let kh = 0u; let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 1u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw) * 2; if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 1u + h) * 32u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 256u + r * 16u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 5u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 5u) * 32u;
  let bi = g / 5u;
  let yo = bi * 2304u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 48u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 144u && k0 + kk < 48u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 48u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 144u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 144u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 144u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 144u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 32 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %72 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = 0u; let kw = ((r / 16u) % 3u); let c = (r % 16u); let n = (k / 32u); let oh = 0u; let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw) * 2;
  if (!(u32(ih) < 1u && u32(iw) < 36u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 36u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 48u && k0 + kk < 128u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 128u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 48u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 48u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 48u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 48u) { if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: slice %74 (models/conv1d_classifier.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  out[i] = x[(i / 512u) * 576u + ((i / 16u) % 32u) * 16u + (i % 16u) + 64u];
}

// ---- pipeline 34 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %81 (models/conv1d_classifier.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = 0u; let kw = ((r / 2u) % 3u); let c = (r % 2u); let n = (k / 32u); let oh = 0u; let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 1u && u32(iw) < 34u)) { return 0.0; }
  return in0[((n * 1u + u32(ih)) * 34u + u32(iw)) * 2u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 2u) * 4u;
  let bi = g / 2u;
  let yo = bi * 96u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 128u; k += 16u) {
      let bv = dlc_b(bi, col, k);
      acc0 = fma(dlc_a(bi, min(row0 + 0u, 5u), k), bv, acc0); acc1 = fma(dlc_a(bi, min(row0 + 1u, 5u), k), bv, acc1); acc2 = fma(dlc_a(bi, min(row0 + 2u, 5u), k), bv, acc2); acc3 = fma(dlc_a(bi, min(row0 + 3u, 5u), k), bv, acc3);
    }
  }
  red[0u + lane] = acc0; red[256u + lane] = acc1; red[512u + lane] = acc2; red[768u + lane] = acc3;
  workgroupBarrier();
  for (var st = 8u; st > 0u; st >>= 1u) {
    if (sl < st) { red[0u + lane] += red[0u + lane + st * 16u]; red[256u + lane] += red[256u + lane + st * 16u]; red[512u + lane] += red[512u + lane + st * 16u]; red[768u + lane] += red[768u + lane + st * 16u]; }
    workgroupBarrier();
  }
  if (sl == 0u) {
    if (row0 + 0u < 6u) { dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]); }
    if (row0 + 1u < 6u) { dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]); }
    if (row0 + 2u < 6u) { dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]); }
    if (row0 + 3u < 6u) { dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]); }
  }
}

// ---- pipeline 35 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %84 + mul %85 + add %86 + square %88 + sub %89 + mul %90 + add %91 + mul %101 + sqrt %102 + add %104 + div %105 + sub %106
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = out0[i];
  let x2 = out1[i];
  let x3 = in1[0u];
  let x4 = out2[i];
  let v0 = (x0 - x1);
  let v1 = (0.1 * v0);
  let v2 = (x1 + v1);
  let v3 = dlc_square_f32(x0);
  let v4 = (v3 - x2);
  let v5 = (0.001 * v4);
  let v6 = (x2 + v5);
  let v7 = (x3 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x4 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 96u) { return; }
  dlc_mid(i);
}

// ---- pipeline 36 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %119 + mul %120 + add %121 + square %122 + sub %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = out0[i];
  let x2 = out1[i];
  let x3 = in1[0u];
  let x4 = out2[i];
  let v0 = (x0 - x1);
  let v1 = (0.1 * v0);
  let v2 = (x1 + v1);
  let v3 = dlc_square_f32(x0);
  let v4 = (v3 - x2);
  let v5 = (0.001 * v4);
  let v6 = (x2 + v5);
  let v7 = (x3 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x4 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 37 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %143 + mul %144 + add %145 + square %146 + sub %147 + mul %148 + add %149 + mul %150 + sqrt %151 + add %152 + div %153 + sub %154
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
@group(0) @binding(4) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = out0[i];
  let x2 = out1[i];
  let x3 = in1[0u];
  let x4 = out2[i];
  let v0 = (x0 - x1);
  let v1 = (0.1 * v0);
  let v2 = (x1 + v1);
  let v3 = dlc_square_f32(x0);
  let v4 = (v3 - x2);
  let v5 = (0.001 * v4);
  let v6 = (x2 + v5);
  let v7 = (x3 * v2);
  let v8 = sqrt(v6);
  let v9 = (v8 + 1e-7);
  let v10 = (v7 / v9);
  let v11 = (x4 - v10);
  out0[i] = v2;
  out1[i] = v6;
  out2[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read, read_write)
// dlc kernel: sqrt %175 + add %176 + div %177 + sub %178
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = out0[i];
  let v0 = sqrt(x0);
  let v1 = (v0 + 1e-7);
  let v2 = (x1 / v1);
  let v3 = (x2 - v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}
