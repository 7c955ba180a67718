// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,3,7] 14x1x1 matmul %1 + add %2 (models/simple_rnn.ts:8:5)
//   #1 p1 [7,8] 1x1x1 slice %4 (models/simple_rnn.ts:8:5)
//   #2 p2 [8,9] 1x1x1 tanh %6 (models/simple_rnn.ts:8:5)
//   #3 p3 [7,8] 1x1x1 slice %7 (models/simple_rnn.ts:8:5)
//   #4 p4 [9,2,8,10] 2x1x1 matmul %9 + add %10 + tanh %11 (models/simple_rnn.ts:8:5)
//   #5 p5 [7,8] 1x1x1 slice %12 (models/simple_rnn.ts:8:5)
//   #6 p6 [10,2,8,9] 2x1x1 matmul %14 + add %15 + tanh %16 (models/simple_rnn.ts:8:5)
//   #7 p7 [7,8] 1x1x1 slice %17 (models/simple_rnn.ts:8:5)
//   #8 p8 [9,2,8,10] 2x1x1 matmul %19 + add %20 + tanh %21 (models/simple_rnn.ts:8:5)
//   #9 p9 [7,8] 1x1x1 slice %22 (models/simple_rnn.ts:8:5)
//   #10 p10 [10,2,8,9] 2x1x1 matmul %24 + add %25 + tanh %26 (models/simple_rnn.ts:8:5)
//   #11 p11 [7,8] 1x1x1 slice %27 (models/simple_rnn.ts:8:5)
//   #12 p12 [9,2,8,10] 2x1x1 matmul %29 + add %30 + tanh %31 (models/simple_rnn.ts:8:5)
//   #13 p13 [7,8] 1x1x1 slice %32 (models/simple_rnn.ts:8:5)
//   #14 p14 [10,2,8,9] 2x1x1 matmul %34 + add %35 + tanh %36 (models/simple_rnn.ts:8:5)
//   #15 p15 [7,8] 1x1x1 slice %37 (models/simple_rnn.ts:8:5)
//   #16 p16 [9,2,8,10] 2x1x1 matmul %39 + add %40 + tanh %41 (models/simple_rnn.ts:8:5)
//   #17 p17 [7,8] 1x1x1 slice %42 (models/simple_rnn.ts:8:5)
//   #18 p18 [10,2,8,9] 2x1x1 matmul %44 + add %45 + tanh %46 (models/simple_rnn.ts:8:5)
//   #19 p19 [7,8] 1x1x1 slice %47 (models/simple_rnn.ts:8:5)
//   #20 p20 [9,2,8,10] 2x1x1 matmul %49 + add %50 + tanh %51 (models/simple_rnn.ts:8:5)
//   #21 p21 [7,8] 1x1x1 slice %52 (models/simple_rnn.ts:8:5)
//   #22 p22 [10,2,8,9] 2x1x1 matmul %54 + add %55 + tanh %56 (models/simple_rnn.ts:8:5)
//   #23 p23 [7,8] 1x1x1 slice %57 (models/simple_rnn.ts:8:5)
//   #24 p24 [9,2,8,10] 2x1x1 matmul %59 + add %60 + tanh %61 (models/simple_rnn.ts:8:5)
//   #25 p25 [7,8] 1x1x1 slice %62 (models/simple_rnn.ts:8:5)
//   #26 p26 [10,2,8,9] 2x1x1 matmul %64 + add %65 + tanh %66 (models/simple_rnn.ts:8:5)
//   #27 p27 [7,8] 1x1x1 slice %67 (models/simple_rnn.ts:8:5)
//   #28 p28 [9,2,8,10] 2x1x1 matmul %69 + add %70 + tanh %71 (models/simple_rnn.ts:8:5)
//   #29 p29 [7,8] 1x1x1 slice %72 (models/simple_rnn.ts:8:5)
//   #30 p30 [10,2,8,9] 2x1x1 matmul %74 + add %75 + tanh %76 (models/simple_rnn.ts:8:5)
//   #31 p31 [7,8] 1x1x1 slice %77 (models/simple_rnn.ts:8:5)
//   #32 p32 [9,2,8,10] 2x1x1 matmul %79 + add %80 + tanh %81 (models/simple_rnn.ts:8:5)
//   #33 p33 [7,8] 1x1x1 slice %82 (models/simple_rnn.ts:8:5)
//   #34 p34 [10,2,8,9] 2x1x1 matmul %84 + add %85 + tanh %86 (models/simple_rnn.ts:8:5)
//   #35 p35 [7,8] 1x1x1 slice %87 (models/simple_rnn.ts:8:5)
//   #36 p36 [9,2,8,10] 2x1x1 matmul %89 + add %90 + tanh %91 (models/simple_rnn.ts:8:5)
//   #37 p37 [7,8] 1x1x1 slice %92 (models/simple_rnn.ts:8:5)
//   #38 p38 [10,2,8,9] 2x1x1 matmul %94 + add %95 + tanh %96 (models/simple_rnn.ts:8:5)
//   #39 p39 [7,8] 1x1x1 slice %97 (models/simple_rnn.ts:8:5)
//   #40 p40 [9,2,8,10] 2x1x1 matmul %99 + add %100 + tanh %101 (models/simple_rnn.ts:8:5)
//   #41 p41 [7,8] 1x1x1 slice %102 (models/simple_rnn.ts:8:5)
//   #42 p42 [10,2,8,9] 2x1x1 matmul %104 + add %105 + tanh %106 (models/simple_rnn.ts:8:5)
//   #43 p43 [7,8] 1x1x1 slice %107 (models/simple_rnn.ts:8:5)
//   #44 p44 [9,2,8,10] 2x1x1 matmul %109 + add %110 + tanh %111 (models/simple_rnn.ts:8:5)
//   #45 p45 [7,8] 1x1x1 slice %112 (models/simple_rnn.ts:8:5)
//   #46 p46 [10,2,8,9] 2x1x1 matmul %114 + add %115 + tanh %116 (models/simple_rnn.ts:8:5)
//   #47 p47 [7,8] 1x1x1 slice %117 (models/simple_rnn.ts:8:5)
//   #48 p48 [9,2,8,10] 2x1x1 matmul %119 + add %120 + tanh %121 (models/simple_rnn.ts:8:5)
//   #49 p49 [7,8] 1x1x1 slice %122 (models/simple_rnn.ts:8:5)
//   #50 p50 [10,2,8,9] 2x1x1 matmul %124 + add %125 + tanh %126 (models/simple_rnn.ts:8:5)
//   #51 p51 [7,8] 1x1x1 slice %127 (models/simple_rnn.ts:8:5)
//   #52 p52 [9,2,8,10] 2x1x1 matmul %129 + add %130 + tanh %131 (models/simple_rnn.ts:8:5)
//   #53 p53 [7,8] 1x1x1 slice %132 (models/simple_rnn.ts:8:5)
//   #54 p54 [10,2,8,9] 2x1x1 matmul %134 + add %135 + tanh %136 (models/simple_rnn.ts:8:5)
//   #55 p55 [7,8] 1x1x1 slice %137 (models/simple_rnn.ts:8:5)
//   #56 p56 [9,2,8,10] 2x1x1 matmul %139 + add %140 + tanh %141 (models/simple_rnn.ts:8:5)
//   #57 p57 [7,8] 1x1x1 slice %142 (models/simple_rnn.ts:8:5)
//   #58 p58 [10,2,8,9] 2x1x1 matmul %144 + add %145 + tanh %146 (models/simple_rnn.ts:8:5)
//   #59 p59 [7,8] 1x1x1 slice %147 (models/simple_rnn.ts:8:5)
//   #60 p60 [9,2,8,10] 2x1x1 matmul %149 + add %150 + tanh %151 (models/simple_rnn.ts:8:5)
//   #61 p61 [7,8] 1x1x1 slice %152 (models/simple_rnn.ts:8:5)
//   #62 p62 [10,2,8,9] 2x1x1 matmul %154 + add %155 + tanh %156 (models/simple_rnn.ts:8:5)
//   #63 p63 [7,8] 1x1x1 slice %157 (models/simple_rnn.ts:8:5)
//   #64 p64 [9,2,8,10] 2x1x1 matmul %159 + add %160 + tanh %161 (models/simple_rnn.ts:8:5)
//   #65 p65 [7,8] 1x1x1 slice %162 (models/simple_rnn.ts:8:5)
//   #66 p66 [10,2,8,9] 2x1x1 matmul %164 + add %165 + tanh %166 (models/simple_rnn.ts:8:5)
//   #67 p67 [7,8] 1x1x1 slice %167 (models/simple_rnn.ts:8:5)
//   #68 p68 [9,2,8,10] 2x1x1 matmul %169 + add %170 + tanh %171 (models/simple_rnn.ts:8:5)
//   #69 p69 [7,8] 1x1x1 slice %172 (models/simple_rnn.ts:8:5)
//   #70 p70 [10,2,8,9] 2x1x1 matmul %174 + add %175 + tanh %176 (models/simple_rnn.ts:8:5)
//   #71 p71 [7,8] 1x1x1 slice %177 (models/simple_rnn.ts:8:5)
//   #72 p72 [9,2,8,10] 2x1x1 matmul %179 + add %180 + tanh %181 (models/simple_rnn.ts:8:5)
//   #73 p73 [7,8] 1x1x1 slice %182 (models/simple_rnn.ts:8:5)
//   #74 p74 [10,2,8,9] 2x1x1 matmul %184 + add %185 + tanh %186 (models/simple_rnn.ts:8:5)
//   #75 p75 [7,8] 1x1x1 slice %187 (models/simple_rnn.ts:8:5)
//   #76 p76 [9,2,8,10] 2x1x1 matmul %189 + add %190 + tanh %191 (models/simple_rnn.ts:8:5)
//   #77 p77 [7,8] 1x1x1 slice %192 (models/simple_rnn.ts:8:5)
//   #78 p78 [10,2,8,9] 2x1x1 matmul %194 + add %195 + tanh %196 (models/simple_rnn.ts:8:5)
//   #79 p79 [7,8] 1x1x1 slice %197 (models/simple_rnn.ts:8:5)
//   #80 p80 [9,2,8,10] 2x1x1 matmul %199 + add %200 + tanh %201 (models/simple_rnn.ts:8:5)
//   #81 p81 [7,8] 1x1x1 slice %202 (models/simple_rnn.ts:8:5)
//   #82 p82 [10,2,8,9] 2x1x1 matmul %204 + add %205 + tanh %206 (models/simple_rnn.ts:8:5)
//   #83 p83 [7,8] 1x1x1 slice %207 (models/simple_rnn.ts:8:5)
//   #84 p84 [9,2,8,10] 2x1x1 matmul %209 + add %210 + tanh %211 (models/simple_rnn.ts:8:5)
//   #85 p85 [7,8] 1x1x1 slice %212 (models/simple_rnn.ts:8:5)
//   #86 p86 [10,2,8,9] 2x1x1 matmul %214 + add %215 + tanh %216 (models/simple_rnn.ts:8:5)
//   #87 p87 [7,8] 1x1x1 slice %217 (models/simple_rnn.ts:8:5)
//   #88 p88 [9,2,8,10] 2x1x1 matmul %219 + add %220 + tanh %221 (models/simple_rnn.ts:8:5)
//   #89 p89 [7,8] 1x1x1 slice %222 (models/simple_rnn.ts:8:5)
//   #90 p90 [10,2,8,9] 2x1x1 matmul %224 + add %225 + tanh %226 (models/simple_rnn.ts:8:5)
//   #91 p91 [7,8] 1x1x1 slice %227 (models/simple_rnn.ts:8:5)
//   #92 p92 [9,2,8,10] 2x1x1 matmul %229 + add %230 + tanh %231 (models/simple_rnn.ts:8:5)
//   #93 p93 [7,8] 1x1x1 slice %232 (models/simple_rnn.ts:8:5)
//   #94 p94 [10,2,8,9] 2x1x1 matmul %234 + add %235 + tanh %236 (models/simple_rnn.ts:8:5)
//   #95 p95 [7,8] 1x1x1 slice %237 (models/simple_rnn.ts:8:5)
//   #96 p96 [9,2,8,10] 2x1x1 matmul %239 + add %240 + tanh %241 (models/simple_rnn.ts:8:5)
//   #97 p97 [7,8] 1x1x1 slice %242 (models/simple_rnn.ts:8:5)
//   #98 p98 [10,2,8,9] 2x1x1 matmul %244 + add %245 + tanh %246 (models/simple_rnn.ts:8:5)
//   #99 p99 [7,8] 1x1x1 slice %247 (models/simple_rnn.ts:8:5)
//   #100 p100 [9,2,8,10] 2x1x1 matmul %249 + add %250 + tanh %251 (models/simple_rnn.ts:8:5)
//   #101 p101 [7,8] 1x1x1 slice %252 (models/simple_rnn.ts:8:5)
//   #102 p102 [10,2,8,9] 2x1x1 matmul %254 + add %255 + tanh %256 (models/simple_rnn.ts:8:5)
//   #103 p103 [7,8] 1x1x1 slice %257 (models/simple_rnn.ts:8:5)
//   #104 p104 [9,2,8,10] 2x1x1 matmul %259 + add %260 + tanh %261 (models/simple_rnn.ts:8:5)
//   #105 p105 [7,8] 1x1x1 slice %262 (models/simple_rnn.ts:8:5)
//   #106 p106 [10,2,8,9] 2x1x1 matmul %264 + add %265 + tanh %266 (models/simple_rnn.ts:8:5)
//   #107 p107 [7,8] 1x1x1 slice %267 (models/simple_rnn.ts:8:5)
//   #108 p108 [9,2,8,10] 2x1x1 matmul %269 + add %270 + tanh %271 (models/simple_rnn.ts:8:5)
//   #109 p109 [7,8] 1x1x1 slice %272 (models/simple_rnn.ts:8:5)
//   #110 p110 [10,2,8,9] 2x1x1 matmul %274 + add %275 + tanh %276 (models/simple_rnn.ts:8:5)
//   #111 p111 [7,8] 1x1x1 slice %277 (models/simple_rnn.ts:8:5)
//   #112 p112 [9,2,8,10] 2x1x1 matmul %279 + add %280 + tanh %281 (models/simple_rnn.ts:8:5)
//   #113 p113 [7,8] 1x1x1 slice %282 (models/simple_rnn.ts:8:5)
//   #114 p114 [10,2,8,9] 2x1x1 matmul %284 + add %285 + tanh %286 (models/simple_rnn.ts:8:5)
//   #115 p115 [7,8] 1x1x1 slice %287 (models/simple_rnn.ts:8:5)
//   #116 p116 [9,2,8,10] 2x1x1 matmul %289 + add %290 + tanh %291 (models/simple_rnn.ts:8:5)
//   #117 p117 [7,8] 1x1x1 slice %292 (models/simple_rnn.ts:8:5)
//   #118 p118 [10,2,8,9] 2x1x1 matmul %294 + add %295 + tanh %296 (models/simple_rnn.ts:8:5)
//   #119 p119 [7,8] 1x1x1 slice %297 (models/simple_rnn.ts:8:5)
//   #120 p120 [9,2,8,10] 2x1x1 matmul %299 + add %300 + tanh %301 (models/simple_rnn.ts:8:5)
//   #121 p121 [7,8] 1x1x1 slice %302 (models/simple_rnn.ts:8:5)
//   #122 p122 [10,2,8,9] 2x1x1 matmul %304 + add %305 + tanh %306 (models/simple_rnn.ts:8:5)
//   #123 p123 [7,8] 1x1x1 slice %307 (models/simple_rnn.ts:8:5)
//   #124 p124 [9,2,8,10] 2x1x1 matmul %309 + add %310 + tanh %311 (models/simple_rnn.ts:8:5)
//   #125 p125 [7,8] 1x1x1 slice %312 (models/simple_rnn.ts:8:5)
//   #126 p126 [10,2,8,9] 2x1x1 matmul %314 + add %315 + tanh %316 (models/simple_rnn.ts:8:5)
//   #127 p127 [7,8] 1x1x1 slice %317 (models/simple_rnn.ts:8:5)
//   #128 p128 [9,2,8,10] 2x1x1 matmul %319 + add %320 + tanh %321 (models/simple_rnn.ts:8:5)
//   #129 p129 [7,8] 1x1x1 slice %322 (models/simple_rnn.ts:8:5)
//   #130 p130 [10,2,8,9] 2x1x1 matmul %324 + add %325 + tanh %326 (models/simple_rnn.ts:8:5)
//   #131 p131 [7,8] 1x1x1 slice %327 (models/simple_rnn.ts:8:5)
//   #132 p132 [9,2,8,10] 2x1x1 matmul %329 + add %330 + tanh %331 (models/simple_rnn.ts:8:5)
//   #133 p133 [7,8] 1x1x1 slice %332 (models/simple_rnn.ts:8:5)
//   #134 p134 [10,2,8,9] 2x1x1 matmul %334 + add %335 + tanh %336 (models/simple_rnn.ts:8:5)
//   #135 p135 [7,8] 1x1x1 slice %337 (models/simple_rnn.ts:8:5)
//   #136 p136 [9,2,8,10] 2x1x1 matmul %339 + add %340 + tanh %341 (models/simple_rnn.ts:8:5)
//   #137 p137 [7,8] 1x1x1 slice %342 (models/simple_rnn.ts:8:5)
//   #138 p138 [10,2,8,9] 2x1x1 matmul %344 + add %345 + tanh %346 (models/simple_rnn.ts:8:5)
//   #139 p139 [7,8] 1x1x1 slice %347 (models/simple_rnn.ts:8:5)
//   #140 p140 [9,2,8,10] 2x1x1 matmul %349 + add %350 + tanh %351 (models/simple_rnn.ts:8:5)
//   #141 p141 [7,8] 1x1x1 slice %352 (models/simple_rnn.ts:8:5)
//   #142 p142 [10,2,8,9] 2x1x1 matmul %354 + add %355 + tanh %356 (models/simple_rnn.ts:8:5)
//   #143 p143 [7,8] 1x1x1 slice %357 (models/simple_rnn.ts:8:5)
//   #144 p144 [9,2,8,10] 2x1x1 matmul %359 + add %360 + tanh %361 (models/simple_rnn.ts:8:5)
//   #145 p145 [7,8] 1x1x1 slice %362 (models/simple_rnn.ts:8:5)
//   #146 p146 [10,2,8,9] 2x1x1 matmul %364 + add %365 + tanh %366 (models/simple_rnn.ts:8:5)
//   #147 p147 [7,8] 1x1x1 slice %367 (models/simple_rnn.ts:8:5)
//   #148 p148 [9,2,8,10] 2x1x1 matmul %369 + add %370 + tanh %371 (models/simple_rnn.ts:8:5)
//   #149 p149 [7,8] 1x1x1 slice %372 (models/simple_rnn.ts:8:5)
//   #150 p150 [10,2,8,9] 2x1x1 matmul %374 + add %375 + tanh %376 (models/simple_rnn.ts:8:5)
//   #151 p151 [7,8] 1x1x1 slice %377 (models/simple_rnn.ts:8:5)
//   #152 p152 [9,2,8,10] 2x1x1 matmul %379 + add %380 + tanh %381 (models/simple_rnn.ts:8:5)
//   #153 p153 [7,8] 1x1x1 slice %382 (models/simple_rnn.ts:8:5)
//   #154 p154 [10,2,8,9] 2x1x1 matmul %384 + add %385 + tanh %386 (models/simple_rnn.ts:8:5)
//   #155 p155 [7,8] 1x1x1 slice %387 (models/simple_rnn.ts:8:5)
//   #156 p156 [9,2,8,10] 2x1x1 matmul %389 + add %390 + tanh %391 (models/simple_rnn.ts:8:5)
//   #157 p157 [7,8] 1x1x1 slice %392 (models/simple_rnn.ts:8:5)
//   #158 p158 [10,2,8,9] 2x1x1 matmul %394 + add %395 + tanh %396 (models/simple_rnn.ts:8:5)
//   #159 p159 [7,8] 1x1x1 slice %397 (models/simple_rnn.ts:8:5)
//   #160 p160 [9,2,8,10] 2x1x1 matmul %399 + add %400 + tanh %401 (models/simple_rnn.ts:8:5)
//   #161 p161 [7,8] 1x1x1 slice %402 (models/simple_rnn.ts:8:5)
//   #162 p162 [10,2,8,9] 2x1x1 matmul %404 + add %405 + tanh %406 (models/simple_rnn.ts:8:5)
//   #163 p163 [7,8] 1x1x1 slice %407 (models/simple_rnn.ts:8:5)
//   #164 p164 [9,2,8,10] 2x1x1 matmul %409 + add %410 + tanh %411 (models/simple_rnn.ts:8:5)
//   #165 p165 [7,8] 1x1x1 slice %412 (models/simple_rnn.ts:8:5)
//   #166 p166 [10,2,8,9] 2x1x1 matmul %414 + add %415 + tanh %416 (models/simple_rnn.ts:8:5)
//   #167 p167 [7,8] 1x1x1 slice %417 (models/simple_rnn.ts:8:5)
//   #168 p168 [9,2,8,10] 2x1x1 matmul %419 + add %420 + tanh %421 (models/simple_rnn.ts:8:5)
//   #169 p169 [7,8] 1x1x1 slice %422 (models/simple_rnn.ts:8:5)
//   #170 p170 [10,2,8,9] 2x1x1 matmul %424 + add %425 + tanh %426 (models/simple_rnn.ts:8:5)
//   #171 p171 [7,8] 1x1x1 slice %427 (models/simple_rnn.ts:8:5)
//   #172 p172 [9,2,8,10] 2x1x1 matmul %429 + add %430 + tanh %431 (models/simple_rnn.ts:8:5)
//   #173 p173 [7,8] 1x1x1 slice %432 (models/simple_rnn.ts:8:5)
//   #174 p174 [10,2,8,9] 2x1x1 matmul %434 + add %435 + tanh %436 (models/simple_rnn.ts:8:5)
//   #175 p175 [7,8] 1x1x1 slice %437 (models/simple_rnn.ts:8:5)
//   #176 p176 [9,2,8,10] 2x1x1 matmul %439 + add %440 + tanh %441 (models/simple_rnn.ts:8:5)
//   #177 p177 [7,8] 1x1x1 slice %442 (models/simple_rnn.ts:8:5)
//   #178 p178 [10,2,8,9] 2x1x1 matmul %444 + add %445 + tanh %446 (models/simple_rnn.ts:8:5)
//   #179 p179 [7,8] 1x1x1 slice %447 (models/simple_rnn.ts:8:5)
//   #180 p180 [9,2,8,10] 2x1x1 matmul %449 + add %450 + tanh %451 (models/simple_rnn.ts:8:5)
//   #181 p181 [7,8] 1x1x1 slice %452 (models/simple_rnn.ts:8:5)
//   #182 p182 [10,2,8,9] 2x1x1 matmul %454 + add %455 + tanh %456 (models/simple_rnn.ts:8:5)
//   #183 p183 [7,8] 1x1x1 slice %457 (models/simple_rnn.ts:8:5)
//   #184 p184 [9,2,8,10] 2x1x1 matmul %459 + add %460 + tanh %461 (models/simple_rnn.ts:8:5)
//   #185 p185 [7,8] 1x1x1 slice %462 (models/simple_rnn.ts:8:5)
//   #186 p186 [10,2,8,9] 2x1x1 matmul %464 + add %465 + tanh %466 (models/simple_rnn.ts:8:5)
//   #187 p187 [7,8] 1x1x1 slice %467 (models/simple_rnn.ts:8:5)
//   #188 p188 [9,2,8,10] 2x1x1 matmul %469 + add %470 + tanh %471 (models/simple_rnn.ts:8:5)
//   #189 p189 [7,8] 1x1x1 slice %472 (models/simple_rnn.ts:8:5)
//   #190 p190 [10,2,8,9] 2x1x1 matmul %474 + add %475 + tanh %476 (models/simple_rnn.ts:8:5)
//   #191 p191 [7,8] 1x1x1 slice %477 (models/simple_rnn.ts:8:5)
//   #192 p192 [9,2,8,10] 2x1x1 matmul %479 + add %480 + tanh %481 (models/simple_rnn.ts:8:5)
//   #193 p193 [7,8] 1x1x1 slice %482 (models/simple_rnn.ts:8:5)
//   #194 p194 [10,2,8,9] 2x1x1 matmul %484 + add %485 + tanh %486 (models/simple_rnn.ts:8:5)
//   #195 p195 [7,8] 1x1x1 slice %487 (models/simple_rnn.ts:8:5)
//   #196 p196 [9,2,8,10] 2x1x1 matmul %489 + add %490 + tanh %491 (models/simple_rnn.ts:8:5)
//   #197 p197 [7,8] 1x1x1 slice %492 (models/simple_rnn.ts:8:5)
//   #198 p198 [10,2,8,9] 2x1x1 matmul %494 + add %495 + tanh %496 (models/simple_rnn.ts:8:5)
//   #199 p199 [7,8] 1x1x1 slice %497 (models/simple_rnn.ts:8:5)
//   #200 p200 [9,2,8,10] 2x1x1 matmul %499 + add %500 + tanh %501 (models/simple_rnn.ts:8:5)
//   #201 p201 [10,4,5,6] 1x1x1 matmul %502 + add %503 (models/simple_rnn.ts:9:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %1 + add %2 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 32u;
  let x3 = in2[c1];
  let v6 = (acc + x3);
  out0[i] = v6;
}
var<workgroup> As: array<f32, 272>;
var<workgroup> Bs: array<f32, 272>;
@compute @workgroup_size(16, 16)
fn main(@builtin(workgroup_id) wid: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let g = wid.x;
  if (g >= 14u) { return; }
  let tx = lid.x;
  let ty = lid.y;
  let lane = ty * 16u + tx;
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 7u) * 16u;
  let bi = g / 14u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 3200u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 1u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 100u && gk < 1u) { v = in0[ao + gr + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 32u && gk < 1u) { v = in1[bo + gr + gk * 32u]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 100u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: slice %4 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u)];
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: tanh %6 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read_write> out0: array<f32>;
fn dlc_tanh(x: f32) -> f32 {
  let a = abs(x);
  if (a < 0.25) {
    let x2 = x * x;
    return x * (1.0 + x2 * (-0.33333333 + x2 * (0.13333333 + x2 * (-0.053968254 + x2 * 0.021869488))));
  }
  let z = exp(-2.0 * a);
  return sign(x) * ((1.0 - z) / (1.0 + z));
}
fn dlc_mid(i: u32) {
  let x9 = in0[i];
  let v10 = dlc_tanh(x9);
  out0[i] = v10;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  dlc_mid(i);
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %7 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 32u];
}

// ---- pipeline 4 (read, read, read, read_write)
// dlc kernel: matmul %9 + add %10 + tanh %11 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x12 = in2[i];
  let v14 = (x12 + acc);
  let v15 = dlc_tanh(v14);
  out0[i] = v15;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 5 (read, read_write)
// dlc kernel: slice %12 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 64u];
}

// ---- pipeline 6 (read, read, read, read_write)
// dlc kernel: matmul %14 + add %15 + tanh %16 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x17 = in2[i];
  let v19 = (x17 + acc);
  let v20 = dlc_tanh(v19);
  out0[i] = v20;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 7 (read, read_write)
// dlc kernel: slice %17 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 96u];
}

// ---- pipeline 8 (read, read, read, read_write)
// dlc kernel: matmul %19 + add %20 + tanh %21 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x22 = in2[i];
  let v24 = (x22 + acc);
  let v25 = dlc_tanh(v24);
  out0[i] = v25;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 9 (read, read_write)
// dlc kernel: slice %22 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 128u];
}

// ---- pipeline 10 (read, read, read, read_write)
// dlc kernel: matmul %24 + add %25 + tanh %26 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x27 = in2[i];
  let v29 = (x27 + acc);
  let v30 = dlc_tanh(v29);
  out0[i] = v30;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %27 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 160u];
}

// ---- pipeline 12 (read, read, read, read_write)
// dlc kernel: matmul %29 + add %30 + tanh %31 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x32 = in2[i];
  let v34 = (x32 + acc);
  let v35 = dlc_tanh(v34);
  out0[i] = v35;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %32 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 192u];
}

// ---- pipeline 14 (read, read, read, read_write)
// dlc kernel: matmul %34 + add %35 + tanh %36 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x37 = in2[i];
  let v39 = (x37 + acc);
  let v40 = dlc_tanh(v39);
  out0[i] = v40;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: slice %37 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 224u];
}

// ---- pipeline 16 (read, read, read, read_write)
// dlc kernel: matmul %39 + add %40 + tanh %41 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x42 = in2[i];
  let v44 = (x42 + acc);
  let v45 = dlc_tanh(v44);
  out0[i] = v45;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 17 (read, read_write)
// dlc kernel: slice %42 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 256u];
}

// ---- pipeline 18 (read, read, read, read_write)
// dlc kernel: matmul %44 + add %45 + tanh %46 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x47 = in2[i];
  let v49 = (x47 + acc);
  let v50 = dlc_tanh(v49);
  out0[i] = v50;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: slice %47 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 288u];
}

// ---- pipeline 20 (read, read, read, read_write)
// dlc kernel: matmul %49 + add %50 + tanh %51 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x52 = in2[i];
  let v54 = (x52 + acc);
  let v55 = dlc_tanh(v54);
  out0[i] = v55;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: slice %52 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 320u];
}

// ---- pipeline 22 (read, read, read, read_write)
// dlc kernel: matmul %54 + add %55 + tanh %56 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x57 = in2[i];
  let v59 = (x57 + acc);
  let v60 = dlc_tanh(v59);
  out0[i] = v60;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: slice %57 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 352u];
}

// ---- pipeline 24 (read, read, read, read_write)
// dlc kernel: matmul %59 + add %60 + tanh %61 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x62 = in2[i];
  let v64 = (x62 + acc);
  let v65 = dlc_tanh(v64);
  out0[i] = v65;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: slice %62 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 384u];
}

// ---- pipeline 26 (read, read, read, read_write)
// dlc kernel: matmul %64 + add %65 + tanh %66 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x67 = in2[i];
  let v69 = (x67 + acc);
  let v70 = dlc_tanh(v69);
  out0[i] = v70;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: slice %67 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 416u];
}

// ---- pipeline 28 (read, read, read, read_write)
// dlc kernel: matmul %69 + add %70 + tanh %71 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x72 = in2[i];
  let v74 = (x72 + acc);
  let v75 = dlc_tanh(v74);
  out0[i] = v75;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: slice %72 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 448u];
}

// ---- pipeline 30 (read, read, read, read_write)
// dlc kernel: matmul %74 + add %75 + tanh %76 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x77 = in2[i];
  let v79 = (x77 + acc);
  let v80 = dlc_tanh(v79);
  out0[i] = v80;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: slice %77 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 480u];
}

// ---- pipeline 32 (read, read, read, read_write)
// dlc kernel: matmul %79 + add %80 + tanh %81 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x82 = in2[i];
  let v84 = (x82 + acc);
  let v85 = dlc_tanh(v84);
  out0[i] = v85;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 33 (read, read_write)
// dlc kernel: slice %82 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 512u];
}

// ---- pipeline 34 (read, read, read, read_write)
// dlc kernel: matmul %84 + add %85 + tanh %86 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x87 = in2[i];
  let v89 = (x87 + acc);
  let v90 = dlc_tanh(v89);
  out0[i] = v90;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 35 (read, read_write)
// dlc kernel: slice %87 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 544u];
}

// ---- pipeline 36 (read, read, read, read_write)
// dlc kernel: matmul %89 + add %90 + tanh %91 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x92 = in2[i];
  let v94 = (x92 + acc);
  let v95 = dlc_tanh(v94);
  out0[i] = v95;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 37 (read, read_write)
// dlc kernel: slice %92 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 576u];
}

// ---- pipeline 38 (read, read, read, read_write)
// dlc kernel: matmul %94 + add %95 + tanh %96 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x97 = in2[i];
  let v99 = (x97 + acc);
  let v100 = dlc_tanh(v99);
  out0[i] = v100;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 39 (read, read_write)
// dlc kernel: slice %97 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 608u];
}

// ---- pipeline 40 (read, read, read, read_write)
// dlc kernel: matmul %99 + add %100 + tanh %101 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x102 = in2[i];
  let v104 = (x102 + acc);
  let v105 = dlc_tanh(v104);
  out0[i] = v105;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 41 (read, read_write)
// dlc kernel: slice %102 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 640u];
}

// ---- pipeline 42 (read, read, read, read_write)
// dlc kernel: matmul %104 + add %105 + tanh %106 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x107 = in2[i];
  let v109 = (x107 + acc);
  let v110 = dlc_tanh(v109);
  out0[i] = v110;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 43 (read, read_write)
// dlc kernel: slice %107 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 672u];
}

// ---- pipeline 44 (read, read, read, read_write)
// dlc kernel: matmul %109 + add %110 + tanh %111 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x112 = in2[i];
  let v114 = (x112 + acc);
  let v115 = dlc_tanh(v114);
  out0[i] = v115;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 45 (read, read_write)
// dlc kernel: slice %112 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 704u];
}

// ---- pipeline 46 (read, read, read, read_write)
// dlc kernel: matmul %114 + add %115 + tanh %116 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x117 = in2[i];
  let v119 = (x117 + acc);
  let v120 = dlc_tanh(v119);
  out0[i] = v120;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 47 (read, read_write)
// dlc kernel: slice %117 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 736u];
}

// ---- pipeline 48 (read, read, read, read_write)
// dlc kernel: matmul %119 + add %120 + tanh %121 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x122 = in2[i];
  let v124 = (x122 + acc);
  let v125 = dlc_tanh(v124);
  out0[i] = v125;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 49 (read, read_write)
// dlc kernel: slice %122 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 768u];
}

// ---- pipeline 50 (read, read, read, read_write)
// dlc kernel: matmul %124 + add %125 + tanh %126 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x127 = in2[i];
  let v129 = (x127 + acc);
  let v130 = dlc_tanh(v129);
  out0[i] = v130;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 51 (read, read_write)
// dlc kernel: slice %127 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 800u];
}

// ---- pipeline 52 (read, read, read, read_write)
// dlc kernel: matmul %129 + add %130 + tanh %131 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x132 = in2[i];
  let v134 = (x132 + acc);
  let v135 = dlc_tanh(v134);
  out0[i] = v135;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 53 (read, read_write)
// dlc kernel: slice %132 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 832u];
}

// ---- pipeline 54 (read, read, read, read_write)
// dlc kernel: matmul %134 + add %135 + tanh %136 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x137 = in2[i];
  let v139 = (x137 + acc);
  let v140 = dlc_tanh(v139);
  out0[i] = v140;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 55 (read, read_write)
// dlc kernel: slice %137 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 864u];
}

// ---- pipeline 56 (read, read, read, read_write)
// dlc kernel: matmul %139 + add %140 + tanh %141 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x142 = in2[i];
  let v144 = (x142 + acc);
  let v145 = dlc_tanh(v144);
  out0[i] = v145;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 57 (read, read_write)
// dlc kernel: slice %142 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 896u];
}

// ---- pipeline 58 (read, read, read, read_write)
// dlc kernel: matmul %144 + add %145 + tanh %146 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x147 = in2[i];
  let v149 = (x147 + acc);
  let v150 = dlc_tanh(v149);
  out0[i] = v150;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 59 (read, read_write)
// dlc kernel: slice %147 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 928u];
}

// ---- pipeline 60 (read, read, read, read_write)
// dlc kernel: matmul %149 + add %150 + tanh %151 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x152 = in2[i];
  let v154 = (x152 + acc);
  let v155 = dlc_tanh(v154);
  out0[i] = v155;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 61 (read, read_write)
// dlc kernel: slice %152 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 960u];
}

// ---- pipeline 62 (read, read, read, read_write)
// dlc kernel: matmul %154 + add %155 + tanh %156 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x157 = in2[i];
  let v159 = (x157 + acc);
  let v160 = dlc_tanh(v159);
  out0[i] = v160;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 63 (read, read_write)
// dlc kernel: slice %157 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 992u];
}

// ---- pipeline 64 (read, read, read, read_write)
// dlc kernel: matmul %159 + add %160 + tanh %161 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x162 = in2[i];
  let v164 = (x162 + acc);
  let v165 = dlc_tanh(v164);
  out0[i] = v165;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 65 (read, read_write)
// dlc kernel: slice %162 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1024u];
}

// ---- pipeline 66 (read, read, read, read_write)
// dlc kernel: matmul %164 + add %165 + tanh %166 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x167 = in2[i];
  let v169 = (x167 + acc);
  let v170 = dlc_tanh(v169);
  out0[i] = v170;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 67 (read, read_write)
// dlc kernel: slice %167 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1056u];
}

// ---- pipeline 68 (read, read, read, read_write)
// dlc kernel: matmul %169 + add %170 + tanh %171 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x172 = in2[i];
  let v174 = (x172 + acc);
  let v175 = dlc_tanh(v174);
  out0[i] = v175;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 69 (read, read_write)
// dlc kernel: slice %172 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1088u];
}

// ---- pipeline 70 (read, read, read, read_write)
// dlc kernel: matmul %174 + add %175 + tanh %176 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x177 = in2[i];
  let v179 = (x177 + acc);
  let v180 = dlc_tanh(v179);
  out0[i] = v180;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 71 (read, read_write)
// dlc kernel: slice %177 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1120u];
}

// ---- pipeline 72 (read, read, read, read_write)
// dlc kernel: matmul %179 + add %180 + tanh %181 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x182 = in2[i];
  let v184 = (x182 + acc);
  let v185 = dlc_tanh(v184);
  out0[i] = v185;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 73 (read, read_write)
// dlc kernel: slice %182 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1152u];
}

// ---- pipeline 74 (read, read, read, read_write)
// dlc kernel: matmul %184 + add %185 + tanh %186 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x187 = in2[i];
  let v189 = (x187 + acc);
  let v190 = dlc_tanh(v189);
  out0[i] = v190;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 75 (read, read_write)
// dlc kernel: slice %187 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1184u];
}

// ---- pipeline 76 (read, read, read, read_write)
// dlc kernel: matmul %189 + add %190 + tanh %191 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x192 = in2[i];
  let v194 = (x192 + acc);
  let v195 = dlc_tanh(v194);
  out0[i] = v195;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 77 (read, read_write)
// dlc kernel: slice %192 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1216u];
}

// ---- pipeline 78 (read, read, read, read_write)
// dlc kernel: matmul %194 + add %195 + tanh %196 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x197 = in2[i];
  let v199 = (x197 + acc);
  let v200 = dlc_tanh(v199);
  out0[i] = v200;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 79 (read, read_write)
// dlc kernel: slice %197 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1248u];
}

// ---- pipeline 80 (read, read, read, read_write)
// dlc kernel: matmul %199 + add %200 + tanh %201 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x202 = in2[i];
  let v204 = (x202 + acc);
  let v205 = dlc_tanh(v204);
  out0[i] = v205;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 81 (read, read_write)
// dlc kernel: slice %202 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1280u];
}

// ---- pipeline 82 (read, read, read, read_write)
// dlc kernel: matmul %204 + add %205 + tanh %206 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x207 = in2[i];
  let v209 = (x207 + acc);
  let v210 = dlc_tanh(v209);
  out0[i] = v210;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 83 (read, read_write)
// dlc kernel: slice %207 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1312u];
}

// ---- pipeline 84 (read, read, read, read_write)
// dlc kernel: matmul %209 + add %210 + tanh %211 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x212 = in2[i];
  let v214 = (x212 + acc);
  let v215 = dlc_tanh(v214);
  out0[i] = v215;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 85 (read, read_write)
// dlc kernel: slice %212 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1344u];
}

// ---- pipeline 86 (read, read, read, read_write)
// dlc kernel: matmul %214 + add %215 + tanh %216 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x217 = in2[i];
  let v219 = (x217 + acc);
  let v220 = dlc_tanh(v219);
  out0[i] = v220;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 87 (read, read_write)
// dlc kernel: slice %217 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1376u];
}

// ---- pipeline 88 (read, read, read, read_write)
// dlc kernel: matmul %219 + add %220 + tanh %221 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x222 = in2[i];
  let v224 = (x222 + acc);
  let v225 = dlc_tanh(v224);
  out0[i] = v225;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 89 (read, read_write)
// dlc kernel: slice %222 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1408u];
}

// ---- pipeline 90 (read, read, read, read_write)
// dlc kernel: matmul %224 + add %225 + tanh %226 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x227 = in2[i];
  let v229 = (x227 + acc);
  let v230 = dlc_tanh(v229);
  out0[i] = v230;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 91 (read, read_write)
// dlc kernel: slice %227 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1440u];
}

// ---- pipeline 92 (read, read, read, read_write)
// dlc kernel: matmul %229 + add %230 + tanh %231 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x232 = in2[i];
  let v234 = (x232 + acc);
  let v235 = dlc_tanh(v234);
  out0[i] = v235;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 93 (read, read_write)
// dlc kernel: slice %232 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1472u];
}

// ---- pipeline 94 (read, read, read, read_write)
// dlc kernel: matmul %234 + add %235 + tanh %236 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x237 = in2[i];
  let v239 = (x237 + acc);
  let v240 = dlc_tanh(v239);
  out0[i] = v240;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 95 (read, read_write)
// dlc kernel: slice %237 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1504u];
}

// ---- pipeline 96 (read, read, read, read_write)
// dlc kernel: matmul %239 + add %240 + tanh %241 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x242 = in2[i];
  let v244 = (x242 + acc);
  let v245 = dlc_tanh(v244);
  out0[i] = v245;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 97 (read, read_write)
// dlc kernel: slice %242 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1536u];
}

// ---- pipeline 98 (read, read, read, read_write)
// dlc kernel: matmul %244 + add %245 + tanh %246 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x247 = in2[i];
  let v249 = (x247 + acc);
  let v250 = dlc_tanh(v249);
  out0[i] = v250;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 99 (read, read_write)
// dlc kernel: slice %247 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1568u];
}

// ---- pipeline 100 (read, read, read, read_write)
// dlc kernel: matmul %249 + add %250 + tanh %251 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x252 = in2[i];
  let v254 = (x252 + acc);
  let v255 = dlc_tanh(v254);
  out0[i] = v255;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 101 (read, read_write)
// dlc kernel: slice %252 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1600u];
}

// ---- pipeline 102 (read, read, read, read_write)
// dlc kernel: matmul %254 + add %255 + tanh %256 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x257 = in2[i];
  let v259 = (x257 + acc);
  let v260 = dlc_tanh(v259);
  out0[i] = v260;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 103 (read, read_write)
// dlc kernel: slice %257 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1632u];
}

// ---- pipeline 104 (read, read, read, read_write)
// dlc kernel: matmul %259 + add %260 + tanh %261 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x262 = in2[i];
  let v264 = (x262 + acc);
  let v265 = dlc_tanh(v264);
  out0[i] = v265;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 105 (read, read_write)
// dlc kernel: slice %262 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1664u];
}

// ---- pipeline 106 (read, read, read, read_write)
// dlc kernel: matmul %264 + add %265 + tanh %266 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x267 = in2[i];
  let v269 = (x267 + acc);
  let v270 = dlc_tanh(v269);
  out0[i] = v270;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 107 (read, read_write)
// dlc kernel: slice %267 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1696u];
}

// ---- pipeline 108 (read, read, read, read_write)
// dlc kernel: matmul %269 + add %270 + tanh %271 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x272 = in2[i];
  let v274 = (x272 + acc);
  let v275 = dlc_tanh(v274);
  out0[i] = v275;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 109 (read, read_write)
// dlc kernel: slice %272 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1728u];
}

// ---- pipeline 110 (read, read, read, read_write)
// dlc kernel: matmul %274 + add %275 + tanh %276 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x277 = in2[i];
  let v279 = (x277 + acc);
  let v280 = dlc_tanh(v279);
  out0[i] = v280;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 111 (read, read_write)
// dlc kernel: slice %277 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1760u];
}

// ---- pipeline 112 (read, read, read, read_write)
// dlc kernel: matmul %279 + add %280 + tanh %281 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x282 = in2[i];
  let v284 = (x282 + acc);
  let v285 = dlc_tanh(v284);
  out0[i] = v285;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 113 (read, read_write)
// dlc kernel: slice %282 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1792u];
}

// ---- pipeline 114 (read, read, read, read_write)
// dlc kernel: matmul %284 + add %285 + tanh %286 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x287 = in2[i];
  let v289 = (x287 + acc);
  let v290 = dlc_tanh(v289);
  out0[i] = v290;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 115 (read, read_write)
// dlc kernel: slice %287 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1824u];
}

// ---- pipeline 116 (read, read, read, read_write)
// dlc kernel: matmul %289 + add %290 + tanh %291 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x292 = in2[i];
  let v294 = (x292 + acc);
  let v295 = dlc_tanh(v294);
  out0[i] = v295;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 117 (read, read_write)
// dlc kernel: slice %292 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1856u];
}

// ---- pipeline 118 (read, read, read, read_write)
// dlc kernel: matmul %294 + add %295 + tanh %296 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x297 = in2[i];
  let v299 = (x297 + acc);
  let v300 = dlc_tanh(v299);
  out0[i] = v300;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 119 (read, read_write)
// dlc kernel: slice %297 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1888u];
}

// ---- pipeline 120 (read, read, read, read_write)
// dlc kernel: matmul %299 + add %300 + tanh %301 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x302 = in2[i];
  let v304 = (x302 + acc);
  let v305 = dlc_tanh(v304);
  out0[i] = v305;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 121 (read, read_write)
// dlc kernel: slice %302 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1920u];
}

// ---- pipeline 122 (read, read, read, read_write)
// dlc kernel: matmul %304 + add %305 + tanh %306 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x307 = in2[i];
  let v309 = (x307 + acc);
  let v310 = dlc_tanh(v309);
  out0[i] = v310;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 123 (read, read_write)
// dlc kernel: slice %307 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1952u];
}

// ---- pipeline 124 (read, read, read, read_write)
// dlc kernel: matmul %309 + add %310 + tanh %311 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x312 = in2[i];
  let v314 = (x312 + acc);
  let v315 = dlc_tanh(v314);
  out0[i] = v315;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 125 (read, read_write)
// dlc kernel: slice %312 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 1984u];
}

// ---- pipeline 126 (read, read, read, read_write)
// dlc kernel: matmul %314 + add %315 + tanh %316 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x317 = in2[i];
  let v319 = (x317 + acc);
  let v320 = dlc_tanh(v319);
  out0[i] = v320;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 127 (read, read_write)
// dlc kernel: slice %317 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2016u];
}

// ---- pipeline 128 (read, read, read, read_write)
// dlc kernel: matmul %319 + add %320 + tanh %321 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x322 = in2[i];
  let v324 = (x322 + acc);
  let v325 = dlc_tanh(v324);
  out0[i] = v325;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 129 (read, read_write)
// dlc kernel: slice %322 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2048u];
}

// ---- pipeline 130 (read, read, read, read_write)
// dlc kernel: matmul %324 + add %325 + tanh %326 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x327 = in2[i];
  let v329 = (x327 + acc);
  let v330 = dlc_tanh(v329);
  out0[i] = v330;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 131 (read, read_write)
// dlc kernel: slice %327 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2080u];
}

// ---- pipeline 132 (read, read, read, read_write)
// dlc kernel: matmul %329 + add %330 + tanh %331 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x332 = in2[i];
  let v334 = (x332 + acc);
  let v335 = dlc_tanh(v334);
  out0[i] = v335;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 133 (read, read_write)
// dlc kernel: slice %332 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2112u];
}

// ---- pipeline 134 (read, read, read, read_write)
// dlc kernel: matmul %334 + add %335 + tanh %336 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x337 = in2[i];
  let v339 = (x337 + acc);
  let v340 = dlc_tanh(v339);
  out0[i] = v340;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 135 (read, read_write)
// dlc kernel: slice %337 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2144u];
}

// ---- pipeline 136 (read, read, read, read_write)
// dlc kernel: matmul %339 + add %340 + tanh %341 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x342 = in2[i];
  let v344 = (x342 + acc);
  let v345 = dlc_tanh(v344);
  out0[i] = v345;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 137 (read, read_write)
// dlc kernel: slice %342 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2176u];
}

// ---- pipeline 138 (read, read, read, read_write)
// dlc kernel: matmul %344 + add %345 + tanh %346 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x347 = in2[i];
  let v349 = (x347 + acc);
  let v350 = dlc_tanh(v349);
  out0[i] = v350;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 139 (read, read_write)
// dlc kernel: slice %347 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2208u];
}

// ---- pipeline 140 (read, read, read, read_write)
// dlc kernel: matmul %349 + add %350 + tanh %351 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x352 = in2[i];
  let v354 = (x352 + acc);
  let v355 = dlc_tanh(v354);
  out0[i] = v355;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 141 (read, read_write)
// dlc kernel: slice %352 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2240u];
}

// ---- pipeline 142 (read, read, read, read_write)
// dlc kernel: matmul %354 + add %355 + tanh %356 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x357 = in2[i];
  let v359 = (x357 + acc);
  let v360 = dlc_tanh(v359);
  out0[i] = v360;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 143 (read, read_write)
// dlc kernel: slice %357 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2272u];
}

// ---- pipeline 144 (read, read, read, read_write)
// dlc kernel: matmul %359 + add %360 + tanh %361 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x362 = in2[i];
  let v364 = (x362 + acc);
  let v365 = dlc_tanh(v364);
  out0[i] = v365;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 145 (read, read_write)
// dlc kernel: slice %362 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2304u];
}

// ---- pipeline 146 (read, read, read, read_write)
// dlc kernel: matmul %364 + add %365 + tanh %366 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x367 = in2[i];
  let v369 = (x367 + acc);
  let v370 = dlc_tanh(v369);
  out0[i] = v370;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 147 (read, read_write)
// dlc kernel: slice %367 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2336u];
}

// ---- pipeline 148 (read, read, read, read_write)
// dlc kernel: matmul %369 + add %370 + tanh %371 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x372 = in2[i];
  let v374 = (x372 + acc);
  let v375 = dlc_tanh(v374);
  out0[i] = v375;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 149 (read, read_write)
// dlc kernel: slice %372 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2368u];
}

// ---- pipeline 150 (read, read, read, read_write)
// dlc kernel: matmul %374 + add %375 + tanh %376 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x377 = in2[i];
  let v379 = (x377 + acc);
  let v380 = dlc_tanh(v379);
  out0[i] = v380;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 151 (read, read_write)
// dlc kernel: slice %377 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2400u];
}

// ---- pipeline 152 (read, read, read, read_write)
// dlc kernel: matmul %379 + add %380 + tanh %381 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x382 = in2[i];
  let v384 = (x382 + acc);
  let v385 = dlc_tanh(v384);
  out0[i] = v385;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 153 (read, read_write)
// dlc kernel: slice %382 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2432u];
}

// ---- pipeline 154 (read, read, read, read_write)
// dlc kernel: matmul %384 + add %385 + tanh %386 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x387 = in2[i];
  let v389 = (x387 + acc);
  let v390 = dlc_tanh(v389);
  out0[i] = v390;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 155 (read, read_write)
// dlc kernel: slice %387 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2464u];
}

// ---- pipeline 156 (read, read, read, read_write)
// dlc kernel: matmul %389 + add %390 + tanh %391 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x392 = in2[i];
  let v394 = (x392 + acc);
  let v395 = dlc_tanh(v394);
  out0[i] = v395;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 157 (read, read_write)
// dlc kernel: slice %392 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2496u];
}

// ---- pipeline 158 (read, read, read, read_write)
// dlc kernel: matmul %394 + add %395 + tanh %396 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x397 = in2[i];
  let v399 = (x397 + acc);
  let v400 = dlc_tanh(v399);
  out0[i] = v400;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 159 (read, read_write)
// dlc kernel: slice %397 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2528u];
}

// ---- pipeline 160 (read, read, read, read_write)
// dlc kernel: matmul %399 + add %400 + tanh %401 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x402 = in2[i];
  let v404 = (x402 + acc);
  let v405 = dlc_tanh(v404);
  out0[i] = v405;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 161 (read, read_write)
// dlc kernel: slice %402 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2560u];
}

// ---- pipeline 162 (read, read, read, read_write)
// dlc kernel: matmul %404 + add %405 + tanh %406 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x407 = in2[i];
  let v409 = (x407 + acc);
  let v410 = dlc_tanh(v409);
  out0[i] = v410;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 163 (read, read_write)
// dlc kernel: slice %407 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2592u];
}

// ---- pipeline 164 (read, read, read, read_write)
// dlc kernel: matmul %409 + add %410 + tanh %411 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x412 = in2[i];
  let v414 = (x412 + acc);
  let v415 = dlc_tanh(v414);
  out0[i] = v415;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 165 (read, read_write)
// dlc kernel: slice %412 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2624u];
}

// ---- pipeline 166 (read, read, read, read_write)
// dlc kernel: matmul %414 + add %415 + tanh %416 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x417 = in2[i];
  let v419 = (x417 + acc);
  let v420 = dlc_tanh(v419);
  out0[i] = v420;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 167 (read, read_write)
// dlc kernel: slice %417 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2656u];
}

// ---- pipeline 168 (read, read, read, read_write)
// dlc kernel: matmul %419 + add %420 + tanh %421 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x422 = in2[i];
  let v424 = (x422 + acc);
  let v425 = dlc_tanh(v424);
  out0[i] = v425;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 169 (read, read_write)
// dlc kernel: slice %422 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2688u];
}

// ---- pipeline 170 (read, read, read, read_write)
// dlc kernel: matmul %424 + add %425 + tanh %426 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x427 = in2[i];
  let v429 = (x427 + acc);
  let v430 = dlc_tanh(v429);
  out0[i] = v430;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 171 (read, read_write)
// dlc kernel: slice %427 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2720u];
}

// ---- pipeline 172 (read, read, read, read_write)
// dlc kernel: matmul %429 + add %430 + tanh %431 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x432 = in2[i];
  let v434 = (x432 + acc);
  let v435 = dlc_tanh(v434);
  out0[i] = v435;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 173 (read, read_write)
// dlc kernel: slice %432 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2752u];
}

// ---- pipeline 174 (read, read, read, read_write)
// dlc kernel: matmul %434 + add %435 + tanh %436 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x437 = in2[i];
  let v439 = (x437 + acc);
  let v440 = dlc_tanh(v439);
  out0[i] = v440;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 175 (read, read_write)
// dlc kernel: slice %437 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2784u];
}

// ---- pipeline 176 (read, read, read, read_write)
// dlc kernel: matmul %439 + add %440 + tanh %441 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x442 = in2[i];
  let v444 = (x442 + acc);
  let v445 = dlc_tanh(v444);
  out0[i] = v445;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 177 (read, read_write)
// dlc kernel: slice %442 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2816u];
}

// ---- pipeline 178 (read, read, read, read_write)
// dlc kernel: matmul %444 + add %445 + tanh %446 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x447 = in2[i];
  let v449 = (x447 + acc);
  let v450 = dlc_tanh(v449);
  out0[i] = v450;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 179 (read, read_write)
// dlc kernel: slice %447 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2848u];
}

// ---- pipeline 180 (read, read, read, read_write)
// dlc kernel: matmul %449 + add %450 + tanh %451 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x452 = in2[i];
  let v454 = (x452 + acc);
  let v455 = dlc_tanh(v454);
  out0[i] = v455;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 181 (read, read_write)
// dlc kernel: slice %452 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2880u];
}

// ---- pipeline 182 (read, read, read, read_write)
// dlc kernel: matmul %454 + add %455 + tanh %456 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x457 = in2[i];
  let v459 = (x457 + acc);
  let v460 = dlc_tanh(v459);
  out0[i] = v460;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 183 (read, read_write)
// dlc kernel: slice %457 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2912u];
}

// ---- pipeline 184 (read, read, read, read_write)
// dlc kernel: matmul %459 + add %460 + tanh %461 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x462 = in2[i];
  let v464 = (x462 + acc);
  let v465 = dlc_tanh(v464);
  out0[i] = v465;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 185 (read, read_write)
// dlc kernel: slice %462 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2944u];
}

// ---- pipeline 186 (read, read, read, read_write)
// dlc kernel: matmul %464 + add %465 + tanh %466 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x467 = in2[i];
  let v469 = (x467 + acc);
  let v470 = dlc_tanh(v469);
  out0[i] = v470;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 187 (read, read_write)
// dlc kernel: slice %467 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 2976u];
}

// ---- pipeline 188 (read, read, read, read_write)
// dlc kernel: matmul %469 + add %470 + tanh %471 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x472 = in2[i];
  let v474 = (x472 + acc);
  let v475 = dlc_tanh(v474);
  out0[i] = v475;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 189 (read, read_write)
// dlc kernel: slice %472 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3008u];
}

// ---- pipeline 190 (read, read, read, read_write)
// dlc kernel: matmul %474 + add %475 + tanh %476 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x477 = in2[i];
  let v479 = (x477 + acc);
  let v480 = dlc_tanh(v479);
  out0[i] = v480;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 191 (read, read_write)
// dlc kernel: slice %477 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3040u];
}

// ---- pipeline 192 (read, read, read, read_write)
// dlc kernel: matmul %479 + add %480 + tanh %481 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x482 = in2[i];
  let v484 = (x482 + acc);
  let v485 = dlc_tanh(v484);
  out0[i] = v485;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 193 (read, read_write)
// dlc kernel: slice %482 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3072u];
}

// ---- pipeline 194 (read, read, read, read_write)
// dlc kernel: matmul %484 + add %485 + tanh %486 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x487 = in2[i];
  let v489 = (x487 + acc);
  let v490 = dlc_tanh(v489);
  out0[i] = v490;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 195 (read, read_write)
// dlc kernel: slice %487 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3104u];
}

// ---- pipeline 196 (read, read, read, read_write)
// dlc kernel: matmul %489 + add %490 + tanh %491 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x492 = in2[i];
  let v494 = (x492 + acc);
  let v495 = dlc_tanh(v494);
  out0[i] = v495;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 197 (read, read_write)
// dlc kernel: slice %492 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3136u];
}

// ---- pipeline 198 (read, read, read, read_write)
// dlc kernel: matmul %494 + add %495 + tanh %496 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x497 = in2[i];
  let v499 = (x497 + acc);
  let v500 = dlc_tanh(v499);
  out0[i] = v500;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 199 (read, read_write)
// dlc kernel: slice %497 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 32u) { return; }
  out[i] = x[(i % 32u) + 3168u];
}

// ---- pipeline 200 (read, read, read, read_write)
// dlc kernel: matmul %499 + add %500 + tanh %501 (models/simple_rnn.ts:8:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
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
  let x502 = in2[i];
  let v504 = (x502 + acc);
  let v505 = dlc_tanh(v504);
  out0[i] = v505;
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
  let col0 = (g % 2u) * 16u;
  let row0 = ((g / 2u) % 1u) * 16u;
  let bi = g / 2u;
  let ao = 0u;
  let bo = 0u;
  let yo = bi * 32u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 32u) { dlc_mid(yo + r * 32u + c, acc_0_0); } }
}

// ---- pipeline 201 (read, read, read, read_write)
// dlc kernel: matmul %502 + add %503 (models/simple_rnn.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x507 = in2[i];
  let v509 = (acc + x507);
  out0[i] = v509;
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
  let yo = bi * 1u;
  var acc_0_0 = 0.0;
  for (var k0 = 0u; k0 < 32u; k0 += 16u) {
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e / 16u; let kk = e % 16u;
      let gr = row0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in0[ao + gr * 32u + gk]; }
      As[kk * 17u + r] = v;
    }
    for (var l = 0u; l < 1u; l++) {
      let e = lane + l * 256u;
      let r = e % 16u; let kk = e / 16u;
      let gr = col0 + r; let gk = k0 + kk;
      var v = 0.0;
      if (gr < 1u && gk < 32u) { v = in1[bo + gr + gk]; }
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
  { let r = row0 + ty + 0u; let c = col0 + tx + 0u; if (r < 1u && c < 1u) { dlc_mid(yo + r * 1u + c, acc_0_0); } }
}
