// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,3,177,178] 2048x1x1 conv2d %0 + add %1 + relu %2 + greater %163 + cast %164 (models/inception_block.ts:28:13)
//   #1 p1 [177,4,5,179,180] 1024x1x1 conv2d %3 + add %4 + relu %5 + greater %156 + cast %157 (models/inception_block.ts:16:67)
//   #2 p2 [177,6,7,181,182] 1536x1x1 conv2d %6 + add %7 + relu %8 + greater %149 + cast %150 (models/inception_block.ts:16:67)
//   #3 p3 [181,8,9,183,184] 2048x1x1 conv2d %9 + add %10 + relu %11 + greater %143 + cast %144 (models/inception_block.ts:16:67)
//   #4 p4 [177,10,11,185,186] 256x1x1 conv2d %12 + add %13 + relu %14 + greater %136 + cast %137 (models/inception_block.ts:16:67)
//   #5 p5 [185,12,13,187,188] 512x1x1 conv2d %15 + add %16 + relu %17 + greater %130 + cast %131 (models/inception_block.ts:16:67)
//   #6 p6 [177,189] 2048x1x1 max_pool2d %18 (models/inception_block.ts:20:38)
//   #7 p7 [189,14,15,190,191] 512x1x1 conv2d %19 + add %20 + relu %21 + greater %123 + cast %124 (models/inception_block.ts:16:67)
//   #8 p8 [179,183,187,190,192] 4096x1x1 concat %22 (models/inception_block.ts:21:10)
//   #9 p9 [192,179] 1024x1x1 max_pool2d %23 (models/inception_block.ts:30:9)
//   #10 p10 [179,16,17,187,190] 512x1x1 conv2d %24 + add %25 + relu %26 + greater %111 + cast %112 (models/inception_block.ts:16:67)
//   #11 p11 [179,18,19,183,193] 512x1x1 conv2d %27 + add %28 + relu %29 + greater %104 + cast %105 (models/inception_block.ts:16:67)
//   #12 p12 [183,20,21,194,195] 768x1x1 conv2d %30 + add %31 + relu %32 + greater %98 + cast %99 (models/inception_block.ts:16:67)
//   #13 p13 [179,22,23,196,197] 128x1x1 conv2d %33 + add %34 + relu %35 + greater %91 + cast %92 (models/inception_block.ts:16:67)
//   #14 p14 [196,24,25,198,199] 384x1x1 conv2d %36 + add %37 + relu %38 + greater %85 + cast %86 (models/inception_block.ts:16:67)
//   #15 p15 [179,200] 1024x1x1 max_pool2d %39 (models/inception_block.ts:20:38)
//   #16 p16 [200,26,27,201,202] 256x1x1 conv2d %40 + add %41 + relu %42 + greater %78 + cast %79 (models/inception_block.ts:16:67)
//   #17 p17 [187,194,198,201,203] 1920x1x1 concat %43 (models/inception_block.ts:21:10)
//   #18 p18 [203,201] 8x1x1 global_avg_pool2d %44 (models/inception_block.ts:32:49)
//   #19 p19 [201,28,29,198] 1x1x1 matmul %45 + add %46 (models/inception_block.ts:32:12)
//   #20 p20 [1,187] 1x1x1 reduce_sum %61
//   #21 p21 [198,187,1,194] 1x1x1 softmax %47 + mul %62 + sub %63 + mul %65 (models/inception_block.ts:32:12)
//   #22 p22 [198,1,90] 1x1x1 categorical_cross_entropy %48
//   #23 p23 [90,30,91] 1x1x1 mul %50 + add %51
//   #24 p24 [198,187] 1x1x1 argmax %52
//   #25 p24 [1,198] 1x1x1 argmax %53
//   #26 p25 [187,198,203] 1x1x1 equal %54 + cast %55
//   #27 p26 [203,198] 1x1x1 reduce_sum %57
//   #28 p27 [198,31,92] 1x1x1 reduce_sum %58 + add %59
//   #29 p28 [33,198] 1x1x1 pow %178 + sub %179
//   #30 p29 [33,32,198,187] 1x1x1 pow %181 + sub %182 + sqrt %183 + mul %184 + div %185
//   #31 p30 [194,88,89,187,29,93,94,95] 1x1x1 reduce_sum %66 + sub %504 + mul %505 + add %506 + square %507 + sub %508 + mul %509 + add %510 + mul %511 + sqrt %512 + add %513 + div %514 + sub %515 (models/inception_block.ts:32:12)
//   #32 p31 [194,28,198] 8x1x1 matmul %67 (models/inception_block.ts:32:12)
//   #33 p32 [201,194,86,87,187,96,97,203] 8x1x1 matmul %68 + sub %492 + mul %493 + add %494 + square %495 + sub %496 + mul %497 + add %498 + mul %499 (models/inception_block.ts:32:12)
//   #34 p33 [198,194] 1920x1x1 broadcast_to %70 (models/inception_block.ts:32:49)
//   #35 p34 [194,198] 1920x1x1 mul %72 (models/inception_block.ts:32:49)
//   #36 p35 [198,194] 512x1x1 slice %73 (models/inception_block.ts:21:10)
//   #37 p36 [198,201] 768x1x1 slice %74 (models/inception_block.ts:21:10)
//   #38 p37 [198,204] 384x1x1 slice %75 (models/inception_block.ts:21:10)
//   #39 p38 [198,205] 256x1x1 slice %76 (models/inception_block.ts:21:10)
//   #40 p39 [205,202,198] 256x1x1 mul %80 (models/inception_block.ts:16:67)
//   #41 p40 [198,84,85,187,27,98,99,100] 16x1x1 reduce_sum %81 + sub %480 + mul %481 + add %482 + square %483 + sub %484 + mul %485 + add %486 + mul %487 + sqrt %488 + add %489 + div %490 + sub %491 (models/inception_block.ts:16:67)
//   #42 p41 [198,26,202] 1024x1x1 conv2d_transpose %82 (models/inception_block.ts:16:67)
//   #43 p42 [200,198,205] 1024x1x1 conv2d_backprop_filter %83 (models/inception_block.ts:16:67)
//   #44 p43 [179,202,200] 1024x1x1 max_pool2d_grad %84 (models/inception_block.ts:20:38)
//   #45 p44 [204,199,202] 384x1x1 mul %87 (models/inception_block.ts:16:67)
//   #46 p45 [202,80,81,187,25,101,102,103] 24x1x1 reduce_sum %88 + sub %456 + mul %457 + add %458 + square %459 + sub %460 + mul %461 + add %462 + mul %463 + sqrt %464 + add %465 + div %466 + sub %467 (models/inception_block.ts:16:67)
//   #47 p46 [202,24,199] 128x1x1 conv2d_transpose %89 (models/inception_block.ts:16:67)
//   #48 p47 [196,202,204] 4800x1x1 conv2d_backprop_filter %90 (models/inception_block.ts:16:67)
//   #49 p48 [199,197,196] 128x1x1 mul %93 (models/inception_block.ts:16:67)
//   #50 p49 [196,76,77,187,23,104,105,106] 8x1x1 reduce_sum %94 + sub %432 + mul %433 + add %434 + square %435 + sub %436 + mul %437 + add %438 + mul %439 + sqrt %440 + add %441 + div %442 + sub %443 (models/inception_block.ts:16:67)
//   #51 p50 [196,22,202] 1024x1x1 conv2d_transpose %95 (models/inception_block.ts:16:67)
//   #52 p51 [179,196,197] 512x1x1 conv2d_backprop_filter %96 (models/inception_block.ts:16:67)
//   #53 p52 [201,195,198] 768x1x1 mul %100 (models/inception_block.ts:16:67)
//   #54 p53 [198,20,195] 512x1x1 conv2d_transpose %102 (models/inception_block.ts:16:67)
//   #55 p54 [195,193,201] 512x1x1 mul %106 (models/inception_block.ts:16:67)
//   #56 p55 [201,18,195] 1024x1x1 conv2d_transpose %108 (models/inception_block.ts:16:67)
//   #57 p56 [194,190,193] 512x1x1 mul %113 (models/inception_block.ts:16:67)
//   #58 p55 [193,16,194] 1024x1x1 conv2d_transpose %115 (models/inception_block.ts:16:67)
//   #59 p57 [200,202,195,194,190] 1024x1x1 add %97 + add %110 + add %117 (models/inception_block.ts:16:67)
//   #60 p58 [198,72,73,187,21,107,108,109] 48x1x1 reduce_sum %101 + sub %408 + mul %409 + add %410 + square %411 + sub %412 + mul %413 + add %414 + mul %415 + sqrt %416 + add %417 + div %418 + sub %419 (models/inception_block.ts:16:67)
//   #61 p59 [183,198,199] 13824x1x1 conv2d_backprop_filter %103 (models/inception_block.ts:16:67)
//   #62 p60 [201,68,69,187,19,110,111,112] 32x1x1 reduce_sum %107 + sub %384 + mul %385 + add %386 + square %387 + sub %388 + mul %389 + add %390 + mul %391 + sqrt %392 + add %393 + div %394 + sub %395 (models/inception_block.ts:16:67)
//   #63 p61 [179,201,196] 2048x1x1 conv2d_backprop_filter %109 (models/inception_block.ts:16:67)
//   #64 p62 [193,64,65,187,17,113,114,115] 32x1x1 reduce_sum %114 + sub %360 + mul %361 + add %362 + square %363 + sub %364 + mul %365 + add %366 + mul %367 + sqrt %368 + add %369 + div %370 + sub %371 (models/inception_block.ts:16:67)
//   #65 p61 [179,193,201] 2048x1x1 conv2d_backprop_filter %116 (models/inception_block.ts:16:67)
//   #66 p63 [192,190,183] 4096x1x1 max_pool2d_grad %118 (models/inception_block.ts:30:9)
//   #67 p64 [183,179] 1024x1x1 slice %119 (models/inception_block.ts:21:10)
//   #68 p65 [183,192] 2048x1x1 slice %120 (models/inception_block.ts:21:10)
//   #69 p66 [183,193] 512x1x1 slice %121 (models/inception_block.ts:21:10)
//   #70 p67 [183,190] 512x1x1 slice %122 (models/inception_block.ts:21:10)
//   #71 p68 [190,191,195] 512x1x1 mul %125 (models/inception_block.ts:16:67)
//   #72 p69 [195,60,61,187,15,116,117,118] 8x1x1 reduce_sum %126 + sub %336 + mul %337 + add %338 + square %339 + sub %340 + mul %341 + add %342 + mul %343 + sqrt %344 + add %345 + div %346 + sub %347 (models/inception_block.ts:16:67)
//   #73 p70 [195,14,183] 2048x1x1 conv2d_transpose %127 (models/inception_block.ts:16:67)
//   #74 p71 [189,195,191] 256x1x1 conv2d_backprop_filter %128 (models/inception_block.ts:16:67)
//   #75 p72 [177,183,189] 2048x1x1 max_pool2d_grad %129 (models/inception_block.ts:20:38)
//   #76 p73 [193,188,190] 512x1x1 mul %132 (models/inception_block.ts:16:67)
//   #77 p74 [190,56,57,187,13,119,120,121] 8x1x1 reduce_sum %133 + sub %312 + mul %313 + add %314 + square %315 + sub %316 + mul %317 + add %318 + mul %319 + sqrt %320 + add %321 + div %322 + sub %323 (models/inception_block.ts:16:67)
//   #78 p75 [190,12,188] 256x1x1 conv2d_transpose %134 (models/inception_block.ts:16:67)
//   #79 p76 [185,190,193] 800x1x1 conv2d_backprop_filter %135 (models/inception_block.ts:16:67)
//   #80 p77 [188,186,185] 256x1x1 mul %138 (models/inception_block.ts:16:67)
//   #81 p78 [185,52,53,187,11,122,123,124] 4x1x1 reduce_sum %139 + sub %288 + mul %289 + add %290 + square %291 + sub %292 + mul %293 + add %294 + mul %295 + sqrt %296 + add %297 + div %298 + sub %299 (models/inception_block.ts:16:67)
//   #82 p79 [185,10,183] 2048x1x1 conv2d_transpose %140 (models/inception_block.ts:16:67)
//   #83 p80 [177,185,186] 128x1x1 conv2d_backprop_filter %141 (models/inception_block.ts:16:67)
//   #84 p81 [192,184,194] 2048x1x1 mul %145 (models/inception_block.ts:16:67)
//   #85 p82 [194,8,198] 1536x1x1 conv2d_transpose %147 (models/inception_block.ts:16:67)
//   #86 p83 [198,182,184] 1536x1x1 mul %151 (models/inception_block.ts:16:67)
//   #87 p84 [184,6,192] 2048x1x1 conv2d_transpose %153 (models/inception_block.ts:16:67)
//   #88 p85 [179,180,190] 1024x1x1 mul %158 (models/inception_block.ts:16:67)
//   #89 p86 [190,4,198] 2048x1x1 conv2d_transpose %160 (models/inception_block.ts:16:67)
//   #90 p87 [189,183,192,198,178,182] 2048x1x1 add %142 + add %155 + add %162 + mul %165 (models/inception_block.ts:16:67, models/inception_block.ts:28:13)
//   #91 p88 [194,48,49,187,9,125,126,127] 32x1x1 reduce_sum %146 + sub %264 + mul %265 + add %266 + square %267 + sub %268 + mul %269 + add %270 + mul %271 + sqrt %272 + add %273 + div %274 + sub %275 (models/inception_block.ts:16:67)
//   #92 p89 [181,194,185] 6912x1x1 conv2d_backprop_filter %148 (models/inception_block.ts:16:67)
//   #93 p90 [184,44,45,187,7,128,129,130] 24x1x1 reduce_sum %152 + sub %240 + mul %241 + add %242 + square %243 + sub %244 + mul %245 + add %246 + mul %247 + sqrt %248 + add %249 + div %250 + sub %251 (models/inception_block.ts:16:67)
//   #94 p91 [177,184,188] 768x1x1 conv2d_backprop_filter %154 (models/inception_block.ts:16:67)
//   #95 p92 [190,40,41,187,5,131,132,133] 16x1x1 reduce_sum %159 + sub %216 + mul %217 + add %218 + square %219 + sub %220 + mul %221 + add %222 + mul %223 + sqrt %224 + add %225 + div %226 + sub %227 (models/inception_block.ts:16:67)
//   #96 p93 [177,190,179] 512x1x1 conv2d_backprop_filter %161 (models/inception_block.ts:16:67)
//   #97 p94 [182,36,37,187,3,134,135,136] 32x1x1 reduce_sum %166 + sub %192 + mul %193 + add %194 + square %195 + sub %196 + mul %197 + add %198 + mul %199 + sqrt %200 + add %201 + div %202 + sub %203 (models/inception_block.ts:28:13)
//   #98 p95 [0,182,180] 864x1x1 conv2d_backprop_filter %167 (models/inception_block.ts:28:13)
//   #99 p96 [180,34,187,137,190] 14x1x1 sub %169 + mul %170 + add %171 + mul %186
//   #100 p97 [180,35,190,2,138,139] 14x1x1 square %173 + sub %174 + mul %175 + add %176 + sqrt %187 + add %189 + div %190 + sub %191
//   #101 p98 [179,38,187,140,180] 8x1x1 sub %204 + mul %205 + add %206 + mul %211
//   #102 p99 [179,39,180,4,141,142] 8x1x1 square %207 + sub %208 + mul %209 + add %210 + sqrt %212 + add %213 + div %214 + sub %215
//   #103 p100 [188,42,187,143,179] 12x1x1 sub %228 + mul %229 + add %230 + mul %235
//   #104 p101 [188,43,179,6,144,145] 12x1x1 square %231 + sub %232 + mul %233 + add %234 + sqrt %236 + add %237 + div %238 + sub %239
//   #105 p102 [185,46,187,146,188] 108x1x1 sub %252 + mul %253 + add %254 + mul %259
//   #106 p103 [185,47,188,8,147,148] 108x1x1 square %255 + sub %256 + mul %257 + add %258 + sqrt %260 + add %261 + div %262 + sub %263
//   #107 p104 [186,50,187,149,185] 2x1x1 sub %276 + mul %277 + add %278 + mul %283
//   #108 p105 [186,51,185,10,150,151] 2x1x1 square %279 + sub %280 + mul %281 + add %282 + sqrt %284 + add %285 + div %286 + sub %287
//   #109 p106 [193,54,187,152,185] 13x1x1 sub %300 + mul %301 + add %302 + mul %307
//   #110 p107 [193,55,185,12,153,154] 13x1x1 square %303 + sub %304 + mul %305 + add %306 + sqrt %308 + add %309 + div %310 + sub %311
//   #111 p108 [191,58,187,155,185] 4x1x1 sub %324 + mul %325 + add %326 + mul %331
//   #112 p109 [191,59,185,14,156,157] 4x1x1 square %327 + sub %328 + mul %329 + add %330 + sqrt %332 + add %333 + div %334 + sub %335
//   #113 p110 [201,62,187,158,185] 32x1x1 sub %348 + mul %349 + add %350 + mul %355
//   #114 p111 [201,63,185,16,159,160] 32x1x1 square %351 + sub %352 + mul %353 + add %354 + sqrt %356 + add %357 + div %358 + sub %359
//   #115 p112 [196,66,187,161,185] 32x1x1 sub %372 + mul %373 + add %374 + mul %379
//   #116 p113 [196,67,185,18,162,163] 32x1x1 square %375 + sub %376 + mul %377 + add %378 + sqrt %380 + add %381 + div %382 + sub %383
//   #117 p114 [199,70,187,164,185] 216x1x1 sub %396 + mul %397 + add %398 + mul %403
//   #118 p115 [199,71,185,20,165,166] 216x1x1 square %399 + sub %400 + mul %401 + add %402 + sqrt %404 + add %405 + div %406 + sub %407
//   #119 p116 [197,74,187,167,196] 8x1x1 sub %420 + mul %421 + add %422 + mul %427
//   #120 p117 [197,75,196,22,168,169] 8x1x1 square %423 + sub %424 + mul %425 + add %426 + sqrt %428 + add %429 + div %430 + sub %431
//   #121 p118 [204,78,187,170,196] 75x1x1 sub %444 + mul %445 + add %446 + mul %451
//   #122 p119 [204,79,196,24,171,172] 75x1x1 square %447 + sub %448 + mul %449 + add %450 + sqrt %452 + add %453 + div %454 + sub %455
//   #123 p120 [205,82,187,173,196] 16x1x1 sub %468 + mul %469 + add %470 + mul %475
//   #124 p121 [205,83,196,26,174,175] 16x1x1 square %471 + sub %472 + mul %473 + add %474 + sqrt %476 + add %477 + div %478 + sub %479
//   #125 p122 [97,203,28,176] 19x1x1 sqrt %500 + add %501 + div %502 + sub %503

// ---- pipeline 0 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %0 + add %1 + relu %2 + greater %163 + cast %164 (models/inception_block.ts:28:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u;
      let wb = (kh * 3u + kw) * 96u + co;
      for (var c = 0u; c < 3u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x3 = in2[c1];
  let v31 = (acc + x3);
  let v32 = max(v31, 0.0);
  let v214 = (v31 > 0.0);
  let v215 = select(f32(0), f32(1), v214);
  out0[i] = v32;
  out1[i] = v215;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i, dlc_conv((i / 32768u), ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 1 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %3 + add %4 + relu %5 + greater %156 + cast %157 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x5 = in2[c1];
  let v34 = (acc + x5);
  let v35 = max(v34, 0.0);
  let v206 = (v34 > 0.0);
  let v207 = select(f32(0), f32(1), v206);
  out0[i] = v35;
  out1[i] = v207;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i, dlc_conv((i / 16384u), ((i / 512u) % 32u), ((i / 16u) % 32u), (i % 16u)));
}

// ---- pipeline 2 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %6 + add %7 + relu %8 + greater %149 + cast %150 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 768u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 24u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x7 = in2[c1];
  let v37 = (acc + x7);
  let v38 = max(v37, 0.0);
  let v198 = (v37 > 0.0);
  let v199 = select(f32(0), f32(1), v198);
  out0[i] = v38;
  out1[i] = v199;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 98304u) { return; }
  dlc_mid(i, dlc_conv((i / 24576u), ((i / 768u) % 32u), ((i / 24u) % 32u), (i % 24u)));
}

// ---- pipeline 3 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %9 + add %10 + relu %11 + greater %143 + cast %144 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 24u;
      let wb = (kh * 3u + kw) * 768u + co;
      for (var c = 0u; c < 24u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x9 = in2[c1];
  let v40 = (acc + x9);
  let v41 = max(v40, 0.0);
  let v191 = (v40 > 0.0);
  let v192 = select(f32(0), f32(1), v191);
  out0[i] = v41;
  out1[i] = v192;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i, dlc_conv((i / 32768u), ((i / 1024u) % 32u), ((i / 32u) % 32u), (i % 32u)));
}

// ---- pipeline 4 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %12 + add %13 + relu %14 + greater %136 + cast %137 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 128u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 4u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 4u;
  let x11 = in2[c1];
  let v43 = (acc + x11);
  let v44 = max(v43, 0.0);
  let v183 = (v43 > 0.0);
  let v184 = select(f32(0), f32(1), v183);
  out0[i] = v44;
  out1[i] = v184;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 128u) % 32u), ((i / 4u) % 32u), (i % 4u)));
}

// ---- pipeline 5 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %15 + add %16 + relu %17 + greater %130 + cast %131 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) - 2 + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) - 2 + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 4u;
      let wb = (kh * 5u + kw) * 32u + co;
      for (var c = 0u; c < 4u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x13 = in2[c1];
  let v46 = (acc + x13);
  let v47 = max(v46, 0.0);
  let v176 = (v46 > 0.0);
  let v177 = select(f32(0), f32(1), v176);
  out0[i] = v47;
  out1[i] = v177;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 256u) % 32u), ((i / 8u) % 32u), (i % 8u)));
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
// dlc kernel: conv2d %19 + add %20 + relu %21 + greater %123 + cast %124 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let ih = i32(oh) + i32(kh);
    if (!(u32(ih) < 32u)) { continue; }
    for (var kw = 0u; kw < 1u; kw++) {
      let iw = i32(ow) + i32(kw);
      if (!(u32(iw) < 32u)) { continue; }
      let xb = ((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u;
      let wb = (kh * 1u + kw) * 256u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x15 = in2[c1];
  let v50 = (acc + x15);
  let v51 = max(v50, 0.0);
  let v168 = (v50 > 0.0);
  let v169 = select(f32(0), f32(1), v168);
  out0[i] = v51;
  out1[i] = v169;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 256u) % 32u), ((i / 8u) % 32u), (i % 8u)));
}

// ---- pipeline 8 (read, read, read, read, read_write)
// dlc kernel: concat %22 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 262144u) { return; }
  let o = i / 64u;
  let k = (i / 1u) % 64u;
  let r = i % 1u;
  if (k < 16u) { out[i] = x0[o * 16u + k]; } else if (k < 48u) { out[i] = x1[o * 32u + k - 16u]; } else if (k < 56u) { out[i] = x2[o * 8u + k - 48u]; } else { out[i] = x3[o * 8u + k - 56u]; }
}

// ---- pipeline 9 (read, read_write)
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

// ---- pipeline 10 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %24 + add %25 + relu %26 + greater %111 + cast %112 (models/inception_block.ts:16:67)
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
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x17 = in2[c1];
  let v55 = (acc + x17);
  let v56 = max(v55, 0.0);
  let v155 = (v55 > 0.0);
  let v156 = select(f32(0), f32(1), v155);
  out0[i] = v56;
  out1[i] = v156;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 11 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %27 + add %28 + relu %29 + greater %104 + cast %105 (models/inception_block.ts:16:67)
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
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 2048u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 32u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x19 = in2[c1];
  let v58 = (acc + x19);
  let v59 = max(v58, 0.0);
  let v147 = (v58 > 0.0);
  let v148 = select(f32(0), f32(1), v147);
  out0[i] = v59;
  out1[i] = v148;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i, dlc_conv((i / 8192u), ((i / 512u) % 16u), ((i / 32u) % 16u), (i % 32u)));
}

// ---- pipeline 12 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %30 + add %31 + relu %32 + greater %98 + cast %99 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let ih = i32(oh) - 1 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 3u; kw++) {
      let iw = i32(ow) - 1 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u;
      let wb = (kh * 3u + kw) * 1536u + co;
      for (var c = 0u; c < 32u; c++) { acc = fma(in0[xb + c], in1[wb + c * 48u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x21 = in2[c1];
  let v61 = (acc + x21);
  let v62 = max(v61, 0.0);
  let v140 = (v61 > 0.0);
  let v141 = select(f32(0), f32(1), v140);
  out0[i] = v62;
  out1[i] = v141;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 49152u) { return; }
  dlc_mid(i, dlc_conv((i / 12288u), ((i / 768u) % 16u), ((i / 48u) % 16u), (i % 48u)));
}

// ---- pipeline 13 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %33 + add %34 + relu %35 + greater %91 + cast %92 (models/inception_block.ts:16:67)
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
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 512u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 8u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 8u;
  let x23 = in2[c1];
  let v64 = (acc + x23);
  let v65 = max(v64, 0.0);
  let v132 = (v64 > 0.0);
  let v133 = select(f32(0), f32(1), v132);
  out0[i] = v65;
  out1[i] = v133;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i, dlc_conv((i / 2048u), ((i / 128u) % 16u), ((i / 8u) % 16u), (i % 8u)));
}

// ---- pipeline 14 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %36 + add %37 + relu %38 + greater %85 + cast %86 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_conv(n: u32, oh: u32, ow: u32, co: u32) -> f32 {
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let ih = i32(oh) - 2 + i32(kh);
    if (!(u32(ih) < 16u)) { continue; }
    for (var kw = 0u; kw < 5u; kw++) {
      let iw = i32(ow) - 2 + i32(kw);
      if (!(u32(iw) < 16u)) { continue; }
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u;
      let wb = (kh * 5u + kw) * 192u + co;
      for (var c = 0u; c < 8u; c++) { acc = fma(in0[xb + c], in1[wb + c * 24u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 24u;
  let x25 = in2[c1];
  let v67 = (acc + x25);
  let v68 = max(v67, 0.0);
  let v125 = (v67 > 0.0);
  let v126 = select(f32(0), f32(1), v125);
  out0[i] = v68;
  out1[i] = v126;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24576u) { return; }
  dlc_mid(i, dlc_conv((i / 6144u), ((i / 384u) % 16u), ((i / 24u) % 16u), (i % 24u)));
}

// ---- pipeline 15 (read, read_write)
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

// ---- pipeline 16 (read, read, read, read_write, read_write)
// dlc kernel: conv2d %40 + add %41 + relu %42 + greater %78 + cast %79 (models/inception_block.ts:16:67)
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
      let xb = ((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u;
      let wb = (kh * 1u + kw) * 1024u + co;
      for (var c = 0u; c < 64u; c++) { acc = fma(in0[xb + c], in1[wb + c * 16u], acc); }
    }
  }
  return acc;
}
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x27 = in2[c1];
  let v71 = (acc + x27);
  let v72 = max(v71, 0.0);
  let v117 = (v71 > 0.0);
  let v118 = select(f32(0), f32(1), v117);
  out0[i] = v72;
  out1[i] = v118;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i, dlc_conv((i / 4096u), ((i / 256u) % 16u), ((i / 16u) % 16u), (i % 16u)));
}

// ---- pipeline 17 (read, read, read, read, read_write)
// dlc kernel: concat %43 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 122880u) { return; }
  let o = i / 120u;
  let k = (i / 1u) % 120u;
  let r = i % 1u;
  if (k < 32u) { out[i] = x0[o * 32u + k]; } else if (k < 80u) { out[i] = x1[o * 48u + k - 32u]; } else if (k < 104u) { out[i] = x2[o * 24u + k - 80u]; } else { out[i] = x3[o * 16u + k - 104u]; }
}

// ---- pipeline 18 (read, read_write)
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

// ---- pipeline 19 (read, read, read, read_write)
// dlc kernel: matmul %45 + add %46 (models/inception_block.ts:32:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 10u;
  let x29 = in2[c1];
  let v76 = (acc + x29);
  out0[i] = v76;
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
  for (var k0 = 0u; k0 < 120u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 4u && gk < 120u) { v = in0[ao + gr * 120u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 10u && gk < 120u) { v = in1[bo + gr + gk * 10u]; }
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

// ---- pipeline 20 (read, read_write)
// dlc kernel: reduce_sum %61
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

// ---- pipeline 21 (read, read, read, read_write)
// dlc kernel: softmax %47 + mul %62 + sub %63 + mul %65 (models/inception_block.ts:32:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let c0 = (i / 10u);
  let x94 = in1[c0];
  let x1 = in2[i];
  let v95 = (acc * x94);
  let v96 = (v95 - x1);
  let v99 = (v96 * 0.25);
  out0[i] = v99;
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

// ---- pipeline 22 (read, read, read_write)
// dlc kernel: categorical_cross_entropy %48
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

// ---- pipeline 23 (read, read, read_write)
// dlc kernel: mul %50 + add %51
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x78 = in0[i];
  let x81 = in1[i];
  let v80 = (x78 * 4.0);
  let v82 = (x81 + v80);
  out0[i] = v82;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: argmax %52, argmax %53
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

// ---- pipeline 25 (read, read, read_write)
// dlc kernel: equal %54 + cast %55
@group(0) @binding(0) var<storage, read> in0: array<i32>;
@group(0) @binding(1) var<storage, read> in1: array<i32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x83 = in0[i];
  let x84 = in1[i];
  let v85 = (x83 == x84);
  let v86 = select(f32(0), f32(1), v85);
  out0[i] = v86;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4u) { return; }
  dlc_mid(i);
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: reduce_sum %57
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

// ---- pipeline 27 (read, read, read_write)
// dlc kernel: reduce_sum %58 + add %59
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x90 = in1[i];
  let v91 = (x90 + acc);
  out0[i] = v91;
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
// dlc kernel: pow %178 + sub %179
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_pow(a: f32, b: f32) -> f32 {
  if (b == 0.0) { return 1.0; }
  if (a >= 0.0 || b != floor(b)) { return pow(a, b); }
  let m = pow(-a, b);
  return select(m, -m, fract(0.5 * b) != 0.0);
}
fn dlc_mid(i: u32) {
  let x221 = in0[i];
  let v235 = dlc_pow(0.9, x221);
  let v236 = (1.0 - v235);
  out0[i] = v236;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 29 (read, read, read, read_write)
// dlc kernel: pow %181 + sub %182 + sqrt %183 + mul %184 + div %185
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
  let x221 = in0[i];
  let x220 = in1[i];
  let x236 = in2[i];
  let v239 = dlc_pow(0.999, x221);
  let v240 = (1.0 - v239);
  let v241 = sqrt(v240);
  let v242 = (x220 * v241);
  let v243 = (v242 / x236);
  out0[i] = v243;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 30 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %66 + sub %504 + mul %505 + add %506 + square %507 + sub %508 + mul %509 + add %510 + mul %511 + sqrt %512 + add %513 + div %514 + sub %515 (models/inception_block.ts:32:12)
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
  let x978 = in1[i];
  let x979 = in2[i];
  let x243 = in3[0u];
  let x29 = in4[i];
  let v981 = (acc - x978);
  let v982 = (0.1 * v981);
  let v983 = (x978 + v982);
  let v985 = dlc_square_f32(acc);
  let v986 = (v985 - x979);
  let v987 = (0.001 * v986);
  let v988 = (x979 + v987);
  let v1000 = (x243 * v983);
  let v1001 = sqrt(v988);
  let v1003 = (v1001 + 1e-7);
  let v1004 = (v1000 / v1003);
  let v1005 = (x29 - v1004);
  out0[i] = v983;
  out1[i] = v988;
  out2[i] = v1005;
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

// ---- pipeline 31 (read, read, read_write)
// dlc kernel: matmul %67 (models/inception_block.ts:32:12)
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
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 8u) * 16u;
  let row0 = ((g / 8u) % 1u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 480u;
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
      if (gr < 120u && gk < 10u) { v = in1[bo + gr * 10u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 4u && c < 120u) { dlc_mid(yo + r * 120u + c, acc_0_0); } }
}

// ---- pipeline 32 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: matmul %68 + sub %492 + mul %493 + add %494 + square %495 + sub %496 + mul %497 + add %498 + mul %499 (models/inception_block.ts:32:12)
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
  let x950 = in2[i];
  let x951 = in3[i];
  let x243 = in4[0u];
  let v953 = (acc - x950);
  let v954 = (0.1 * v953);
  let v955 = (x950 + v954);
  let v957 = dlc_square_f32(acc);
  let v958 = (v957 - x951);
  let v959 = (0.001 * v958);
  let v960 = (x951 + v959);
  let v972 = (x243 * v955);
  out0[i] = v955;
  out1[i] = v960;
  out2[i] = v972;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 8u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 1u) * 16u;
  let row0 = ((g / 1u) % 8u) * 16u;
  let bi = g / 8u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 1200u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 4u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 120u && gk < 4u) { v = in0[ao + gr + gk * 120u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 120u && c < 10u) { dlc_mid(yo + r * 10u + c, acc_0_0); } }
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: broadcast_to %70 (models/inception_block.ts:32:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 122880u) { return; }
  out[i] = x[((i / 30720u) % 4u) * 120u + ((i / 1u) % 120u) * 1u];
}

// ---- pipeline 34 (read, read_write)
// dlc kernel: mul %72 (models/inception_block.ts:32:49)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x109 = in0[i];
  let v111 = (x109 * 0.00390625);
  out0[i] = v111;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 122880u) { return; }
  dlc_mid(i);
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: slice %73 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  out[i] = x[(i / 8192u) * 30720u + ((i / 512u) % 16u) * 1920u + ((i / 32u) % 16u) * 120u + (i % 32u)];
}

// ---- pipeline 36 (read, read_write)
// dlc kernel: slice %74 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 49152u) { return; }
  out[i] = x[(i / 12288u) * 30720u + ((i / 768u) % 16u) * 1920u + ((i / 48u) % 16u) * 120u + (i % 48u) + 32u];
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: slice %75 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24576u) { return; }
  out[i] = x[(i / 6144u) * 30720u + ((i / 384u) % 16u) * 1920u + ((i / 24u) % 16u) * 120u + (i % 24u) + 80u];
}

// ---- pipeline 38 (read, read_write)
// dlc kernel: slice %76 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[(i / 4096u) * 30720u + ((i / 256u) % 16u) * 1920u + ((i / 16u) % 16u) * 120u + (i % 16u) + 104u];
}

// ---- pipeline 39 (read, read, read_write)
// dlc kernel: mul %80 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x115 = in0[i];
  let x118 = in1[i];
  let v119 = (x115 * x118);
  out0[i] = v119;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 40 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %81 + sub %480 + mul %481 + add %482 + square %483 + sub %484 + mul %485 + add %486 + mul %487 + sqrt %488 + add %489 + div %490 + sub %491 (models/inception_block.ts:16:67)
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
  let x922 = in1[i];
  let x923 = in2[i];
  let x243 = in3[0u];
  let x27 = in4[i];
  let v925 = (acc - x922);
  let v926 = (0.1 * v925);
  let v927 = (x922 + v926);
  let v929 = dlc_square_f32(acc);
  let v930 = (v929 - x923);
  let v931 = (0.001 * v930);
  let v932 = (x923 + v931);
  let v944 = (x243 * v927);
  let v945 = sqrt(v932);
  let v947 = (v945 + 1e-7);
  let v948 = (v944 / v947);
  let v949 = (x27 - v948);
  out0[i] = v927;
  out1[i] = v932;
  out2[i] = v949;
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

// ---- pipeline 41 (read, read, read_write)
// dlc kernel: conv2d_transpose %82 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 1024u) % 16u); let yw = ((i / 64u) % 16u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 16u;
      let wb = ((kh * 1u + kw) * 64u + o) * 16u;
      for (var c = 0u; c < 16u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 42 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %83 (models/inception_block.ts:16:67)
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
  if (g >= 1024u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 16u) % 64u); let o = (g % 16u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c] * dy[r * 16u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 43 (read, read, read_write)
// dlc kernel: max_pool2d_grad %84 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  out[i] = acc;
}

// ---- pipeline 44 (read, read, read_write)
// dlc kernel: mul %87 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x114 = in0[i];
  let x126 = in1[i];
  let v127 = (x114 * x126);
  out0[i] = v127;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 24576u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %88 + sub %456 + mul %457 + add %458 + square %459 + sub %460 + mul %461 + add %462 + mul %463 + sqrt %464 + add %465 + div %466 + sub %467 (models/inception_block.ts:16:67)
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
  let x866 = in1[i];
  let x867 = in2[i];
  let x243 = in3[0u];
  let x25 = in4[i];
  let v869 = (acc - x866);
  let v870 = (0.1 * v869);
  let v871 = (x866 + v870);
  let v873 = dlc_square_f32(acc);
  let v874 = (v873 - x867);
  let v875 = (0.001 * v874);
  let v876 = (x867 + v875);
  let v888 = (x243 * v871);
  let v889 = sqrt(v876);
  let v891 = (v889 + 1e-7);
  let v892 = (v888 / v891);
  let v893 = (x25 - v892);
  out0[i] = v871;
  out1[i] = v876;
  out2[i] = v893;
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

// ---- pipeline 46 (read, read, read_write)
// dlc kernel: conv2d_transpose %89 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  let n = (i / 2048u); let yh = ((i / 128u) % 16u); let yw = ((i / 8u) % 16u); let o = (i % 8u);
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let h_t = i32(yh) + 2 - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 5u; kw++) {
      let wi_t = i32(yw) + 2 - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 24u;
      let wb = ((kh * 5u + kw) * 8u + o) * 24u;
      for (var c = 0u; c < 24u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 47 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %90 (models/inception_block.ts:16:67)
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
  if (g >= 4800u) { return; }
  let kh = (g / 960u); let kw = ((g / 192u) % 5u); let c = ((g / 24u) % 8u); let o = (g % 24u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) - 2 + i32(kh);
    let iw = i32(ow) - 2 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 8u + c] * dy[r * 24u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 48 (read, read, read_write)
// dlc kernel: mul %93 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x129 = in0[i];
  let x133 = in1[i];
  let v134 = (x129 * x133);
  out0[i] = v134;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 8192u) { return; }
  dlc_mid(i);
}

// ---- pipeline 49 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %94 + sub %432 + mul %433 + add %434 + square %435 + sub %436 + mul %437 + add %438 + mul %439 + sqrt %440 + add %441 + div %442 + sub %443 (models/inception_block.ts:16:67)
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
  let x810 = in1[i];
  let x811 = in2[i];
  let x243 = in3[0u];
  let x23 = in4[i];
  let v813 = (acc - x810);
  let v814 = (0.1 * v813);
  let v815 = (x810 + v814);
  let v817 = dlc_square_f32(acc);
  let v818 = (v817 - x811);
  let v819 = (0.001 * v818);
  let v820 = (x811 + v819);
  let v832 = (x243 * v815);
  let v833 = sqrt(v820);
  let v835 = (v833 + 1e-7);
  let v836 = (v832 / v835);
  let v837 = (x23 - v836);
  out0[i] = v815;
  out1[i] = v820;
  out2[i] = v837;
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

// ---- pipeline 50 (read, read, read_write)
// dlc kernel: conv2d_transpose %95 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 1024u) % 16u); let yw = ((i / 64u) % 16u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 8u;
      let wb = ((kh * 1u + kw) * 64u + o) * 8u;
      for (var c = 0u; c < 8u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 51 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %96 (models/inception_block.ts:16:67)
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
  if (g >= 512u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 8u) % 64u); let o = (g % 8u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c] * dy[r * 8u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 52 (read, read, read_write)
// dlc kernel: mul %100 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x113 = in0[i];
  let x141 = in1[i];
  let v142 = (x113 * x141);
  out0[i] = v142;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 49152u) { return; }
  dlc_mid(i);
}

// ---- pipeline 53 (read, read, read_write)
// dlc kernel: conv2d_transpose %102 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  let n = (i / 8192u); let yh = ((i / 512u) % 16u); let yw = ((i / 32u) % 16u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 48u;
      let wb = ((kh * 3u + kw) * 32u + o) * 48u;
      for (var c = 0u; c < 48u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 54 (read, read, read_write)
// dlc kernel: mul %106 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x144 = in0[i];
  let x148 = in1[i];
  let v149 = (x144 * x148);
  out0[i] = v149;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 55 (read, read, read_write)
// dlc kernel: conv2d_transpose %108 (models/inception_block.ts:16:67), conv2d_transpose %115 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  let n = (i / 16384u); let yh = ((i / 1024u) % 16u); let yw = ((i / 64u) % 16u); let o = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 16u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 16u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 16u + h) * 16u + wi) * 32u;
      let wb = ((kh * 1u + kw) * 64u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 56 (read, read, read_write)
// dlc kernel: mul %113 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x112 = in0[i];
  let x156 = in1[i];
  let v157 = (x112 * x156);
  out0[i] = v157;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 57 (read, read, read, read, read_write)
// dlc kernel: add %97 + add %110 + add %117 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x123 = in0[i];
  let x136 = in1[i];
  let x151 = in2[i];
  let x159 = in3[i];
  let v138 = (x123 + x136);
  let v153 = (v138 + x151);
  let v161 = (v153 + x159);
  out0[i] = v161;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 58 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %101 + sub %408 + mul %409 + add %410 + square %411 + sub %412 + mul %413 + add %414 + mul %415 + sqrt %416 + add %417 + div %418 + sub %419 (models/inception_block.ts:16:67)
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
  let x754 = in1[i];
  let x755 = in2[i];
  let x243 = in3[0u];
  let x21 = in4[i];
  let v757 = (acc - x754);
  let v758 = (0.1 * v757);
  let v759 = (x754 + v758);
  let v761 = dlc_square_f32(acc);
  let v762 = (v761 - x755);
  let v763 = (0.001 * v762);
  let v764 = (x755 + v763);
  let v776 = (x243 * v759);
  let v777 = sqrt(v764);
  let v779 = (v777 + 1e-7);
  let v780 = (v776 / v779);
  let v781 = (x21 - v780);
  out0[i] = v759;
  out1[i] = v764;
  out2[i] = v781;
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

// ---- pipeline 59 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %103 (models/inception_block.ts:16:67)
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
  if (g >= 13824u) { return; }
  let kh = (g / 4608u); let kw = ((g / 1536u) % 3u); let c = ((g / 48u) % 32u); let o = (g % 48u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c] * dy[r * 48u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 60 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %107 + sub %384 + mul %385 + add %386 + square %387 + sub %388 + mul %389 + add %390 + mul %391 + sqrt %392 + add %393 + div %394 + sub %395 (models/inception_block.ts:16:67)
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
  let x698 = in1[i];
  let x699 = in2[i];
  let x243 = in3[0u];
  let x19 = in4[i];
  let v701 = (acc - x698);
  let v702 = (0.1 * v701);
  let v703 = (x698 + v702);
  let v705 = dlc_square_f32(acc);
  let v706 = (v705 - x699);
  let v707 = (0.001 * v706);
  let v708 = (x699 + v707);
  let v720 = (x243 * v703);
  let v721 = sqrt(v708);
  let v723 = (v721 + 1e-7);
  let v724 = (v720 / v723);
  let v725 = (x19 - v724);
  out0[i] = v703;
  out1[i] = v708;
  out2[i] = v725;
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

// ---- pipeline 61 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %109 (models/inception_block.ts:16:67), conv2d_backprop_filter %116 (models/inception_block.ts:16:67)
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
  if (g >= 2048u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 32u) % 64u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 1024u; r += 64u) {
    let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 16u && u32(iw) < 16u) {
      acc += x[((n * 16u + u32(ih)) * 16u + u32(iw)) * 64u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 62 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %114 + sub %360 + mul %361 + add %362 + square %363 + sub %364 + mul %365 + add %366 + mul %367 + sqrt %368 + add %369 + div %370 + sub %371 (models/inception_block.ts:16:67)
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
  let x642 = in1[i];
  let x643 = in2[i];
  let x243 = in3[0u];
  let x17 = in4[i];
  let v645 = (acc - x642);
  let v646 = (0.1 * v645);
  let v647 = (x642 + v646);
  let v649 = dlc_square_f32(acc);
  let v650 = (v649 - x643);
  let v651 = (0.001 * v650);
  let v652 = (x643 + v651);
  let v664 = (x243 * v647);
  let v665 = sqrt(v652);
  let v667 = (v665 + 1e-7);
  let v668 = (v664 / v667);
  let v669 = (x17 - v668);
  out0[i] = v647;
  out1[i] = v652;
  out2[i] = v669;
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

// ---- pipeline 63 (read, read, read_write)
// dlc kernel: max_pool2d_grad %118 (models/inception_block.ts:30:9)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  if (i >= 262144u) { return; }
  let n = (i / 65536u); let ih = ((i / 2048u) % 32u); let iw = ((i / 64u) % 32u); let c = (i % 64u);
  var acc = 0.0;
  for (var kh = 0u; kh < 2u; kh++) {
    let oh_t = i32(ih) - i32(kh); if (oh_t < 0 || oh_t % 2 != 0 || oh_t / 2 >= 16) { continue; } let oh = u32(oh_t / 2);
    for (var kw = 0u; kw < 2u; kw++) {
      let ow_t = i32(iw) - i32(kw); if (ow_t < 0 || ow_t % 2 != 0 || ow_t / 2 >= 16) { continue; } let ow = u32(ow_t / 2);
      if (dlc_pool_argmax(n, oh, ow, c) == i) { acc += dy[((n * 16u + oh) * 16u + ow) * 64u + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 64 (read, read_write)
// dlc kernel: slice %119 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  out[i] = x[(i / 16384u) * 65536u + ((i / 512u) % 32u) * 2048u + ((i / 16u) % 32u) * 64u + (i % 16u)];
}

// ---- pipeline 65 (read, read_write)
// dlc kernel: slice %120 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  out[i] = x[(i / 32768u) * 65536u + ((i / 1024u) % 32u) * 2048u + ((i / 32u) % 32u) * 64u + (i % 32u) + 16u];
}

// ---- pipeline 66 (read, read_write)
// dlc kernel: slice %121 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  out[i] = x[(i / 8192u) * 65536u + ((i / 256u) % 32u) * 2048u + ((i / 8u) % 32u) * 64u + (i % 8u) + 48u];
}

// ---- pipeline 67 (read, read_write)
// dlc kernel: slice %122 (models/inception_block.ts:21:10)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  out[i] = x[(i / 8192u) * 65536u + ((i / 256u) % 32u) * 2048u + ((i / 8u) % 32u) * 64u + (i % 8u) + 56u];
}

// ---- pipeline 68 (read, read, read_write)
// dlc kernel: mul %125 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x166 = in0[i];
  let x169 = in1[i];
  let v170 = (x166 * x169);
  out0[i] = v170;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 69 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %126 + sub %336 + mul %337 + add %338 + square %339 + sub %340 + mul %341 + add %342 + mul %343 + sqrt %344 + add %345 + div %346 + sub %347 (models/inception_block.ts:16:67)
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
  let x586 = in1[i];
  let x587 = in2[i];
  let x243 = in3[0u];
  let x15 = in4[i];
  let v589 = (acc - x586);
  let v590 = (0.1 * v589);
  let v591 = (x586 + v590);
  let v593 = dlc_square_f32(acc);
  let v594 = (v593 - x587);
  let v595 = (0.001 * v594);
  let v596 = (x587 + v595);
  let v608 = (x243 * v591);
  let v609 = sqrt(v596);
  let v611 = (v609 + 1e-7);
  let v612 = (v608 / v611);
  let v613 = (x15 - v612);
  out0[i] = v591;
  out1[i] = v596;
  out2[i] = v613;
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

// ---- pipeline 70 (read, read, read_write)
// dlc kernel: conv2d_transpose %127 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let yh = ((i / 1024u) % 32u); let yw = ((i / 32u) % 32u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 8u;
      let wb = ((kh * 1u + kw) * 32u + o) * 8u;
      for (var c = 0u; c < 8u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 71 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %128 (models/inception_block.ts:16:67)
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
  if (g >= 256u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 8u) % 32u); let o = (g % 8u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c] * dy[r * 8u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 72 (read, read, read_write)
// dlc kernel: max_pool2d_grad %129 (models/inception_block.ts:20:38)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;
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
  out[i] = acc;
}

// ---- pipeline 73 (read, read, read_write)
// dlc kernel: mul %132 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x165 = in0[i];
  let x177 = in1[i];
  let v178 = (x165 * x177);
  out0[i] = v178;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 74 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %133 + sub %312 + mul %313 + add %314 + square %315 + sub %316 + mul %317 + add %318 + mul %319 + sqrt %320 + add %321 + div %322 + sub %323 (models/inception_block.ts:16:67)
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
  let x530 = in1[i];
  let x531 = in2[i];
  let x243 = in3[0u];
  let x13 = in4[i];
  let v533 = (acc - x530);
  let v534 = (0.1 * v533);
  let v535 = (x530 + v534);
  let v537 = dlc_square_f32(acc);
  let v538 = (v537 - x531);
  let v539 = (0.001 * v538);
  let v540 = (x531 + v539);
  let v552 = (x243 * v535);
  let v553 = sqrt(v540);
  let v555 = (v553 + 1e-7);
  let v556 = (v552 / v555);
  let v557 = (x13 - v556);
  out0[i] = v535;
  out1[i] = v540;
  out2[i] = v557;
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

// ---- pipeline 75 (read, read, read_write)
// dlc kernel: conv2d_transpose %134 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  let n = (i / 4096u); let yh = ((i / 128u) % 32u); let yw = ((i / 4u) % 32u); let o = (i % 4u);
  var acc = 0.0;
  for (var kh = 0u; kh < 5u; kh++) {
    let h_t = i32(yh) + 2 - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 5u; kw++) {
      let wi_t = i32(yw) + 2 - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 8u;
      let wb = ((kh * 5u + kw) * 4u + o) * 8u;
      for (var c = 0u; c < 8u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 76 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %135 (models/inception_block.ts:16:67)
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
  if (g >= 800u) { return; }
  let kh = (g / 160u); let kw = ((g / 32u) % 5u); let c = ((g / 8u) % 4u); let o = (g % 8u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 2 + i32(kh);
    let iw = i32(ow) - 2 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 4u + c] * dy[r * 8u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 77 (read, read, read_write)
// dlc kernel: mul %138 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x180 = in0[i];
  let x184 = in1[i];
  let v185 = (x180 * x184);
  out0[i] = v185;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 78 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %139 + sub %288 + mul %289 + add %290 + square %291 + sub %292 + mul %293 + add %294 + mul %295 + sqrt %296 + add %297 + div %298 + sub %299 (models/inception_block.ts:16:67)
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
  let x474 = in1[i];
  let x475 = in2[i];
  let x243 = in3[0u];
  let x11 = in4[i];
  let v477 = (acc - x474);
  let v478 = (0.1 * v477);
  let v479 = (x474 + v478);
  let v481 = dlc_square_f32(acc);
  let v482 = (v481 - x475);
  let v483 = (0.001 * v482);
  let v484 = (x475 + v483);
  let v496 = (x243 * v479);
  let v497 = sqrt(v484);
  let v499 = (v497 + 1e-7);
  let v500 = (v496 / v499);
  let v501 = (x11 - v500);
  out0[i] = v479;
  out1[i] = v484;
  out2[i] = v501;
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

// ---- pipeline 79 (read, read, read_write)
// dlc kernel: conv2d_transpose %140 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let yh = ((i / 1024u) % 32u); let yw = ((i / 32u) % 32u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 4u;
      let wb = ((kh * 1u + kw) * 32u + o) * 4u;
      for (var c = 0u; c < 4u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 80 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %141 (models/inception_block.ts:16:67)
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
  if (g >= 128u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 4u) % 32u); let o = (g % 4u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c] * dy[r * 4u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 81 (read, read, read_write)
// dlc kernel: mul %145 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x164 = in0[i];
  let x192 = in1[i];
  let v193 = (x164 * x192);
  out0[i] = v193;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i);
}

// ---- pipeline 82 (read, read, read_write)
// dlc kernel: conv2d_transpose %147 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 98304u) { return; }
  let n = (i / 24576u); let yh = ((i / 768u) % 32u); let yw = ((i / 24u) % 32u); let o = (i % 24u);
  var acc = 0.0;
  for (var kh = 0u; kh < 3u; kh++) {
    let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 3u; kw++) {
      let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 32u;
      let wb = ((kh * 3u + kw) * 24u + o) * 32u;
      for (var c = 0u; c < 32u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 83 (read, read, read_write)
// dlc kernel: mul %151 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x195 = in0[i];
  let x199 = in1[i];
  let v200 = (x195 * x199);
  out0[i] = v200;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 98304u) { return; }
  dlc_mid(i);
}

// ---- pipeline 84 (read, read, read_write)
// dlc kernel: conv2d_transpose %153 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let yh = ((i / 1024u) % 32u); let yw = ((i / 32u) % 32u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 24u;
      let wb = ((kh * 1u + kw) * 32u + o) * 24u;
      for (var c = 0u; c < 24u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 85 (read, read, read_write)
// dlc kernel: mul %158 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x163 = in0[i];
  let x207 = in1[i];
  let v208 = (x163 * x207);
  out0[i] = v208;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 86 (read, read, read_write)
// dlc kernel: conv2d_transpose %160 (models/inception_block.ts:16:67)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  let n = (i / 32768u); let yh = ((i / 1024u) % 32u); let yw = ((i / 32u) % 32u); let o = (i % 32u);
  var acc = 0.0;
  for (var kh = 0u; kh < 1u; kh++) {
    let h_t = i32(yh) - i32(kh); if (!(u32(h_t) < 32u)) { continue; } let h = u32(h_t);
    for (var kw = 0u; kw < 1u; kw++) {
      let wi_t = i32(yw) - i32(kw); if (!(u32(wi_t) < 32u)) { continue; } let wi = u32(wi_t);
      let xb = ((n * 32u + h) * 32u + wi) * 16u;
      let wb = ((kh * 1u + kw) * 32u + o) * 16u;
      for (var c = 0u; c < 16u; c++) { acc += x[xb + c] * w[wb + c]; }
    }
  }
  out[i] = acc;
}

// ---- pipeline 87 (read, read, read, read, read, read_write)
// dlc kernel: add %142 + add %155 + add %162 + mul %165 (models/inception_block.ts:16:67, models/inception_block.ts:28:13)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x174 = in0[i];
  let x187 = in1[i];
  let x202 = in2[i];
  let x210 = in3[i];
  let x215 = in4[i];
  let v189 = (x174 + x187);
  let v204 = (v189 + x202);
  let v212 = (v204 + x210);
  let v216 = (v212 * x215);
  out0[i] = v216;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 131072u) { return; }
  dlc_mid(i);
}

// ---- pipeline 88 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %146 + sub %264 + mul %265 + add %266 + square %267 + sub %268 + mul %269 + add %270 + mul %271 + sqrt %272 + add %273 + div %274 + sub %275 (models/inception_block.ts:16:67)
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
  let x418 = in1[i];
  let x419 = in2[i];
  let x243 = in3[0u];
  let x9 = in4[i];
  let v421 = (acc - x418);
  let v422 = (0.1 * v421);
  let v423 = (x418 + v422);
  let v425 = dlc_square_f32(acc);
  let v426 = (v425 - x419);
  let v427 = (0.001 * v426);
  let v428 = (x419 + v427);
  let v440 = (x243 * v423);
  let v441 = sqrt(v428);
  let v443 = (v441 + 1e-7);
  let v444 = (v440 / v443);
  let v445 = (x9 - v444);
  out0[i] = v423;
  out1[i] = v428;
  out2[i] = v445;
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

// ---- pipeline 89 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %148 (models/inception_block.ts:16:67)
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
  if (g >= 6912u) { return; }
  let kh = (g / 2304u); let kw = ((g / 768u) % 3u); let c = ((g / 32u) % 24u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 24u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 90 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %152 + sub %240 + mul %241 + add %242 + square %243 + sub %244 + mul %245 + add %246 + mul %247 + sqrt %248 + add %249 + div %250 + sub %251 (models/inception_block.ts:16:67)
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
  let x362 = in1[i];
  let x363 = in2[i];
  let x243 = in3[0u];
  let x7 = in4[i];
  let v365 = (acc - x362);
  let v366 = (0.1 * v365);
  let v367 = (x362 + v366);
  let v369 = dlc_square_f32(acc);
  let v370 = (v369 - x363);
  let v371 = (0.001 * v370);
  let v372 = (x363 + v371);
  let v384 = (x243 * v367);
  let v385 = sqrt(v372);
  let v387 = (v385 + 1e-7);
  let v388 = (v384 / v387);
  let v389 = (x7 - v388);
  out0[i] = v367;
  out1[i] = v372;
  out2[i] = v389;
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

// ---- pipeline 91 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %154 (models/inception_block.ts:16:67)
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
  if (g >= 768u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 24u) % 32u); let o = (g % 24u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c] * dy[r * 24u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 92 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %159 + sub %216 + mul %217 + add %218 + square %219 + sub %220 + mul %221 + add %222 + mul %223 + sqrt %224 + add %225 + div %226 + sub %227 (models/inception_block.ts:16:67)
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
  let x306 = in1[i];
  let x307 = in2[i];
  let x243 = in3[0u];
  let x5 = in4[i];
  let v309 = (acc - x306);
  let v310 = (0.1 * v309);
  let v311 = (x306 + v310);
  let v313 = dlc_square_f32(acc);
  let v314 = (v313 - x307);
  let v315 = (0.001 * v314);
  let v316 = (x307 + v315);
  let v328 = (x243 * v311);
  let v329 = sqrt(v316);
  let v331 = (v329 + 1e-7);
  let v332 = (v328 / v331);
  let v333 = (x5 - v332);
  out0[i] = v311;
  out1[i] = v316;
  out2[i] = v333;
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

// ---- pipeline 93 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %161 (models/inception_block.ts:16:67)
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
  if (g >= 512u) { return; }
  let kh = 0u; let kw = 0u; let c = ((g / 16u) % 32u); let o = (g % 16u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) + i32(kh);
    let iw = i32(ow) + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 32u + c] * dy[r * 16u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 94 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %166 + sub %192 + mul %193 + add %194 + square %195 + sub %196 + mul %197 + add %198 + mul %199 + sqrt %200 + add %201 + div %202 + sub %203 (models/inception_block.ts:28:13)
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
  let x250 = in1[i];
  let x251 = in2[i];
  let x243 = in3[0u];
  let x3 = in4[i];
  let v253 = (acc - x250);
  let v254 = (0.1 * v253);
  let v255 = (x250 + v254);
  let v257 = dlc_square_f32(acc);
  let v258 = (v257 - x251);
  let v259 = (0.001 * v258);
  let v260 = (x251 + v259);
  let v272 = (x243 * v255);
  let v273 = sqrt(v260);
  let v275 = (v273 + 1e-7);
  let v276 = (v272 / v275);
  let v277 = (x3 - v276);
  out0[i] = v255;
  out1[i] = v260;
  out2[i] = v277;
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

// ---- pipeline 95 (read, read, read_write)
// dlc kernel: conv2d_backprop_filter %167 (models/inception_block.ts:28:13)
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
  if (g >= 864u) { return; }
  let kh = (g / 288u); let kw = ((g / 96u) % 3u); let c = ((g / 32u) % 3u); let o = (g % 32u);
  var acc = 0.0;
  for (var r = lane; r < 4096u; r += 64u) {
    let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u);
    let ih = i32(oh) - 1 + i32(kh);
    let iw = i32(ow) - 1 + i32(kw);
    if (u32(ih) < 32u && u32(iw) < 32u) {
      acc += x[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c] * dy[r * 32u + o];
    }
  }
  let total = dlc_lane_sum(acc, lane);
  if (lane == 0u) { out[g] = total; }
}

// ---- pipeline 96 (read, read, read, read_write, read_write)
// dlc kernel: sub %169 + mul %170 + add %171 + mul %186
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x219 = in0[i];
  let x222 = in1[i];
  let x243 = in2[0u];
  let v225 = (x219 - x222);
  let v226 = (0.1 * v225);
  let v227 = (x222 + v226);
  let v244 = (x243 * v227);
  out0[i] = v227;
  out1[i] = v244;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 97 (read, read, read, read, read_write, read_write)
// dlc kernel: square %173 + sub %174 + mul %175 + add %176 + sqrt %187 + add %189 + div %190 + sub %191
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
  let x219 = in0[i];
  let x223 = in1[i];
  let x244 = in2[i];
  let x2 = in3[i];
  let v229 = dlc_square_f32(x219);
  let v230 = (v229 - x223);
  let v231 = (0.001 * v230);
  let v232 = (x223 + v231);
  let v245 = sqrt(v232);
  let v247 = (v245 + 1e-7);
  let v248 = (x244 / v247);
  let v249 = (x2 - v248);
  out0[i] = v232;
  out1[i] = v249;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 864u) { return; }
  dlc_mid(i);
}

// ---- pipeline 98 (read, read, read, read_write, read_write)
// dlc kernel: sub %204 + mul %205 + add %206 + mul %211
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x211 = in0[i];
  let x278 = in1[i];
  let x243 = in2[0u];
  let v281 = (x211 - x278);
  let v282 = (0.1 * v281);
  let v283 = (x278 + v282);
  let v300 = (x243 * v283);
  out0[i] = v283;
  out1[i] = v300;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 99 (read, read, read, read, read_write, read_write)
// dlc kernel: square %207 + sub %208 + mul %209 + add %210 + sqrt %212 + add %213 + div %214 + sub %215
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
  let x279 = in1[i];
  let x300 = in2[i];
  let x4 = in3[i];
  let v285 = dlc_square_f32(x211);
  let v286 = (v285 - x279);
  let v287 = (0.001 * v286);
  let v288 = (x279 + v287);
  let v301 = sqrt(v288);
  let v303 = (v301 + 1e-7);
  let v304 = (x300 / v303);
  let v305 = (x4 - v304);
  out0[i] = v288;
  out1[i] = v305;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 100 (read, read, read, read_write, read_write)
// dlc kernel: sub %228 + mul %229 + add %230 + mul %235
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x203 = in0[i];
  let x334 = in1[i];
  let x243 = in2[0u];
  let v337 = (x203 - x334);
  let v338 = (0.1 * v337);
  let v339 = (x334 + v338);
  let v356 = (x243 * v339);
  out0[i] = v339;
  out1[i] = v356;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 101 (read, read, read, read, read_write, read_write)
// dlc kernel: square %231 + sub %232 + mul %233 + add %234 + sqrt %236 + add %237 + div %238 + sub %239
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
  let x203 = in0[i];
  let x335 = in1[i];
  let x356 = in2[i];
  let x6 = in3[i];
  let v341 = dlc_square_f32(x203);
  let v342 = (v341 - x335);
  let v343 = (0.001 * v342);
  let v344 = (x335 + v343);
  let v357 = sqrt(v344);
  let v359 = (v357 + 1e-7);
  let v360 = (x356 / v359);
  let v361 = (x6 - v360);
  out0[i] = v344;
  out1[i] = v361;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 102 (read, read, read, read_write, read_write)
// dlc kernel: sub %252 + mul %253 + add %254 + mul %259
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x196 = in0[i];
  let x390 = in1[i];
  let x243 = in2[0u];
  let v393 = (x196 - x390);
  let v394 = (0.1 * v393);
  let v395 = (x390 + v394);
  let v412 = (x243 * v395);
  out0[i] = v395;
  out1[i] = v412;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6912u) { return; }
  dlc_mid(i);
}

// ---- pipeline 103 (read, read, read, read, read_write, read_write)
// dlc kernel: square %255 + sub %256 + mul %257 + add %258 + sqrt %260 + add %261 + div %262 + sub %263
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
  let x196 = in0[i];
  let x391 = in1[i];
  let x412 = in2[i];
  let x8 = in3[i];
  let v397 = dlc_square_f32(x196);
  let v398 = (v397 - x391);
  let v399 = (0.001 * v398);
  let v400 = (x391 + v399);
  let v413 = sqrt(v400);
  let v415 = (v413 + 1e-7);
  let v416 = (x412 / v415);
  let v417 = (x8 - v416);
  out0[i] = v400;
  out1[i] = v417;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 6912u) { return; }
  dlc_mid(i);
}

// ---- pipeline 104 (read, read, read, read_write, read_write)
// dlc kernel: sub %276 + mul %277 + add %278 + mul %283
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x188 = in0[i];
  let x446 = in1[i];
  let x243 = in2[0u];
  let v449 = (x188 - x446);
  let v450 = (0.1 * v449);
  let v451 = (x446 + v450);
  let v468 = (x243 * v451);
  out0[i] = v451;
  out1[i] = v468;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 105 (read, read, read, read, read_write, read_write)
// dlc kernel: square %279 + sub %280 + mul %281 + add %282 + sqrt %284 + add %285 + div %286 + sub %287
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
  let x188 = in0[i];
  let x447 = in1[i];
  let x468 = in2[i];
  let x10 = in3[i];
  let v453 = dlc_square_f32(x188);
  let v454 = (v453 - x447);
  let v455 = (0.001 * v454);
  let v456 = (x447 + v455);
  let v469 = sqrt(v456);
  let v471 = (v469 + 1e-7);
  let v472 = (x468 / v471);
  let v473 = (x10 - v472);
  out0[i] = v456;
  out1[i] = v473;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 128u) { return; }
  dlc_mid(i);
}

// ---- pipeline 106 (read, read, read, read_write, read_write)
// dlc kernel: sub %300 + mul %301 + add %302 + mul %307
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x181 = in0[i];
  let x502 = in1[i];
  let x243 = in2[0u];
  let v505 = (x181 - x502);
  let v506 = (0.1 * v505);
  let v507 = (x502 + v506);
  let v524 = (x243 * v507);
  out0[i] = v507;
  out1[i] = v524;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 107 (read, read, read, read, read_write, read_write)
// dlc kernel: square %303 + sub %304 + mul %305 + add %306 + sqrt %308 + add %309 + div %310 + sub %311
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
  let x181 = in0[i];
  let x503 = in1[i];
  let x524 = in2[i];
  let x12 = in3[i];
  let v509 = dlc_square_f32(x181);
  let v510 = (v509 - x503);
  let v511 = (0.001 * v510);
  let v512 = (x503 + v511);
  let v525 = sqrt(v512);
  let v527 = (v525 + 1e-7);
  let v528 = (x524 / v527);
  let v529 = (x12 - v528);
  out0[i] = v512;
  out1[i] = v529;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 108 (read, read, read, read_write, read_write)
// dlc kernel: sub %324 + mul %325 + add %326 + mul %331
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x173 = in0[i];
  let x558 = in1[i];
  let x243 = in2[0u];
  let v561 = (x173 - x558);
  let v562 = (0.1 * v561);
  let v563 = (x558 + v562);
  let v580 = (x243 * v563);
  out0[i] = v563;
  out1[i] = v580;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 109 (read, read, read, read, read_write, read_write)
// dlc kernel: square %327 + sub %328 + mul %329 + add %330 + sqrt %332 + add %333 + div %334 + sub %335
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
  let x173 = in0[i];
  let x559 = in1[i];
  let x580 = in2[i];
  let x14 = in3[i];
  let v565 = dlc_square_f32(x173);
  let v566 = (v565 - x559);
  let v567 = (0.001 * v566);
  let v568 = (x559 + v567);
  let v581 = sqrt(v568);
  let v583 = (v581 + 1e-7);
  let v584 = (x580 / v583);
  let v585 = (x14 - v584);
  out0[i] = v568;
  out1[i] = v585;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  dlc_mid(i);
}

// ---- pipeline 110 (read, read, read, read_write, read_write)
// dlc kernel: sub %348 + mul %349 + add %350 + mul %355
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x160 = in0[i];
  let x614 = in1[i];
  let x243 = in2[0u];
  let v617 = (x160 - x614);
  let v618 = (0.1 * v617);
  let v619 = (x614 + v618);
  let v636 = (x243 * v619);
  out0[i] = v619;
  out1[i] = v636;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 111 (read, read, read, read, read_write, read_write)
// dlc kernel: square %351 + sub %352 + mul %353 + add %354 + sqrt %356 + add %357 + div %358 + sub %359
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
  let x160 = in0[i];
  let x615 = in1[i];
  let x636 = in2[i];
  let x16 = in3[i];
  let v621 = dlc_square_f32(x160);
  let v622 = (v621 - x615);
  let v623 = (0.001 * v622);
  let v624 = (x615 + v623);
  let v637 = sqrt(v624);
  let v639 = (v637 + 1e-7);
  let v640 = (x636 / v639);
  let v641 = (x16 - v640);
  out0[i] = v624;
  out1[i] = v641;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 112 (read, read, read, read_write, read_write)
// dlc kernel: sub %372 + mul %373 + add %374 + mul %379
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x152 = in0[i];
  let x670 = in1[i];
  let x243 = in2[0u];
  let v673 = (x152 - x670);
  let v674 = (0.1 * v673);
  let v675 = (x670 + v674);
  let v692 = (x243 * v675);
  out0[i] = v675;
  out1[i] = v692;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 113 (read, read, read, read, read_write, read_write)
// dlc kernel: square %375 + sub %376 + mul %377 + add %378 + sqrt %380 + add %381 + div %382 + sub %383
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
  let x152 = in0[i];
  let x671 = in1[i];
  let x692 = in2[i];
  let x18 = in3[i];
  let v677 = dlc_square_f32(x152);
  let v678 = (v677 - x671);
  let v679 = (0.001 * v678);
  let v680 = (x671 + v679);
  let v693 = sqrt(v680);
  let v695 = (v693 + 1e-7);
  let v696 = (x692 / v695);
  let v697 = (x18 - v696);
  out0[i] = v680;
  out1[i] = v697;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 2048u) { return; }
  dlc_mid(i);
}

// ---- pipeline 114 (read, read, read, read_write, read_write)
// dlc kernel: sub %396 + mul %397 + add %398 + mul %403
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x145 = in0[i];
  let x726 = in1[i];
  let x243 = in2[0u];
  let v729 = (x145 - x726);
  let v730 = (0.1 * v729);
  let v731 = (x726 + v730);
  let v748 = (x243 * v731);
  out0[i] = v731;
  out1[i] = v748;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 13824u) { return; }
  dlc_mid(i);
}

// ---- pipeline 115 (read, read, read, read, read_write, read_write)
// dlc kernel: square %399 + sub %400 + mul %401 + add %402 + sqrt %404 + add %405 + div %406 + sub %407
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
  let x145 = in0[i];
  let x727 = in1[i];
  let x748 = in2[i];
  let x20 = in3[i];
  let v733 = dlc_square_f32(x145);
  let v734 = (v733 - x727);
  let v735 = (0.001 * v734);
  let v736 = (x727 + v735);
  let v749 = sqrt(v736);
  let v751 = (v749 + 1e-7);
  let v752 = (x748 / v751);
  let v753 = (x20 - v752);
  out0[i] = v736;
  out1[i] = v753;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 13824u) { return; }
  dlc_mid(i);
}

// ---- pipeline 116 (read, read, read, read_write, read_write)
// dlc kernel: sub %420 + mul %421 + add %422 + mul %427
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x137 = in0[i];
  let x782 = in1[i];
  let x243 = in2[0u];
  let v785 = (x137 - x782);
  let v786 = (0.1 * v785);
  let v787 = (x782 + v786);
  let v804 = (x243 * v787);
  out0[i] = v787;
  out1[i] = v804;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 117 (read, read, read, read, read_write, read_write)
// dlc kernel: square %423 + sub %424 + mul %425 + add %426 + sqrt %428 + add %429 + div %430 + sub %431
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
  let x137 = in0[i];
  let x783 = in1[i];
  let x804 = in2[i];
  let x22 = in3[i];
  let v789 = dlc_square_f32(x137);
  let v790 = (v789 - x783);
  let v791 = (0.001 * v790);
  let v792 = (x783 + v791);
  let v805 = sqrt(v792);
  let v807 = (v805 + 1e-7);
  let v808 = (x804 / v807);
  let v809 = (x22 - v808);
  out0[i] = v792;
  out1[i] = v809;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 512u) { return; }
  dlc_mid(i);
}

// ---- pipeline 118 (read, read, read, read_write, read_write)
// dlc kernel: sub %444 + mul %445 + add %446 + mul %451
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x130 = in0[i];
  let x838 = in1[i];
  let x243 = in2[0u];
  let v841 = (x130 - x838);
  let v842 = (0.1 * v841);
  let v843 = (x838 + v842);
  let v860 = (x243 * v843);
  out0[i] = v843;
  out1[i] = v860;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 119 (read, read, read, read, read_write, read_write)
// dlc kernel: square %447 + sub %448 + mul %449 + add %450 + sqrt %452 + add %453 + div %454 + sub %455
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
  let x130 = in0[i];
  let x839 = in1[i];
  let x860 = in2[i];
  let x24 = in3[i];
  let v845 = dlc_square_f32(x130);
  let v846 = (v845 - x839);
  let v847 = (0.001 * v846);
  let v848 = (x839 + v847);
  let v861 = sqrt(v848);
  let v863 = (v861 + 1e-7);
  let v864 = (x860 / v863);
  let v865 = (x24 - v864);
  out0[i] = v848;
  out1[i] = v865;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 4800u) { return; }
  dlc_mid(i);
}

// ---- pipeline 120 (read, read, read, read_write, read_write)
// dlc kernel: sub %468 + mul %469 + add %470 + mul %475
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x122 = in0[i];
  let x894 = in1[i];
  let x243 = in2[0u];
  let v897 = (x122 - x894);
  let v898 = (0.1 * v897);
  let v899 = (x894 + v898);
  let v916 = (x243 * v899);
  out0[i] = v899;
  out1[i] = v916;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 121 (read, read, read, read, read_write, read_write)
// dlc kernel: square %471 + sub %472 + mul %473 + add %474 + sqrt %476 + add %477 + div %478 + sub %479
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
  let x122 = in0[i];
  let x895 = in1[i];
  let x916 = in2[i];
  let x26 = in3[i];
  let v901 = dlc_square_f32(x122);
  let v902 = (v901 - x895);
  let v903 = (0.001 * v902);
  let v904 = (x895 + v903);
  let v917 = sqrt(v904);
  let v919 = (v917 + 1e-7);
  let v920 = (x916 / v919);
  let v921 = (x26 - v920);
  out0[i] = v904;
  out1[i] = v921;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1024u) { return; }
  dlc_mid(i);
}

// ---- pipeline 122 (read, read, read, read_write)
// dlc kernel: sqrt %500 + add %501 + div %502 + sub %503
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x960 = in0[i];
  let x972 = in1[i];
  let x28 = in2[i];
  let v973 = sqrt(x960);
  let v975 = (v973 + 1e-7);
  let v976 = (x972 / v975);
  let v977 = (x28 - v976);
  out0[i] = v977;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1200u) { return; }
  dlc_mid(i);
}
