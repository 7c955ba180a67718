// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,45,46] 32x1x1 conv2d %0 + add %1 + relu %2 + greater %90 + cast %91 (models/separable_cnn.ts:9:5)
//   #1 p1 [45,4,47] 128x1x1 depthwise_conv2d %3 (models/separable_cnn.ts:10:5)
//   #2 p2 [47,48,7] 8x1x1 reduce_mean %4 + mul %10 + mul %11 + add %12 (models/separable_cnn.ts:11:5)
//   #3 p3 [47,48,49,50] 128x1x1 sub %5 + square %6 (models/separable_cnn.ts:11:5)
//   #4 p4 [50,51,8,52] 8x1x1 reduce_mean %7 + mul %13 + mul %14 + add %15 + add %74 + rsqrt %75 (models/separable_cnn.ts:11:5)
//   #5 p5 [47,5,6,48,51,50] 8x1x1 batch_norm %16 (models/separable_cnn.ts:11:5)
//   #6 p6 [50,47,48] 128x1x1 relu %17 + minimum %19 + less_equal %68 (models/separable_cnn.ts:12:5)
//   #7 p7 [47,9,10,51,53] 256x1x1 conv2d %20 + add %21 + relu %22 + greater %62 + cast %63 (models/separable_cnn.ts:13:5)
//   #8 p8 [51,54] 64x1x1 max_pool2d %23 (models/separable_cnn.ts:14:5)
//   #9 p9 [54,11,55] 64x1x1 depthwise_conv2d %24 (models/separable_cnn.ts:15:5)
//   #10 p10 [55,12,13,56,57] 8x1x1 conv2d %25 + add %26 + relu %27 + greater %53 + cast %54 (models/separable_cnn.ts:15:5)
//   #11 p11 [56,58] 2x1x1 global_avg_pool2d %28 (models/separable_cnn.ts:16:5)
//   #12 p12 [58,14,15,56] 1x1x1 matmul %29 + add %30 (models/separable_cnn.ts:17:5)
//   #13 p13 [1,59] 1x1x1 one_hot %39
//   #14 p14 [59,60] 1x1x1 reduce_sum %40
//   #15 p15 [56,60,59,61] 1x1x1 softmax %31 + mul %41 + sub %42 + mul %44 (models/separable_cnn.ts:17:5)
//   #16 p16 [56,1,44,16] 1x1x1 sparse_categorical_cross_entropy %32 + mul %34 + add %35
//   #17 p17 [56,1,17] 1x1x1 count_correct %36 + add %37
//   #18 p18 [19,18,60] 1x1x1 pow %105 + sub %106 + pow %108 + sub %109 + sqrt %110 + mul %111 + div %112
//   #19 p19 [61,60,42,43,15] 1x1x1 reduce_sum %45 + sub %239 + mul %240 + add %241 + square %242 + sub %243 + mul %244 + add %245 + mul %246 + sqrt %247 + add %248 + div %249 + sub %250 (models/separable_cnn.ts:17:5)
//   #20 p20 [61,14,56] 1x1x1 matmul %46 (models/separable_cnn.ts:17:5)
//   #21 p21 [58,61,60,40,41,59] 1x1x1 matmul %47 + sub %227 + mul %228 + add %229 + square %230 + sub %231 + mul %232 + add %233 + mul %234 (models/separable_cnn.ts:17:5)
//   #22 p22 [56,58] 128x1x1 broadcast_to %49 (models/separable_cnn.ts:16:5)
//   #23 p23 [58,57,56] 128x1x1 mul %51 + mul %55 (models/separable_cnn.ts:16:5, models/separable_cnn.ts:15:5)
//   #24 p24 [56,60,38,39,13] 32x1x1 reduce_sum %56 + sub %215 + mul %216 + add %217 + square %218 + sub %219 + mul %220 + add %221 + mul %222 + sqrt %223 + add %224 + div %225 + sub %226 (models/separable_cnn.ts:15:5)
//   #25 p25 [56,12,57] 8x1x1 conv2d_transpose %57 (models/separable_cnn.ts:15:5)
//   #26 p26 [55,56,60,36,37,58] 8x1x1 conv2d_backprop_filter %58 + sub %203 + mul %204 + add %205 + square %206 + sub %207 + mul %208 + add %209 + mul %210 (models/separable_cnn.ts:15:5)
//   #27 p27 [57,11,55] 64x1x1 depthwise_conv2d_backprop_input %59 (models/separable_cnn.ts:15:5)
//   #28 p28 [54,57,60,34,35,56] 144x1x1 depthwise_conv2d_backprop_filter %60 + sub %191 + mul %192 + add %193 + square %194 + sub %195 + mul %196 + add %197 + mul %198 (models/separable_cnn.ts:15:5)
//   #29 p29 [51,55,53,57] 64x1x1 max_pool2d_grad %61 + mul %64 (models/separable_cnn.ts:14:5, models/separable_cnn.ts:13:5)
//   #30 p30 [57,60,32,33,10] 16x1x1 reduce_sum %65 + sub %179 + mul %180 + add %181 + square %182 + sub %183 + mul %184 + add %185 + mul %186 + sqrt %187 + add %188 + div %189 + sub %190 (models/separable_cnn.ts:13:5)
//   #31 p31 [57,9,48,50,5,51,53] 32x1x1 conv2d_transpose %66 + where %69 + greater %70 + cast %71 + mul %72 + mul %77 (models/separable_cnn.ts:13:5, models/separable_cnn.ts:12:5, models/separable_cnn.ts:11:5)
//   #32 p32 [47,57,60,30,31,54] 2x1x1 conv2d_backprop_filter %67 + sub %167 + mul %168 + add %169 + square %170 + sub %171 + mul %172 + add %173 + mul %174 (models/separable_cnn.ts:13:5)
//   #33 p33 [49,52,53,51,47,48,50] 128x1x1 mul %76 + mul %80 + mul %85 (models/separable_cnn.ts:11:5)
//   #34 p34 [53,61] 8x1x1 reduce_mean %78 (models/separable_cnn.ts:11:5)
//   #35 p34 [48,55] 8x1x1 reduce_mean %81 (models/separable_cnn.ts:11:5)
//   #36 p35 [53,61,47,55,52,48] 128x1x1 sub %79 + mul %82 + sub %83 + mul %84 (models/separable_cnn.ts:11:5)
//   #37 p36 [50,60,26,27,5] 8x1x1 reduce_sum %86 + sub %143 + mul %144 + add %145 + square %146 + sub %147 + mul %148 + add %149 + mul %150 + sqrt %151 + add %152 + div %153 + sub %154 (models/separable_cnn.ts:11:5)
//   #38 p36 [51,60,28,29,6] 8x1x1 reduce_sum %87 + sub %155 + mul %156 + add %157 + square %158 + sub %159 + mul %160 + add %161 + mul %162 + sqrt %163 + add %164 + div %165 + sub %166 (models/separable_cnn.ts:11:5)
//   #39 p37 [48,4,46,47] 128x1x1 depthwise_conv2d_backprop_input %88 + mul %92 (models/separable_cnn.ts:10:5, models/separable_cnn.ts:9:5)
//   #40 p38 [45,48,60,24,25,55] 72x1x1 depthwise_conv2d_backprop_filter %89 + sub %131 + mul %132 + add %133 + square %134 + sub %135 + mul %136 + add %137 + mul %138 (models/separable_cnn.ts:10:5)
//   #41 p36 [47,60,22,23,3] 8x1x1 reduce_sum %93 + sub %119 + mul %120 + add %121 + square %122 + sub %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/separable_cnn.ts:9:5)
//   #42 p39 [0,47,60,20,21,45] 7x1x1 conv2d_backprop_filter %94 + sub %96 + mul %97 + add %98 + square %100 + sub %101 + mul %102 + add %103 + mul %113 (models/separable_cnn.ts:9:5)
//   #43 p40 [21,45,2] 4x1x1 sqrt %114 + add %116 + div %117 + sub %118
//   #44 p41 [25,55,4] 2x1x1 sqrt %139 + add %140 + div %141 + sub %142
//   #45 p42 [31,54,9] 2x1x1 sqrt %175 + add %176 + div %177 + sub %178
//   #46 p43 [35,56,11] 3x1x1 sqrt %199 + add %200 + div %201 + sub %202
//   #47 p44 [37,58,12] 8x1x1 sqrt %211 + add %212 + div %213 + sub %214
//   #48 p42 [41,59,14] 2x1x1 sqrt %235 + add %236 + div %237 + sub %238

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %90 + cast %91 (models/separable_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 9u); let kw = ((k / 3u) % 3u); let c = (k % 3u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 8192u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 27u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1024u && k0 + kk < 27u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 27u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 1 (read, read, read_write)
// dlc kernel: depthwise_conv2d %3 (models/separable_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  let n = (i / 2048u); let oh = ((i / 128u) % 16u); let ow = ((i / 8u) % 16u); let co = (i % 8u);
  let c = co / 1u;
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c] * w[(kh * 3u + kw) * 8u + co];
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 2 (read, read_write, read_write)
// dlc kernel: reduce_mean %4 + mul %10 + mul %11 + add %12 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out1[i];
  let v0 = (x0 * 0.99);
  let v1 = (acc * 0.01);
  let v2 = (v0 + v1);
  out0[i] = acc;
  out1[i] = v2;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let base = ((g / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 2048u + ((j / 16u) % 16u) * 128u + ((j / 1u) % 16u) * 8u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 3 (read, read, read_write, read_write)
// dlc kernel: sub %5 + square %6 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let c1 = i % 8u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = dlc_square_f32(v0);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read_write, read_write, read_write)
// dlc kernel: reduce_mean %7 + mul %13 + mul %14 + add %15 + add %74 + rsqrt %75 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out1: array<f32>;
@group(0) @binding(3) var<storage, read_write> out2: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = out1[i];
  let v0 = (x0 * 0.99);
  let v1 = (acc * 0.01);
  let v2 = (v0 + v1);
  let v3 = (acc + 0.001);
  let v4 = inverseSqrt(v3);
  out0[i] = acc;
  out1[i] = v2;
  out2[i] = v4;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let base = ((g / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 2048u + ((j / 16u) % 16u) * 128u + ((j / 1u) % 16u) * 8u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 5 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %16 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read> mean: array<f32>;
@group(0) @binding(4) var<storage, read> variance: array<f32>;
@group(0) @binding(5) var<storage, read_write> out: array<f32>;
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
  _ = &mean; _ = &variance;
  let g = wid.x;
  if (g >= 8u) { return; }
  var s = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 8u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 1024.0;
  var q = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 8u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 1024.0 + 0.001);
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 8u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 6 (read, read_write, read_write)
// dlc kernel: relu %17 + minimum %19 + less_equal %68 (models/separable_cnn.ts:12:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out1: array<u32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = max(x0, 0.0);
  let v1 = min(v0, 6.0);
  let v2 = (v0 <= 6.0);
  out0[i] = v1;
  out1[i] = select(0u, 1u, v2);
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %20 + add %21 + relu %22 + greater %62 + cast %63 (models/separable_cnn.ts:13:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u;
      let wb = (kh * 1u + kw) * 128u + co;
      for (var c = 0u; c < 8u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
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
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 256u) % 16u), ((i / 16u) % 16u), (i % 16u)));
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: max_pool2d %23 (models/separable_cnn.ts:14:5)
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
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 16u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  out[i] = x[dlc_pool_argmax((i / 1024u), ((i / 128u) % 8u), ((i / 16u) % 8u), (i % 16u))];
}

// ---- pipeline 9 (read, read, read_write)
// dlc kernel: depthwise_conv2d %24 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  let n = (i / 1024u); let oh = ((i / 128u) % 8u); let ow = ((i / 16u) % 8u); let co = (i % 16u);
  let c = co / 1u;
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 8u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 8u)) { continue; }
      acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c] * w[(kh * 3u + kw) * 16u + co];
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 10 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %25 + add %26 + relu %27 + greater %53 + cast %54 (models/separable_cnn.ts:15:5)
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
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 8u) * 32u;
  let bi = g / 8u;
  let yo = bi * 8192u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: global_avg_pool2d %28 (models/separable_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let n = i / 32u; let c = i % 32u;
  var s = 0.0;
  for (var p = 0u; p < 64u; p++) { s += x[(n * 64u + p) * 32u + c]; }
  out[i] = s / 64.0;
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %29 + add %30 (models/separable_cnn.ts:17:5)
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
// dlc kernel: one_hot %39
@group(0) @binding(0) var<storage, read> indices: array<i32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = select(0.0, 1.0, indices[i / 4u] == i32(i % 4u));
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: reduce_sum %40
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
// dlc kernel: softmax %31 + mul %41 + sub %42 + mul %44 (models/separable_cnn.ts:17:5)
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
// dlc kernel: sparse_categorical_cross_entropy %32 + mul %34 + add %35
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
// dlc kernel: count_correct %36 + add %37
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
// dlc kernel: pow %105 + sub %106 + pow %108 + sub %109 + sqrt %110 + mul %111 + div %112
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
// dlc kernel: reduce_sum %45 + sub %239 + mul %240 + add %241 + square %242 + sub %243 + mul %244 + add %245 + mul %246 + sqrt %247 + add %248 + div %249 + sub %250 (models/separable_cnn.ts:17:5)
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
// dlc kernel: matmul %46 (models/separable_cnn.ts:17:5)
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
// dlc kernel: matmul %47 + sub %227 + mul %228 + add %229 + square %230 + sub %231 + mul %232 + add %233 + mul %234 (models/separable_cnn.ts:17:5)
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

// ---- pipeline 22 (read, read_write)
// dlc kernel: broadcast_to %49 (models/separable_cnn.ts:16:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  out[i] = x[((i / 2048u) % 4u) * 32u + ((i / 1u) % 32u) * 1u];
}

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: mul %51 + mul %55 (models/separable_cnn.ts:16:5, models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * 0.015625);
  let v1 = (v0 * x1);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %56 + sub %215 + mul %216 + add %217 + square %218 + sub %219 + mul %220 + add %221 + mul %222 + sqrt %223 + add %224 + div %225 + sub %226 (models/separable_cnn.ts:15:5)
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
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 2048u + ((j / 8u) % 8u) * 256u + ((j / 1u) % 8u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: conv2d_transpose %57 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let yh = ((r / 8u) % 8u); let yw = (r % 8u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 8u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 8u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 8u + h) * 8u + wi) * 32u + c];
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
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 8u) * 32u;
  let bi = g / 8u;
  let yo = bi * 4096u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 26 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %58 + sub %203 + mul %204 + add %205 + square %206 + sub %207 + mul %208 + add %209 + mul %210 (models/separable_cnn.ts:15:5)
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
  let kh = 0u; let kw = 0u; let c = (r % 16u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 4u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 256u; k += 16u) {
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

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: depthwise_conv2d_backprop_input %59 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  let n = (i / 1024u); let ih = ((i / 128u) % 8u); let iw = ((i / 16u) % 8u); let c = (i % 16u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let oh_t = i32(ih) + 1 - i32(kh); if (!(u32(oh_t) < 8u)) { continue; } let oh = u32(oh_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let ow_t = i32(iw) + 1 - i32(kw); if (!(u32(ow_t) < 8u)) { continue; } let ow = u32(ow_t);
      let yb = ((n * 8u + oh) * 8u + ow) * 16u + c * 1u;
      let wb = (kh * 3u + kw) * 16u + c * 1u;
      for (var j = 0u; j < 1u; j++) { acc += dy[yb + j] * w[wb + j]; }
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 28 (read, read, read, read_write, read_write, read_write)
// dlc kernel: depthwise_conv2d_backprop_filter %60 + sub %191 + mul %192 + add %193 + square %194 + sub %195 + mul %196 + add %197 + mul %198 (models/separable_cnn.ts:15:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
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
  if (g >= 144u) { return; }
  let kh = (g / 48u); let kw = ((g / 16u) % 3u); let c = (g % 16u); let j = 0u;
  var acc = 0.0;
  for (var p = lane; p < 256u; p += 64u) {
    let n = p / 64u; let oh = (p / 8u) % 8u; let ow = p % 8u;
    let ih = i32(oh) - 1 + i32(kh);
      let iw = i32(ow) - 1 + i32(kw);
      if (u32(ih) < 8u && u32(iw) < 8u) {
        acc += x[((n * 8u + u32(ih)) * 8u + u32(iw)) * 16u + c] * dy[((n * 8u + oh) * 8u + ow) * 16u + c * 1u + j];
      }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(g, total); }
}

// ---- pipeline 29 (read, read, read, read_write)
// dlc kernel: max_pool2d_grad %61 + mul %64 (models/separable_cnn.ts:14:5, models/separable_cnn.ts:13:5)
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
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 16u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  let n = (i / 1024u); let ph = ((i / 128u) % 8u); let pw = ((i / 16u) % 8u); let c = (i % 16u);
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
      let off = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 16u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 30 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %65 + sub %179 + mul %180 + add %181 + square %182 + sub %183 + mul %184 + add %185 + mul %186 + sqrt %187 + add %188 + div %189 + sub %190 (models/separable_cnn.ts:13:5)
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
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 4096u + ((j / 16u) % 16u) * 256u + ((j / 1u) % 16u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 31 (read, read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_transpose %66 + where %69 + greater %70 + cast %71 + mul %72 + mul %77 (models/separable_cnn.ts:13:5, models/separable_cnn.ts:12:5, models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<u32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x0 = (in2[i] != 0u);
  let x1 = in3[i];
  let x2 = in4[c1];
  let v0 = select(0.0, acc, x0);
  let v1 = (x1 > 0.0);
  let v2 = select(f32(0), f32(1), v1);
  let v3 = (v0 * v2);
  let v4 = (v3 * x2);
  out0[i] = v3;
  out1[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 128u + r * 16u + c];
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
  let yo = bi * 8192u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 32 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %67 + sub %167 + mul %168 + add %169 + square %170 + sub %171 + mul %172 + add %173 + mul %174 (models/separable_cnn.ts:13:5)
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
  let kh = 0u; let kw = 0u; let c = (r % 8u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c];
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
  let yo = bi * 128u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  {
    for (var k = sl; k < 1024u; k += 16u) {
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

// ---- pipeline 33 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %76 + mul %80 + mul %85 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 8u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let x2 = in2[i];
  let x3 = in3[i];
  let v0 = (x0 * x1);
  let v1 = (x2 * v0);
  let v2 = (x3 * v0);
  out0[i] = v0;
  out1[i] = v1;
  out2[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 34 (read, read_write)
// dlc kernel: reduce_mean %78 (models/separable_cnn.ts:11:5), reduce_mean %81 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let base = ((g / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 2048u + ((j / 16u) % 16u) * 128u + ((j / 1u) % 16u) * 8u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 35 (read, read, read, read, read, read_write)
// dlc kernel: sub %79 + mul %82 + sub %83 + mul %84 (models/separable_cnn.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 8u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let x2 = in2[i];
  let x3 = in3[c1];
  let x4 = in4[c1];
  let v0 = (x0 - x1);
  let v1 = (x2 * x3);
  let v2 = (v0 - v1);
  let v3 = (x4 * v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 36 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %86 + sub %143 + mul %144 + add %145 + square %146 + sub %147 + mul %148 + add %149 + mul %150 + sqrt %151 + add %152 + div %153 + sub %154 (models/separable_cnn.ts:11:5), reduce_sum %87 + sub %155 + mul %156 + add %157 + square %158 + sub %159 + mul %160 + add %161 + mul %162 + sqrt %163 + add %164 + div %165 + sub %166 (models/separable_cnn.ts:11:5), reduce_sum %93 + sub %119 + mul %120 + add %121 + square %122 + sub %123 + mul %124 + add %125 + mul %126 + sqrt %127 + add %128 + div %129 + sub %130 (models/separable_cnn.ts:9:5)
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
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let base = ((g / 1u) % 8u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 2048u + ((j / 16u) % 16u) * 128u + ((j / 1u) % 16u) * 8u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 37 (read, read, read, read_write)
// dlc kernel: depthwise_conv2d_backprop_input %88 + mul %92 (models/separable_cnn.ts:10:5, models/separable_cnn.ts:9:5)
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = v0;
}

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  let n = (i / 2048u); let ih = ((i / 128u) % 16u); let iw = ((i / 8u) % 16u); let c = (i % 8u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let oh_t = i32(ih) + 1 - i32(kh); if (!(u32(oh_t) < 16u)) { continue; } let oh = u32(oh_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let ow_t = i32(iw) + 1 - i32(kw); if (!(u32(ow_t) < 16u)) { continue; } let ow = u32(ow_t);
      let yb = ((n * 16u + oh) * 16u + ow) * 8u + c * 1u;
      let wb = (kh * 3u + kw) * 8u + c * 1u;
      for (var j = 0u; j < 1u; j++) { acc += dy[yb + j] * w[wb + j]; }
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 38 (read, read, read, read_write, read_write, read_write)
// dlc kernel: depthwise_conv2d_backprop_filter %89 + sub %131 + mul %132 + add %133 + square %134 + sub %135 + mul %136 + add %137 + mul %138 (models/separable_cnn.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
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
  if (g >= 72u) { return; }
  let kh = (g / 24u); let kw = ((g / 8u) % 3u); let c = (g % 8u); let j = 0u;
  var acc = 0.0;
  for (var p = lane; p < 1024u; p += 64u) {
    let n = p / 256u; let oh = (p / 16u) % 16u; let ow = p % 16u;
    let ih = i32(oh) - 1 + i32(kh);
      let iw = i32(ow) - 1 + i32(kw);
      if (u32(ih) < 16u && u32(iw) < 16u) {
        acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c] * dy[((n * 16u + oh) * 16u + ow) * 8u + c * 1u + j];
      }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(g, total); }
}

// ---- pipeline 39 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %94 + sub %96 + mul %97 + add %98 + square %100 + sub %101 + mul %102 + add %103 + mul %113 (models/separable_cnn.ts:9:5)
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
  let kh = (r / 9u); let kw = ((r / 3u) % 3u); let c = (r % 3u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 216u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 8u) {
    for (var k = sl; k < 1024u; k += 16u) {
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
  if (sl == 0u && col < 8u) {
    if (row0 + 0u < 27u) { dlc_mid(yo + (row0 + 0u) * 8u + col, red[0u + c]); }
    if (row0 + 1u < 27u) { dlc_mid(yo + (row0 + 1u) * 8u + col, red[256u + c]); }
    if (row0 + 2u < 27u) { dlc_mid(yo + (row0 + 2u) * 8u + col, red[512u + c]); }
    if (row0 + 3u < 27u) { dlc_mid(yo + (row0 + 3u) * 8u + col, red[768u + c]); }
  }
}

// ---- pipeline 40 (read, read, read_write)
// dlc kernel: sqrt %114 + add %116 + div %117 + sub %118
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
  if (i >= 216u) { return; }
  dlc_mid(i);
}

// ---- pipeline 41 (read, read, read_write)
// dlc kernel: sqrt %139 + add %140 + div %141 + sub %142
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
  if (i >= 72u) { return; }
  dlc_mid(i);
}

// ---- pipeline 42 (read, read, read_write)
// dlc kernel: sqrt %175 + add %176 + div %177 + sub %178, sqrt %235 + add %236 + div %237 + sub %238
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

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: sqrt %199 + add %200 + div %201 + sub %202
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
  if (i >= 144u) { return; }
  dlc_mid(i);
}

// ---- pipeline 44 (read, read, read_write)
// dlc kernel: sqrt %211 + add %212 + div %213 + sub %214
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
  if (i >= 512u) { return; }
  dlc_mid(i);
}
