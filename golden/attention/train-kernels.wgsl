// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,67] 1x1x1 cast %0
//   #1 p1 [2,67,68] 16x1x1 gather %1 (models/attention.ts:24:22)
//   #2 p2 [3,69] 16x1x1 broadcast_to %3 (models/attention.ts:26:46)
//   #3 p3 [68,69,70] 16x1x1 add %4 (models/attention.ts:26:32)
//   #4 p4 [70,4,5,68] 1x1x1 matmul %7 + add %9 (models/attention.ts:14:20)
//   #5 p5 [68,69] 16x1x1 transpose %11 (models/attention.ts:14:20)
//   #6 p4 [70,6,7,68] 1x1x1 matmul %13 + add %15 (models/attention.ts:14:20)
//   #7 p5 [68,71] 16x1x1 transpose %17 (models/attention.ts:14:20)
//   #8 p4 [70,8,9,68] 1x1x1 matmul %19 + add %21 (models/attention.ts:14:20)
//   #9 p5 [68,72] 16x1x1 transpose %23 (models/attention.ts:14:20)
//   #10 p6 [69,71,68] 16x1x1 matmul %24 + mul %26 (models/attention.ts:14:20)
//   #11 p7 [68,73] 2x1x1 softmax %27 (models/attention.ts:14:20)
//   #12 p8 [73,72,68] 16x1x1 matmul %28 (models/attention.ts:14:20)
//   #13 p9 [68,74] 16x1x1 transpose %29 (models/attention.ts:14:20)
//   #14 p4 [74,10,11,68] 1x1x1 matmul %32 + add %33 (models/attention.ts:14:20)
//   #15 p3 [70,68,75] 16x1x1 add %35 (models/attention.ts:15:42)
//   #16 p10 [75,12,13,68] 32x1x1 layer_norm %36 (models/attention.ts:15:13)
//   #17 p11 [68,14,15,76] 4x1x1 matmul %38 + add %39 (models/attention.ts:16:28)
//   #18 p12 [76,77,78] 64x1x1 gelu %41 + abs %95 + greater %97 + where %98 + div %99 + where %101 + mul %102 + mul %104 + exp %105 + mul %107 + mul %108 + add %109 (models/attention.ts:16:28)
//   #19 p13 [77,16,17,76] 1x1x1 matmul %43 + add %44 (models/attention.ts:16:15)
//   #20 p3 [68,76,79] 16x1x1 add %46 (models/attention.ts:17:39)
//   #21 p10 [79,18,19,76] 32x1x1 layer_norm %47 (models/attention.ts:17:10)
//   #22 p14 [76,20,21,80] 1x1x1 matmul %49 + add %50 (models/attention.ts:27:12)
//   #23 p15 [1,81] 5x1x1 one_hot %60
//   #24 p16 [81,82] 1x1x1 reduce_sum %61
//   #25 p17 [80,82,81,83] 1x1x1 softmax %52 + mul %62 + sub %63 + mul %65 (models/attention.ts:27:12)
//   #26 p18 [80,1,66,22] 1x1x1 sparse_categorical_cross_entropy %53 + mul %55 + add %56
//   #27 p19 [80,1,23] 1x1x1 count_correct %57 + add %58
//   #28 p20 [25,24,82] 1x1x1 pow %190 + sub %191 + pow %193 + sub %194 + sqrt %195 + mul %196 + div %197
//   #29 p21 [83,82,64,65,21] 1x1x1 reduce_sum %67 + sub %420 + mul %421 + add %422 + square %423 + sub %424 + mul %425 + add %426 + mul %427 + sqrt %428 + add %429 + div %430 + sub %431 (models/attention.ts:27:12)
//   #30 p22 [83,20,80] 1x1x1 matmul %68 (models/attention.ts:27:12)
//   #31 p23 [76,83,82,62,63,81] 1x1x1 matmul %69 + sub %408 + mul %409 + add %410 + square %411 + sub %412 + mul %413 + add %414 + mul %415 (models/attention.ts:27:12)
//   #32 p24 [79,83] 1x1x1 reduce_mean %71 (models/attention.ts:17:10)
//   #33 p25 [79,83,76,84] 16x1x1 sub %72 + mul %73 (models/attention.ts:17:10)
//   #34 p26 [84,83] 1x1x1 reduce_mean %74 + add %76 + rsqrt %77 (models/attention.ts:17:10)
//   #35 p27 [76,83,80,18,79,84,85,86] 16x1x1 mul %78 + mul %79 + mul %82 + mul %87 (models/attention.ts:17:10)
//   #36 p24 [84,76] 1x1x1 reduce_mean %80 (models/attention.ts:17:10)
//   #37 p24 [85,87] 1x1x1 reduce_mean %83 (models/attention.ts:17:10)
//   #38 p28 [84,76,79,87,83,85] 16x1x1 sub %81 + mul %84 + sub %85 + mul %86 (models/attention.ts:17:10)
//   #39 p29 [86,82,58,59,18] 1x1x1 reduce_sum %88 + sub %384 + mul %385 + add %386 + square %387 + sub %388 + mul %389 + add %390 + mul %391 + sqrt %392 + add %393 + div %394 + sub %395 (models/attention.ts:17:10)
//   #40 p29 [80,82,60,61,19] 1x1x1 reduce_sum %89 + sub %396 + mul %397 + add %398 + square %399 + sub %400 + mul %401 + add %402 + mul %403 + sqrt %404 + add %405 + div %406 + sub %407 (models/attention.ts:17:10)
//   #41 p30 [85,82,56,57,17] 1x1x1 reduce_sum %91 + sub %372 + mul %373 + add %374 + square %375 + sub %376 + mul %377 + add %378 + mul %379 + sqrt %380 + add %381 + div %382 + sub %383 (models/attention.ts:16:15)
//   #42 p31 [85,16,76] 4x1x1 matmul %92 (models/attention.ts:16:15)
//   #43 p32 [77,85,82,54,55,79] 4x1x1 matmul %93 + sub %360 + mul %361 + add %362 + square %363 + sub %364 + mul %365 + add %366 + mul %367 (models/attention.ts:16:15)
//   #44 p33 [76,78,77] 64x1x1 mul %110 (models/attention.ts:16:28)
//   #45 p34 [77,82,52,53,15] 2x1x1 reduce_sum %112 + sub %348 + mul %349 + add %350 + square %351 + sub %352 + mul %353 + add %354 + mul %355 + sqrt %356 + add %357 + div %358 + sub %359 (models/attention.ts:16:28)
//   #46 p35 [77,14,80] 1x1x1 matmul %113 (models/attention.ts:16:28)
//   #47 p36 [68,77,82,50,51,76] 4x1x1 matmul %114 + sub %336 + mul %337 + add %338 + square %339 + sub %340 + mul %341 + add %342 + mul %343 (models/attention.ts:16:28)
//   #48 p37 [85,80,12,68,84] 16x1x1 add %116 + mul %124 (models/attention.ts:16:28, models/attention.ts:15:13)
//   #49 p24 [75,87] 1x1x1 reduce_mean %117 (models/attention.ts:15:13)
//   #50 p25 [75,87,80,85] 16x1x1 sub %118 + mul %119 (models/attention.ts:15:13)
//   #51 p26 [85,87] 1x1x1 reduce_mean %120 + add %121 + rsqrt %122 (models/attention.ts:15:13)
//   #52 p38 [80,87,84,68,75,85,86] 16x1x1 mul %123 + mul %127 + mul %132 (models/attention.ts:15:13)
//   #53 p24 [84,83] 1x1x1 reduce_mean %125 (models/attention.ts:15:13)
//   #54 p24 [85,80] 1x1x1 reduce_mean %128 (models/attention.ts:15:13)
//   #55 p28 [84,83,75,80,87,85] 16x1x1 sub %126 + mul %129 + sub %130 + mul %131 (models/attention.ts:15:13)
//   #56 p29 [86,82,46,47,12] 1x1x1 reduce_sum %133 + sub %312 + mul %313 + add %314 + square %315 + sub %316 + mul %317 + add %318 + mul %319 + sqrt %320 + add %321 + div %322 + sub %323 (models/attention.ts:15:13)
//   #57 p29 [68,82,48,49,13] 1x1x1 reduce_sum %134 + sub %324 + mul %325 + add %326 + square %327 + sub %328 + mul %329 + add %330 + mul %331 + sqrt %332 + add %333 + div %334 + sub %335 (models/attention.ts:15:13)
//   #58 p30 [85,82,44,45,11] 1x1x1 reduce_sum %136 + sub %300 + mul %301 + add %302 + square %303 + sub %304 + mul %305 + add %306 + mul %307 + sqrt %308 + add %309 + div %310 + sub %311 (models/attention.ts:14:20)
//   #59 p39 [85,10,68] 1x1x1 matmul %137 (models/attention.ts:14:20)
//   #60 p40 [74,85,75] 1x1x1 matmul %138 (models/attention.ts:14:20)
//   #61 p5 [68,74] 16x1x1 transpose %141 (models/attention.ts:14:20)
//   #62 p41 [74,72,73,68,80] 16x1x1 matmul %142 + mul %144 (models/attention.ts:14:20)
//   #63 p42 [73,74,72] 16x1x1 matmul %143 (models/attention.ts:14:20)
//   #64 p43 [80,83] 2x1x1 reduce_sum %145 (models/attention.ts:14:20)
//   #65 p44 [68,83,73,74] 16x1x1 sub %146 + mul %147 + mul %148 (models/attention.ts:14:20)
//   #66 p8 [74,71,68] 16x1x1 matmul %149 (models/attention.ts:14:20)
//   #67 p42 [74,69,71] 16x1x1 matmul %150 (models/attention.ts:14:20)
//   #68 p9 [72,69] 16x1x1 transpose %151 (models/attention.ts:14:20)
//   #69 p45 [69,87] 1x1x1 reduce_sum %153 (models/attention.ts:14:20)
//   #70 p39 [69,8,72] 1x1x1 matmul %155 (models/attention.ts:14:20)
//   #71 p40 [70,69,73] 1x1x1 matmul %156 (models/attention.ts:14:20)
//   #72 p9 [71,69] 16x1x1 transpose %160 (models/attention.ts:14:20)
//   #73 p39 [69,6,71] 1x1x1 matmul %164 (models/attention.ts:14:20)
//   #74 p9 [68,74] 16x1x1 transpose %169 (models/attention.ts:14:20)
//   #75 p39 [74,4,68] 1x1x1 matmul %173 (models/attention.ts:14:20)
//   #76 p46 [85,72,71,68,80] 16x1x1 add %159 + add %168 + add %177 (models/attention.ts:14:20)
//   #77 p45 [69,83] 1x1x1 reduce_sum %162 (models/attention.ts:14:20)
//   #78 p40 [70,69,68] 1x1x1 matmul %165 (models/attention.ts:14:20)
//   #79 p45 [74,69] 1x1x1 reduce_sum %171 (models/attention.ts:14:20)
//   #80 p40 [70,74,71] 1x1x1 matmul %174 (models/attention.ts:14:20)
//   #81 p47 [80,82,28,29,3] 4x1x1 reduce_sum %178 + sub %204 + mul %205 + add %206 + square %207 + sub %208 + mul %209 + add %210 + mul %211 + sqrt %212 + add %213 + div %214 + sub %215 (models/attention.ts:26:46)
//   #82 p48 [67,80,70] 10x1x1 scatter_add %179 (models/attention.ts:24:22)
//   #83 p49 [70,82,26,27,2] 5x1x1 sub %181 + mul %182 + add %183 + square %185 + sub %186 + mul %187 + add %188 + mul %198 + sqrt %199 + add %201 + div %202 + sub %203
//   #84 p50 [71,82,30,31,4] 16x1x1 sub %216 + mul %217 + add %218 + square %219 + sub %220 + mul %221 + add %222 + mul %223 + sqrt %224 + add %225 + div %226 + sub %227
//   #85 p51 [69,82,32,33,5] 1x1x1 sub %228 + mul %229 + add %230 + square %231 + sub %232 + mul %233 + add %234 + mul %235 + sqrt %236 + add %237 + div %238 + sub %239
//   #86 p50 [68,82,34,35,6] 16x1x1 sub %240 + mul %241 + add %242 + square %243 + sub %244 + mul %245 + add %246 + mul %247 + sqrt %248 + add %249 + div %250 + sub %251
//   #87 p51 [83,82,36,37,7] 1x1x1 sub %252 + mul %253 + add %254 + square %255 + sub %256 + mul %257 + add %258 + mul %259 + sqrt %260 + add %261 + div %262 + sub %263
//   #88 p50 [73,82,38,39,8] 16x1x1 sub %264 + mul %265 + add %266 + square %267 + sub %268 + mul %269 + add %270 + mul %271 + sqrt %272 + add %273 + div %274 + sub %275
//   #89 p51 [87,82,40,41,9] 1x1x1 sub %276 + mul %277 + add %278 + square %279 + sub %280 + mul %281 + add %282 + mul %283 + sqrt %284 + add %285 + div %286 + sub %287
//   #90 p50 [75,82,42,43,10] 16x1x1 sub %288 + mul %289 + add %290 + square %291 + sub %292 + mul %293 + add %294 + mul %295 + sqrt %296 + add %297 + div %298 + sub %299
//   #91 p52 [51,76,14] 64x1x1 sqrt %344 + add %345 + div %346 + sub %347
//   #92 p52 [55,79,16] 64x1x1 sqrt %368 + add %369 + div %370 + sub %371
//   #93 p53 [63,81,20] 5x1x1 sqrt %416 + add %417 + div %418 + sub %419

// ---- pipeline 0 (read, read_write)
// dlc kernel: cast %0
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<i32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = i32(x0);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 1 (read, read, read_write)
// dlc kernel: gather %1 (models/attention.ts:24:22)
@group(0) @binding(0) var<storage, read> table: array<f32>;
@group(0) @binding(1) var<storage, read> indices: array<i32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  let r = i % 32u;
  let q = (i / 32u) % 32u;
  let p = i / 1024u;
  let k = indices[q];
  if (k >= 0i && k < 10i) { out[i] = table[(p * 10u + u32(k)) * 32u + r]; } else { out[i] = 0.0; }
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: broadcast_to %3 (models/attention.ts:26:46)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  out[i] = x[((i / 32u) % 8u) * 32u + ((i / 1u) % 32u) * 1u];
}

// ---- pipeline 3 (read, read, read_write)
// dlc kernel: add %4 (models/attention.ts:26:32), add %35 (models/attention.ts:15:42), add %46 (models/attention.ts:17:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %7 + add %9 (models/attention.ts:14:20), matmul %13 + add %15 (models/attention.ts:14:20), matmul %19 + add %21 (models/attention.ts:14:20) (+1 more)
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
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
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

// ---- pipeline 5 (read, read_write)
// dlc kernel: transpose %11 (models/attention.ts:14:20), transpose %17 (models/attention.ts:14:20), transpose %23 (models/attention.ts:14:20) (+1 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  out[i] = x[(i / 256u) * 256u + ((i / 64u) % 4u) * 8u + ((i / 8u) % 8u) * 32u + (i % 8u)];
}

// ---- pipeline 6 (read, read, read_write)
// dlc kernel: matmul %24 + mul %26 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let v0 = (acc * 0.35355338);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[(bi / 4u) * 256u + (bi % 4u) * 64u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[(bi / 4u) * 256u + (bi % 4u) * 64u + r * 8u + k];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 64u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 8u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: softmax %27 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = i * 8u;
  var m = in0[base + 0u];
  for (var k = 1u; k < 8u; k++) { m = max(m, in0[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 8u; k++) { s += exp(in0[base + k] - m); }
  let lse = m + log(s);
  for (var k = 0u; k < 8u; k++) {
    let o = base + k;
    dlc_mid(o, exp(in0[base + k] - lse));
  }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: matmul %28 (models/attention.ts:14:20), matmul %149 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[(bi / 4u) * 256u + (bi % 4u) * 64u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[(bi / 4u) * 256u + (bi % 4u) * 64u + r + k * 8u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 64u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 8u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: transpose %29 (models/attention.ts:14:20), transpose %151 (models/attention.ts:14:20), transpose %160 (models/attention.ts:14:20) (+1 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  out[i] = x[(i / 256u) * 256u + ((i / 32u) % 8u) * 8u + ((i / 8u) % 4u) * 64u + (i % 8u)];
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: layer_norm %36 (models/attention.ts:15:13), layer_norm %47 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> gamma: array<f32>;
@group(0) @binding(2) var<storage, read> beta: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;
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
  if (g >= 32u) { return; }
  var s = 0.0;
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 32.0;
  var q = 0.0;
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 32.0 + 0.000001);
  for (var j = lane; j < 32u; j += 64u) { let at = g * 32u + j * 1u; out[at] = (x[at] - mean) * inv * gamma[j] + beta[j]; }
}

// ---- pipeline 11 (read, read, read, read_write)
// dlc kernel: matmul %38 + add %39 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 128u];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
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

// ---- pipeline 12 (read, read_write, read_write)
// dlc kernel: gelu %41 + abs %95 + greater %97 + where %98 + div %99 + where %101 + mul %102 + mul %104 + exp %105 + mul %107 + mul %108 + add %109 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
@group(0) @binding(2) var<storage, read_write> out1: array<f32>;
fn dlc_gelu_erfc(a: f32) -> f32 {
  let t = 1.0 / (1.0 + 0.3275911 * a);
  let poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * exp(-a * a);
}
fn dlc_gelu_cdf(x: f32) -> f32 {
  let h = 0.5 * dlc_gelu_erfc(abs(x) * 0.70710678);
  return select(h, 1.0 - h, x >= 0.0);
}
fn dlc_gelu(x: f32) -> f32 {
  return x * dlc_gelu_cdf(x);
}
fn dlc_gelu_tanh(x: f32) -> f32 {
  let w = 1.5957691216057308 * (x + 0.044715 * x * x * x);
  let z = exp(-abs(w));
  let s = 1.0 / (1.0 + z);
  return x * select(z * s, s, w >= 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = dlc_gelu(x0);
  let v1 = abs(x0);
  let v2 = (v1 > 1e-30);
  let v3 = select(1.0, x0, v2);
  let v4 = (v0 / v3);
  let v5 = select(0.5, v4, v2);
  let v6 = (x0 * x0);
  let v7 = (v6 * -0.5);
  let v8 = exp(v7);
  let v9 = (v8 * 0.3989423);
  let v10 = (x0 * v9);
  let v11 = (v5 + v10);
  out0[i] = v0;
  out1[i] = v11;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 13 (read, read, read, read_write)
// dlc kernel: matmul %43 + add %44 (models/attention.ts:16:15)
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
  return in0[0u + r * 128u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
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

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: matmul %49 + add %50 (models/attention.ts:27:12)
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
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 10u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 320u;
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
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 10u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: one_hot %60
@group(0) @binding(0) var<storage, read> indices: array<i32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 320u) { return; }
  out[i] = select(0.0, 1.0, indices[i / 10u] == i32(i % 10u));
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: reduce_sum %61
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 8u) % 4u) * 80u + ((i / 1u) % 8u) * 10u;
  var acc = 0.0;
  for (var j = 0u; j < 10u; j++) { acc = acc + in0[base + ((j / 1u) % 10u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: softmax %52 + mul %62 + sub %63 + mul %65 (models/attention.ts:27:12)
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
  let v2 = (v1 * 0.03125);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
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

// ---- pipeline 18 (read, read, read_write, read_write)
// dlc kernel: sparse_categorical_cross_entropy %53 + mul %55 + add %56
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
  for (var k = 1u; k < 10u; k++) { m = max(m, pred[base + k]); }
  var s = 0.0;
  for (var k = 0u; k < 10u; k++) { s += exp(pred[base + k] - m); }
  return m + log(s);
}
fn dlc_log_q(v: f32, z: f32) -> f32 { return v - z; }
fn dlc_term(k: u32) -> f32 {
  let label = labels[k];
  if (label < 0i || label >= 10i) { return 0.0; }
  let base = k * 10u;
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
  for (var k = lane; k < 32u; k += 64u) { acc += dlc_term(k); }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total / 32.0); }
}

// ---- pipeline 19 (read, read, read_write)
// dlc kernel: count_correct %57 + add %58
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
  for (var c = 1u; c < 10u; c++) {
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
  for (var k = lane; k < 32u; k += 64u) {
    let base = k * 10u;
    if (dlc_argmax_pred(base) == u32(truth[k])) { acc += 1.0; }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { dlc_mid(0, total); }
}

// ---- pipeline 20 (read, read, read_write)
// dlc kernel: pow %190 + sub %191 + pow %193 + sub %194 + sqrt %195 + mul %196 + div %197
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

// ---- pipeline 21 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %67 + sub %420 + mul %421 + add %422 + square %423 + sub %424 + mul %425 + add %426 + mul %427 + sqrt %428 + add %429 + div %430 + sub %431 (models/attention.ts:27:12)
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
  if (i >= 10u) { return; }
  let base = ((i / 1u) % 10u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 10u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: matmul %68 (models/attention.ts:27:12)
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
  if (g >= 1u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 1024u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 10u; k0 += 12u) {
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (row0 + r < 32u && k0 + kk < 10u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 6u; l++) {
      let e = lane + l * 64u;
      let r = e / 12u; let kk = e % 12u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 23 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %69 + sub %408 + mul %409 + add %410 + square %411 + sub %412 + mul %413 + add %414 + mul %415 (models/attention.ts:27:12)
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
  return in1[0u + r + k * 10u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 320u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 10u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: reduce_mean %71 (models/attention.ts:17:10), reduce_mean %80 (models/attention.ts:17:10), reduce_mean %83 (models/attention.ts:17:10) (+3 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 8u) % 4u) * 256u + ((i / 1u) % 8u) * 32u;
  var acc = 0.0;
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 1u]; }
  dlc_mid(i, acc / 32.0);
}

// ---- pipeline 25 (read, read, read_write, read_write)
// dlc kernel: sub %72 + mul %73 (models/attention.ts:17:10), sub %118 + mul %119 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x0 = in0[i];
  let x1 = in1[c0];
  let v0 = (x0 - x1);
  let v1 = (v0 * v0);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: reduce_mean %74 + add %76 + rsqrt %77 (models/attention.ts:17:10), reduce_mean %120 + add %121 + rsqrt %122 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v0 = (acc + 0.000001);
  let v1 = inverseSqrt(v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 8u) % 4u) * 256u + ((i / 1u) % 8u) * 32u;
  var acc = 0.0;
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 1u]; }
  dlc_mid(i, acc / 32.0);
}

// ---- pipeline 27 (read, read, read, read, read_write, read_write, read_write, read_write)
// dlc kernel: mul %78 + mul %79 + mul %82 + mul %87 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
@group(0) @binding(7) var<storage, read_write> out3: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c0];
  let x2 = in2[i];
  let x3 = in3[c1];
  let v0 = (x0 * x1);
  let v1 = (x2 * x3);
  let v2 = (v1 * v0);
  let v3 = (x2 * v0);
  out0[i] = v0;
  out1[i] = v1;
  out2[i] = v2;
  out3[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 28 (read, read, read, read, read, read_write)
// dlc kernel: sub %81 + mul %84 + sub %85 + mul %86 (models/attention.ts:17:10), sub %126 + mul %129 + sub %130 + mul %131 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x0 = in0[i];
  let x1 = in1[c0];
  let x2 = in2[i];
  let x3 = in3[c0];
  let x4 = in4[c0];
  let v0 = (x0 - x1);
  let v1 = (x2 * x3);
  let v2 = (v0 - v1);
  let v3 = (x4 * v2);
  out0[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 29 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %88 + sub %384 + mul %385 + add %386 + square %387 + sub %388 + mul %389 + add %390 + mul %391 + sqrt %392 + add %393 + div %394 + sub %395 (models/attention.ts:17:10), reduce_sum %89 + sub %396 + mul %397 + add %398 + square %399 + sub %400 + mul %401 + add %402 + mul %403 + sqrt %404 + add %405 + div %406 + sub %407 (models/attention.ts:17:10), reduce_sum %133 + sub %312 + mul %313 + add %314 + square %315 + sub %316 + mul %317 + add %318 + mul %319 + sqrt %320 + add %321 + div %322 + sub %323 (models/attention.ts:15:13) (+1 more)
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
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 8u) % 4u) * 256u + ((j / 1u) % 8u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 30 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %91 + sub %372 + mul %373 + add %374 + square %375 + sub %376 + mul %377 + add %378 + mul %379 + sqrt %380 + add %381 + div %382 + sub %383 (models/attention.ts:16:15), reduce_sum %136 + sub %300 + mul %301 + add %302 + square %303 + sub %304 + mul %305 + add %306 + mul %307 + sqrt %308 + add %309 + div %310 + sub %311 (models/attention.ts:14:20)
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
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: matmul %92 (models/attention.ts:16:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 32u + k];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
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

// ---- pipeline 32 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %93 + sub %360 + mul %361 + add %362 + square %363 + sub %364 + mul %365 + add %366 + mul %367 (models/attention.ts:16:15)
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
  return in0[0u + r + k * 128u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
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
  let yo = bi * 4096u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 33 (read, read, read_write)
// dlc kernel: mul %110 (models/attention.ts:16:28)
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
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 34 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %112 + sub %348 + mul %349 + add %350 + square %351 + sub %352 + mul %353 + add %354 + mul %355 + sqrt %356 + add %357 + div %358 + sub %359 (models/attention.ts:16:28)
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
  if (i >= 128u) { return; }
  let base = ((i / 1u) % 128u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 128u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 35 (read, read, read_write)
// dlc kernel: matmul %113 (models/attention.ts:16:28)
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
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
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

// ---- pipeline 36 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %114 + sub %336 + mul %337 + add %338 + square %339 + sub %340 + mul %341 + add %342 + mul %343 (models/attention.ts:16:28)
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
  return in1[0u + r + k * 128u];
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
  let col0 = (g % 4u) * 32u;
  let row0 = ((g / 4u) % 1u) * 32u;
  let bi = g / 4u;
  let yo = bi * 4096u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
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

// ---- pipeline 37 (read, read, read, read_write, read_write)
// dlc kernel: add %116 + mul %124 (models/attention.ts:16:28, models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[c1];
  let v0 = (x0 + x1);
  let v1 = (v0 * x2);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %123 + mul %127 + mul %132 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x0 = in0[i];
  let x1 = in1[c0];
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
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read_write)
// dlc kernel: matmul %137 (models/attention.ts:14:20), matmul %155 (models/attention.ts:14:20), matmul %164 (models/attention.ts:14:20) (+1 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 32u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r * 32u + k];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
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

// ---- pipeline 40 (read, read, read_write)
// dlc kernel: matmul %138 (models/attention.ts:14:20), matmul %156 (models/attention.ts:14:20), matmul %165 (models/attention.ts:14:20) (+1 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k * 32u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 32u];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  let yo = bi * 1024u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 41 (read, read, read, read_write, read_write)
// dlc kernel: matmul %142 + mul %144 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc * x0);
  out0[i] = acc;
  out1[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[(bi / 4u) * 256u + (bi % 4u) * 64u + r * 8u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[(bi / 4u) * 256u + (bi % 4u) * 64u + r * 8u + k];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 64u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (row0 + r < 8u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 42 (read, read, read_write)
// dlc kernel: matmul %143 (models/attention.ts:14:20), matmul %150 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[(bi / 4u) * 256u + (bi % 4u) * 64u + r + k * 8u];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[(bi / 4u) * 256u + (bi % 4u) * 64u + r + k * 8u];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
@compute @workgroup_size(8, 8)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 8u + tx;
  let col0 = (g % 1u) * 32u;
  let row0 = ((g / 1u) % 1u) * 32u;
  let bi = g / 1u;
  let yo = bi * 64u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (row0 + r < 8u && k0 + kk < 8u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 8u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
      let a = As[kk * 8u + ty];
      let b = Bs[kk * 8u + tx];
      acc0 = fma(vec4<f32>(a.x), b, acc0); acc1 = fma(vec4<f32>(a.y), b, acc1); acc2 = fma(vec4<f32>(a.z), b, acc2); acc3 = fma(vec4<f32>(a.w), b, acc3);
    }
    workgroupBarrier();
  }
  { let r = row0 + ty * 4u + 0u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 8u) { if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: reduce_sum %145 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  let base = ((i / 32u) % 4u) * 256u + ((i / 8u) % 4u) * 64u + ((i / 1u) % 8u) * 8u;
  var acc = 0.0;
  for (var j = 0u; j < 8u; j++) { acc = acc + in0[base + ((j / 1u) % 8u) * 1u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 44 (read, read, read, read_write)
// dlc kernel: sub %146 + mul %147 + mul %148 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 8u);
  let x0 = in0[i];
  let x1 = in1[c0];
  let x2 = in2[i];
  let v0 = (x0 - x1);
  let v1 = (x2 * v0);
  let v2 = (v1 * 0.35355338);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read_write)
// dlc kernel: reduce_sum %153 (models/attention.ts:14:20), reduce_sum %162 (models/attention.ts:14:20), reduce_sum %171 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 32u; j++) { acc = acc + in0[base + ((j / 1u) % 32u) * 32u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 46 (read, read, read, read, read_write)
// dlc kernel: add %159 + add %168 + add %177 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let v0 = (x0 + x1);
  let v1 = (v0 + x2);
  let v2 = (v1 + x3);
  out0[i] = v2;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 47 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %178 + sub %204 + mul %205 + add %206 + square %207 + sub %208 + mul %209 + add %210 + mul %211 + sqrt %212 + add %213 + div %214 + sub %215 (models/attention.ts:26:46)
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
  if (i >= 256u) { return; }
  let base = ((i / 32u) % 8u) * 32u + ((i / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 256u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: scatter_add %179 (models/attention.ts:24:22)
@group(0) @binding(0) var<storage, read> indices: array<i32>;
@group(0) @binding(1) var<storage, read> updates: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
var<workgroup> hits: array<u32, 64>;
var<workgroup> pos: array<u32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) t: u32) {
  let g = wid.x;
  if (g >= 10u) { return; }
  let c = g % 1u;
  let s = (g / 1u) % 10u;
  let p = g / 10u;
  let r = c * 64u + t;
  var acc = 0.0;
  for (var q0 = 0u; q0 < 32u; q0 += 64u) {
    let q = q0 + t;
    var hit = 0u;
    if (q < 32u && indices[q] == i32(s)) { hit = 1u; }
    hits[t] = hit;
    workgroupBarrier();
    // Inclusive prefix sum (Hillis–Steele): hits[t] = matches among this chunk's first t + 1.
    for (var d = 1u; d < 64u; d *= 2u) {
      var v = hits[t];
      if (t >= d) { v += hits[t - d]; }
      workgroupBarrier();
      hits[t] = v;
      workgroupBarrier();
    }
    if (hit == 1u) { pos[hits[t] - 1u] = q; }
    let m = hits[63];
    workgroupBarrier();
    if (r < 32u) {
      for (var h = 0u; h < m; h++) { acc += updates[(p * 32u + pos[h]) * 32u + r]; }
    }
    workgroupBarrier();
  }
  if (r < 32u) { out[(p * 10u + s) * 32u + r] = acc; }
}

// ---- pipeline 49 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %181 + mul %182 + add %183 + square %185 + sub %186 + mul %187 + add %188 + mul %198 + sqrt %199 + add %201 + div %202 + sub %203
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
  if (i >= 320u) { return; }
  dlc_mid(i);
}

// ---- pipeline 50 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %216 + mul %217 + add %218 + square %219 + sub %220 + mul %221 + add %222 + mul %223 + sqrt %224 + add %225 + div %226 + sub %227, sub %240 + mul %241 + add %242 + square %243 + sub %244 + mul %245 + add %246 + mul %247 + sqrt %248 + add %249 + div %250 + sub %251, sub %264 + mul %265 + add %266 + square %267 + sub %268 + mul %269 + add %270 + mul %271 + sqrt %272 + add %273 + div %274 + sub %275 (+1 more)
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
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 51 (read, read, read_write, read_write, read_write)
// dlc kernel: sub %228 + mul %229 + add %230 + square %231 + sub %232 + mul %233 + add %234 + mul %235 + sqrt %236 + add %237 + div %238 + sub %239, sub %252 + mul %253 + add %254 + square %255 + sub %256 + mul %257 + add %258 + mul %259 + sqrt %260 + add %261 + div %262 + sub %263, sub %276 + mul %277 + add %278 + square %279 + sub %280 + mul %281 + add %282 + mul %283 + sqrt %284 + add %285 + div %286 + sub %287
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
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 52 (read, read, read_write)
// dlc kernel: sqrt %344 + add %345 + div %346 + sub %347, sqrt %368 + add %369 + div %370 + sub %371
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
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 53 (read, read, read_write)
// dlc kernel: sqrt %416 + add %417 + div %418 + sub %419
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
  if (i >= 320u) { return; }
  dlc_mid(i);
}
