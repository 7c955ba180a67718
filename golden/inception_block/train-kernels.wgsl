// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,91,92] 64x1x1 conv2d %0 + add %1 + relu %2 + greater %157 + cast %158 (models/inception_block.ts:28:13)
//   #1 p1 [91,4,5,93,94] 64x1x1 conv2d %3 + add %4 + relu %5 + greater %150 + cast %151 (models/inception_block.ts:16:67)
//   #2 p2 [91,6,7,95,96] 64x1x1 conv2d %6 + add %7 + relu %8 + greater %143 + cast %144 (models/inception_block.ts:16:67)
//   #3 p3 [95,8,9,93,97] 64x1x1 conv2d %9 + add %10 + relu %11 + greater %137 + cast %138 (models/inception_block.ts:16:67)
//   #4 p4 [91,10,11,98,99] 64x1x1 conv2d %12 + add %13 + relu %14 + greater %130 + cast %131 (models/inception_block.ts:16:67)
//   #5 p5 [98,12,13,93,100] 64x1x1 conv2d %15 + add %16 + relu %17 + greater %124 + cast %125 (models/inception_block.ts:16:67)
//   #6 p6 [91,101] 2048x1x1 max_pool2d %18 (models/inception_block.ts:20:38)
//   #7 p7 [101,14,15,93,102] 64x1x1 conv2d %19 + add %20 + relu %21 + greater %117 + cast %118 (models/inception_block.ts:16:67)
//   #8 p8 [93,103] 1024x1x1 max_pool2d %23 (models/inception_block.ts:30:9)
//   #9 p9 [103,16,17,104,105] 32x1x1 conv2d %24 + add %25 + relu %26 + greater %105 + cast %106 (models/inception_block.ts:16:67)
//   #10 p10 [103,18,19,106,107] 32x1x1 conv2d %27 + add %28 + relu %29 + greater %98 + cast %99 (models/inception_block.ts:16:67)
//   #11 p11 [106,20,21,104,108] 64x1x1 conv2d %30 + add %31 + relu %32 + greater %92 + cast %93 (models/inception_block.ts:16:67)
//   #12 p12 [103,22,23,109,110] 32x1x1 conv2d %33 + add %34 + relu %35 + greater %85 + cast %86 (models/inception_block.ts:16:67)
//   #13 p13 [109,24,25,104,111] 32x1x1 conv2d %36 + add %37 + relu %38 + greater %79 + cast %80 (models/inception_block.ts:16:67)
//   #14 p14 [103,112] 1024x1x1 max_pool2d %39 (models/inception_block.ts:20:38)
//   #15 p15 [112,26,27,104,113] 32x1x1 conv2d %40 + add %41 + relu %42 + greater %72 + cast %73 (models/inception_block.ts:16:67)
//   #16 p16 [104,114] 8x1x1 global_avg_pool2d %44 (models/inception_block.ts:32:49)
//   #17 p17 [114,28,29,104] 1x1x1 matmul %45 + add %46 (models/inception_block.ts:32:12)
//   #18 p18 [1,115] 1x1x1 reduce_sum %55
//   #19 p19 [104,115,1,116] 1x1x1 softmax %47 + mul %56 + sub %57 + mul %59 (models/inception_block.ts:32:12)
//   #20 p20 [104,1,90,30] 1x1x1 categorical_cross_entropy %48 + mul %50 + add %51
//   #21 p21 [104,1,31] 1x1x1 count_correct %52 + add %53
//   #22 p22 [33,32,115] 1x1x1 pow %172 + sub %173 + pow %175 + sub %176 + sqrt %177 + mul %178 + div %179
//   #23 p23 [116,115,88,89,29] 1x1x1 reduce_sum %60 + sub %498 + mul %499 + add %500 + square %501 + sub %502 + mul %503 + add %504 + mul %505 + sqrt %506 + add %507 + div %508 + sub %509 (models/inception_block.ts:32:12)
//   #24 p24 [116,28,104] 4x1x1 matmul %61 (models/inception_block.ts:32:12)
//   #25 p25 [114,116,115,86,87,117] 4x1x1 matmul %62 + sub %486 + mul %487 + add %488 + square %489 + sub %490 + mul %491 + add %492 + mul %493 (models/inception_block.ts:32:12)
//   #26 p26 [104,114] 1920x1x1 broadcast_to %64 (models/inception_block.ts:32:49)
//   #27 p27 [114,104] 1920x1x1 mul %66 (models/inception_block.ts:32:49)
//   #28 p28 [104,113,114] 256x1x1 mul %74 (models/inception_block.ts:16:67)
//   #29 p29 [114,115,84,85,27] 16x1x1 reduce_sum %75 + sub %474 + mul %475 + add %476 + square %477 + sub %478 + mul %479 + add %480 + mul %481 + sqrt %482 + add %483 + div %484 + sub %485 (models/inception_block.ts:16:67)
//   #30 p30 [114,26,113] 64x1x1 conv2d_transpose %76 (models/inception_block.ts:16:67)
//   #31 p31 [112,114,115,82,83,116] 16x1x1 conv2d_backprop_filter %77 + sub %462 + mul %463 + add %464 + square %465 + sub %466 + mul %467 + add %468 + mul %469 (models/inception_block.ts:16:67)
//   #32 p32 [103,113,112] 1024x1x1 max_pool2d_grad %78 (models/inception_block.ts:20:38)
//   #33 p33 [104,111,113] 384x1x1 mul %81 (models/inception_block.ts:16:67)
//   #34 p34 [113,115,80,81,25] 24x1x1 reduce_sum %82 + sub %450 + mul %451 + add %452 + square %453 + sub %454 + mul %455 + add %456 + mul %457 + sqrt %458 + add %459 + div %460 + sub %461 (models/inception_block.ts:16:67)
//   #35 p35 [113,24,110,111] 32x1x1 conv2d_transpose %83 + mul %87 (models/inception_block.ts:16:67)
//   #36 p36 [109,113,115,78,79,110] 100x1x1 conv2d_backprop_filter %84 + sub %438 + mul %439 + add %440 + square %441 + sub %442 + mul %443 + add %444 + mul %445 (models/inception_block.ts:16:67)
//   #37 p37 [111,115,76,77,23] 8x1x1 reduce_sum %88 + sub %426 + mul %427 + add %428 + square %429 + sub %430 + mul %431 + add %432 + mul %433 + sqrt %434 + add %435 + div %436 + sub %437 (models/inception_block.ts:16:67)
//   #38 p38 [111,22,112,113] 64x1x1 conv2d_transpose %89 + add %91 (models/inception_block.ts:16:67)
//   #39 p39 [103,111,115,74,75,109] 16x1x1 conv2d_backprop_filter %90 + sub %414 + mul %415 + add %416 + square %417 + sub %418 + mul %419 + add %420 + mul %421 (models/inception_block.ts:16:67)
//   #40 p40 [104,108,112] 768x1x1 mul %94 (models/inception_block.ts:16:67)
//   #41 p41 [112,115,72,73,21] 48x1x1 reduce_sum %95 + sub %402 + mul %403 + add %404 + square %405 + sub %406 + mul %407 + add %408 + mul %409 + sqrt %410 + add %411 + div %412 + sub %413 (models/inception_block.ts:16:67)
//   #42 p42 [112,20,107,108] 32x1x1 conv2d_transpose %96 + mul %100 (models/inception_block.ts:16:67)
//   #43 p43 [106,112,115,70,71,111] 18x1x1 conv2d_backprop_filter %97 + sub %390 + mul %391 + add %392 + square %393 + sub %394 + mul %395 + add %396 + mul %397 (models/inception_block.ts:16:67)
//   #44 p44 [108,115,68,69,19] 32x1x1 reduce_sum %101 + sub %378 + mul %379 + add %380 + square %381 + sub %382 + mul %383 + add %384 + mul %385 + sqrt %386 + add %387 + div %388 + sub %389 (models/inception_block.ts:16:67)
//   #45 p45 [108,18,113,112] 64x1x1 conv2d_transpose %102 + add %104 (models/inception_block.ts:16:67)
//   #46 p46 [103,108,115,66,67,106] 32x1x1 conv2d_backprop_filter %103 + sub %366 + mul %367 + add %368 + square %369 + sub %370 + mul %371 + add %372 + mul %373 (models/inception_block.ts:16:67)
//   #47 p47 [104,105,107] 512x1x1 mul %107 (models/inception_block.ts:16:67)
//   #48 p44 [107,115,64,65,17] 32x1x1 reduce_sum %108 + sub %354 + mul %355 + add %356 + square %357 + sub %358 + mul %359 + add %360 + mul %361 + sqrt %362 + add %363 + div %364 + sub %365 (models/inception_block.ts:16:67)
//   #49 p45 [107,16,112,113] 64x1x1 conv2d_transpose %109 + add %111 (models/inception_block.ts:16:67)
//   #50 p46 [103,107,115,62,63,105] 32x1x1 conv2d_backprop_filter %110 + sub %342 + mul %343 + add %344 + square %345 + sub %346 + mul %347 + add %348 + mul %349 (models/inception_block.ts:16:67)
//   #51 p48 [93,113,104] 1024x1x1 max_pool2d_grad %112 (models/inception_block.ts:30:9)
//   #52 p49 [104,102,107] 512x1x1 mul %119 (models/inception_block.ts:16:67)
//   #53 p50 [107,115,60,61,15] 8x1x1 reduce_sum %120 + sub %330 + mul %331 + add %332 + square %333 + sub %334 + mul %335 + add %336 + mul %337 + sqrt %338 + add %339 + div %340 + sub %341 (models/inception_block.ts:16:67)
//   #54 p51 [107,14,93] 64x1x1 conv2d_transpose %121 (models/inception_block.ts:16:67)
//   #55 p52 [101,107,115,58,59,102] 8x1x1 conv2d_backprop_filter %122 + sub %318 + mul %319 + add %320 + square %321 + sub %322 + mul %323 + add %324 + mul %325 (models/inception_block.ts:16:67)
//   #56 p53 [91,93,101] 2048x1x1 max_pool2d_grad %123 (models/inception_block.ts:20:38)
//   #57 p54 [104,100,107] 512x1x1 mul %126 (models/inception_block.ts:16:67)
//   #58 p50 [107,115,56,57,13] 8x1x1 reduce_sum %127 + sub %306 + mul %307 + add %308 + square %309 + sub %310 + mul %311 + add %312 + mul %313 + sqrt %314 + add %315 + div %316 + sub %317 (models/inception_block.ts:16:67)
//   #59 p55 [107,12,99,100] 64x1x1 conv2d_transpose %128 + mul %132 (models/inception_block.ts:16:67)
//   #60 p56 [98,107,115,54,55,99] 25x1x1 conv2d_backprop_filter %129 + sub %294 + mul %295 + add %296 + square %297 + sub %298 + mul %299 + add %300 + mul %301 (models/inception_block.ts:16:67)
//   #61 p57 [100,115,52,53,11] 4x1x1 reduce_sum %133 + sub %282 + mul %283 + add %284 + square %285 + sub %286 + mul %287 + add %288 + mul %289 + sqrt %290 + add %291 + div %292 + sub %293 (models/inception_block.ts:16:67)
//   #62 p58 [100,10,101,93] 64x1x1 conv2d_transpose %134 + add %136 (models/inception_block.ts:16:67)
//   #63 p59 [91,100,115,50,51,98] 8x1x1 conv2d_backprop_filter %135 + sub %270 + mul %271 + add %272 + square %273 + sub %274 + mul %275 + add %276 + mul %277 (models/inception_block.ts:16:67)
//   #64 p60 [104,97,101] 2048x1x1 mul %139 (models/inception_block.ts:16:67)
//   #65 p61 [101,115,48,49,9] 32x1x1 reduce_sum %140 + sub %258 + mul %259 + add %260 + square %261 + sub %262 + mul %263 + add %264 + mul %265 + sqrt %266 + add %267 + div %268 + sub %269 (models/inception_block.ts:16:67)
//   #66 p62 [101,8,96,114] 64x1x1 conv2d_transpose %141 + mul %145 (models/inception_block.ts:16:67)
//   #67 p63 [95,101,115,46,47,100] 108x1x1 conv2d_backprop_filter %142 + sub %246 + mul %247 + add %248 + square %249 + sub %250 + mul %251 + add %252 + mul %253 (models/inception_block.ts:16:67)
//   #68 p64 [114,115,44,45,7] 24x1x1 reduce_sum %146 + sub %234 + mul %235 + add %236 + square %237 + sub %238 + mul %239 + add %240 + mul %241 + sqrt %242 + add %243 + div %244 + sub %245 (models/inception_block.ts:16:67)
//   #69 p65 [114,6,93,97] 64x1x1 conv2d_transpose %147 + add %149 (models/inception_block.ts:16:67)
//   #70 p66 [91,114,115,42,43,107] 16x1x1 conv2d_backprop_filter %148 + sub %222 + mul %223 + add %224 + square %225 + sub %226 + mul %227 + add %228 + mul %229 (models/inception_block.ts:16:67)
//   #71 p67 [104,94,103] 1024x1x1 mul %152 (models/inception_block.ts:16:67)
//   #72 p68 [103,115,40,41,5] 16x1x1 reduce_sum %153 + sub %210 + mul %211 + add %212 + square %213 + sub %214 + mul %215 + add %216 + mul %217 + sqrt %218 + add %219 + div %220 + sub %221 (models/inception_block.ts:16:67)
//   #73 p69 [103,4,97,92,101] 64x1x1 conv2d_transpose %154 + add %156 + mul %159 (models/inception_block.ts:16:67, models/inception_block.ts:28:13)
//   #74 p70 [91,103,115,38,39,108] 8x1x1 conv2d_backprop_filter %155 + sub %198 + mul %199 + add %200 + square %201 + sub %202 + mul %203 + add %204 + mul %205 (models/inception_block.ts:16:67)
//   #75 p61 [101,115,36,37,3] 32x1x1 reduce_sum %160 + sub %186 + mul %187 + add %188 + square %189 + sub %190 + mul %191 + add %192 + mul %193 + sqrt %194 + add %195 + div %196 + sub %197 (models/inception_block.ts:28:13)
//   #76 p71 [0,101,115,34,35,94] 14x1x1 conv2d_backprop_filter %161 + sub %163 + mul %164 + add %165 + square %167 + sub %168 + mul %169 + add %170 + mul %180 (models/inception_block.ts:28:13)
//   #77 p72 [35,94,2] 14x1x1 sqrt %181 + add %183 + div %184 + sub %185
//   #78 p73 [39,108,4] 8x1x1 sqrt %206 + add %207 + div %208 + sub %209
//   #79 p74 [43,107,6] 12x1x1 sqrt %230 + add %231 + div %232 + sub %233
//   #80 p75 [47,100,8] 108x1x1 sqrt %254 + add %255 + div %256 + sub %257
//   #81 p76 [51,98,10] 2x1x1 sqrt %278 + add %279 + div %280 + sub %281
//   #82 p77 [55,99,12] 13x1x1 sqrt %302 + add %303 + div %304 + sub %305
//   #83 p78 [59,102,14] 4x1x1 sqrt %326 + add %327 + div %328 + sub %329
//   #84 p79 [63,105,16] 32x1x1 sqrt %350 + add %351 + div %352 + sub %353
//   #85 p79 [67,106,18] 32x1x1 sqrt %374 + add %375 + div %376 + sub %377
//   #86 p80 [71,111,20] 216x1x1 sqrt %398 + add %399 + div %400 + sub %401
//   #87 p73 [75,109,22] 8x1x1 sqrt %422 + add %423 + div %424 + sub %425
//   #88 p81 [79,110,24] 75x1x1 sqrt %446 + add %447 + div %448 + sub %449
//   #89 p82 [83,116,26] 16x1x1 sqrt %470 + add %471 + div %472 + sub %473
//   #90 p83 [87,117,28] 19x1x1 sqrt %494 + add %495 + div %496 + sub %497

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %157 + cast %158 (models/inception_block.ts:28:13)
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
// dlc kernel: conv2d %3 + add %4 + relu %5 + greater %150 + cast %151 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out1[i] = v3;
  out0[(i / 16u) * 64u + (i % 16u)] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
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
  let yo = bi * 65536u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc0.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc0.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc0.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc1.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc1.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc1.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc2.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc2.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc2.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 16u) { dlc_mid(yo + r * 16u + c0 + 0u, acc3.x); } if (c0 + 1u < 16u) { dlc_mid(yo + r * 16u + c0 + 1u, acc3.y); } if (c0 + 2u < 16u) { dlc_mid(yo + r * 16u + c0 + 2u, acc3.z); } if (c0 + 3u < 16u) { dlc_mid(yo + r * 16u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %6 + add %7 + relu %8 + greater %143 + cast %144 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 24u + r];
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
  let yo = bi * 98304u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 24u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc0.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc0.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc0.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc1.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc1.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc1.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc2.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc2.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc2.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc3.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc3.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc3.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 3 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %9 + add %10 + relu %11 + greater %137 + cast %138 (models/inception_block.ts:16:67)
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
  out1[i] = v3;
  out0[(i / 32u) * 64u + (i % 32u) + 16u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 72u); let kw = ((k / 24u) % 3u); let c = (k % 24u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 24u + c];
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
  for (var k0 = 0u; k0 < 216u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4096u && k0 + kk < 216u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 216u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %12 + add %13 + relu %14 + greater %130 + cast %131 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 4u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 4u + r];
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
  let yo = bi * 16384u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 4u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc0.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc0.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc0.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc1.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc1.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc1.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc2.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc2.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc2.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc3.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc3.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc3.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 5 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %15 + add %16 + relu %17 + greater %124 + cast %125 (models/inception_block.ts:16:67)
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
  out1[i] = v3;
  out0[(i / 8u) * 64u + (i % 8u) + 48u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 20u); let kw = ((k / 4u) % 5u); let c = (k % 4u);
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 4u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 100u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4096u && k0 + kk < 100u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 100u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: max_pool2d %18 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
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
  if (i >= 131072u) { return; }
  out[i] = x[dlc_pool_argmax((i / 32768u), ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u))];
}

// ---- pipeline 7 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %19 + add %20 + relu %21 + greater %117 + cast %118 (models/inception_block.ts:16:67)
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
  out1[i] = v3;
  out0[(i / 8u) * 64u + (i % 8u) + 56u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 32768u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 32u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc0.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc0.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc0.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc1.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc1.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc1.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc2.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc2.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc2.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 8u) { dlc_mid(yo + r * 8u + c0 + 0u, acc3.x); } if (c0 + 1u < 8u) { dlc_mid(yo + r * 8u + c0 + 1u, acc3.y); } if (c0 + 2u < 8u) { dlc_mid(yo + r * 8u + c0 + 2u, acc3.z); } if (c0 + 3u < 8u) { dlc_mid(yo + r * 8u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 8 (read, read_write)
// dlc kernel: max_pool2d %23 (models/inception_block.ts:30:9)
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
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  out[i] = x[dlc_pool_argmax((i / 16384u), ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u))];
}

// ---- pipeline 9 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %24 + add %25 + relu %26 + greater %105 + cast %106 (models/inception_block.ts:16:67)
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
  out1[i] = v3;
  out0[(i / 32u) * 120u + (i % 32u)] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 64u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
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
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
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

// ---- pipeline 10 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %27 + add %28 + relu %29 + greater %98 + cast %99 (models/inception_block.ts:16:67)
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
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 64u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
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
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
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

// ---- pipeline 11 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %30 + add %31 + relu %32 + greater %92 + cast %93 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out1[i] = v3;
  out0[(i / 48u) * 120u + (i % 48u) + 32u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 48u + r];
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
  let yo = bi * 49152u;
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
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 288u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 12 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %33 + add %34 + relu %35 + greater %85 + cast %86 (models/inception_block.ts:16:67)
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
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 64u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
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
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 64u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 13 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %36 + add %37 + relu %38 + greater %79 + cast %80 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out1[i] = v3;
  out0[(i / 24u) * 120u + (i % 24u) + 80u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 40u); let kw = ((k / 8u) % 5u); let c = (k % 8u);
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 24u + r];
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
  let yo = bi * 24576u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 200u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1024u && k0 + kk < 200u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 24u && k0 + kk < 200u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc0.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc0.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc0.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc1.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc1.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc1.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc2.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc2.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc2.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc3.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc3.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc3.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: max_pool2d %39 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
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
  if (i >= 65536u) { return; }
  out[i] = x[dlc_pool_argmax((i / 16384u), ((i / 1024u) % 16u), ((i / 64u) % 16u), (i % 64u))];
}

// ---- pipeline 15 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %40 + add %41 + relu %42 + greater %72 + cast %73 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out1[i] = v3;
  out0[(i / 16u) * 120u + (i % 16u) + 104u] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 64u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
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
  let yo = bi * 16384u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 64u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 16 (read, read_write)
// dlc kernel: global_avg_pool2d %44 (models/inception_block.ts:32:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 480u) { return; }
  let n = i / 120u; let c = i % 120u;
  var s = 0.0;
  for (var p = 0u; p < 256u; p++) { s += x[(n * 256u + p) * 120u + c]; }
  out[i] = s / 256.0;
}

// ---- pipeline 17 (read, read, read, read_write)
// dlc kernel: matmul %45 + add %46 (models/inception_block.ts:32:12)
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
  return in0[0u + r * 120u + k];
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
  if (sl == 0u && col < 10u) {
    dlc_mid(yo + (row0 + 0u) * 10u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 10u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 10u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 10u + col, red[768u + c]);
  }
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: reduce_sum %55
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

// ---- pipeline 19 (read, read, read, read_write)
// dlc kernel: softmax %47 + mul %56 + sub %57 + mul %59 (models/inception_block.ts:32:12)
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

// ---- pipeline 20 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %48 + mul %50 + add %51
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

// ---- pipeline 21 (read, read, read_write)
// dlc kernel: count_correct %52 + add %53
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

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: pow %172 + sub %173 + pow %175 + sub %176 + sqrt %177 + mul %178 + div %179
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

// ---- pipeline 23 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %60 + sub %498 + mul %499 + add %500 + square %501 + sub %502 + mul %503 + add %504 + mul %505 + sqrt %506 + add %507 + div %508 + sub %509 (models/inception_block.ts:32:12)
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
  for (var j = 0u; j < 4u; j++) { acc = acc + in0[base + ((j / 1u) % 4u) * 10u]; }
  dlc_mid(i, acc);
}

// ---- pipeline 24 (read, read, read_write)
// dlc kernel: matmul %61 (models/inception_block.ts:32:12)
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
  let yo = bi * 480u;
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
      var v = 0.0; if (col0 + r < 120u && k0 + kk < 10u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 4u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc0.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc0.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc0.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 4u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc1.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc1.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc1.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 4u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc2.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc2.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc2.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 4u) { if (c0 + 0u < 120u) { dlc_mid(yo + r * 120u + c0 + 0u, acc3.x); } if (c0 + 1u < 120u) { dlc_mid(yo + r * 120u + c0 + 1u, acc3.y); } if (c0 + 2u < 120u) { dlc_mid(yo + r * 120u + c0 + 2u, acc3.z); } if (c0 + 3u < 120u) { dlc_mid(yo + r * 120u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 25 (read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %62 + sub %486 + mul %487 + add %488 + square %489 + sub %490 + mul %491 + add %492 + mul %493 (models/inception_block.ts:32:12)
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
  return in0[0u + r + k * 120u];
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
  let yo = bi * 1200u;
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
  { let r = row0 + ty * 4u + 0u; if (r < 120u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc0.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc0.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc0.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 120u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc1.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc1.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc1.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 120u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc2.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc2.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc2.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 120u) { if (c0 + 0u < 10u) { dlc_mid(yo + r * 10u + c0 + 0u, acc3.x); } if (c0 + 1u < 10u) { dlc_mid(yo + r * 10u + c0 + 1u, acc3.y); } if (c0 + 2u < 10u) { dlc_mid(yo + r * 10u + c0 + 2u, acc3.z); } if (c0 + 3u < 10u) { dlc_mid(yo + r * 10u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: broadcast_to %64 (models/inception_block.ts:32:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 122880u) { return; }
  out[i] = x[((i / 30720u) % 4u) * 120u + ((i / 1u) % 120u) * 1u];
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: mul %66 (models/inception_block.ts:32:49)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = (x0 * 0.00390625);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 122880u) { return; }
  dlc_mid(i);
}

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: mul %74 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 16u) * 120u + (i % 16u) + 104u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 29 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %75 + sub %474 + mul %475 + add %476 + square %477 + sub %478 + mul %479 + add %480 + mul %481 + sqrt %482 + add %483 + div %484 + sub %485 (models/inception_block.ts:16:67)
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

// ---- pipeline 30 (read, read, read_write)
// dlc kernel: conv2d_transpose %76 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 1024u + r * 16u + c];
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

// ---- pipeline 31 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %77 + sub %462 + mul %463 + add %464 + square %465 + sub %466 + mul %467 + add %468 + mul %469 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 64u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 16u) * 4u;
  let bi = g / 16u;
  let yo = bi * 1024u;
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

// ---- pipeline 32 (read, read, read_write)
// dlc kernel: max_pool2d_grad %78 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
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
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let ih = ((i / 1024u) % 16u); let iw = ((i / 64u) % 16u); let c = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let oh_t = i32(ih) + 1 - i32(kh); if (!(u32(oh_t) < 16u)) { continue; } let oh = u32(oh_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let ow_t = i32(iw) + 1 - i32(kw); if (!(u32(ow_t) < 16u)) { continue; } let ow = u32(ow_t);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 16u + oh) * 16u + ow) * 64u + c]; }
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 33 (read, read, read_write)
// dlc kernel: mul %81 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 24u) * 120u + (i % 24u) + 80u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24576u) { return; }
  dlc_mid(i);
}

// ---- pipeline 34 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %82 + sub %450 + mul %451 + add %452 + square %453 + sub %454 + mul %455 + add %456 + mul %457 + sqrt %458 + add %459 + div %460 + sub %461 (models/inception_block.ts:16:67)
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
  if (g >= 24u) { return; }
  let base = ((g / 1u) % 24u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 6144u + ((j / 16u) % 16u) * 384u + ((j / 1u) % 16u) * 24u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 35 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %83 + mul %87 (models/inception_block.ts:16:67)
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
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 120u); let kw = ((k / 24u) % 5u); let c = (k % 24u);
  let h_t = i32(yh) + 2 - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 2 - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 24u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 24u; let c = k % 24u;
  return in1[t * 192u + r * 24u + c];
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
  for (var k0 = 0u; k0 < 600u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1024u && k0 + kk < 600u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 8u && k0 + kk < 600u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 36 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %84 + sub %438 + mul %439 + add %440 + square %441 + sub %442 + mul %443 + add %444 + mul %445 (models/inception_block.ts:16:67)
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
  let kh = (r / 40u); let kw = ((r / 8u) % 5u); let c = (r % 8u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 24u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 100u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 50u) * 4u;
  let bi = g / 100u;
  let yo = bi * 4800u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 24u) {
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
  if (sl == 0u && col < 24u) {
    dlc_mid(yo + (row0 + 0u) * 24u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 24u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 24u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 24u + col, red[768u + c]);
  }
}

// ---- pipeline 37 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %88 + sub %426 + mul %427 + add %428 + square %429 + sub %430 + mul %431 + add %432 + mul %433 + sqrt %434 + add %435 + div %436 + sub %437 (models/inception_block.ts:16:67)
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

// ---- pipeline 38 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %89 + add %91 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 8u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 8u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 8u; let c = k % 8u;
  return in1[t * 512u + r * 8u + c];
}
var<workgroup> As: array<vec4<f32>, 64>;
var<workgroup> Bs: array<vec4<f32>, 64>;
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
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 64u;
      let r = e / 8u; let kk = e % 8u;
      let v = dlc_b(bi, col0 + r, k0 + kk);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 39 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %90 + sub %414 + mul %415 + add %416 + square %417 + sub %418 + mul %419 + add %420 + mul %421 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 64u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 16u) * 4u;
  let bi = g / 16u;
  let yo = bi * 512u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 8u) {
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
  if (sl == 0u && col < 8u) {
    dlc_mid(yo + (row0 + 0u) * 8u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 8u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 8u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 8u + col, red[768u + c]);
  }
}

// ---- pipeline 40 (read, read, read_write)
// dlc kernel: mul %94 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 48u) * 120u + (i % 48u) + 32u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 49152u) { return; }
  dlc_mid(i);
}

// ---- pipeline 41 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %95 + sub %402 + mul %403 + add %404 + square %405 + sub %406 + mul %407 + add %408 + mul %409 + sqrt %410 + add %411 + div %412 + sub %413 (models/inception_block.ts:16:67)
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
  if (g >= 48u) { return; }
  let base = ((g / 1u) % 48u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 12288u + ((j / 16u) % 16u) * 768u + ((j / 1u) % 16u) * 48u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 42 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %96 + mul %100 (models/inception_block.ts:16:67)
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
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 144u); let kw = ((k / 48u) % 3u); let c = (k % 48u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 48u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 48u; let c = k % 48u;
  return in1[t * 1536u + r * 48u + c];
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
  for (var k0 = 0u; k0 < 432u; k0 += 16u) {
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

// ---- pipeline 43 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %97 + sub %390 + mul %391 + add %392 + square %393 + sub %394 + mul %395 + add %396 + mul %397 (models/inception_block.ts:16:67)
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
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 48u + r];
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
  let yo = bi * 13824u;
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
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 1024u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 44 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %101 + sub %378 + mul %379 + add %380 + square %381 + sub %382 + mul %383 + add %384 + mul %385 + sqrt %386 + add %387 + div %388 + sub %389 (models/inception_block.ts:16:67), reduce_sum %108 + sub %354 + mul %355 + add %356 + square %357 + sub %358 + mul %359 + add %360 + mul %361 + sqrt %362 + add %363 + div %364 + sub %365 (models/inception_block.ts:16:67)
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
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + in0[base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 45 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %102 + add %104 (models/inception_block.ts:16:67), conv2d_transpose %109 + add %111 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 2048u + r * 32u + c];
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 46 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %103 + sub %366 + mul %367 + add %368 + square %369 + sub %370 + mul %371 + add %372 + mul %373 (models/inception_block.ts:16:67), conv2d_backprop_filter %110 + sub %342 + mul %343 + add %344 + square %345 + sub %346 + mul %347 + add %348 + mul %349 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 64u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 16u) * 4u;
  let bi = g / 32u;
  let yo = bi * 2048u;
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
    dlc_mid(yo + (row0 + 0u) * 32u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 32u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 32u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 32u + col, red[768u + c]);
  }
}

// ---- pipeline 47 (read, read, read_write)
// dlc kernel: mul %107 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 32u) * 120u + (i % 32u)];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: max_pool2d_grad %112 (models/inception_block.ts:30:9)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
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
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 64u + c;
      let v = x[off];
      if (at == 0xffffffffu || v > best) { best = v; at = off; }
    }
  }
  return at;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let ph = ((i / 1024u) % 16u); let pw = ((i / 64u) % 16u); let c = (i % 64u);
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
      let off = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 64u + c;
      dlc_mid(off, select(0.0, g, off == at));
    }
  }
}

// ---- pipeline 49 (read, read, read_write)
// dlc kernel: mul %119 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 8u) * 64u + (i % 8u) + 56u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 50 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %120 + sub %330 + mul %331 + add %332 + square %333 + sub %334 + mul %335 + add %336 + mul %337 + sqrt %338 + add %339 + div %340 + sub %341 (models/inception_block.ts:16:67), reduce_sum %127 + sub %306 + mul %307 + add %308 + square %309 + sub %310 + mul %311 + add %312 + mul %313 + sqrt %314 + add %315 + div %316 + sub %317 (models/inception_block.ts:16:67)
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
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 8192u + ((j / 32u) % 32u) * 256u + ((j / 1u) % 32u) * 8u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 51 (read, read, read_write)
// dlc kernel: conv2d_transpose %121 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 8u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 8u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 8u; let c = k % 8u;
  return in1[t * 256u + r * 8u + c];
}
var<workgroup> As: array<vec4<f32>, 128>;
var<workgroup> Bs: array<vec4<f32>, 128>;
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
  for (var k0 = 0u; k0 < 8u; k0 += 8u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e / 8u; let kk = e % 8u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 256u;
      let r = e / 8u; let kk = e % 8u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 8u) { v = dlc_b(bi, col0 + r, k0 + kk); }
      Bs[kk * 16u + r / 4u][r % 4u] = v;
    }
    workgroupBarrier();
    for (var kk = 0u; kk < 8u; kk++) {
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

// ---- pipeline 52 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %122 + sub %318 + mul %319 + add %320 + square %321 + sub %322 + mul %323 + add %324 + mul %325 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 32u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 8u) * 4u;
  let bi = g / 8u;
  let yo = bi * 256u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 8u) {
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
  if (sl == 0u && col < 8u) {
    dlc_mid(yo + (row0 + 0u) * 8u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 8u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 8u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 8u + col, red[768u + c]);
  }
}

// ---- pipeline 53 (read, read, read_write)
// dlc kernel: max_pool2d_grad %123 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_pool_argmax(n: u32, oh: u32, ow: u32, c: u32) -> u32 {
  var best = 0.0;
  var at = 0xffffffffu;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
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
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let ih = ((i / 1024u) % 32u); let iw = ((i / 32u) % 32u); let c = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let oh_t = i32(ih) + 1 - i32(kh); if (!(u32(oh_t) < 32u)) { continue; } let oh = u32(oh_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let ow_t = i32(iw) + 1 - i32(kw); if (!(u32(ow_t) < 32u)) { continue; } let ow = u32(ow_t);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 32u + oh) * 32u + ow) * 32u + c]; }
    }
  }
  dlc_mid(i, acc);
}

// ---- pipeline 54 (read, read, read_write)
// dlc kernel: mul %126 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 8u) * 64u + (i % 8u) + 48u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 55 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %128 + mul %132 (models/inception_block.ts:16:67)
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
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = (k / 40u); let kw = ((k / 8u) % 5u); let c = (k % 8u);
  let h_t = i32(yh) + 2 - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 2 - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 8u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 8u; let c = k % 8u;
  return in1[t * 32u + r * 8u + c];
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
  let yo = bi * 16384u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 200u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4096u && k0 + kk < 200u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 4u && k0 + kk < 200u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc0.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc0.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc0.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc1.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc1.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc1.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc2.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc2.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc2.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 4u) { dlc_mid(yo + r * 4u + c0 + 0u, acc3.x); } if (c0 + 1u < 4u) { dlc_mid(yo + r * 4u + c0 + 1u, acc3.y); } if (c0 + 2u < 4u) { dlc_mid(yo + r * 4u + c0 + 2u, acc3.z); } if (c0 + 3u < 4u) { dlc_mid(yo + r * 4u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 56 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %129 + sub %294 + mul %295 + add %296 + square %297 + sub %298 + mul %299 + add %300 + mul %301 (models/inception_block.ts:16:67)
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
  let kh = (r / 20u); let kw = ((r / 4u) % 5u); let c = (r % 4u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 2 + i32(kh); let iw = i32(ow) - 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 4u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 8u + r];
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
  let yo = bi * 800u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 8u) {
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
  if (sl == 0u && col < 8u) {
    dlc_mid(yo + (row0 + 0u) * 8u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 8u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 8u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 8u + col, red[768u + c]);
  }
}

// ---- pipeline 57 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %133 + sub %282 + mul %283 + add %284 + square %285 + sub %286 + mul %287 + add %288 + mul %289 + sqrt %290 + add %291 + div %292 + sub %293 (models/inception_block.ts:16:67)
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
  if (g >= 4u) { return; }
  let base = ((g / 1u) % 4u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 4096u + ((j / 32u) % 32u) * 128u + ((j / 1u) % 32u) * 4u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 58 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %134 + add %136 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 4u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 4u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 4u; let c = k % 4u;
  return in1[t * 128u + r * 4u + c];
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
  let col0 = (g % 1u) * 64u;
  let row0 = ((g / 1u) % 64u) * 64u;
  let bi = g / 64u;
  let yo = bi * 131072u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 4u; k0 += 4u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 4u; let kk = e % 4u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 4u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 32u) { dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); } if (c0 + 1u < 32u) { dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); } if (c0 + 2u < 32u) { dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); } if (c0 + 3u < 32u) { dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 59 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %135 + sub %270 + mul %271 + add %272 + square %273 + sub %274 + mul %275 + add %276 + mul %277 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 32u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 4u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 8u) * 4u;
  let bi = g / 8u;
  let yo = bi * 128u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 4u) {
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
  if (sl == 0u && col < 4u) {
    dlc_mid(yo + (row0 + 0u) * 4u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 4u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 4u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 4u + col, red[768u + c]);
  }
}

// ---- pipeline 60 (read, read, read_write)
// dlc kernel: mul %139 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 32u) * 64u + (i % 32u) + 16u];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i);
}

// ---- pipeline 61 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %140 + sub %258 + mul %259 + add %260 + square %261 + sub %262 + mul %263 + add %264 + mul %265 + sqrt %266 + add %267 + div %268 + sub %269 (models/inception_block.ts:16:67), reduce_sum %160 + sub %186 + mul %187 + add %188 + square %189 + sub %190 + mul %191 + add %192 + mul %193 + sqrt %194 + add %195 + div %196 + sub %197 (models/inception_block.ts:28:13)
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
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 32768u + ((j / 32u) % 32u) * 1024u + ((j / 1u) % 32u) * 32u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 62 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %141 + mul %145 (models/inception_block.ts:16:67)
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
  return in1[t * 768u + r * 32u + c];
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
  let yo = bi * 98304u;
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
      var v = 0.0; if (col0 + r < 24u && k0 + kk < 288u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc0.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc0.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc0.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc0.w); } }
  { let r = row0 + ty * 4u + 1u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc1.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc1.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc1.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc1.w); } }
  { let r = row0 + ty * 4u + 2u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc2.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc2.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc2.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc2.w); } }
  { let r = row0 + ty * 4u + 3u; if (c0 + 0u < 24u) { dlc_mid(yo + r * 24u + c0 + 0u, acc3.x); } if (c0 + 1u < 24u) { dlc_mid(yo + r * 24u + c0 + 1u, acc3.y); } if (c0 + 2u < 24u) { dlc_mid(yo + r * 24u + c0 + 2u, acc3.z); } if (c0 + 3u < 24u) { dlc_mid(yo + r * 24u + c0 + 3u, acc3.w); } }
}

// ---- pipeline 63 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %142 + sub %246 + mul %247 + add %248 + square %249 + sub %250 + mul %251 + add %252 + mul %253 (models/inception_block.ts:16:67)
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
  let kh = (r / 72u); let kw = ((r / 24u) % 3u); let c = (r % 24u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 24u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 108u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 54u) * 4u;
  let bi = g / 108u;
  let yo = bi * 6912u;
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

// ---- pipeline 64 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %146 + sub %234 + mul %235 + add %236 + square %237 + sub %238 + mul %239 + add %240 + mul %241 + sqrt %242 + add %243 + div %244 + sub %245 (models/inception_block.ts:16:67)
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
  if (g >= 24u) { return; }
  let base = ((g / 1u) % 24u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 24576u + ((j / 32u) % 32u) * 768u + ((j / 1u) % 32u) * 24u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 65 (read, read, read, read_write)
// dlc kernel: conv2d_transpose %147 + add %149 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (x0 + acc);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 24u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 24u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 24u; let c = k % 24u;
  return in1[t * 768u + r * 24u + c];
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
  for (var k0 = 0u; k0 < 24u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 4096u && k0 + kk < 24u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 24u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 66 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %148 + sub %222 + mul %223 + add %224 + square %225 + sub %226 + mul %227 + add %228 + mul %229 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 32u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 24u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 8u) * 4u;
  let bi = g / 16u;
  let yo = bi * 768u;
  var acc0 = 0.0; var acc1 = 0.0; var acc2 = 0.0; var acc3 = 0.0;
  if (col < 24u) {
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
  if (sl == 0u && col < 24u) {
    dlc_mid(yo + (row0 + 0u) * 24u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 24u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 24u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 24u + col, red[768u + c]);
  }
}

// ---- pipeline 67 (read, read, read_write)
// dlc kernel: mul %152 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[(i / 16u) * 64u + (i % 16u)];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 68 (read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %153 + sub %210 + mul %211 + add %212 + square %213 + sub %214 + mul %215 + add %216 + mul %217 + sqrt %218 + add %219 + div %220 + sub %221 (models/inception_block.ts:16:67)
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
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + in0[base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 69 (read, read, read, read, read_write)
// dlc kernel: conv2d_transpose %154 + add %156 + mul %159 (models/inception_block.ts:16:67, models/inception_block.ts:28:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let x1 = in3[i];
  let v0 = (x0 + acc);
  let v1 = (v0 * x1);
  out0[i] = v1;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 512u + r * 16u + c];
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
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 32u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 70 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %155 + sub %198 + mul %199 + add %200 + square %201 + sub %202 + mul %203 + add %204 + mul %205 (models/inception_block.ts:16:67)
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
  let kh = 0u; let kw = 0u; let c = (r % 32u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) + i32(kh); let iw = i32(ow) + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 8u) * 4u;
  let bi = g / 8u;
  let yo = bi * 512u;
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
    dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]);
  }
}

// ---- pipeline 71 (read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %161 + sub %163 + mul %164 + add %165 + square %167 + sub %168 + mul %169 + add %170 + mul %180 (models/inception_block.ts:28:13)
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

// ---- pipeline 72 (read, read, read_write)
// dlc kernel: sqrt %181 + add %183 + div %184 + sub %185
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
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 73 (read, read, read_write)
// dlc kernel: sqrt %206 + add %207 + div %208 + sub %209, sqrt %422 + add %423 + div %424 + sub %425
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

// ---- pipeline 74 (read, read, read_write)
// dlc kernel: sqrt %230 + add %231 + div %232 + sub %233
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
  if (i >= 768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 75 (read, read, read_write)
// dlc kernel: sqrt %254 + add %255 + div %256 + sub %257
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
  if (i >= 6912u) { return; }
  dlc_mid(i);
}

// ---- pipeline 76 (read, read, read_write)
// dlc kernel: sqrt %278 + add %279 + div %280 + sub %281
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

// ---- pipeline 77 (read, read, read_write)
// dlc kernel: sqrt %302 + add %303 + div %304 + sub %305
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
  if (i >= 800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 78 (read, read, read_write)
// dlc kernel: sqrt %326 + add %327 + div %328 + sub %329
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
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 79 (read, read, read_write)
// dlc kernel: sqrt %350 + add %351 + div %352 + sub %353, sqrt %374 + add %375 + div %376 + sub %377
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
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 80 (read, read, read_write)
// dlc kernel: sqrt %398 + add %399 + div %400 + sub %401
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
  if (i >= 13824u) { return; }
  dlc_mid(i);
}

// ---- pipeline 81 (read, read, read_write)
// dlc kernel: sqrt %446 + add %447 + div %448 + sub %449
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
  if (i >= 4800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 82 (read, read, read_write)
// dlc kernel: sqrt %470 + add %471 + div %472 + sub %473
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
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 83 (read, read, read_write)
// dlc kernel: sqrt %494 + add %495 + div %496 + sub %497
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
  if (i >= 1200u) { return; }
  dlc_mid(i);
}
