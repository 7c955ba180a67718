// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,2,83] 64x1x1 conv2d %0 (models/resnet.ts:12:22)
//   #1 p1 [83,84,5] 16x1x1 reduce_mean %1 + mul %7 + mul %8 + add %9 (models/resnet.ts:12:10)
//   #2 p2 [83,84,85,6] 16x1x1 sub %2 + square %3 + reduce_mean %4 + mul %10 + mul %11 + add %12 (models/resnet.ts:12:10)
//   #3 p3 [83,3,4,84,85,86] 16x1x1 batch_norm %13 (models/resnet.ts:12:10)
//   #4 p4 [86,84] 1024x1x1 relu %14 (models/resnet.ts:27:13)
//   #5 p5 [84,7,85] 64x1x1 conv2d %15 (models/resnet.ts:12:22)
//   #6 p1 [85,87,10] 16x1x1 reduce_mean %16 + mul %20 + mul %21 + add %22 (models/resnet.ts:12:10)
//   #7 p2 [85,87,88,11] 16x1x1 sub %17 + square %18 + reduce_mean %19 + mul %23 + mul %24 + add %25 (models/resnet.ts:12:10)
//   #8 p3 [85,8,9,87,88,89] 16x1x1 batch_norm %26 (models/resnet.ts:12:10)
//   #9 p4 [89,87] 1024x1x1 relu %27 (models/resnet.ts:16:13)
//   #10 p5 [87,12,88] 64x1x1 conv2d %28 (models/resnet.ts:12:22)
//   #11 p1 [88,90,15] 16x1x1 reduce_mean %29 + mul %33 + mul %34 + add %35 (models/resnet.ts:12:10)
//   #12 p2 [88,90,91,16] 16x1x1 sub %30 + square %31 + reduce_mean %32 + mul %36 + mul %37 + add %38 (models/resnet.ts:12:10)
//   #13 p3 [88,13,14,90,91,92] 16x1x1 batch_norm %39 (models/resnet.ts:12:10)
//   #14 p6 [92,84,90,91] 1024x1x1 add %40 + relu %41 + greater %276 + cast %277 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #15 p7 [90,17,92] 32x1x1 conv2d %42 (models/resnet.ts:12:22)
//   #16 p8 [92,93,20] 32x1x1 reduce_mean %43 + mul %47 + mul %48 + add %49 (models/resnet.ts:12:10)
//   #17 p9 [92,93,94,21] 32x1x1 sub %44 + square %45 + reduce_mean %46 + mul %50 + mul %51 + add %52 (models/resnet.ts:12:10)
//   #18 p10 [92,18,19,93,94,95] 32x1x1 batch_norm %53 (models/resnet.ts:12:10)
//   #19 p11 [95,93] 512x1x1 relu %54 (models/resnet.ts:16:13)
//   #20 p12 [93,22,94] 32x1x1 conv2d %55 (models/resnet.ts:12:22)
//   #21 p8 [94,96,25] 32x1x1 reduce_mean %56 + mul %60 + mul %61 + add %62 (models/resnet.ts:12:10)
//   #22 p9 [94,96,97,26] 32x1x1 sub %57 + square %58 + reduce_mean %59 + mul %63 + mul %64 + add %65 (models/resnet.ts:12:10)
//   #23 p10 [94,23,24,96,97,98] 32x1x1 batch_norm %66 (models/resnet.ts:12:10)
//   #24 p13 [90,27,96] 32x1x1 conv2d %67 (models/resnet.ts:12:22)
//   #25 p8 [96,97,30] 32x1x1 reduce_mean %68 + mul %72 + mul %73 + add %74 (models/resnet.ts:12:10)
//   #26 p9 [96,97,99,31] 32x1x1 sub %69 + square %70 + reduce_mean %71 + mul %75 + mul %76 + add %77 (models/resnet.ts:12:10)
//   #27 p10 [96,28,29,97,99,100] 32x1x1 batch_norm %78 (models/resnet.ts:12:10)
//   #28 p14 [98,100,97,99] 512x1x1 add %79 + relu %80 + greater %210 + cast %211 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #29 p15 [97,32,98] 16x1x1 conv2d %81 (models/resnet.ts:12:22)
//   #30 p16 [98,100,35] 64x1x1 reduce_mean %82 + mul %86 + mul %87 + add %88 (models/resnet.ts:12:10)
//   #31 p17 [98,100,101,36] 64x1x1 sub %83 + square %84 + reduce_mean %85 + mul %89 + mul %90 + add %91 (models/resnet.ts:12:10)
//   #32 p18 [98,33,34,100,101,102] 64x1x1 batch_norm %92 (models/resnet.ts:12:10)
//   #33 p19 [102,100] 256x1x1 relu %93 (models/resnet.ts:16:13)
//   #34 p20 [100,37,101] 16x1x1 conv2d %94 (models/resnet.ts:12:22)
//   #35 p16 [101,103,40] 64x1x1 reduce_mean %95 + mul %99 + mul %100 + add %101 (models/resnet.ts:12:10)
//   #36 p17 [101,103,104,41] 64x1x1 sub %96 + square %97 + reduce_mean %98 + mul %102 + mul %103 + add %104 (models/resnet.ts:12:10)
//   #37 p18 [101,38,39,103,104,105] 64x1x1 batch_norm %105 (models/resnet.ts:12:10)
//   #38 p21 [97,42,103] 16x1x1 conv2d %106 (models/resnet.ts:12:22)
//   #39 p16 [103,104,45] 64x1x1 reduce_mean %107 + mul %111 + mul %112 + add %113 (models/resnet.ts:12:10)
//   #40 p17 [103,104,106,46] 64x1x1 sub %108 + square %109 + reduce_mean %110 + mul %114 + mul %115 + add %116 (models/resnet.ts:12:10)
//   #41 p18 [103,43,44,104,106,107] 64x1x1 batch_norm %117 (models/resnet.ts:12:10)
//   #42 p22 [105,107,104,106] 256x1x1 add %118 + relu %119 + greater %143 + cast %144 (models/resnet.ts:20:15, models/resnet.ts:20:10)
//   #43 p23 [104,105] 4x1x1 global_avg_pool2d %120 (models/resnet.ts:31:49)
//   #44 p24 [105,47,48,104] 1x1x1 matmul %121 + add %122 (models/resnet.ts:31:12)
//   #45 p25 [1,107] 1x1x1 reduce_sum %130
//   #46 p26 [104,107,1,108] 1x1x1 softmax %123 + mul %131 + sub %132 + mul %134 (models/resnet.ts:31:12)
//   #47 p27 [104,1,82,49] 1x1x1 categorical_cross_entropy %124 + mul %126 + add %127
//   #48 p28 [104,1,50] 1x1x1 count_correct %128 + add %129
//   #49 p29 [51,104] 1x1x1 mul %346
//   #50 p30 [108,104,51,81,48] 1x1x1 reduce_sum %135 + mul %514 + sub %515 + mul %516 + mul %517 + sub %518 + add %519 (models/resnet.ts:31:12)
//   #51 p31 [108,47,107] 2x1x1 matmul %136 (models/resnet.ts:31:12)
//   #52 p32 [105,108,104,51,80,47] 2x1x1 matmul %137 + mul %508 + sub %509 + mul %510 + mul %511 + sub %512 + add %513 (models/resnet.ts:31:12)
//   #53 p33 [107,105] 256x1x1 broadcast_to %139 (models/resnet.ts:31:49)
//   #54 p34 [105,106,43,38,107,108,109] 256x1x1 mul %141 + mul %145 + mul %154 + mul %174 (models/resnet.ts:31:49, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #55 p35 [103,105] 64x1x1 reduce_mean %146 (models/resnet.ts:12:10)
//   #56 p36 [103,105,106,110] 256x1x1 sub %147 + mul %148 (models/resnet.ts:12:10)
//   #57 p37 [110,103] 64x1x1 reduce_mean %149 + add %151 + rsqrt %152 (models/resnet.ts:12:10)
//   #58 p38 [106,103,108,107,105,110,111] 256x1x1 mul %153 + mul %157 + mul %162 (models/resnet.ts:12:10)
//   #59 p35 [108,106] 64x1x1 reduce_mean %155 (models/resnet.ts:12:10)
//   #60 p35 [110,112] 64x1x1 reduce_mean %158 (models/resnet.ts:12:10)
//   #61 p39 [108,106,105,112,103,110] 256x1x1 sub %156 + mul %159 + sub %160 + mul %161 (models/resnet.ts:12:10)
//   #62 p40 [111,104,51,78,43] 64x1x1 reduce_sum %163 + mul %497 + sub %498 + mul %499 + mul %500 + sub %501 + add %502 (models/resnet.ts:12:10)
//   #63 p41 [107,104,51,112,76,39] 64x1x1 reduce_sum %164 + mul %485 + sub %486 + mul %487 + mul %488 + sub %489 + add %490 (models/resnet.ts:12:10)
//   #64 p42 [110,42,103] 32x1x1 conv2d_transpose %165 (models/resnet.ts:12:22)
//   #65 p43 [97,110,104,51,77,42] 32x1x1 conv2d_backprop_filter %166 + mul %491 + sub %492 + mul %493 + mul %494 + sub %495 + add %496 (models/resnet.ts:12:22)
//   #66 p35 [101,105] 64x1x1 reduce_mean %167 (models/resnet.ts:12:10)
//   #67 p36 [101,105,106,108] 256x1x1 sub %168 + mul %169 (models/resnet.ts:12:10)
//   #68 p37 [108,101] 64x1x1 reduce_mean %170 + add %171 + rsqrt %172 (models/resnet.ts:12:10)
//   #69 p38 [106,101,109,107,105,108,110] 256x1x1 mul %173 + mul %177 + mul %182 (models/resnet.ts:12:10)
//   #70 p35 [109,106] 64x1x1 reduce_mean %175 (models/resnet.ts:12:10)
//   #71 p35 [108,107] 64x1x1 reduce_mean %178 (models/resnet.ts:12:10)
//   #72 p39 [109,106,105,107,101,108] 256x1x1 sub %176 + mul %179 + sub %180 + mul %181 (models/resnet.ts:12:10)
//   #73 p40 [110,104,51,75,38] 64x1x1 reduce_sum %183 + mul %479 + sub %480 + mul %481 + mul %482 + sub %483 + add %484 (models/resnet.ts:12:10)
//   #74 p35 [98,101] 64x1x1 reduce_mean %189 (models/resnet.ts:12:10)
//   #75 p36 [98,101,105,106] 256x1x1 sub %190 + mul %191 (models/resnet.ts:12:10)
//   #76 p37 [106,101] 64x1x1 reduce_mean %192 + add %193 + rsqrt %194 (models/resnet.ts:12:10)
//   #77 p44 [105,101,106] 256x1x1 mul %195 (models/resnet.ts:12:10)
//   #78 p45 [108,37,102,33,106,105,107,109] 16x1x1 conv2d_transpose %184 + greater %186 + cast %187 + mul %188 + mul %196 + mul %199 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #79 p46 [100,108,104,51,74,37] 36x1x1 conv2d_backprop_filter %185 + mul %473 + sub %474 + mul %475 + mul %476 + sub %477 + add %478 (models/resnet.ts:12:22)
//   #80 p35 [107,102] 64x1x1 reduce_mean %197 (models/resnet.ts:12:10)
//   #81 p35 [109,108] 64x1x1 reduce_mean %200 (models/resnet.ts:12:10)
//   #82 p39 [107,102,106,108,101,109] 256x1x1 sub %198 + mul %201 + sub %202 + mul %203 (models/resnet.ts:12:10)
//   #83 p47 [105,106,104,51,72,33] 64x1x1 mul %204 + reduce_sum %205 + mul %461 + sub %462 + mul %463 + mul %464 + sub %465 + add %466 (models/resnet.ts:12:10)
//   #84 p40 [105,104,51,73,34] 64x1x1 reduce_sum %206 + mul %467 + sub %468 + mul %469 + mul %470 + sub %471 + add %472 (models/resnet.ts:12:10)
//   #85 p48 [109,32,103,99,28,98,100] 32x1x1 conv2d_transpose %207 + add %209 + mul %212 + mul %220 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #86 p49 [97,109,104,51,71,32] 18x1x1 conv2d_backprop_filter %208 + mul %455 + sub %456 + mul %457 + mul %458 + sub %459 + add %460 (models/resnet.ts:12:22)
//   #87 p50 [96,101] 32x1x1 reduce_mean %213 (models/resnet.ts:12:10)
//   #88 p51 [96,101,97,99] 512x1x1 sub %214 + mul %215 (models/resnet.ts:12:10)
//   #89 p52 [99,101] 32x1x1 reduce_mean %216 + add %217 + rsqrt %218 (models/resnet.ts:12:10)
//   #90 p53 [97,101,100,98,96,99,103] 512x1x1 mul %219 + mul %223 + mul %228 (models/resnet.ts:12:10)
//   #91 p50 [100,102] 32x1x1 reduce_mean %221 (models/resnet.ts:12:10)
//   #92 p50 [99,105] 32x1x1 reduce_mean %224 (models/resnet.ts:12:10)
//   #93 p54 [100,102,96,105,101,97] 512x1x1 sub %222 + mul %225 + sub %226 + mul %227 (models/resnet.ts:12:10)
//   #94 p55 [103,104,51,69,28] 32x1x1 reduce_sum %229 + mul %444 + sub %445 + mul %446 + mul %447 + sub %448 + add %449 (models/resnet.ts:12:10)
//   #95 p56 [98,104,51,101,67,24] 32x1x1 reduce_sum %230 + mul %432 + sub %433 + mul %434 + mul %435 + sub %436 + add %437 (models/resnet.ts:12:10)
//   #96 p57 [97,27,96] 64x1x1 conv2d_transpose %231 (models/resnet.ts:12:22)
//   #97 p58 [90,97,104,51,68,27] 8x1x1 conv2d_backprop_filter %232 + mul %438 + sub %439 + mul %440 + mul %441 + sub %442 + add %443 (models/resnet.ts:12:22)
//   #98 p50 [94,102] 32x1x1 reduce_mean %233 (models/resnet.ts:12:10)
//   #99 p51 [94,102,97,99] 512x1x1 sub %234 + mul %235 (models/resnet.ts:12:10)
//   #100 p52 [99,102] 32x1x1 reduce_mean %236 + add %237 + rsqrt %238 (models/resnet.ts:12:10)
//   #101 p59 [97,102,98,23,94,99,100,103] 512x1x1 mul %239 + mul %240 + mul %243 + mul %248 (models/resnet.ts:12:10)
//   #102 p50 [99,105] 32x1x1 reduce_mean %241 (models/resnet.ts:12:10)
//   #103 p50 [100,106] 32x1x1 reduce_mean %244 (models/resnet.ts:12:10)
//   #104 p54 [99,105,94,106,102,97] 512x1x1 sub %242 + mul %245 + sub %246 + mul %247 (models/resnet.ts:12:10)
//   #105 p55 [103,104,51,66,23] 32x1x1 reduce_sum %249 + mul %426 + sub %427 + mul %428 + mul %429 + sub %430 + add %431 (models/resnet.ts:12:10)
//   #106 p50 [92,102] 32x1x1 reduce_mean %255 (models/resnet.ts:12:10)
//   #107 p51 [92,102,94,98] 512x1x1 sub %256 + mul %257 (models/resnet.ts:12:10)
//   #108 p52 [98,102] 32x1x1 reduce_mean %258 + add %259 + rsqrt %260 (models/resnet.ts:12:10)
//   #109 p60 [94,102,98] 512x1x1 mul %261 (models/resnet.ts:12:10)
//   #110 p61 [97,22,95,18,98,94,99,100] 32x1x1 conv2d_transpose %250 + greater %252 + cast %253 + mul %254 + mul %262 + mul %265 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #111 p62 [93,97,104,51,65,22] 144x1x1 conv2d_backprop_filter %251 + mul %420 + sub %421 + mul %422 + mul %423 + sub %424 + add %425 (models/resnet.ts:12:22)
//   #112 p50 [99,105] 32x1x1 reduce_mean %263 (models/resnet.ts:12:10)
//   #113 p50 [100,106] 32x1x1 reduce_mean %266 (models/resnet.ts:12:10)
//   #114 p54 [99,105,98,106,102,93] 512x1x1 sub %264 + mul %267 + sub %268 + mul %269 (models/resnet.ts:12:10)
//   #115 p63 [94,98,104,51,63,18] 32x1x1 mul %270 + reduce_sum %271 + mul %408 + sub %409 + mul %410 + mul %411 + sub %412 + add %413 (models/resnet.ts:12:10)
//   #116 p55 [94,104,51,64,19] 32x1x1 reduce_sum %272 + mul %414 + sub %415 + mul %416 + mul %417 + sub %418 + add %419 (models/resnet.ts:12:10)
//   #117 p64 [93,17,96,91,13,92,94] 64x1x1 conv2d_transpose %273 + add %275 + mul %278 + mul %286 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
//   #118 p65 [90,93,104,51,62,17] 72x1x1 conv2d_backprop_filter %274 + mul %402 + sub %403 + mul %404 + mul %405 + sub %406 + add %407 (models/resnet.ts:12:22)
//   #119 p66 [88,102] 16x1x1 reduce_mean %279 (models/resnet.ts:12:10)
//   #120 p67 [88,102,90,91] 1024x1x1 sub %280 + mul %281 (models/resnet.ts:12:10)
//   #121 p68 [91,102] 16x1x1 reduce_mean %282 + add %283 + rsqrt %284 (models/resnet.ts:12:10)
//   #122 p69 [90,102,94,92,88,91,96] 1024x1x1 mul %285 + mul %289 + mul %294 (models/resnet.ts:12:10)
//   #123 p66 [94,105] 16x1x1 reduce_mean %287 (models/resnet.ts:12:10)
//   #124 p66 [91,106] 16x1x1 reduce_mean %290 (models/resnet.ts:12:10)
//   #125 p70 [94,105,88,106,102,90] 1024x1x1 sub %288 + mul %291 + sub %292 + mul %293 (models/resnet.ts:12:10)
//   #126 p71 [96,104,51,60,13] 16x1x1 reduce_sum %295 + mul %390 + sub %391 + mul %392 + mul %393 + sub %394 + add %395 (models/resnet.ts:12:10)
//   #127 p71 [92,104,51,61,14] 16x1x1 reduce_sum %296 + mul %396 + sub %397 + mul %398 + mul %399 + sub %400 + add %401 (models/resnet.ts:12:10)
//   #128 p66 [85,102] 16x1x1 reduce_mean %302 (models/resnet.ts:12:10)
//   #129 p67 [85,102,88,91] 1024x1x1 sub %303 + mul %304 (models/resnet.ts:12:10)
//   #130 p68 [91,102] 16x1x1 reduce_mean %305 + add %306 + rsqrt %307 (models/resnet.ts:12:10)
//   #131 p72 [88,102,85] 1024x1x1 mul %308 (models/resnet.ts:12:10)
//   #132 p73 [90,12,89,8,85,88,91,94] 64x1x1 conv2d_transpose %297 + greater %299 + cast %300 + mul %301 + mul %309 + mul %312 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
//   #133 p74 [87,90,104,51,59,12] 36x1x1 conv2d_backprop_filter %298 + mul %384 + sub %385 + mul %386 + mul %387 + sub %388 + add %389 (models/resnet.ts:12:22)
//   #134 p66 [91,105] 16x1x1 reduce_mean %310 (models/resnet.ts:12:10)
//   #135 p66 [94,106] 16x1x1 reduce_mean %313 (models/resnet.ts:12:10)
//   #136 p70 [91,105,85,106,102,87] 1024x1x1 sub %311 + mul %314 + sub %315 + mul %316 (models/resnet.ts:12:10)
//   #137 p75 [88,85,104,51,57,8] 16x1x1 mul %317 + reduce_sum %318 + mul %372 + sub %373 + mul %374 + mul %375 + sub %376 + add %377 (models/resnet.ts:12:10)
//   #138 p71 [88,104,51,58,9] 16x1x1 reduce_sum %319 + mul %378 + sub %379 + mul %380 + mul %381 + sub %382 + add %383 (models/resnet.ts:12:10)
//   #139 p76 [87,7,92,86,3,85,88] 64x1x1 conv2d_transpose %320 + add %322 + greater %323 + cast %324 + mul %325 + mul %333 (models/resnet.ts:12:22, models/resnet.ts:27:13, models/resnet.ts:12:10)
//   #140 p74 [84,87,104,51,56,7] 36x1x1 conv2d_backprop_filter %321 + mul %366 + sub %367 + mul %368 + mul %369 + sub %370 + add %371 (models/resnet.ts:12:22)
//   #141 p66 [83,102] 16x1x1 reduce_mean %326 (models/resnet.ts:12:10)
//   #142 p67 [83,102,84,86] 1024x1x1 sub %327 + mul %328 (models/resnet.ts:12:10)
//   #143 p68 [86,102] 16x1x1 reduce_mean %329 + add %330 + rsqrt %331 (models/resnet.ts:12:10)
//   #144 p69 [84,102,88,85,83,86,87] 1024x1x1 mul %332 + mul %336 + mul %341 (models/resnet.ts:12:10)
//   #145 p66 [88,105] 16x1x1 reduce_mean %334 (models/resnet.ts:12:10)
//   #146 p66 [86,106] 16x1x1 reduce_mean %337 (models/resnet.ts:12:10)
//   #147 p70 [88,105,83,106,102,84] 1024x1x1 sub %335 + mul %338 + sub %339 + mul %340 (models/resnet.ts:12:10)
//   #148 p71 [87,104,51,54,3] 16x1x1 reduce_sum %342 + mul %354 + sub %355 + mul %356 + mul %357 + sub %358 + add %359 (models/resnet.ts:12:10)
//   #149 p71 [85,104,51,55,4] 16x1x1 reduce_sum %343 + mul %360 + sub %361 + mul %362 + mul %363 + sub %364 + add %365 (models/resnet.ts:12:10)
//   #150 p77 [0,84,104,51,53,2] 7x1x1 conv2d_backprop_filter %344 + mul %347 + sub %348 + mul %349 + mul %351 + sub %352 + add %353 (models/resnet.ts:12:22)
//   #151 p78 [104,101,70,29] 1x1x1 mul %450 + sub %451 + mul %452 + sub %453 + add %454
//   #152 p79 [104,112,79,44] 1x1x1 mul %503 + sub %504 + mul %505 + sub %506 + add %507

// ---- pipeline 0 (read, read, read_write)
// dlc kernel: conv2d %0 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 9u); let kw = ((k / 3u) % 3u); let c = (k % 3u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c];
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
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 27u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 1 (read, read_write, read_write)
// dlc kernel: reduce_mean %1 + mul %7 + mul %8 + add %9 (models/resnet.ts:12:10), reduce_mean %16 + mul %20 + mul %21 + add %22 (models/resnet.ts:12:10), reduce_mean %29 + mul %33 + mul %34 + add %35 (models/resnet.ts:12:10)
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 2 (read, read, read_write, read_write)
// dlc kernel: sub %2 + square %3 + reduce_mean %4 + mul %10 + mul %11 + add %12 (models/resnet.ts:12:10), sub %17 + square %18 + reduce_mean %19 + mul %23 + mul %24 + add %25 (models/resnet.ts:12:10), sub %30 + square %31 + reduce_mean %32 + mul %36 + mul %37 + add %38 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 16u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = dlc_square_f32(v0);
  return v1;
}
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
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + dlc_pre(base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 3 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %13 (models/resnet.ts:12:10), batch_norm %26 (models/resnet.ts:12:10), batch_norm %39 (models/resnet.ts:12:10)
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
  if (g >= 16u) { return; }
  var s = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 4096.0;
  var q = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 4096.0 + 0.001);
  for (var j = lane; j < 4096u; j += 64u) { let at = g * 1u + j * 16u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: relu %14 (models/resnet.ts:27:13), relu %27 (models/resnet.ts:16:13)
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
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 5 (read, read, read_write)
// dlc kernel: conv2d %15 (models/resnet.ts:12:22), conv2d %28 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let oh = ((r / 32u) % 32u); let ow = (r % 32u); let kh = (k / 48u); let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
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
  for (var k0 = 0u; k0 < 144u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e % 64u; let kk = e / 64u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 144u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 6 (read, read, read_write, read_write)
// dlc kernel: add %40 + relu %41 + greater %276 + cast %277 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 7 (read, read, read_write)
// dlc kernel: conv2d %42 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 48u); let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
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
  for (var k0 = 0u; k0 < 144u; k0 += 16u) {
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

// ---- pipeline 8 (read, read_write, read_write)
// dlc kernel: reduce_mean %43 + mul %47 + mul %48 + add %49 (models/resnet.ts:12:10), reduce_mean %56 + mul %60 + mul %61 + add %62 (models/resnet.ts:12:10), reduce_mean %68 + mul %72 + mul %73 + add %74 (models/resnet.ts:12:10)
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 9 (read, read, read_write, read_write)
// dlc kernel: sub %44 + square %45 + reduce_mean %46 + mul %50 + mul %51 + add %52 (models/resnet.ts:12:10), sub %57 + square %58 + reduce_mean %59 + mul %63 + mul %64 + add %65 (models/resnet.ts:12:10), sub %69 + square %70 + reduce_mean %71 + mul %75 + mul %76 + add %77 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = dlc_square_f32(v0);
  return v1;
}
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
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + dlc_pre(base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 10 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %53 (models/resnet.ts:12:10), batch_norm %66 (models/resnet.ts:12:10), batch_norm %78 (models/resnet.ts:12:10)
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
  if (g >= 32u) { return; }
  var s = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 1024.0;
  var q = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 1024.0 + 0.001);
  for (var j = lane; j < 1024u; j += 64u) { let at = g * 1u + j * 32u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: relu %54 (models/resnet.ts:16:13)
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
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 12 (read, read, read_write)
// dlc kernel: conv2d %55 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 32u + c0 + 0u, acc0.x); dlc_mid(yo + r * 32u + c0 + 1u, acc0.y); dlc_mid(yo + r * 32u + c0 + 2u, acc0.z); dlc_mid(yo + r * 32u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 32u + c0 + 0u, acc1.x); dlc_mid(yo + r * 32u + c0 + 1u, acc1.y); dlc_mid(yo + r * 32u + c0 + 2u, acc1.z); dlc_mid(yo + r * 32u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 32u + c0 + 0u, acc2.x); dlc_mid(yo + r * 32u + c0 + 1u, acc2.y); dlc_mid(yo + r * 32u + c0 + 2u, acc2.z); dlc_mid(yo + r * 32u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 32u + c0 + 0u, acc3.x); dlc_mid(yo + r * 32u + c0 + 1u, acc3.y); dlc_mid(yo + r * 32u + c0 + 2u, acc3.z); dlc_mid(yo + r * 32u + c0 + 3u, acc3.w); }
}

// ---- pipeline 13 (read, read, read_write)
// dlc kernel: conv2d %67 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let oh = ((r / 16u) % 16u); let ow = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 16u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
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

// ---- pipeline 14 (read, read, read_write, read_write)
// dlc kernel: add %79 + relu %80 + greater %210 + cast %211 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  let v1 = max(v0, 0.0);
  let v2 = (v0 > 0.0);
  let v3 = select(f32(0), f32(1), v2);
  out0[i] = v1;
  out1[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 15 (read, read, read_write)
// dlc kernel: conv2d %81 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
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

// ---- pipeline 16 (read, read_write, read_write)
// dlc kernel: reduce_mean %82 + mul %86 + mul %87 + add %88 (models/resnet.ts:12:10), reduce_mean %95 + mul %99 + mul %100 + add %101 (models/resnet.ts:12:10), reduce_mean %107 + mul %111 + mul %112 + add %113 (models/resnet.ts:12:10)
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
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 17 (read, read, read_write, read_write)
// dlc kernel: sub %83 + square %84 + reduce_mean %85 + mul %89 + mul %90 + add %91 (models/resnet.ts:12:10), sub %96 + square %97 + reduce_mean %98 + mul %102 + mul %103 + add %104 (models/resnet.ts:12:10), sub %108 + square %109 + reduce_mean %110 + mul %114 + mul %115 + add %116 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_square_f32(x: f32) -> f32 { return x * x; }
fn dlc_square_i32(x: i32) -> i32 { return x * x; }
fn dlc_square_u32(x: u32) -> u32 { return x * x; }
fn dlc_pre(i: u32) -> f32 {
  let c1 = i % 64u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = dlc_square_f32(v0);
  return v1;
}
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
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + dlc_pre(base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 18 (read, read, read, read, read, read_write)
// dlc kernel: batch_norm %92 (models/resnet.ts:12:10), batch_norm %105 (models/resnet.ts:12:10), batch_norm %117 (models/resnet.ts:12:10)
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
  if (g >= 64u) { return; }
  var s = 0.0;
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; s += x[at]; }
  let mean = dlc_lane_sum(s, lane) / 256.0;
  var q = 0.0;
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; let dev = x[at] - mean; q += dev * dev; }
  let inv = inverseSqrt(dlc_lane_sum(q, lane) / 256.0 + 0.001);
  for (var j = lane; j < 256u; j += 64u) { let at = g * 1u + j * 64u; out[at] = (x[at] - mean) * inv * gamma[g] + beta[g]; }
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: relu %93 (models/resnet.ts:16:13)
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
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 20 (read, read, read_write)
// dlc kernel: conv2d %94 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
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

// ---- pipeline 21 (read, read, read_write)
// dlc kernel: conv2d %106 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let oh = ((r / 8u) % 8u); let ow = (r % 8u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 22 (read, read, read_write, read_write)
// dlc kernel: add %118 + relu %119 + greater %143 + cast %144 (models/resnet.ts:20:15, models/resnet.ts:20:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
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
  dlc_mid(i);
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: global_avg_pool2d %120 (models/resnet.ts:31:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 256u) { return; }
  let n = i / 64u; let c = i % 64u;
  var s = 0.0;
  for (var p = 0u; p < 64u; p++) { s += x[(n * 64u + p) * 64u + c]; }
  out[i] = s / 64.0;
}

// ---- pipeline 24 (read, read, read, read_write)
// dlc kernel: matmul %121 + add %122 (models/resnet.ts:31:12)
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

// ---- pipeline 25 (read, read_write)
// dlc kernel: reduce_sum %130
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

// ---- pipeline 26 (read, read, read, read_write)
// dlc kernel: softmax %123 + mul %131 + sub %132 + mul %134 (models/resnet.ts:31:12)
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

// ---- pipeline 27 (read, read, read_write, read_write)
// dlc kernel: categorical_cross_entropy %124 + mul %126 + add %127
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

// ---- pipeline 28 (read, read, read_write)
// dlc kernel: count_correct %128 + add %129
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

// ---- pipeline 29 (read, read_write)
// dlc kernel: mul %346
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let v0 = (x0 * 0.0001);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 1u) { return; }
  dlc_mid(i);
}

// ---- pipeline 30 (read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %135 + mul %514 + sub %515 + mul %516 + mul %517 + sub %518 + add %519 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out1[i];
  let x2 = in2[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
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
// dlc kernel: matmul %136 (models/resnet.ts:31:12)
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

// ---- pipeline 32 (read, read, read, read, read_write, read_write)
// dlc kernel: matmul %137 + mul %508 + sub %509 + mul %510 + mul %511 + sub %512 + add %513 (models/resnet.ts:31:12)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
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

// ---- pipeline 33 (read, read_write)
// dlc kernel: broadcast_to %139 (models/resnet.ts:31:49)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  out[i] = x[((i / 4096u) % 4u) * 64u + ((i / 1u) % 64u) * 1u];
}

// ---- pipeline 34 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %141 + mul %145 + mul %154 + mul %174 (models/resnet.ts:31:49, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[c1];
  let x3 = in3[c1];
  let v0 = (x0 * 0.015625);
  let v1 = (v0 * x1);
  let v2 = (v1 * x2);
  let v3 = (v1 * x3);
  out0[i] = v1;
  out1[i] = v2;
  out2[i] = v3;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: reduce_mean %146 (models/resnet.ts:12:10), reduce_mean %155 (models/resnet.ts:12:10), reduce_mean %158 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 36 (read, read, read_write, read_write)
// dlc kernel: sub %147 + mul %148 (models/resnet.ts:12:10), sub %168 + mul %169 (models/resnet.ts:12:10), sub %190 + mul %191 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = (v0 * v0);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: reduce_mean %149 + add %151 + rsqrt %152 (models/resnet.ts:12:10), reduce_mean %170 + add %171 + rsqrt %172 (models/resnet.ts:12:10), reduce_mean %192 + add %193 + rsqrt %194 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v0 = (acc + 0.001);
  let v1 = inverseSqrt(v0);
  out0[i] = v1;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 256.0); }
}

// ---- pipeline 38 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %153 + mul %157 + mul %162 (models/resnet.ts:12:10), mul %173 + mul %177 + mul %182 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
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
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 39 (read, read, read, read, read, read_write)
// dlc kernel: sub %156 + mul %159 + sub %160 + mul %161 (models/resnet.ts:12:10), sub %176 + mul %179 + sub %180 + mul %181 (models/resnet.ts:12:10), sub %198 + mul %201 + sub %202 + mul %203 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
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
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 40 (read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %163 + mul %497 + sub %498 + mul %499 + mul %500 + sub %501 + add %502 (models/resnet.ts:12:10), reduce_sum %183 + mul %479 + sub %480 + mul %481 + mul %482 + sub %483 + add %484 (models/resnet.ts:12:10), reduce_sum %206 + mul %467 + sub %468 + mul %469 + mul %470 + sub %471 + add %472 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out1[i];
  let x2 = in2[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 41 (read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %164 + mul %485 + sub %486 + mul %487 + mul %488 + sub %489 + add %490 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out2[i];
  let x2 = in2[0u];
  let x3 = out1[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v2;
  out1[i] = v4;
  out2[i] = v5;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + in0[base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u]; }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 42 (read, read, read_write)
// dlc kernel: conv2d_transpose %165 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = 0u; let kw = 0u; let c = (k % 64u);
  let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 8) { return 0.0; } let h = u32(h_t / 2);
  let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 8) { return 0.0; } let wi = u32(wi_t / 2);
  return in0[((n * 8u + h) * 8u + wi) * 64u + c];
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
  for (var k0 = 0u; k0 < 64u; k0 += 16u) {
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

// ---- pipeline 43 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %166 + mul %491 + sub %492 + mul %493 + mul %494 + sub %495 + add %496 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = 0u; let kw = 0u; let c = (r % 32u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 64u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 4u) * 16u + c;
  let row0 = ((g / 4u) % 8u) * 4u;
  let bi = g / 32u;
  let yo = bi * 2048u;
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
    dlc_mid(yo + (row0 + 0u) * 64u + col, red[0u + c]);
    dlc_mid(yo + (row0 + 1u) * 64u + col, red[256u + c]);
    dlc_mid(yo + (row0 + 2u) * 64u + col, red[512u + c]);
    dlc_mid(yo + (row0 + 3u) * 64u + col, red[768u + c]);
  }
}

// ---- pipeline 44 (read, read, read_write)
// dlc kernel: mul %195 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 64u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16384u) { return; }
  dlc_mid(i);
}

// ---- pipeline 45 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_transpose %184 + greater %186 + cast %187 + mul %188 + mul %196 + mul %199 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 64u;
  let x0 = in2[i];
  let x1 = in3[c1];
  let x2 = in4[i];
  let v0 = (x0 > 0.0);
  let v1 = select(f32(0), f32(1), v0);
  let v2 = (acc * v1);
  let v3 = (v2 * x1);
  let v4 = (v3 * x2);
  out0[i] = v2;
  out1[i] = v3;
  out2[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 64u); let yh = ((r / 8u) % 8u); let yw = (r % 8u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 8u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 8u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 8u + h) * 8u + wi) * 64u + c];
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

// ---- pipeline 46 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %185 + mul %473 + sub %474 + mul %475 + mul %476 + sub %477 + add %478 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 192u); let kw = ((r / 64u) % 3u); let c = (r % 64u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 8u && u32(iw) < 8u)) { return 0.0; }
  return in0[((n * 8u + u32(ih)) * 8u + u32(iw)) * 64u + c];
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 47 (read, read, read, read, read_write, read_write)
// dlc kernel: mul %204 + reduce_sum %205 + mul %461 + sub %462 + mul %463 + mul %464 + sub %465 + add %466 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 64u) { return; }
  let base = ((g / 1u) % 64u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 256u; j += 64u) { acc = acc + dlc_pre(base + ((j / 64u) % 4u) * 4096u + ((j / 8u) % 8u) * 512u + ((j / 1u) % 8u) * 64u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 48 (read, read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_transpose %207 + add %209 + mul %212 + mul %220 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[i];
  let x1 = in3[i];
  let x2 = in4[c1];
  let v0 = (x0 + acc);
  let v1 = (v0 * x1);
  let v2 = (v1 * x2);
  out0[i] = v1;
  out1[i] = v2;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 192u); let kw = ((k / 64u) % 3u); let c = (k % 64u);
  let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 8) { return 0.0; } let h = u32(h_t / 2);
  let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 8) { return 0.0; } let wi = u32(wi_t / 2);
  return in0[((n * 8u + h) * 8u + wi) * 64u + c];
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

// ---- pipeline 49 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %208 + mul %455 + sub %456 + mul %457 + mul %458 + sub %459 + add %460 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 64u); let oh = ((k / 8u) % 8u); let ow = (k % 8u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
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
  { let r = row0 + ty * 4u + 0u; dlc_mid(yo + r * 64u + c0 + 0u, acc0.x); dlc_mid(yo + r * 64u + c0 + 1u, acc0.y); dlc_mid(yo + r * 64u + c0 + 2u, acc0.z); dlc_mid(yo + r * 64u + c0 + 3u, acc0.w); }
  { let r = row0 + ty * 4u + 1u; dlc_mid(yo + r * 64u + c0 + 0u, acc1.x); dlc_mid(yo + r * 64u + c0 + 1u, acc1.y); dlc_mid(yo + r * 64u + c0 + 2u, acc1.z); dlc_mid(yo + r * 64u + c0 + 3u, acc1.w); }
  { let r = row0 + ty * 4u + 2u; dlc_mid(yo + r * 64u + c0 + 0u, acc2.x); dlc_mid(yo + r * 64u + c0 + 1u, acc2.y); dlc_mid(yo + r * 64u + c0 + 2u, acc2.z); dlc_mid(yo + r * 64u + c0 + 3u, acc2.w); }
  { let r = row0 + ty * 4u + 3u; dlc_mid(yo + r * 64u + c0 + 0u, acc3.x); dlc_mid(yo + r * 64u + c0 + 1u, acc3.y); dlc_mid(yo + r * 64u + c0 + 2u, acc3.z); dlc_mid(yo + r * 64u + c0 + 3u, acc3.w); }
}

// ---- pipeline 50 (read, read_write)
// dlc kernel: reduce_mean %213 (models/resnet.ts:12:10), reduce_mean %221 (models/resnet.ts:12:10), reduce_mean %224 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 51 (read, read, read_write, read_write)
// dlc kernel: sub %214 + mul %215 (models/resnet.ts:12:10), sub %234 + mul %235 (models/resnet.ts:12:10), sub %256 + mul %257 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = (v0 * v0);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 52 (read, read_write)
// dlc kernel: reduce_mean %216 + add %217 + rsqrt %218 (models/resnet.ts:12:10), reduce_mean %236 + add %237 + rsqrt %238 (models/resnet.ts:12:10), reduce_mean %258 + add %259 + rsqrt %260 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v0 = (acc + 0.001);
  let v1 = inverseSqrt(v0);
  out0[i] = v1;
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 1024.0); }
}

// ---- pipeline 53 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %219 + mul %223 + mul %228 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
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
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 54 (read, read, read, read, read, read_write)
// dlc kernel: sub %222 + mul %225 + sub %226 + mul %227 (models/resnet.ts:12:10), sub %242 + mul %245 + sub %246 + mul %247 (models/resnet.ts:12:10), sub %264 + mul %267 + sub %268 + mul %269 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
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
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 55 (read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %229 + mul %444 + sub %445 + mul %446 + mul %447 + sub %448 + add %449 (models/resnet.ts:12:10), reduce_sum %249 + mul %426 + sub %427 + mul %428 + mul %429 + sub %430 + add %431 (models/resnet.ts:12:10), reduce_sum %272 + mul %414 + sub %415 + mul %416 + mul %417 + sub %418 + add %419 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out1[i];
  let x2 = in2[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
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

// ---- pipeline 56 (read, read, read, read_write, read_write, read_write)
// dlc kernel: reduce_sum %230 + mul %432 + sub %433 + mul %434 + mul %435 + sub %436 + add %437 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;
@group(0) @binding(5) var<storage, read_write> out2: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out2[i];
  let x2 = in2[0u];
  let x3 = out1[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v2;
  out1[i] = v4;
  out2[i] = v5;
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

// ---- pipeline 57 (read, read, read_write)
// dlc kernel: conv2d_transpose %231 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = 0u; let kw = 0u; let c = (k % 32u);
  let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 16) { return 0.0; } let h = u32(h_t / 2);
  let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 16) { return 0.0; } let wi = u32(wi_t / 2);
  return in0[((n * 16u + h) * 16u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 512u + r * 32u + c];
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
      let r = e / 16u; let kk = e % 16u;
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

// ---- pipeline 58 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %232 + mul %438 + sub %439 + mul %440 + mul %441 + sub %442 + add %443 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = 0u; let kw = 0u; let c = (r % 16u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
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

// ---- pipeline 59 (read, read, read, read, read_write, read_write, read_write, read_write)
// dlc kernel: mul %239 + mul %240 + mul %243 + mul %248 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
@group(0) @binding(7) var<storage, read_write> out3: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c1];
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
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 60 (read, read, read_write)
// dlc kernel: mul %261 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 32u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32768u) { return; }
  dlc_mid(i);
}

// ---- pipeline 61 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_transpose %250 + greater %252 + cast %253 + mul %254 + mul %262 + mul %265 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x0 = in2[i];
  let x1 = in3[c1];
  let x2 = in4[i];
  let v0 = (x0 > 0.0);
  let v1 = select(f32(0), f32(1), v0);
  let v2 = (acc * v1);
  let v3 = (v2 * x1);
  let v4 = (v3 * x2);
  out0[i] = v2;
  out1[i] = v3;
  out2[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 256u); let yh = ((r / 16u) % 16u); let yw = (r % 16u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 16u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 16u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 16u + h) * 16u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 1024u + r * 32u + c];
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
  for (var k0 = 0u; k0 < 288u; k0 += 16u) {
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

// ---- pipeline 62 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %251 + mul %420 + sub %421 + mul %422 + mul %423 + sub %424 + add %425 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 96u); let kw = ((r / 32u) % 3u); let c = (r % 32u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 16u && u32(iw) < 16u)) { return 0.0; }
  return in0[((n * 16u + u32(ih)) * 16u + u32(iw)) * 32u + c];
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

// ---- pipeline 63 (read, read, read, read, read_write, read_write)
// dlc kernel: mul %270 + reduce_sum %271 + mul %408 + sub %409 + mul %410 + mul %411 + sub %412 + add %413 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 32u) { return; }
  let base = ((g / 1u) % 32u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 1024u; j += 64u) { acc = acc + dlc_pre(base + ((j / 256u) % 4u) * 8192u + ((j / 16u) % 16u) * 512u + ((j / 1u) % 16u) * 32u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 64 (read, read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_transpose %273 + add %275 + mul %278 + mul %286 (models/resnet.ts:12:22, models/resnet.ts:20:10, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[i];
  let x1 = in3[i];
  let x2 = in4[c1];
  let v0 = (x0 + acc);
  let v1 = (v0 * x1);
  let v2 = (v1 * x2);
  out0[i] = v1;
  out1[i] = v2;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = (k / 96u); let kw = ((k / 32u) % 3u); let c = (k % 32u);
  let h_t = i32(yh) - i32(kh); if (h_t < 0 || h_t % 2 != 0 || h_t / 2 >= 16) { return 0.0; } let h = u32(h_t / 2);
  let wi_t = i32(yw) - i32(kw); if (wi_t < 0 || wi_t % 2 != 0 || wi_t / 2 >= 16) { return 0.0; } let wi = u32(wi_t / 2);
  return in0[((n * 16u + h) * 16u + wi) * 32u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 32u; let c = k % 32u;
  return in1[t * 512u + r * 32u + c];
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
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 288u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 65 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %274 + mul %402 + sub %403 + mul %404 + mul %405 + sub %406 + add %407 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 48u); let kw = ((r / 16u) % 3u); let c = (r % 16u); let n = (k / 256u); let oh = ((k / 16u) % 16u); let ow = (k % 16u);
  let ih = i32(oh) * 2 + i32(kh); let iw = i32(ow) * 2 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 32u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 72u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 2u) * 16u + c;
  let row0 = ((g / 2u) % 36u) * 4u;
  let bi = g / 72u;
  let yo = bi * 4608u;
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

// ---- pipeline 66 (read, read_write)
// dlc kernel: reduce_mean %279 (models/resnet.ts:12:10), reduce_mean %287 (models/resnet.ts:12:10), reduce_mean %290 (models/resnet.ts:12:10) (+6 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  out0[i] = acc;
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 67 (read, read, read_write, read_write)
// dlc kernel: sub %280 + mul %281 (models/resnet.ts:12:10), sub %303 + mul %304 (models/resnet.ts:12:10), sub %327 + mul %328 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 - x1);
  let v1 = (v0 * v0);
  out0[i] = v0;
  out1[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 68 (read, read_write)
// dlc kernel: reduce_mean %282 + add %283 + rsqrt %284 (models/resnet.ts:12:10), reduce_mean %305 + add %306 + rsqrt %307 (models/resnet.ts:12:10), reduce_mean %329 + add %330 + rsqrt %331 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let v0 = (acc + 0.001);
  let v1 = inverseSqrt(v0);
  out0[i] = v1;
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
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0] / 4096.0); }
}

// ---- pipeline 69 (read, read, read, read, read_write, read_write, read_write)
// dlc kernel: mul %285 + mul %289 + mul %294 (models/resnet.ts:12:10), mul %332 + mul %336 + mul %341 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
@group(0) @binding(6) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
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
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 70 (read, read, read, read, read, read_write)
// dlc kernel: sub %288 + mul %291 + sub %292 + mul %293 (models/resnet.ts:12:10), sub %311 + mul %314 + sub %315 + mul %316 (models/resnet.ts:12:10), sub %335 + mul %338 + sub %339 + mul %340 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
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
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 71 (read, read, read, read_write, read_write)
// dlc kernel: reduce_sum %295 + mul %390 + sub %391 + mul %392 + mul %393 + sub %394 + add %395 (models/resnet.ts:12:10), reduce_sum %296 + mul %396 + sub %397 + mul %398 + mul %399 + sub %400 + add %401 (models/resnet.ts:12:10), reduce_sum %319 + mul %378 + sub %379 + mul %380 + mul %381 + sub %382 + add %383 (models/resnet.ts:12:10) (+2 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
@group(0) @binding(4) var<storage, read_write> out1: array<f32>;

fn dlc_mid(i: u32, acc: f32) {
  let x0 = in1[0u];
  let x1 = out1[i];
  let x2 = in2[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
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

// ---- pipeline 72 (read, read, read_write)
// dlc kernel: mul %308 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32) {
  let c1 = i % 16u;
  let x0 = in0[i];
  let x1 = in1[c1];
  let v0 = (x0 * x1);
  out0[i] = v0;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 65536u) { return; }
  dlc_mid(i);
}

// ---- pipeline 73 (read, read, read, read, read, read_write, read_write, read_write)
// dlc kernel: conv2d_transpose %297 + greater %299 + cast %300 + mul %301 + mul %309 + mul %312 (models/resnet.ts:12:22, models/resnet.ts:16:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
@group(0) @binding(7) var<storage, read_write> out2: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[i];
  let x1 = in3[c1];
  let x2 = in4[i];
  let v0 = (x0 > 0.0);
  let v1 = select(f32(0), f32(1), v0);
  let v2 = (acc * v1);
  let v3 = (v2 * x1);
  let v4 = (v3 * x2);
  out0[i] = v2;
  out1[i] = v3;
  out2[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = (k / 48u); let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 256u + r * 16u + c];
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
  for (var k0 = 0u; k0 < 144u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 144u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 74 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %298 + mul %384 + sub %385 + mul %386 + mul %387 + sub %388 + add %389 (models/resnet.ts:12:22), conv2d_backprop_filter %321 + mul %366 + sub %367 + mul %368 + mul %369 + sub %370 + add %371 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 48u); let kw = ((r / 16u) % 3u); let c = (r % 16u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
}
var<workgroup> red: array<f32, 1024>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 36u) { return; }
  let c = lid.x;
  let sl = lid.y;
  let lane = sl * 16u + c;
  let col = (g % 1u) * 16u + c;
  let row0 = ((g / 1u) % 36u) * 4u;
  let bi = g / 36u;
  let yo = bi * 2304u;
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

// ---- pipeline 75 (read, read, read, read, read_write, read_write)
// dlc kernel: mul %317 + reduce_sum %318 + mul %372 + sub %373 + mul %374 + mul %375 + sub %376 + add %377 (models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_pre(i: u32) -> f32 {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 * x1);
  return v0;
}
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
var<workgroup> dlc_lanes: array<f32, 64>;
@compute @workgroup_size(64)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_index) lane: u32) {
  let g = wid.x;
  if (g >= 16u) { return; }
  let base = ((g / 1u) % 16u) * 1u;
  var acc = 0.0;
  for (var j = lane; j < 4096u; j += 64u) { acc = acc + dlc_pre(base + ((j / 1024u) % 4u) * 16384u + ((j / 32u) % 32u) * 512u + ((j / 1u) % 32u) * 16u); }
  dlc_lanes[lane] = acc;
  workgroupBarrier();
  for (var s = 32u; s > 0u; s >>= 1u) {
    if (lane < s) { dlc_lanes[lane] = dlc_lanes[lane] + dlc_lanes[lane + s]; }
    workgroupBarrier();
  }
  if (lane == 0u) { dlc_mid(g, dlc_lanes[0]); }
}

// ---- pipeline 76 (read, read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_transpose %320 + add %322 + greater %323 + cast %324 + mul %325 + mul %333 (models/resnet.ts:12:22, models/resnet.ts:27:13, models/resnet.ts:12:10)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read_write> out0: array<f32>;
@group(0) @binding(6) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 16u;
  let x0 = in2[i];
  let x1 = in3[i];
  let x2 = in4[c1];
  let v0 = (x0 + acc);
  let v1 = (x1 > 0.0);
  let v2 = select(f32(0), f32(1), v1);
  let v3 = (v0 * v2);
  let v4 = (v3 * x2);
  out0[i] = v3;
  out1[i] = v4;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let n = (r / 1024u); let yh = ((r / 32u) % 32u); let yw = (r % 32u); let kh = (k / 48u); let kw = ((k / 16u) % 3u); let c = (k % 16u);
  let h_t = i32(yh) + 1 - i32(kh); if (!(u32(h_t) < 32u)) { return 0.0; } let h = u32(h_t);
  let wi_t = i32(yw) + 1 - i32(kw); if (!(u32(wi_t) < 32u)) { return 0.0; } let wi = u32(wi_t);
  return in0[((n * 32u + h) * 32u + wi) * 16u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  let t = k / 16u; let c = k % 16u;
  return in1[t * 256u + r * 16u + c];
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
  for (var k0 = 0u; k0 < 144u; k0 += 16u) {
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let v = dlc_a(bi, row0 + r, k0 + kk);
      As[kk * 16u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 4u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (col0 + r < 16u && k0 + kk < 144u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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

// ---- pipeline 77 (read, read, read, read, read_write, read_write)
// dlc kernel: conv2d_backprop_filter %344 + mul %347 + sub %348 + mul %349 + mul %351 + sub %352 + add %353 (models/resnet.ts:12:22)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out0: array<f32>;
@group(0) @binding(5) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[0u];
  let x1 = out1[i];
  let x2 = in3[0u];
  let x3 = out0[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (x2 * acc);
  let v3 = (0.9 * x3);
  let v4 = (v3 - v2);
  let v5 = (v1 + v4);
  out0[i] = v4;
  out1[i] = v5;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  let kh = (r / 9u); let kw = ((r / 3u) % 3u); let c = (r % 3u); let n = (k / 1024u); let oh = ((k / 32u) % 32u); let ow = (k % 32u);
  let ih = i32(oh) - 1 + i32(kh); let iw = i32(ow) - 1 + i32(kw);
  if (!(u32(ih) < 32u && u32(iw) < 32u)) { return 0.0; }
  return in0[((n * 32u + u32(ih)) * 32u + u32(iw)) * 3u + c];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[k * 16u + r];
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
  let yo = bi * 432u;
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
    if (row0 + 0u < 27u) { dlc_mid(yo + (row0 + 0u) * 16u + col, red[0u + c]); }
    if (row0 + 1u < 27u) { dlc_mid(yo + (row0 + 1u) * 16u + col, red[256u + c]); }
    if (row0 + 2u < 27u) { dlc_mid(yo + (row0 + 2u) * 16u + col, red[512u + c]); }
    if (row0 + 3u < 27u) { dlc_mid(yo + (row0 + 3u) * 16u + col, red[768u + c]); }
  }
}

// ---- pipeline 78 (read, read, read_write, read_write)
// dlc kernel: mul %450 + sub %451 + mul %452 + sub %453 + add %454
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[0u];
  let x1 = out1[i];
  let x2 = out0[i];
  let x3 = in1[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (0.9 * x2);
  let v3 = (v2 - x3);
  let v4 = (v1 + v3);
  out0[i] = v3;
  out1[i] = v4;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 79 (read, read, read_write, read_write)
// dlc kernel: mul %503 + sub %504 + mul %505 + sub %506 + add %507
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
@group(0) @binding(3) var<storage, read_write> out1: array<f32>;
fn dlc_mid(i: u32) {
  let x0 = in0[0u];
  let x1 = out1[i];
  let x2 = out0[i];
  let x3 = in1[i];
  let v0 = (x0 * x1);
  let v1 = (x1 - v0);
  let v2 = (0.9 * x2);
  let v3 = (v2 - x3);
  let v4 = (v1 + v3);
  out0[i] = v3;
  out1[i] = v4;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 64u) { return; }
  dlc_mid(i);
}
