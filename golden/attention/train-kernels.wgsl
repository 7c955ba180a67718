// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,129] 1x1x1 cast %0
//   #1 p1 [2,129,130] 16x1x1 gather %1 (models/attention.ts:24:22)
//   #2 p2 [3,131] 16x1x1 broadcast_to %3 (models/attention.ts:26:46)
//   #3 p3 [130,131,132] 16x1x1 add %4 (models/attention.ts:26:32)
//   #4 p4 [132,4,5,130] 4x1x1 matmul %7 + add %9 (models/attention.ts:14:20)
//   #5 p5 [130,131] 16x1x1 transpose %11 (models/attention.ts:14:20)
//   #6 p6 [132,6,7,130] 4x1x1 matmul %13 + add %15 (models/attention.ts:14:20)
//   #7 p5 [130,133] 16x1x1 transpose %17 (models/attention.ts:14:20)
//   #8 p7 [132,8,9,130] 4x1x1 matmul %19 + add %21 (models/attention.ts:14:20)
//   #9 p5 [130,134] 16x1x1 transpose %23 (models/attention.ts:14:20)
//   #10 p8 [131,133,130] 16x1x1 matmul %24 + mul %26 (models/attention.ts:14:20)
//   #11 p9 [130,135] 2x1x1 softmax %27 (models/attention.ts:14:20)
//   #12 p10 [135,134,130] 16x1x1 matmul %28 (models/attention.ts:14:20)
//   #13 p11 [130,136] 16x1x1 transpose %29 (models/attention.ts:14:20)
//   #14 p12 [136,10,11,130] 4x1x1 matmul %32 + add %33 (models/attention.ts:14:20)
//   #15 p13 [132,130,137] 16x1x1 add %35 (models/attention.ts:15:42)
//   #16 p14 [137,12,13,130] 32x1x1 layer_norm %36 (models/attention.ts:15:13)
//   #17 p15 [130,14,15,138] 16x1x1 matmul %38 + add %39 (models/attention.ts:16:28)
//   #18 p16 [138,139] 64x1x1 gelu %41 (models/attention.ts:16:28)
//   #19 p17 [139,16,17,140] 4x1x1 matmul %43 + add %44 (models/attention.ts:16:15)
//   #20 p18 [130,140,141] 16x1x1 add %46 (models/attention.ts:17:39)
//   #21 p14 [141,18,19,140] 32x1x1 layer_norm %47 (models/attention.ts:17:10)
//   #22 p19 [140,20,21,142] 2x1x1 matmul %49 + add %50 (models/attention.ts:27:12)
//   #23 p20 [1,143] 5x1x1 one_hot %64
//   #24 p21 [143,144] 1x1x1 reduce_sum %65
//   #25 p22 [142,144,143,145] 1x1x1 softmax %52 + mul %66 + sub %67 + mul %69 (models/attention.ts:27:12)
//   #26 p23 [142,1,66] 1x1x1 sparse_categorical_cross_entropy %53
//   #27 p24 [66,22,67] 1x1x1 mul %55 + add %56
//   #28 p25 [142,144] 1x1x1 argmax %57
//   #29 p26 [144,1,142] 1x1x1 equal %58 + cast %59 + reduce_sum %60
//   #30 p27 [142,23,68] 1x1x1 reduce_sum %61 + add %62
//   #31 p28 [25,144] 1x1x1 pow %194 + sub %195
//   #32 p29 [25,24,144,142] 1x1x1 pow %197 + sub %198 + sqrt %199 + mul %200 + div %201
//   #33 p30 [145,64,65,142,21,69,70,71] 1x1x1 reduce_sum %71 + sub %424 + mul %425 + add %426 + square %427 + sub %428 + mul %429 + add %430 + mul %431 + sqrt %432 + add %433 + div %434 + sub %435 (models/attention.ts:27:12)
//   #34 p31 [145,20,143] 4x1x1 matmul %72 (models/attention.ts:27:12)
//   #35 p32 [140,145,62,63,142,72,73,144] 2x1x1 matmul %73 + sub %412 + mul %413 + add %414 + square %415 + sub %416 + mul %417 + add %418 + mul %419 (models/attention.ts:27:12)
//   #36 p33 [141,145] 1x1x1 reduce_mean %75 (models/attention.ts:17:10)
//   #37 p34 [141,145,140,146] 16x1x1 sub %76 + mul %77 (models/attention.ts:17:10)
//   #38 p35 [146,145] 1x1x1 reduce_mean %78 + add %80 + rsqrt %81 (models/attention.ts:17:10)
//   #39 p36 [140,145,143,141,146] 16x1x1 mul %82 + mul %91 (models/attention.ts:17:10)
//   #40 p37 [143,18,141,140,147] 16x1x1 mul %83 + mul %86 (models/attention.ts:17:10)
//   #41 p33 [140,148] 1x1x1 reduce_mean %84 (models/attention.ts:17:10)
//   #42 p38 [140,148,149] 16x1x1 sub %85 (models/attention.ts:17:10)
//   #43 p33 [147,148] 1x1x1 reduce_mean %87 (models/attention.ts:17:10)
//   #44 p39 [141,148,149,145,140] 16x1x1 mul %88 + sub %89 + mul %90 (models/attention.ts:17:10)
//   #45 p40 [146,58,59,142,18,74,75,76] 1x1x1 reduce_sum %92 + sub %388 + mul %389 + add %390 + square %391 + sub %392 + mul %393 + add %394 + mul %395 + sqrt %396 + add %397 + div %398 + sub %399 (models/attention.ts:17:10)
//   #46 p41 [143,60,61,142,19,77,78,79] 1x1x1 reduce_sum %93 + sub %400 + mul %401 + add %402 + square %403 + sub %404 + mul %405 + add %406 + mul %407 + sqrt %408 + add %409 + div %410 + sub %411 (models/attention.ts:17:10)
//   #47 p42 [140,56,57,142,17,80,81,82] 1x1x1 reduce_sum %95 + sub %376 + mul %377 + add %378 + square %379 + sub %380 + mul %381 + add %382 + mul %383 + sqrt %384 + add %385 + div %386 + sub %387 (models/attention.ts:16:15)
//   #48 p43 [140,16,141] 16x1x1 matmul %96 (models/attention.ts:16:15)
//   #49 p44 [139,140,54,55,142,83,84,143] 16x1x1 matmul %97 + sub %364 + mul %365 + add %366 + square %367 + sub %368 + mul %369 + add %370 + mul %371 (models/attention.ts:16:15)
//   #50 p45 [138,139,146] 64x1x1 abs %99 + greater %101 + where %102 + div %103 + where %105 (models/attention.ts:16:28)
//   #51 p46 [138,146,141,139] 64x1x1 mul %106 + mul %108 + exp %109 + mul %111 + mul %112 + add %113 + mul %114 (models/attention.ts:16:28)
//   #52 p47 [139,52,53,142,15,85,86,87] 2x1x1 reduce_sum %116 + sub %352 + mul %353 + add %354 + square %355 + sub %356 + mul %357 + add %358 + mul %359 + sqrt %360 + add %361 + div %362 + sub %363 (models/attention.ts:16:28)
//   #53 p48 [139,14,147] 4x1x1 matmul %117 (models/attention.ts:16:28)
//   #54 p49 [130,139,50,51,142,88,89,138] 16x1x1 matmul %118 + sub %340 + mul %341 + add %342 + square %343 + sub %344 + mul %345 + add %346 + mul %347 (models/attention.ts:16:28)
//   #55 p50 [140,147,12,130,149] 16x1x1 add %120 + mul %128 (models/attention.ts:16:28, models/attention.ts:15:13)
//   #56 p33 [137,148] 1x1x1 reduce_mean %121 (models/attention.ts:15:13)
//   #57 p51 [137,148,140,147] 16x1x1 sub %122 + mul %123 (models/attention.ts:15:13)
//   #58 p52 [147,148] 1x1x1 reduce_mean %124 + add %125 + rsqrt %126 (models/attention.ts:15:13)
//   #59 p53 [140,148,149,130,137,147,139] 16x1x1 mul %127 + mul %131 + mul %136 (models/attention.ts:15:13)
//   #60 p33 [149,145] 1x1x1 reduce_mean %129 (models/attention.ts:15:13)
//   #61 p54 [149,145,140] 16x1x1 sub %130 (models/attention.ts:15:13)
//   #62 p33 [147,145] 1x1x1 reduce_mean %132 (models/attention.ts:15:13)
//   #63 p55 [137,145,140,148,147] 16x1x1 mul %133 + sub %134 + mul %135 (models/attention.ts:15:13)
//   #64 p56 [139,46,47,142,12,90,91,92] 1x1x1 reduce_sum %137 + sub %316 + mul %317 + add %318 + square %319 + sub %320 + mul %321 + add %322 + mul %323 + sqrt %324 + add %325 + div %326 + sub %327 (models/attention.ts:15:13)
//   #65 p57 [130,48,49,142,13,93,94,95] 1x1x1 reduce_sum %138 + sub %328 + mul %329 + add %330 + square %331 + sub %332 + mul %333 + add %334 + mul %335 + sqrt %336 + add %337 + div %338 + sub %339 (models/attention.ts:15:13)
//   #66 p58 [147,44,45,142,11,96,97,98] 1x1x1 reduce_sum %140 + sub %304 + mul %305 + add %306 + square %307 + sub %308 + mul %309 + add %310 + mul %311 + sqrt %312 + add %313 + div %314 + sub %315 (models/attention.ts:14:20)
//   #67 p59 [147,10,130] 4x1x1 matmul %141 (models/attention.ts:14:20)
//   #68 p60 [136,147,137] 4x1x1 matmul %142 (models/attention.ts:14:20)
//   #69 p5 [130,136] 16x1x1 transpose %145 (models/attention.ts:14:20)
//   #70 p61 [136,134,135,130,140] 16x1x1 matmul %146 + mul %148 (models/attention.ts:14:20)
//   #71 p62 [135,136,134] 16x1x1 matmul %147 (models/attention.ts:14:20)
//   #72 p63 [140,145] 2x1x1 reduce_sum %149 (models/attention.ts:14:20)
//   #73 p64 [130,145,135,136] 16x1x1 sub %150 + mul %151 + mul %152 (models/attention.ts:14:20)
//   #74 p10 [136,133,130] 16x1x1 matmul %153 (models/attention.ts:14:20)
//   #75 p62 [136,131,133] 16x1x1 matmul %154 (models/attention.ts:14:20)
//   #76 p11 [134,131] 16x1x1 transpose %155 (models/attention.ts:14:20)
//   #77 p65 [131,148] 1x1x1 reduce_sum %157 (models/attention.ts:14:20)
//   #78 p59 [131,8,134] 4x1x1 matmul %159 (models/attention.ts:14:20)
//   #79 p60 [132,131,135] 4x1x1 matmul %160 (models/attention.ts:14:20)
//   #80 p11 [133,131] 16x1x1 transpose %164 (models/attention.ts:14:20)
//   #81 p59 [131,6,133] 4x1x1 matmul %168 (models/attention.ts:14:20)
//   #82 p11 [130,136] 16x1x1 transpose %173 (models/attention.ts:14:20)
//   #83 p59 [136,4,130] 4x1x1 matmul %177 (models/attention.ts:14:20)
//   #84 p66 [147,134,133,130,140] 16x1x1 add %163 + add %172 + add %181 (models/attention.ts:14:20)
//   #85 p65 [131,145] 1x1x1 reduce_sum %166 (models/attention.ts:14:20)
//   #86 p60 [132,131,130] 4x1x1 matmul %169 (models/attention.ts:14:20)
//   #87 p65 [136,131] 1x1x1 reduce_sum %175 (models/attention.ts:14:20)
//   #88 p60 [132,136,133] 4x1x1 matmul %178 (models/attention.ts:14:20)
//   #89 p67 [140,28,29,142,3,99,100,101] 4x1x1 reduce_sum %182 + sub %208 + mul %209 + add %210 + square %211 + sub %212 + mul %213 + add %214 + mul %215 + sqrt %216 + add %217 + div %218 + sub %219 (models/attention.ts:26:46)
//   #90 p68 [129,140,132] 10x1x1 scatter_add %183 (models/attention.ts:24:22)
//   #91 p69 [132,26,142,102,134] 5x1x1 sub %185 + mul %186 + add %187 + mul %202
//   #92 p70 [132,27,134,2,103,104] 5x1x1 square %189 + sub %190 + mul %191 + add %192 + sqrt %203 + add %205 + div %206 + sub %207
//   #93 p71 [133,30,142,105,132] 16x1x1 sub %220 + mul %221 + add %222 + mul %227
//   #94 p72 [133,31,132,4,106,107] 16x1x1 square %223 + sub %224 + mul %225 + add %226 + sqrt %228 + add %229 + div %230 + sub %231
//   #95 p73 [131,32,142,108,129] 1x1x1 sub %232 + mul %233 + add %234 + mul %239
//   #96 p74 [131,33,129,5,109,110] 1x1x1 square %235 + sub %236 + mul %237 + add %238 + sqrt %240 + add %241 + div %242 + sub %243
//   #97 p75 [130,34,142,111,131] 16x1x1 sub %244 + mul %245 + add %246 + mul %251
//   #98 p76 [130,35,131,6,112,113] 16x1x1 square %247 + sub %248 + mul %249 + add %250 + sqrt %252 + add %253 + div %254 + sub %255
//   #99 p77 [145,36,142,114,129] 1x1x1 sub %256 + mul %257 + add %258 + mul %263
//   #100 p78 [145,37,129,7,115,116] 1x1x1 square %259 + sub %260 + mul %261 + add %262 + sqrt %264 + add %265 + div %266 + sub %267
//   #101 p79 [135,38,142,117,130] 16x1x1 sub %268 + mul %269 + add %270 + mul %275
//   #102 p80 [135,39,130,8,118,119] 16x1x1 square %271 + sub %272 + mul %273 + add %274 + sqrt %276 + add %277 + div %278 + sub %279
//   #103 p81 [148,40,142,120,129] 1x1x1 sub %280 + mul %281 + add %282 + mul %287
//   #104 p82 [148,41,129,9,121,122] 1x1x1 square %283 + sub %284 + mul %285 + add %286 + sqrt %288 + add %289 + div %290 + sub %291
//   #105 p83 [137,42,142,123,130] 16x1x1 sub %292 + mul %293 + add %294 + mul %299
//   #106 p84 [137,43,130,10,124,125] 16x1x1 square %295 + sub %296 + mul %297 + add %298 + sqrt %300 + add %301 + div %302 + sub %303
//   #107 p85 [89,138,14,126] 64x1x1 sqrt %348 + add %349 + div %350 + sub %351
//   #108 p86 [84,143,16,127] 64x1x1 sqrt %372 + add %373 + div %374 + sub %375
//   #109 p87 [73,144,20,128] 5x1x1 sqrt %420 + add %421 + div %422 + sub %423

// ---- pipeline 0 (read, read_write)
// dlc kernel: cast %0
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<i32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v2 = i32(x0);
  out0[i] = v2;
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
// dlc kernel: add %4 (models/attention.ts:26:32)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x23 = in0[i];
  let x25 = in1[i];
  let v26 = (x23 + x25);
  out0[i] = v26;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %7 + add %9 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x30 = in2[c1];
  let v31 = (acc + x30);
  out0[i] = v31;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
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

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %13 + add %15 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x37 = in2[c1];
  let v38 = (acc + x37);
  out0[i] = v38;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %19 + add %21 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x44 = in2[c1];
  let v45 = (acc + x44);
  out0[i] = v45;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: matmul %24 + mul %26 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let v50 = (acc * 0.35355338);
  out0[i] = v50;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let bo = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr * 8u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 9 (read, read_write)
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

// ---- pipeline 10 (read, read, read_write)
// dlc kernel: matmul %28 (models/attention.ts:14:20), matmul %153 (models/attention.ts:14:20)
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
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let bo = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr + gk * 8u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: transpose %29 (models/attention.ts:14:20), transpose %155 (models/attention.ts:14:20), transpose %164 (models/attention.ts:14:20) (+1 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  out[i] = x[(i / 256u) * 256u + ((i / 32u) % 8u) * 8u + ((i / 8u) % 4u) * 64u + (i % 8u)];
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %32 + add %33 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x12 = in2[c1];
  let v57 = (acc + x12);
  out0[i] = v57;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 13 (read, read, read_write)
// dlc kernel: add %35 (models/attention.ts:15:42)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x26 = in0[i];
  let x58 = in1[i];
  let v59 = (x26 + x58);
  out0[i] = v59;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 14 (read, read, read, read_write)
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

// ---- pipeline 15 (read, read, read, read_write)
// dlc kernel: matmul %38 + add %39 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 128u;
  let x16 = in2[c1];
  let v63 = (acc + x16);
  out0[i] = v63;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 2u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: gelu %41 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
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
  let x64 = in0[i];
  let v65 = dlc_gelu(x64);
  out0[i] = v65;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %43 + add %44 (models/attention.ts:16:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x18 = in2[c1];
  let v68 = (acc + x18);
  out0[i] = v68;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 18 (read, read, read_write)
// dlc kernel: add %46 (models/attention.ts:17:39)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x60 = in0[i];
  let x69 = in1[i];
  let v70 = (x60 + x69);
  out0[i] = v70;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 19 (read, read, read, read_write)
// dlc kernel: matmul %49 + add %50 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x22 = in2[c1];
  let v74 = (acc + x22);
  out0[i] = v74;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 2u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 320u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 32u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: one_hot %64
@group(0) @binding(0) var<storage, read> indices: array<i32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 320u) { return; }
  out[i] = select(0.0, 1.0, indices[i / 10u] == i32(i % 10u));
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: reduce_sum %65
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

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: softmax %52 + mul %66 + sub %67 + mul %69 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x93 = in1[c0];
  let x91 = in2[i];
  let v94 = (acc * x93);
  let v95 = (v94 - x91);
  let v98 = (v95 * 0.03125);
  out0[i] = v98;
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

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: sparse_categorical_cross_entropy %53
@group(0) @binding(0) var<storage, read> pred: array<f32>;
@group(0) @binding(1) var<storage, read> labels: array<i32>;
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
  if (lane == 0u) { out[0] = total / 32.0; }
}

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: mul %55 + add %56
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x77 = in0[i];
  let x80 = in1[i];
  let v79 = (x77 * 4.0);
  let v81 = (x80 + v79);
  out0[i] = v81;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: argmax %57
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<i32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  let base = i * 10u;
  var best = x[base];
  var arg = 0u;
  for (var k = 1u; k < 10u; k++) {
    let v = x[base + k];
    if (v > best) { best = v; arg = k; }
  }
  out[i] = i32(arg);
}

// ---- pipeline 26 (read, read, read_write)
// dlc kernel: equal %58 + cast %59 + reduce_sum %60
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_pre(i: u32) -> f32 {
  let x82 = in0[i];
  let x1 = in1[i];
  let v83 = (x82 == x1);
  let v84 = select(f32(0), f32(1), v83);
  return v84;
}
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  let base = ((i / 1u) % 4u) * 8u;
  var acc = 0.0;
  for (var j = 0u; j < 8u; j++) { acc = acc + dlc_pre(base + ((j / 1u) % 8u) * 1u); }
  dlc_mid(i, acc);
}

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: reduce_sum %61 + add %62
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x88 = in1[i];
  let v89 = (x88 + acc);
  out0[i] = v89;
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

// ---- pipeline 28 (read, read_write)
// dlc kernel: pow %194 + sub %195
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x219 = in0[i];
  let v233 = dlc_pow(0.9, x219);
  let v234 = (1.0 - v233);
  out0[i] = v234;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 29 (read, read, read, read_write)
// dlc kernel: pow %197 + sub %198 + sqrt %199 + mul %200 + div %201
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x219 = in0[i];
  let x218 = in1[i];
  let x234 = in2[i];
  let v237 = dlc_pow(0.999, x219);
  let v238 = (1.0 - v237);
  let v239 = sqrt(v238);
  let v240 = (x218 * v239);
  let v241 = (v240 / x234);
  out0[i] = v241;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 30 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %71 + sub %424 + mul %425 + add %426 + square %427 + sub %428 + mul %429 + add %430 + mul %431 + sqrt %432 + add %433 + div %434 + sub %435 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x752 = in1[i];
  let x753 = in2[i];
  let x241 = in3[0u];
  let x22 = in4[i];
  let v755 = (acc - x752);
  let v756 = (0.1 * v755);
  let v757 = (x752 + v756);
  let v759 = dlc_square_f32(acc);
  let v760 = (v759 - x753);
  let v761 = (0.001 * v760);
  let v762 = (x753 + v761);
  let v774 = (x241 * v757);
  let v775 = sqrt(v762);
  let v777 = (v775 + 1e-7);
  let v778 = (v774 / v777);
  let v779 = (x22 - v778);
  out0[i] = v757;
  out1[i] = v762;
  out2[i] = v779;
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

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: matmul %72 (models/attention.ts:27:12)
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
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 10u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 10u) { v = in0[ao + gr * 10u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 32 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %73 + sub %412 + mul %413 + add %414 + square %415 + sub %416 + mul %417 + add %418 + mul %419 (models/attention.ts:27:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x724 = in2[i];
  let x725 = in3[i];
  let x241 = in4[0u];
  let v727 = (acc - x724);
  let v728 = (0.1 * v727);
  let v729 = (x724 + v728);
  let v731 = dlc_square_f32(acc);
  let v732 = (v731 - x725);
  let v733 = (0.001 * v732);
  let v734 = (x725 + v733);
  let v746 = (x241 * v729);
  out0[i] = v729;
  out1[i] = v734;
  out2[i] = v746;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 2u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 2u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 320u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr + gk * 32u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 32u) { v = in1[bo + gr + gk * 10u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: reduce_mean %75 (models/attention.ts:17:10), reduce_mean %84 (models/attention.ts:17:10), reduce_mean %87 (models/attention.ts:17:10) (+3 more)
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

// ---- pipeline 34 (read, read, read_write, read_write)
// dlc kernel: sub %76 + mul %77 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x70 = in0[i];
  let x104 = in1[c0];
  let v105 = (x70 - x104);
  let v106 = (v105 * v105);
  out0[i] = v105;
  out1[i] = v106;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: reduce_mean %78 + add %80 + rsqrt %81 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v109 = (acc + 0.000001);
  let v110 = inverseSqrt(v109);
  out0[i] = v110;
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

// ---- pipeline 36 (read, read, read, read_write, read_write)
// dlc kernel: mul %82 + mul %91 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x105 = in0[i];
  let x110 = in1[c0];
  let x103 = in2[i];
  let v111 = (x105 * x110);
  let v120 = (x103 * v111);
  out0[i] = v111;
  out1[i] = v120;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 37 (read, read, read, read_write, read_write)
// dlc kernel: mul %83 + mul %86 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x103 = in0[i];
  let x19 = in1[c1];
  let x111 = in2[i];
  let v112 = (x103 * x19);
  let v115 = (v112 * x111);
  out0[i] = v112;
  out1[i] = v115;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 38 (read, read, read_write)
// dlc kernel: sub %85 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x112 = in0[i];
  let x113 = in1[c0];
  let v114 = (x112 - x113);
  out0[i] = v114;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read, read, read_write)
// dlc kernel: mul %88 + sub %89 + mul %90 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x111 = in0[i];
  let x116 = in1[c0];
  let x114 = in2[i];
  let x110 = in3[c0];
  let v117 = (x111 * x116);
  let v118 = (x114 - v117);
  let v119 = (x110 * v118);
  out0[i] = v119;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 40 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %92 + sub %388 + mul %389 + add %390 + square %391 + sub %392 + mul %393 + add %394 + mul %395 + sqrt %396 + add %397 + div %398 + sub %399 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x668 = in1[i];
  let x669 = in2[i];
  let x241 = in3[0u];
  let x19 = in4[i];
  let v671 = (acc - x668);
  let v672 = (0.1 * v671);
  let v673 = (x668 + v672);
  let v675 = dlc_square_f32(acc);
  let v676 = (v675 - x669);
  let v677 = (0.001 * v676);
  let v678 = (x669 + v677);
  let v690 = (x241 * v673);
  let v691 = sqrt(v678);
  let v693 = (v691 + 1e-7);
  let v694 = (v690 / v693);
  let v695 = (x19 - v694);
  out0[i] = v673;
  out1[i] = v678;
  out2[i] = v695;
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

// ---- pipeline 41 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %93 + sub %400 + mul %401 + add %402 + square %403 + sub %404 + mul %405 + add %406 + mul %407 + sqrt %408 + add %409 + div %410 + sub %411 (models/attention.ts:17:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x696 = in1[i];
  let x697 = in2[i];
  let x241 = in3[0u];
  let x20 = in4[i];
  let v699 = (acc - x696);
  let v700 = (0.1 * v699);
  let v701 = (x696 + v700);
  let v703 = dlc_square_f32(acc);
  let v704 = (v703 - x697);
  let v705 = (0.001 * v704);
  let v706 = (x697 + v705);
  let v718 = (x241 * v701);
  let v719 = sqrt(v706);
  let v721 = (v719 + 1e-7);
  let v722 = (v718 / v721);
  let v723 = (x20 - v722);
  out0[i] = v701;
  out1[i] = v706;
  out2[i] = v723;
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

// ---- pipeline 42 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %95 + sub %376 + mul %377 + add %378 + square %379 + sub %380 + mul %381 + add %382 + mul %383 + sqrt %384 + add %385 + div %386 + sub %387 (models/attention.ts:16:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x640 = in1[i];
  let x641 = in2[i];
  let x241 = in3[0u];
  let x18 = in4[i];
  let v643 = (acc - x640);
  let v644 = (0.1 * v643);
  let v645 = (x640 + v644);
  let v647 = dlc_square_f32(acc);
  let v648 = (v647 - x641);
  let v649 = (0.001 * v648);
  let v650 = (x641 + v649);
  let v662 = (x241 * v645);
  let v663 = sqrt(v650);
  let v665 = (v663 + 1e-7);
  let v666 = (v662 / v665);
  let v667 = (x18 - v666);
  out0[i] = v645;
  out1[i] = v650;
  out2[i] = v667;
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

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: matmul %96 (models/attention.ts:16:15)
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
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 2u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in1[bo + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 44 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %97 + sub %364 + mul %365 + add %366 + square %367 + sub %368 + mul %369 + add %370 + mul %371 (models/attention.ts:16:15)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x612 = in2[i];
  let x613 = in3[i];
  let x241 = in4[0u];
  let v615 = (acc - x612);
  let v616 = (0.1 * v615);
  let v617 = (x612 + v616);
  let v619 = dlc_square_f32(acc);
  let v620 = (v619 - x613);
  let v621 = (0.001 * v620);
  let v622 = (x613 + v621);
  let v634 = (x241 * v617);
  out0[i] = v617;
  out1[i] = v622;
  out2[i] = v634;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 8u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in0[ao + gr + gk * 128u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 128u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 45 (read, read, read_write)
// dlc kernel: abs %99 + greater %101 + where %102 + div %103 + where %105 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x64 = in0[i];
  let x65 = in1[i];
  let v128 = abs(x64);
  let v130 = (v128 > 1e-30);
  let v132 = select(1.0, x64, v130);
  let v133 = (x65 / v132);
  let v135 = select(0.5, v133, v130);
  out0[i] = v135;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 46 (read, read, read, read_write)
// dlc kernel: mul %106 + mul %108 + exp %109 + mul %111 + mul %112 + add %113 + mul %114 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x64 = in0[i];
  let x135 = in1[i];
  let x127 = in2[i];
  let v136 = (x64 * x64);
  let v138 = (v136 * -0.5);
  let v139 = exp(v138);
  let v141 = (v139 * 0.3989423);
  let v142 = (x64 * v141);
  let v143 = (x135 + v142);
  let v144 = (x127 * v143);
  out0[i] = v144;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 47 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %116 + sub %352 + mul %353 + add %354 + square %355 + sub %356 + mul %357 + add %358 + mul %359 + sqrt %360 + add %361 + div %362 + sub %363 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x584 = in1[i];
  let x585 = in2[i];
  let x241 = in3[0u];
  let x16 = in4[i];
  let v587 = (acc - x584);
  let v588 = (0.1 * v587);
  let v589 = (x584 + v588);
  let v591 = dlc_square_f32(acc);
  let v592 = (v591 - x585);
  let v593 = (0.001 * v592);
  let v594 = (x585 + v593);
  let v606 = (x241 * v589);
  let v607 = sqrt(v594);
  let v609 = (v607 + 1e-7);
  let v610 = (v606 / v609);
  let v611 = (x16 - v610);
  out0[i] = v589;
  out1[i] = v594;
  out2[i] = v611;
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

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: matmul %117 (models/attention.ts:16:28)
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
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 128u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in0[ao + gr * 128u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 128u) { v = in1[bo + gr * 128u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 49 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %118 + sub %340 + mul %341 + add %342 + square %343 + sub %344 + mul %345 + add %346 + mul %347 (models/attention.ts:16:28)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32, acc: f32) {
  let x556 = in2[i];
  let x557 = in3[i];
  let x241 = in4[0u];
  let v559 = (acc - x556);
  let v560 = (0.1 * v559);
  let v561 = (x556 + v560);
  let v563 = dlc_square_f32(acc);
  let v564 = (v563 - x557);
  let v565 = (0.001 * v564);
  let v566 = (x557 + v565);
  let v578 = (x241 * v561);
  out0[i] = v561;
  out1[i] = v566;
  out2[i] = v578;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 2u) * 16u;
  let bi = g / 16u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 4096u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr + gk * 32u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 128u && gk < 32u) { v = in1[bo + gr + gk * 128u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 128u) { dlc_mid(yo + r * 128u + c, acc_0_0); } }
}

// ---- pipeline 50 (read, read, read, read_write, read_write)
// dlc kernel: add %120 + mul %128 (models/attention.ts:16:28, models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x119 = in0[i];
  let x149 = in1[i];
  let x13 = in2[c1];
  let v150 = (x119 + x149);
  let v159 = (v150 * x13);
  out0[i] = v150;
  out1[i] = v159;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 51 (read, read, read_write, read_write)
// dlc kernel: sub %122 + mul %123 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x59 = in0[i];
  let x151 = in1[c0];
  let v152 = (x59 - x151);
  let v153 = (v152 * v152);
  out0[i] = v152;
  out1[i] = v153;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 52 (read, read_write)
// dlc kernel: reduce_mean %124 + add %125 + rsqrt %126 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v156 = (acc + 0.000001);
  let v157 = inverseSqrt(v156);
  out0[i] = v157;
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

// ---- pipeline 53 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %127 + mul %131 + mul %136 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x152 = in0[i];
  let x157 = in1[c0];
  let x159 = in2[i];
  let x150 = in3[i];
  let v158 = (x152 * x157);
  let v162 = (x159 * v158);
  let v167 = (x150 * v158);
  out0[i] = v158;
  out1[i] = v162;
  out2[i] = v167;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 54 (read, read, read_write)
// dlc kernel: sub %130 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x159 = in0[i];
  let x160 = in1[c0];
  let v161 = (x159 - x160);
  out0[i] = v161;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 55 (read, read, read, read, read_write)
// dlc kernel: mul %133 + sub %134 + mul %135 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 32u);
  let x158 = in0[i];
  let x163 = in1[c0];
  let x161 = in2[i];
  let x157 = in3[c0];
  let v164 = (x158 * x163);
  let v165 = (x161 - v164);
  let v166 = (x157 * v165);
  out0[i] = v166;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 56 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %137 + sub %316 + mul %317 + add %318 + square %319 + sub %320 + mul %321 + add %322 + mul %323 + sqrt %324 + add %325 + div %326 + sub %327 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x500 = in1[i];
  let x501 = in2[i];
  let x241 = in3[0u];
  let x13 = in4[i];
  let v503 = (acc - x500);
  let v504 = (0.1 * v503);
  let v505 = (x500 + v504);
  let v507 = dlc_square_f32(acc);
  let v508 = (v507 - x501);
  let v509 = (0.001 * v508);
  let v510 = (x501 + v509);
  let v522 = (x241 * v505);
  let v523 = sqrt(v510);
  let v525 = (v523 + 1e-7);
  let v526 = (v522 / v525);
  let v527 = (x13 - v526);
  out0[i] = v505;
  out1[i] = v510;
  out2[i] = v527;
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

// ---- pipeline 57 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %138 + sub %328 + mul %329 + add %330 + square %331 + sub %332 + mul %333 + add %334 + mul %335 + sqrt %336 + add %337 + div %338 + sub %339 (models/attention.ts:15:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x528 = in1[i];
  let x529 = in2[i];
  let x241 = in3[0u];
  let x14 = in4[i];
  let v531 = (acc - x528);
  let v532 = (0.1 * v531);
  let v533 = (x528 + v532);
  let v535 = dlc_square_f32(acc);
  let v536 = (v535 - x529);
  let v537 = (0.001 * v536);
  let v538 = (x529 + v537);
  let v550 = (x241 * v533);
  let v551 = sqrt(v538);
  let v553 = (v551 + 1e-7);
  let v554 = (v550 / v553);
  let v555 = (x14 - v554);
  out0[i] = v533;
  out1[i] = v538;
  out2[i] = v555;
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

// ---- pipeline 58 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %140 + sub %304 + mul %305 + add %306 + square %307 + sub %308 + mul %309 + add %310 + mul %311 + sqrt %312 + add %313 + div %314 + sub %315 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x472 = in1[i];
  let x473 = in2[i];
  let x241 = in3[0u];
  let x12 = in4[i];
  let v475 = (acc - x472);
  let v476 = (0.1 * v475);
  let v477 = (x472 + v476);
  let v479 = dlc_square_f32(acc);
  let v480 = (v479 - x473);
  let v481 = (0.001 * v480);
  let v482 = (x473 + v481);
  let v494 = (x241 * v477);
  let v495 = sqrt(v482);
  let v497 = (v495 + 1e-7);
  let v498 = (v494 / v497);
  let v499 = (x12 - v498);
  out0[i] = v477;
  out1[i] = v482;
  out2[i] = v499;
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

// ---- pipeline 59 (read, read, read_write)
// dlc kernel: matmul %141 (models/attention.ts:14:20), matmul %159 (models/attention.ts:14:20), matmul %168 (models/attention.ts:14:20) (+1 more)
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
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 60 (read, read, read_write)
// dlc kernel: matmul %142 (models/attention.ts:14:20), matmul %160 (models/attention.ts:14:20), matmul %169 (models/attention.ts:14:20) (+1 more)
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
  if (g >= 4u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 2u) * 16u;
  let bi = g / 4u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1024u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in0[ao + gr + gk * 32u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 32u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 32u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 61 (read, read, read, read_write, read_write)
// dlc kernel: matmul %146 + mul %148 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x51 = in2[i];
  let v179 = (acc * x51);
  out0[i] = acc;
  out1[i] = v179;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let bo = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr * 8u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr * 8u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 62 (read, read, read_write)
// dlc kernel: matmul %147 (models/attention.ts:14:20), matmul %154 (models/attention.ts:14:20)
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
  if (g >= 16u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 1u) * 16u;
  let bi = g / 1u;
  let ao = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let bo = (bi / 4u) * 256u + (bi % 4u) * 64u;
  let yo = bi * 64u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 8u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in0[ao + gr + gk * 8u]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 8u && gk < 8u) { v = in1[bo + gr + gk * 8u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 8u && c < 8u) { dlc_mid(yo + r * 8u + c, acc_0_0); } }
}

// ---- pipeline 63 (read, read_write)
// dlc kernel: reduce_sum %149 (models/attention.ts:14:20)
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

// ---- pipeline 64 (read, read, read, read_write)
// dlc kernel: sub %150 + mul %151 + mul %152 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c0 = (i / 8u);
  let x177 = in0[i];
  let x180 = in1[c0];
  let x51 = in2[i];
  let v181 = (x177 - x180);
  let v182 = (x51 * v181);
  let v183 = (v182 * 0.35355338);
  out0[i] = v183;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 65 (read, read_write)
// dlc kernel: reduce_sum %157 (models/attention.ts:14:20), reduce_sum %166 (models/attention.ts:14:20), reduce_sum %175 (models/attention.ts:14:20)
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

// ---- pipeline 66 (read, read, read, read, read_write)
// dlc kernel: add %163 + add %172 + add %181 (models/attention.ts:14:20)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x166 = in0[i];
  let x194 = in1[i];
  let x203 = in2[i];
  let x212 = in3[i];
  let v195 = (x166 + x194);
  let v204 = (v195 + x203);
  let v213 = (v204 + x212);
  out0[i] = v213;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 67 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %182 + sub %208 + mul %209 + add %210 + square %211 + sub %212 + mul %213 + add %214 + mul %215 + sqrt %216 + add %217 + div %218 + sub %219 (models/attention.ts:26:46)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }

fn dlc_mid(i: u32, acc: f32) {
  let x248 = in1[i];
  let x249 = in2[i];
  let x241 = in3[0u];
  let x4 = in4[i];
  let v251 = (acc - x248);
  let v252 = (0.1 * v251);
  let v253 = (x248 + v252);
  let v255 = dlc_square_f32(acc);
  let v256 = (v255 - x249);
  let v257 = (0.001 * v256);
  let v258 = (x249 + v257);
  let v270 = (x241 * v253);
  let v271 = sqrt(v258);
  let v273 = (v271 + 1e-7);
  let v274 = (v270 / v273);
  let v275 = (x4 - v274);
  out0[i] = v253;
  out1[i] = v258;
  out2[i] = v275;
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

// ---- pipeline 68 (read, read, read_write)
// dlc kernel: scatter_add %183 (models/attention.ts:24:22)
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

// ---- pipeline 69 (read, read, read, read_write, read_write)
// dlc kernel: sub %185 + mul %186 + add %187 + mul %202
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x217 = in0[i];
  let x220 = in1[i];
  let x241 = in2[0u];
  let v223 = (x217 - x220);
  let v224 = (0.1 * v223);
  let v225 = (x220 + v224);
  let v242 = (x241 * v225);
  out0[i] = v225;
  out1[i] = v242;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 320u) { return; }
  dlc_mid(i);
}

// ---- pipeline 70 (read, read, read, read, read_write, read_write)
// dlc kernel: square %189 + sub %190 + mul %191 + add %192 + sqrt %203 + add %205 + div %206 + sub %207
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x217 = in0[i];
  let x221 = in1[i];
  let x242 = in2[i];
  let x3 = in3[i];
  let v227 = dlc_square_f32(x217);
  let v228 = (v227 - x221);
  let v229 = (0.001 * v228);
  let v230 = (x221 + v229);
  let v243 = sqrt(v230);
  let v245 = (v243 + 1e-7);
  let v246 = (x242 / v245);
  let v247 = (x3 - v246);
  out0[i] = v230;
  out1[i] = v247;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 320u) { return; }
  dlc_mid(i);
}

// ---- pipeline 71 (read, read, read, read_write, read_write)
// dlc kernel: sub %220 + mul %221 + add %222 + mul %227
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x211 = in0[i];
  let x276 = in1[i];
  let x241 = in2[0u];
  let v279 = (x211 - x276);
  let v280 = (0.1 * v279);
  let v281 = (x276 + v280);
  let v298 = (x241 * v281);
  out0[i] = v281;
  out1[i] = v298;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 72 (read, read, read, read, read_write, read_write)
// dlc kernel: square %223 + sub %224 + mul %225 + add %226 + sqrt %228 + add %229 + div %230 + sub %231
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x211 = in0[i];
  let x277 = in1[i];
  let x298 = in2[i];
  let x5 = in3[i];
  let v283 = dlc_square_f32(x211);
  let v284 = (v283 - x277);
  let v285 = (0.001 * v284);
  let v286 = (x277 + v285);
  let v299 = sqrt(v286);
  let v301 = (v299 + 1e-7);
  let v302 = (x298 / v301);
  let v303 = (x5 - v302);
  out0[i] = v286;
  out1[i] = v303;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 73 (read, read, read, read_write, read_write)
// dlc kernel: sub %232 + mul %233 + add %234 + mul %239
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x208 = in0[i];
  let x304 = in1[i];
  let x241 = in2[0u];
  let v307 = (x208 - x304);
  let v308 = (0.1 * v307);
  let v309 = (x304 + v308);
  let v326 = (x241 * v309);
  out0[i] = v309;
  out1[i] = v326;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 74 (read, read, read, read, read_write, read_write)
// dlc kernel: square %235 + sub %236 + mul %237 + add %238 + sqrt %240 + add %241 + div %242 + sub %243
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x208 = in0[i];
  let x305 = in1[i];
  let x326 = in2[i];
  let x6 = in3[i];
  let v311 = dlc_square_f32(x208);
  let v312 = (v311 - x305);
  let v313 = (0.001 * v312);
  let v314 = (x305 + v313);
  let v327 = sqrt(v314);
  let v329 = (v327 + 1e-7);
  let v330 = (x326 / v329);
  let v331 = (x6 - v330);
  out0[i] = v314;
  out1[i] = v331;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 75 (read, read, read, read_write, read_write)
// dlc kernel: sub %244 + mul %245 + add %246 + mul %251
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x202 = in0[i];
  let x332 = in1[i];
  let x241 = in2[0u];
  let v335 = (x202 - x332);
  let v336 = (0.1 * v335);
  let v337 = (x332 + v336);
  let v354 = (x241 * v337);
  out0[i] = v337;
  out1[i] = v354;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 76 (read, read, read, read, read_write, read_write)
// dlc kernel: square %247 + sub %248 + mul %249 + add %250 + sqrt %252 + add %253 + div %254 + sub %255
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x202 = in0[i];
  let x333 = in1[i];
  let x354 = in2[i];
  let x7 = in3[i];
  let v339 = dlc_square_f32(x202);
  let v340 = (v339 - x333);
  let v341 = (0.001 * v340);
  let v342 = (x333 + v341);
  let v355 = sqrt(v342);
  let v357 = (v355 + 1e-7);
  let v358 = (x354 / v357);
  let v359 = (x7 - v358);
  out0[i] = v342;
  out1[i] = v359;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 77 (read, read, read, read_write, read_write)
// dlc kernel: sub %256 + mul %257 + add %258 + mul %263
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x199 = in0[i];
  let x360 = in1[i];
  let x241 = in2[0u];
  let v363 = (x199 - x360);
  let v364 = (0.1 * v363);
  let v365 = (x360 + v364);
  let v382 = (x241 * v365);
  out0[i] = v365;
  out1[i] = v382;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 78 (read, read, read, read, read_write, read_write)
// dlc kernel: square %259 + sub %260 + mul %261 + add %262 + sqrt %264 + add %265 + div %266 + sub %267
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x199 = in0[i];
  let x361 = in1[i];
  let x382 = in2[i];
  let x8 = in3[i];
  let v367 = dlc_square_f32(x199);
  let v368 = (v367 - x361);
  let v369 = (0.001 * v368);
  let v370 = (x361 + v369);
  let v383 = sqrt(v370);
  let v385 = (v383 + 1e-7);
  let v386 = (x382 / v385);
  let v387 = (x8 - v386);
  out0[i] = v370;
  out1[i] = v387;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 79 (read, read, read, read_write, read_write)
// dlc kernel: sub %268 + mul %269 + add %270 + mul %275
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x193 = in0[i];
  let x388 = in1[i];
  let x241 = in2[0u];
  let v391 = (x193 - x388);
  let v392 = (0.1 * v391);
  let v393 = (x388 + v392);
  let v410 = (x241 * v393);
  out0[i] = v393;
  out1[i] = v410;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 80 (read, read, read, read, read_write, read_write)
// dlc kernel: square %271 + sub %272 + mul %273 + add %274 + sqrt %276 + add %277 + div %278 + sub %279
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x193 = in0[i];
  let x389 = in1[i];
  let x410 = in2[i];
  let x9 = in3[i];
  let v395 = dlc_square_f32(x193);
  let v396 = (v395 - x389);
  let v397 = (0.001 * v396);
  let v398 = (x389 + v397);
  let v411 = sqrt(v398);
  let v413 = (v411 + 1e-7);
  let v414 = (x410 / v413);
  let v415 = (x9 - v414);
  out0[i] = v398;
  out1[i] = v415;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 81 (read, read, read, read_write, read_write)
// dlc kernel: sub %280 + mul %281 + add %282 + mul %287
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x190 = in0[i];
  let x416 = in1[i];
  let x241 = in2[0u];
  let v419 = (x190 - x416);
  let v420 = (0.1 * v419);
  let v421 = (x416 + v420);
  let v438 = (x241 * v421);
  out0[i] = v421;
  out1[i] = v438;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 82 (read, read, read, read, read_write, read_write)
// dlc kernel: square %283 + sub %284 + mul %285 + add %286 + sqrt %288 + add %289 + div %290 + sub %291
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x190 = in0[i];
  let x417 = in1[i];
  let x438 = in2[i];
  let x10 = in3[i];
  let v423 = dlc_square_f32(x190);
  let v424 = (v423 - x417);
  let v425 = (0.001 * v424);
  let v426 = (x417 + v425);
  let v439 = sqrt(v426);
  let v441 = (v439 + 1e-7);
  let v442 = (x438 / v441);
  let v443 = (x10 - v442);
  out0[i] = v426;
  out1[i] = v443;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 83 (read, read, read, read_write, read_write)
// dlc kernel: sub %292 + mul %293 + add %294 + mul %299
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x174 = in0[i];
  let x444 = in1[i];
  let x241 = in2[0u];
  let v447 = (x174 - x444);
  let v448 = (0.1 * v447);
  let v449 = (x444 + v448);
  let v466 = (x241 * v449);
  out0[i] = v449;
  out1[i] = v466;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 84 (read, read, read, read, read_write, read_write)
// dlc kernel: square %295 + sub %296 + mul %297 + add %298 + sqrt %300 + add %301 + div %302 + sub %303
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_mid(i: u32) {
  let x174 = in0[i];
  let x445 = in1[i];
  let x466 = in2[i];
  let x11 = in3[i];
  let v451 = dlc_square_f32(x174);
  let v452 = (v451 - x445);
  let v453 = (0.001 * v452);
  let v454 = (x445 + v453);
  let v467 = sqrt(v454);
  let v469 = (v467 + 1e-7);
  let v470 = (x466 / v469);
  let v471 = (x11 - v470);
  out0[i] = v454;
  out1[i] = v471;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 85 (read, read, read, read_write)
// dlc kernel: sqrt %348 + add %349 + div %350 + sub %351
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x566 = in0[i];
  let x578 = in1[i];
  let x15 = in2[i];
  let v579 = sqrt(x566);
  let v581 = (v579 + 1e-7);
  let v582 = (x578 / v581);
  let v583 = (x15 - v582);
  out0[i] = v583;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 86 (read, read, read, read_write)
// dlc kernel: sqrt %372 + add %373 + div %374 + sub %375
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x622 = in0[i];
  let x634 = in1[i];
  let x17 = in2[i];
  let v635 = sqrt(x622);
  let v637 = (v635 + 1e-7);
  let v638 = (x634 / v637);
  let v639 = (x17 - v638);
  out0[i] = v639;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4096u) { return; }
  dlc_mid(i);
}

// ---- pipeline 87 (read, read, read, read_write)
// dlc kernel: sqrt %420 + add %421 + div %422 + sub %423
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x734 = in0[i];
  let x746 = in1[i];
  let x21 = in2[i];
  let v747 = sqrt(x734);
  let v749 = (v747 + 1e-7);
  let v750 = (x746 / v749);
  let v751 = (x21 - v750);
  out0[i] = v751;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 320u) { return; }
  dlc_mid(i);
}
