// dispatches (pipeline, buffers, workgroups, ops):
//   #0 p0 [0,1,7,18] 2x1x1 matmul %1 + add %2 (models/gru_forecaster.ts:9:5)
//   #1 p1 [18,19] 1x1x1 slice %4 (models/gru_forecaster.ts:9:5)
//   #2 p2 [19,20] 1x1x1 slice %6 (models/gru_forecaster.ts:9:5)
//   #3 p3 [19,21] 1x1x1 slice %9 (models/gru_forecaster.ts:9:5)
//   #4 p4 [19,22] 1x1x1 slice %13 (models/gru_forecaster.ts:9:5)
//   #5 p5 [20,9,21,10,11,22,19] 1x1x1 add %7 + sigmoid %8 + add %10 + sigmoid %11 + mul %12 + add %14 + tanh %15 + sub %17 + mul %18 (models/gru_forecaster.ts:9:5)
//   #6 p6 [18,20] 1x1x1 slice %20 (models/gru_forecaster.ts:9:5)
//   #7 p7 [19,2,8,21] 2x1x1 matmul %22 + add %23 (models/gru_forecaster.ts:9:5)
//   #8 p2 [20,22] 1x1x1 slice %24 (models/gru_forecaster.ts:9:5)
//   #9 p2 [21,23] 1x1x1 slice %25 (models/gru_forecaster.ts:9:5)
//   #10 p8 [22,23,24] 1x1x1 add %26 + sigmoid %27 (models/gru_forecaster.ts:9:5)
//   #11 p3 [20,22] 1x1x1 slice %28 (models/gru_forecaster.ts:9:5)
//   #12 p3 [21,23] 1x1x1 slice %29 (models/gru_forecaster.ts:9:5)
//   #13 p4 [21,25] 1x1x1 slice %32 (models/gru_forecaster.ts:9:5)
//   #14 p4 [20,21] 1x1x1 slice %34 (models/gru_forecaster.ts:9:5)
//   #15 p9 [22,23,25,21,19,24,20] 1x1x1 add %30 + sigmoid %31 + mul %33 + add %35 + tanh %36 + sub %37 + mul %38 + add %39 (models/gru_forecaster.ts:9:5)
//   #16 p10 [18,21] 1x1x1 slice %41 (models/gru_forecaster.ts:9:5)
//   #17 p7 [20,2,8,22] 2x1x1 matmul %43 + add %44 (models/gru_forecaster.ts:9:5)
//   #18 p2 [21,23] 1x1x1 slice %45 (models/gru_forecaster.ts:9:5)
//   #19 p2 [22,24] 1x1x1 slice %46 (models/gru_forecaster.ts:9:5)
//   #20 p8 [23,24,25] 1x1x1 add %47 + sigmoid %48 (models/gru_forecaster.ts:9:5)
//   #21 p3 [21,23] 1x1x1 slice %49 (models/gru_forecaster.ts:9:5)
//   #22 p3 [22,24] 1x1x1 slice %50 (models/gru_forecaster.ts:9:5)
//   #23 p4 [22,26] 1x1x1 slice %53 (models/gru_forecaster.ts:9:5)
//   #24 p4 [21,22] 1x1x1 slice %55 (models/gru_forecaster.ts:9:5)
//   #25 p9 [23,24,26,22,20,25,21] 1x1x1 add %51 + sigmoid %52 + mul %54 + add %56 + tanh %57 + sub %58 + mul %59 + add %60 (models/gru_forecaster.ts:9:5)
//   #26 p11 [18,22] 1x1x1 slice %62 (models/gru_forecaster.ts:9:5)
//   #27 p7 [21,2,8,23] 2x1x1 matmul %64 + add %65 (models/gru_forecaster.ts:9:5)
//   #28 p2 [22,24] 1x1x1 slice %66 (models/gru_forecaster.ts:9:5)
//   #29 p2 [23,25] 1x1x1 slice %67 (models/gru_forecaster.ts:9:5)
//   #30 p8 [24,25,26] 1x1x1 add %68 + sigmoid %69 (models/gru_forecaster.ts:9:5)
//   #31 p3 [22,24] 1x1x1 slice %70 (models/gru_forecaster.ts:9:5)
//   #32 p3 [23,25] 1x1x1 slice %71 (models/gru_forecaster.ts:9:5)
//   #33 p4 [23,27] 1x1x1 slice %74 (models/gru_forecaster.ts:9:5)
//   #34 p4 [22,23] 1x1x1 slice %76 (models/gru_forecaster.ts:9:5)
//   #35 p9 [24,25,27,23,21,26,22] 1x1x1 add %72 + sigmoid %73 + mul %75 + add %77 + tanh %78 + sub %79 + mul %80 + add %81 (models/gru_forecaster.ts:9:5)
//   #36 p12 [18,23] 1x1x1 slice %83 (models/gru_forecaster.ts:9:5)
//   #37 p7 [22,2,8,24] 2x1x1 matmul %85 + add %86 (models/gru_forecaster.ts:9:5)
//   #38 p2 [23,25] 1x1x1 slice %87 (models/gru_forecaster.ts:9:5)
//   #39 p2 [24,26] 1x1x1 slice %88 (models/gru_forecaster.ts:9:5)
//   #40 p8 [25,26,27] 1x1x1 add %89 + sigmoid %90 (models/gru_forecaster.ts:9:5)
//   #41 p3 [23,25] 1x1x1 slice %91 (models/gru_forecaster.ts:9:5)
//   #42 p3 [24,26] 1x1x1 slice %92 (models/gru_forecaster.ts:9:5)
//   #43 p4 [24,28] 1x1x1 slice %95 (models/gru_forecaster.ts:9:5)
//   #44 p4 [23,24] 1x1x1 slice %97 (models/gru_forecaster.ts:9:5)
//   #45 p9 [25,26,28,24,22,27,23] 1x1x1 add %93 + sigmoid %94 + mul %96 + add %98 + tanh %99 + sub %100 + mul %101 + add %102 (models/gru_forecaster.ts:9:5)
//   #46 p13 [18,24] 1x1x1 slice %104 (models/gru_forecaster.ts:9:5)
//   #47 p7 [23,2,8,25] 2x1x1 matmul %106 + add %107 (models/gru_forecaster.ts:9:5)
//   #48 p2 [24,26] 1x1x1 slice %108 (models/gru_forecaster.ts:9:5)
//   #49 p2 [25,27] 1x1x1 slice %109 (models/gru_forecaster.ts:9:5)
//   #50 p8 [26,27,28] 1x1x1 add %110 + sigmoid %111 (models/gru_forecaster.ts:9:5)
//   #51 p3 [24,26] 1x1x1 slice %112 (models/gru_forecaster.ts:9:5)
//   #52 p3 [25,27] 1x1x1 slice %113 (models/gru_forecaster.ts:9:5)
//   #53 p4 [25,29] 1x1x1 slice %116 (models/gru_forecaster.ts:9:5)
//   #54 p4 [24,25] 1x1x1 slice %118 (models/gru_forecaster.ts:9:5)
//   #55 p9 [26,27,29,25,23,28,24] 1x1x1 add %114 + sigmoid %115 + mul %117 + add %119 + tanh %120 + sub %121 + mul %122 + add %123 (models/gru_forecaster.ts:9:5)
//   #56 p14 [18,25] 1x1x1 slice %125 (models/gru_forecaster.ts:9:5)
//   #57 p7 [24,2,8,26] 2x1x1 matmul %127 + add %128 (models/gru_forecaster.ts:9:5)
//   #58 p2 [25,27] 1x1x1 slice %129 (models/gru_forecaster.ts:9:5)
//   #59 p2 [26,28] 1x1x1 slice %130 (models/gru_forecaster.ts:9:5)
//   #60 p8 [27,28,29] 1x1x1 add %131 + sigmoid %132 (models/gru_forecaster.ts:9:5)
//   #61 p3 [25,27] 1x1x1 slice %133 (models/gru_forecaster.ts:9:5)
//   #62 p3 [26,28] 1x1x1 slice %134 (models/gru_forecaster.ts:9:5)
//   #63 p4 [26,30] 1x1x1 slice %137 (models/gru_forecaster.ts:9:5)
//   #64 p4 [25,26] 1x1x1 slice %139 (models/gru_forecaster.ts:9:5)
//   #65 p9 [27,28,30,26,24,29,25] 1x1x1 add %135 + sigmoid %136 + mul %138 + add %140 + tanh %141 + sub %142 + mul %143 + add %144 (models/gru_forecaster.ts:9:5)
//   #66 p15 [18,26] 1x1x1 slice %146 (models/gru_forecaster.ts:9:5)
//   #67 p7 [25,2,8,27] 2x1x1 matmul %148 + add %149 (models/gru_forecaster.ts:9:5)
//   #68 p2 [26,28] 1x1x1 slice %150 (models/gru_forecaster.ts:9:5)
//   #69 p2 [27,29] 1x1x1 slice %151 (models/gru_forecaster.ts:9:5)
//   #70 p8 [28,29,30] 1x1x1 add %152 + sigmoid %153 (models/gru_forecaster.ts:9:5)
//   #71 p3 [26,28] 1x1x1 slice %154 (models/gru_forecaster.ts:9:5)
//   #72 p3 [27,29] 1x1x1 slice %155 (models/gru_forecaster.ts:9:5)
//   #73 p4 [27,31] 1x1x1 slice %158 (models/gru_forecaster.ts:9:5)
//   #74 p4 [26,27] 1x1x1 slice %160 (models/gru_forecaster.ts:9:5)
//   #75 p9 [28,29,31,27,25,30,26] 1x1x1 add %156 + sigmoid %157 + mul %159 + add %161 + tanh %162 + sub %163 + mul %164 + add %165 (models/gru_forecaster.ts:9:5)
//   #76 p16 [18,27] 1x1x1 slice %167 (models/gru_forecaster.ts:9:5)
//   #77 p7 [26,2,8,28] 2x1x1 matmul %169 + add %170 (models/gru_forecaster.ts:9:5)
//   #78 p2 [27,29] 1x1x1 slice %171 (models/gru_forecaster.ts:9:5)
//   #79 p2 [28,30] 1x1x1 slice %172 (models/gru_forecaster.ts:9:5)
//   #80 p8 [29,30,31] 1x1x1 add %173 + sigmoid %174 (models/gru_forecaster.ts:9:5)
//   #81 p3 [27,29] 1x1x1 slice %175 (models/gru_forecaster.ts:9:5)
//   #82 p3 [28,30] 1x1x1 slice %176 (models/gru_forecaster.ts:9:5)
//   #83 p4 [28,32] 1x1x1 slice %179 (models/gru_forecaster.ts:9:5)
//   #84 p4 [27,28] 1x1x1 slice %181 (models/gru_forecaster.ts:9:5)
//   #85 p9 [29,30,32,28,26,31,27] 1x1x1 add %177 + sigmoid %178 + mul %180 + add %182 + tanh %183 + sub %184 + mul %185 + add %186 (models/gru_forecaster.ts:9:5)
//   #86 p17 [18,28] 1x1x1 slice %188 (models/gru_forecaster.ts:9:5)
//   #87 p7 [27,2,8,29] 2x1x1 matmul %190 + add %191 (models/gru_forecaster.ts:9:5)
//   #88 p2 [28,30] 1x1x1 slice %192 (models/gru_forecaster.ts:9:5)
//   #89 p2 [29,31] 1x1x1 slice %193 (models/gru_forecaster.ts:9:5)
//   #90 p8 [30,31,32] 1x1x1 add %194 + sigmoid %195 (models/gru_forecaster.ts:9:5)
//   #91 p3 [28,30] 1x1x1 slice %196 (models/gru_forecaster.ts:9:5)
//   #92 p3 [29,31] 1x1x1 slice %197 (models/gru_forecaster.ts:9:5)
//   #93 p4 [29,33] 1x1x1 slice %200 (models/gru_forecaster.ts:9:5)
//   #94 p4 [28,29] 1x1x1 slice %202 (models/gru_forecaster.ts:9:5)
//   #95 p9 [30,31,33,29,27,32,28] 1x1x1 add %198 + sigmoid %199 + mul %201 + add %203 + tanh %204 + sub %205 + mul %206 + add %207 (models/gru_forecaster.ts:9:5)
//   #96 p18 [18,29] 1x1x1 slice %209 (models/gru_forecaster.ts:9:5)
//   #97 p7 [28,2,8,30] 2x1x1 matmul %211 + add %212 (models/gru_forecaster.ts:9:5)
//   #98 p2 [29,31] 1x1x1 slice %213 (models/gru_forecaster.ts:9:5)
//   #99 p2 [30,32] 1x1x1 slice %214 (models/gru_forecaster.ts:9:5)
//   #100 p8 [31,32,33] 1x1x1 add %215 + sigmoid %216 (models/gru_forecaster.ts:9:5)
//   #101 p3 [29,31] 1x1x1 slice %217 (models/gru_forecaster.ts:9:5)
//   #102 p3 [30,32] 1x1x1 slice %218 (models/gru_forecaster.ts:9:5)
//   #103 p4 [30,34] 1x1x1 slice %221 (models/gru_forecaster.ts:9:5)
//   #104 p4 [29,30] 1x1x1 slice %223 (models/gru_forecaster.ts:9:5)
//   #105 p9 [31,32,34,30,28,33,29] 1x1x1 add %219 + sigmoid %220 + mul %222 + add %224 + tanh %225 + sub %226 + mul %227 + add %228 (models/gru_forecaster.ts:9:5)
//   #106 p19 [18,30] 1x1x1 slice %230 (models/gru_forecaster.ts:9:5)
//   #107 p7 [29,2,8,31] 2x1x1 matmul %232 + add %233 (models/gru_forecaster.ts:9:5)
//   #108 p2 [30,32] 1x1x1 slice %234 (models/gru_forecaster.ts:9:5)
//   #109 p2 [31,33] 1x1x1 slice %235 (models/gru_forecaster.ts:9:5)
//   #110 p8 [32,33,34] 1x1x1 add %236 + sigmoid %237 (models/gru_forecaster.ts:9:5)
//   #111 p3 [30,32] 1x1x1 slice %238 (models/gru_forecaster.ts:9:5)
//   #112 p3 [31,33] 1x1x1 slice %239 (models/gru_forecaster.ts:9:5)
//   #113 p4 [31,35] 1x1x1 slice %242 (models/gru_forecaster.ts:9:5)
//   #114 p4 [30,31] 1x1x1 slice %244 (models/gru_forecaster.ts:9:5)
//   #115 p9 [32,33,35,31,29,34,30] 1x1x1 add %240 + sigmoid %241 + mul %243 + add %245 + tanh %246 + sub %247 + mul %248 + add %249 (models/gru_forecaster.ts:9:5)
//   #116 p20 [18,31] 1x1x1 slice %251 (models/gru_forecaster.ts:9:5)
//   #117 p7 [30,2,8,32] 2x1x1 matmul %253 + add %254 (models/gru_forecaster.ts:9:5)
//   #118 p2 [31,33] 1x1x1 slice %255 (models/gru_forecaster.ts:9:5)
//   #119 p2 [32,34] 1x1x1 slice %256 (models/gru_forecaster.ts:9:5)
//   #120 p8 [33,34,35] 1x1x1 add %257 + sigmoid %258 (models/gru_forecaster.ts:9:5)
//   #121 p3 [31,33] 1x1x1 slice %259 (models/gru_forecaster.ts:9:5)
//   #122 p3 [32,34] 1x1x1 slice %260 (models/gru_forecaster.ts:9:5)
//   #123 p4 [32,36] 1x1x1 slice %263 (models/gru_forecaster.ts:9:5)
//   #124 p4 [31,32] 1x1x1 slice %265 (models/gru_forecaster.ts:9:5)
//   #125 p9 [33,34,36,32,30,35,31] 1x1x1 add %261 + sigmoid %262 + mul %264 + add %266 + tanh %267 + sub %268 + mul %269 + add %270 (models/gru_forecaster.ts:9:5)
//   #126 p21 [18,32] 1x1x1 slice %272 (models/gru_forecaster.ts:9:5)
//   #127 p7 [31,2,8,33] 2x1x1 matmul %274 + add %275 (models/gru_forecaster.ts:9:5)
//   #128 p2 [32,34] 1x1x1 slice %276 (models/gru_forecaster.ts:9:5)
//   #129 p2 [33,35] 1x1x1 slice %277 (models/gru_forecaster.ts:9:5)
//   #130 p8 [34,35,36] 1x1x1 add %278 + sigmoid %279 (models/gru_forecaster.ts:9:5)
//   #131 p3 [32,34] 1x1x1 slice %280 (models/gru_forecaster.ts:9:5)
//   #132 p3 [33,35] 1x1x1 slice %281 (models/gru_forecaster.ts:9:5)
//   #133 p4 [33,37] 1x1x1 slice %284 (models/gru_forecaster.ts:9:5)
//   #134 p4 [32,33] 1x1x1 slice %286 (models/gru_forecaster.ts:9:5)
//   #135 p9 [34,35,37,33,31,36,32] 1x1x1 add %282 + sigmoid %283 + mul %285 + add %287 + tanh %288 + sub %289 + mul %290 + add %291 (models/gru_forecaster.ts:9:5)
//   #136 p22 [18,33] 1x1x1 slice %293 (models/gru_forecaster.ts:9:5)
//   #137 p7 [32,2,8,34] 2x1x1 matmul %295 + add %296 (models/gru_forecaster.ts:9:5)
//   #138 p2 [33,35] 1x1x1 slice %297 (models/gru_forecaster.ts:9:5)
//   #139 p2 [34,36] 1x1x1 slice %298 (models/gru_forecaster.ts:9:5)
//   #140 p8 [35,36,37] 1x1x1 add %299 + sigmoid %300 (models/gru_forecaster.ts:9:5)
//   #141 p3 [33,35] 1x1x1 slice %301 (models/gru_forecaster.ts:9:5)
//   #142 p3 [34,36] 1x1x1 slice %302 (models/gru_forecaster.ts:9:5)
//   #143 p4 [34,38] 1x1x1 slice %305 (models/gru_forecaster.ts:9:5)
//   #144 p4 [33,34] 1x1x1 slice %307 (models/gru_forecaster.ts:9:5)
//   #145 p9 [35,36,38,34,32,37,33] 1x1x1 add %303 + sigmoid %304 + mul %306 + add %308 + tanh %309 + sub %310 + mul %311 + add %312 (models/gru_forecaster.ts:9:5)
//   #146 p23 [18,34] 1x1x1 slice %314 (models/gru_forecaster.ts:9:5)
//   #147 p7 [33,2,8,35] 2x1x1 matmul %316 + add %317 (models/gru_forecaster.ts:9:5)
//   #148 p2 [34,36] 1x1x1 slice %318 (models/gru_forecaster.ts:9:5)
//   #149 p2 [35,37] 1x1x1 slice %319 (models/gru_forecaster.ts:9:5)
//   #150 p8 [36,37,38] 1x1x1 add %320 + sigmoid %321 (models/gru_forecaster.ts:9:5)
//   #151 p3 [34,36] 1x1x1 slice %322 (models/gru_forecaster.ts:9:5)
//   #152 p3 [35,37] 1x1x1 slice %323 (models/gru_forecaster.ts:9:5)
//   #153 p4 [35,39] 1x1x1 slice %326 (models/gru_forecaster.ts:9:5)
//   #154 p4 [34,35] 1x1x1 slice %328 (models/gru_forecaster.ts:9:5)
//   #155 p9 [36,37,39,35,33,38,34] 1x1x1 add %324 + sigmoid %325 + mul %327 + add %329 + tanh %330 + sub %331 + mul %332 + add %333 (models/gru_forecaster.ts:9:5)
//   #156 p24 [18,35] 1x1x1 slice %335 (models/gru_forecaster.ts:9:5)
//   #157 p7 [34,2,8,36] 2x1x1 matmul %337 + add %338 (models/gru_forecaster.ts:9:5)
//   #158 p2 [35,37] 1x1x1 slice %339 (models/gru_forecaster.ts:9:5)
//   #159 p2 [36,38] 1x1x1 slice %340 (models/gru_forecaster.ts:9:5)
//   #160 p8 [37,38,39] 1x1x1 add %341 + sigmoid %342 (models/gru_forecaster.ts:9:5)
//   #161 p3 [35,37] 1x1x1 slice %343 (models/gru_forecaster.ts:9:5)
//   #162 p3 [36,38] 1x1x1 slice %344 (models/gru_forecaster.ts:9:5)
//   #163 p4 [36,40] 1x1x1 slice %347 (models/gru_forecaster.ts:9:5)
//   #164 p4 [35,36] 1x1x1 slice %349 (models/gru_forecaster.ts:9:5)
//   #165 p9 [37,38,40,36,34,39,35] 1x1x1 add %345 + sigmoid %346 + mul %348 + add %350 + tanh %351 + sub %352 + mul %353 + add %354 (models/gru_forecaster.ts:9:5)
//   #166 p25 [18,36] 1x1x1 slice %356 (models/gru_forecaster.ts:9:5)
//   #167 p7 [35,2,8,37] 2x1x1 matmul %358 + add %359 (models/gru_forecaster.ts:9:5)
//   #168 p2 [36,38] 1x1x1 slice %360 (models/gru_forecaster.ts:9:5)
//   #169 p2 [37,39] 1x1x1 slice %361 (models/gru_forecaster.ts:9:5)
//   #170 p8 [38,39,40] 1x1x1 add %362 + sigmoid %363 (models/gru_forecaster.ts:9:5)
//   #171 p3 [36,38] 1x1x1 slice %364 (models/gru_forecaster.ts:9:5)
//   #172 p3 [37,39] 1x1x1 slice %365 (models/gru_forecaster.ts:9:5)
//   #173 p4 [37,41] 1x1x1 slice %368 (models/gru_forecaster.ts:9:5)
//   #174 p4 [36,37] 1x1x1 slice %370 (models/gru_forecaster.ts:9:5)
//   #175 p9 [38,39,41,37,35,40,36] 1x1x1 add %366 + sigmoid %367 + mul %369 + add %371 + tanh %372 + sub %373 + mul %374 + add %375 (models/gru_forecaster.ts:9:5)
//   #176 p26 [18,37] 1x1x1 slice %377 (models/gru_forecaster.ts:9:5)
//   #177 p7 [36,2,8,38] 2x1x1 matmul %379 + add %380 (models/gru_forecaster.ts:9:5)
//   #178 p2 [37,39] 1x1x1 slice %381 (models/gru_forecaster.ts:9:5)
//   #179 p2 [38,40] 1x1x1 slice %382 (models/gru_forecaster.ts:9:5)
//   #180 p8 [39,40,41] 1x1x1 add %383 + sigmoid %384 (models/gru_forecaster.ts:9:5)
//   #181 p3 [37,39] 1x1x1 slice %385 (models/gru_forecaster.ts:9:5)
//   #182 p3 [38,40] 1x1x1 slice %386 (models/gru_forecaster.ts:9:5)
//   #183 p4 [38,42] 1x1x1 slice %389 (models/gru_forecaster.ts:9:5)
//   #184 p4 [37,38] 1x1x1 slice %391 (models/gru_forecaster.ts:9:5)
//   #185 p9 [39,40,42,38,36,41,37] 1x1x1 add %387 + sigmoid %388 + mul %390 + add %392 + tanh %393 + sub %394 + mul %395 + add %396 (models/gru_forecaster.ts:9:5)
//   #186 p27 [18,38] 1x1x1 slice %398 (models/gru_forecaster.ts:9:5)
//   #187 p7 [37,2,8,39] 2x1x1 matmul %400 + add %401 (models/gru_forecaster.ts:9:5)
//   #188 p2 [38,40] 1x1x1 slice %402 (models/gru_forecaster.ts:9:5)
//   #189 p2 [39,41] 1x1x1 slice %403 (models/gru_forecaster.ts:9:5)
//   #190 p8 [40,41,42] 1x1x1 add %404 + sigmoid %405 (models/gru_forecaster.ts:9:5)
//   #191 p3 [38,40] 1x1x1 slice %406 (models/gru_forecaster.ts:9:5)
//   #192 p3 [39,41] 1x1x1 slice %407 (models/gru_forecaster.ts:9:5)
//   #193 p4 [39,43] 1x1x1 slice %410 (models/gru_forecaster.ts:9:5)
//   #194 p4 [38,39] 1x1x1 slice %412 (models/gru_forecaster.ts:9:5)
//   #195 p9 [40,41,43,39,37,42,38] 1x1x1 add %408 + sigmoid %409 + mul %411 + add %413 + tanh %414 + sub %415 + mul %416 + add %417 (models/gru_forecaster.ts:9:5)
//   #196 p28 [18,39] 1x1x1 slice %419 (models/gru_forecaster.ts:9:5)
//   #197 p7 [38,2,8,40] 2x1x1 matmul %421 + add %422 (models/gru_forecaster.ts:9:5)
//   #198 p2 [39,41] 1x1x1 slice %423 (models/gru_forecaster.ts:9:5)
//   #199 p2 [40,42] 1x1x1 slice %424 (models/gru_forecaster.ts:9:5)
//   #200 p8 [41,42,43] 1x1x1 add %425 + sigmoid %426 (models/gru_forecaster.ts:9:5)
//   #201 p3 [39,41] 1x1x1 slice %427 (models/gru_forecaster.ts:9:5)
//   #202 p3 [40,42] 1x1x1 slice %428 (models/gru_forecaster.ts:9:5)
//   #203 p4 [40,44] 1x1x1 slice %431 (models/gru_forecaster.ts:9:5)
//   #204 p4 [39,40] 1x1x1 slice %433 (models/gru_forecaster.ts:9:5)
//   #205 p9 [41,42,44,40,38,43,39] 1x1x1 add %429 + sigmoid %430 + mul %432 + add %434 + tanh %435 + sub %436 + mul %437 + add %438 (models/gru_forecaster.ts:9:5)
//   #206 p29 [18,40] 1x1x1 slice %440 (models/gru_forecaster.ts:9:5)
//   #207 p7 [39,2,8,41] 2x1x1 matmul %442 + add %443 (models/gru_forecaster.ts:9:5)
//   #208 p2 [40,42] 1x1x1 slice %444 (models/gru_forecaster.ts:9:5)
//   #209 p2 [41,43] 1x1x1 slice %445 (models/gru_forecaster.ts:9:5)
//   #210 p8 [42,43,44] 1x1x1 add %446 + sigmoid %447 (models/gru_forecaster.ts:9:5)
//   #211 p3 [40,42] 1x1x1 slice %448 (models/gru_forecaster.ts:9:5)
//   #212 p3 [41,43] 1x1x1 slice %449 (models/gru_forecaster.ts:9:5)
//   #213 p4 [41,45] 1x1x1 slice %452 (models/gru_forecaster.ts:9:5)
//   #214 p4 [40,41] 1x1x1 slice %454 (models/gru_forecaster.ts:9:5)
//   #215 p9 [42,43,45,41,39,44,40] 1x1x1 add %450 + sigmoid %451 + mul %453 + add %455 + tanh %456 + sub %457 + mul %458 + add %459 (models/gru_forecaster.ts:9:5)
//   #216 p30 [18,41] 1x1x1 slice %461 (models/gru_forecaster.ts:9:5)
//   #217 p7 [40,2,8,42] 2x1x1 matmul %463 + add %464 (models/gru_forecaster.ts:9:5)
//   #218 p2 [41,43] 1x1x1 slice %465 (models/gru_forecaster.ts:9:5)
//   #219 p2 [42,44] 1x1x1 slice %466 (models/gru_forecaster.ts:9:5)
//   #220 p8 [43,44,45] 1x1x1 add %467 + sigmoid %468 (models/gru_forecaster.ts:9:5)
//   #221 p3 [41,43] 1x1x1 slice %469 (models/gru_forecaster.ts:9:5)
//   #222 p3 [42,44] 1x1x1 slice %470 (models/gru_forecaster.ts:9:5)
//   #223 p4 [42,46] 1x1x1 slice %473 (models/gru_forecaster.ts:9:5)
//   #224 p4 [41,42] 1x1x1 slice %475 (models/gru_forecaster.ts:9:5)
//   #225 p9 [43,44,46,42,40,45,41] 1x1x1 add %471 + sigmoid %472 + mul %474 + add %476 + tanh %477 + sub %478 + mul %479 + add %480 (models/gru_forecaster.ts:9:5)
//   #226 p31 [18,42] 1x1x1 slice %482 (models/gru_forecaster.ts:9:5)
//   #227 p7 [41,2,8,18] 2x1x1 matmul %484 + add %485 (models/gru_forecaster.ts:9:5)
//   #228 p2 [42,43] 1x1x1 slice %486 (models/gru_forecaster.ts:9:5)
//   #229 p2 [18,44] 1x1x1 slice %487 (models/gru_forecaster.ts:9:5)
//   #230 p8 [43,44,45] 1x1x1 add %488 + sigmoid %489 (models/gru_forecaster.ts:9:5)
//   #231 p3 [42,43] 1x1x1 slice %490 (models/gru_forecaster.ts:9:5)
//   #232 p3 [18,44] 1x1x1 slice %491 (models/gru_forecaster.ts:9:5)
//   #233 p4 [18,46] 1x1x1 slice %494 (models/gru_forecaster.ts:9:5)
//   #234 p4 [42,18] 1x1x1 slice %496 (models/gru_forecaster.ts:9:5)
//   #235 p9 [43,44,46,18,41,45,42] 1x1x1 add %492 + sigmoid %493 + mul %495 + add %497 + tanh %498 + sub %499 + mul %500 + add %501 (models/gru_forecaster.ts:9:5)
//   #236 p32 [19,20,21,22,23,24,25,18] 2x1x1 concat %503 (models/gru_forecaster.ts:9:5)
//   #237 p32 [26,27,28,29,30,31,32,19] 2x1x1 concat %504 (models/gru_forecaster.ts:9:5)
//   #238 p32 [33,34,35,36,37,38,39,20] 2x1x1 concat %505 (models/gru_forecaster.ts:9:5)
//   #239 p33 [40,41,42,21] 1x1x1 concat %506 (models/gru_forecaster.ts:9:5)
//   #240 p34 [18,19,20,21,22] 6x1x1 concat %507 (models/gru_forecaster.ts:9:5)
//   #241 p35 [22,3,12,18] 2x1x1 matmul %509 + add %510 (models/gru_forecaster.ts:10:5)
//   #242 p1 [18,21] 1x1x1 slice %512 (models/gru_forecaster.ts:10:5)
//   #243 p2 [21,43] 1x1x1 slice %514 (models/gru_forecaster.ts:10:5)
//   #244 p3 [21,44] 1x1x1 slice %517 (models/gru_forecaster.ts:10:5)
//   #245 p4 [21,45] 1x1x1 slice %521 (models/gru_forecaster.ts:10:5)
//   #246 p5 [43,14,44,15,16,45,46] 1x1x1 add %515 + sigmoid %516 + add %518 + sigmoid %519 + mul %520 + add %522 + tanh %523 + sub %524 + mul %525 (models/gru_forecaster.ts:10:5)
//   #247 p6 [18,21] 1x1x1 slice %526 (models/gru_forecaster.ts:10:5)
//   #248 p7 [46,4,13,23] 2x1x1 matmul %528 + add %529 (models/gru_forecaster.ts:10:5)
//   #249 p2 [21,43] 1x1x1 slice %530 (models/gru_forecaster.ts:10:5)
//   #250 p2 [23,44] 1x1x1 slice %531 (models/gru_forecaster.ts:10:5)
//   #251 p8 [43,44,45] 1x1x1 add %532 + sigmoid %533 (models/gru_forecaster.ts:10:5)
//   #252 p3 [21,43] 1x1x1 slice %534 (models/gru_forecaster.ts:10:5)
//   #253 p3 [23,44] 1x1x1 slice %535 (models/gru_forecaster.ts:10:5)
//   #254 p4 [23,24] 1x1x1 slice %538 (models/gru_forecaster.ts:10:5)
//   #255 p4 [21,23] 1x1x1 slice %540 (models/gru_forecaster.ts:10:5)
//   #256 p9 [43,44,24,23,46,45,21] 1x1x1 add %536 + sigmoid %537 + mul %539 + add %541 + tanh %542 + sub %543 + mul %544 + add %545 (models/gru_forecaster.ts:10:5)
//   #257 p10 [18,23] 1x1x1 slice %546 (models/gru_forecaster.ts:10:5)
//   #258 p7 [21,4,13,24] 2x1x1 matmul %548 + add %549 (models/gru_forecaster.ts:10:5)
//   #259 p2 [23,43] 1x1x1 slice %550 (models/gru_forecaster.ts:10:5)
//   #260 p2 [24,44] 1x1x1 slice %551 (models/gru_forecaster.ts:10:5)
//   #261 p8 [43,44,45] 1x1x1 add %552 + sigmoid %553 (models/gru_forecaster.ts:10:5)
//   #262 p3 [23,43] 1x1x1 slice %554 (models/gru_forecaster.ts:10:5)
//   #263 p3 [24,44] 1x1x1 slice %555 (models/gru_forecaster.ts:10:5)
//   #264 p4 [24,46] 1x1x1 slice %558 (models/gru_forecaster.ts:10:5)
//   #265 p4 [23,24] 1x1x1 slice %560 (models/gru_forecaster.ts:10:5)
//   #266 p9 [43,44,46,24,21,45,23] 1x1x1 add %556 + sigmoid %557 + mul %559 + add %561 + tanh %562 + sub %563 + mul %564 + add %565 (models/gru_forecaster.ts:10:5)
//   #267 p11 [18,21] 1x1x1 slice %566 (models/gru_forecaster.ts:10:5)
//   #268 p7 [23,4,13,24] 2x1x1 matmul %568 + add %569 (models/gru_forecaster.ts:10:5)
//   #269 p2 [21,43] 1x1x1 slice %570 (models/gru_forecaster.ts:10:5)
//   #270 p2 [24,44] 1x1x1 slice %571 (models/gru_forecaster.ts:10:5)
//   #271 p8 [43,44,45] 1x1x1 add %572 + sigmoid %573 (models/gru_forecaster.ts:10:5)
//   #272 p3 [21,43] 1x1x1 slice %574 (models/gru_forecaster.ts:10:5)
//   #273 p3 [24,44] 1x1x1 slice %575 (models/gru_forecaster.ts:10:5)
//   #274 p4 [24,46] 1x1x1 slice %578 (models/gru_forecaster.ts:10:5)
//   #275 p4 [21,24] 1x1x1 slice %580 (models/gru_forecaster.ts:10:5)
//   #276 p9 [43,44,46,24,23,45,21] 1x1x1 add %576 + sigmoid %577 + mul %579 + add %581 + tanh %582 + sub %583 + mul %584 + add %585 (models/gru_forecaster.ts:10:5)
//   #277 p12 [18,23] 1x1x1 slice %586 (models/gru_forecaster.ts:10:5)
//   #278 p7 [21,4,13,24] 2x1x1 matmul %588 + add %589 (models/gru_forecaster.ts:10:5)
//   #279 p2 [23,43] 1x1x1 slice %590 (models/gru_forecaster.ts:10:5)
//   #280 p2 [24,44] 1x1x1 slice %591 (models/gru_forecaster.ts:10:5)
//   #281 p8 [43,44,45] 1x1x1 add %592 + sigmoid %593 (models/gru_forecaster.ts:10:5)
//   #282 p3 [23,43] 1x1x1 slice %594 (models/gru_forecaster.ts:10:5)
//   #283 p3 [24,44] 1x1x1 slice %595 (models/gru_forecaster.ts:10:5)
//   #284 p4 [24,46] 1x1x1 slice %598 (models/gru_forecaster.ts:10:5)
//   #285 p4 [23,24] 1x1x1 slice %600 (models/gru_forecaster.ts:10:5)
//   #286 p9 [43,44,46,24,21,45,23] 1x1x1 add %596 + sigmoid %597 + mul %599 + add %601 + tanh %602 + sub %603 + mul %604 + add %605 (models/gru_forecaster.ts:10:5)
//   #287 p13 [18,21] 1x1x1 slice %606 (models/gru_forecaster.ts:10:5)
//   #288 p7 [23,4,13,24] 2x1x1 matmul %608 + add %609 (models/gru_forecaster.ts:10:5)
//   #289 p2 [21,43] 1x1x1 slice %610 (models/gru_forecaster.ts:10:5)
//   #290 p2 [24,44] 1x1x1 slice %611 (models/gru_forecaster.ts:10:5)
//   #291 p8 [43,44,45] 1x1x1 add %612 + sigmoid %613 (models/gru_forecaster.ts:10:5)
//   #292 p3 [21,43] 1x1x1 slice %614 (models/gru_forecaster.ts:10:5)
//   #293 p3 [24,44] 1x1x1 slice %615 (models/gru_forecaster.ts:10:5)
//   #294 p4 [24,46] 1x1x1 slice %618 (models/gru_forecaster.ts:10:5)
//   #295 p4 [21,24] 1x1x1 slice %620 (models/gru_forecaster.ts:10:5)
//   #296 p9 [43,44,46,24,23,45,21] 1x1x1 add %616 + sigmoid %617 + mul %619 + add %621 + tanh %622 + sub %623 + mul %624 + add %625 (models/gru_forecaster.ts:10:5)
//   #297 p14 [18,23] 1x1x1 slice %626 (models/gru_forecaster.ts:10:5)
//   #298 p7 [21,4,13,24] 2x1x1 matmul %628 + add %629 (models/gru_forecaster.ts:10:5)
//   #299 p2 [23,43] 1x1x1 slice %630 (models/gru_forecaster.ts:10:5)
//   #300 p2 [24,44] 1x1x1 slice %631 (models/gru_forecaster.ts:10:5)
//   #301 p8 [43,44,45] 1x1x1 add %632 + sigmoid %633 (models/gru_forecaster.ts:10:5)
//   #302 p3 [23,43] 1x1x1 slice %634 (models/gru_forecaster.ts:10:5)
//   #303 p3 [24,44] 1x1x1 slice %635 (models/gru_forecaster.ts:10:5)
//   #304 p4 [24,46] 1x1x1 slice %638 (models/gru_forecaster.ts:10:5)
//   #305 p4 [23,24] 1x1x1 slice %640 (models/gru_forecaster.ts:10:5)
//   #306 p9 [43,44,46,24,21,45,23] 1x1x1 add %636 + sigmoid %637 + mul %639 + add %641 + tanh %642 + sub %643 + mul %644 + add %645 (models/gru_forecaster.ts:10:5)
//   #307 p15 [18,21] 1x1x1 slice %646 (models/gru_forecaster.ts:10:5)
//   #308 p7 [23,4,13,24] 2x1x1 matmul %648 + add %649 (models/gru_forecaster.ts:10:5)
//   #309 p2 [21,43] 1x1x1 slice %650 (models/gru_forecaster.ts:10:5)
//   #310 p2 [24,44] 1x1x1 slice %651 (models/gru_forecaster.ts:10:5)
//   #311 p8 [43,44,45] 1x1x1 add %652 + sigmoid %653 (models/gru_forecaster.ts:10:5)
//   #312 p3 [21,43] 1x1x1 slice %654 (models/gru_forecaster.ts:10:5)
//   #313 p3 [24,44] 1x1x1 slice %655 (models/gru_forecaster.ts:10:5)
//   #314 p4 [24,46] 1x1x1 slice %658 (models/gru_forecaster.ts:10:5)
//   #315 p4 [21,24] 1x1x1 slice %660 (models/gru_forecaster.ts:10:5)
//   #316 p9 [43,44,46,24,23,45,21] 1x1x1 add %656 + sigmoid %657 + mul %659 + add %661 + tanh %662 + sub %663 + mul %664 + add %665 (models/gru_forecaster.ts:10:5)
//   #317 p16 [18,23] 1x1x1 slice %666 (models/gru_forecaster.ts:10:5)
//   #318 p7 [21,4,13,24] 2x1x1 matmul %668 + add %669 (models/gru_forecaster.ts:10:5)
//   #319 p2 [23,43] 1x1x1 slice %670 (models/gru_forecaster.ts:10:5)
//   #320 p2 [24,44] 1x1x1 slice %671 (models/gru_forecaster.ts:10:5)
//   #321 p8 [43,44,45] 1x1x1 add %672 + sigmoid %673 (models/gru_forecaster.ts:10:5)
//   #322 p3 [23,43] 1x1x1 slice %674 (models/gru_forecaster.ts:10:5)
//   #323 p3 [24,44] 1x1x1 slice %675 (models/gru_forecaster.ts:10:5)
//   #324 p4 [24,46] 1x1x1 slice %678 (models/gru_forecaster.ts:10:5)
//   #325 p4 [23,24] 1x1x1 slice %680 (models/gru_forecaster.ts:10:5)
//   #326 p9 [43,44,46,24,21,45,23] 1x1x1 add %676 + sigmoid %677 + mul %679 + add %681 + tanh %682 + sub %683 + mul %684 + add %685 (models/gru_forecaster.ts:10:5)
//   #327 p17 [18,21] 1x1x1 slice %686 (models/gru_forecaster.ts:10:5)
//   #328 p7 [23,4,13,24] 2x1x1 matmul %688 + add %689 (models/gru_forecaster.ts:10:5)
//   #329 p2 [21,43] 1x1x1 slice %690 (models/gru_forecaster.ts:10:5)
//   #330 p2 [24,44] 1x1x1 slice %691 (models/gru_forecaster.ts:10:5)
//   #331 p8 [43,44,45] 1x1x1 add %692 + sigmoid %693 (models/gru_forecaster.ts:10:5)
//   #332 p3 [21,43] 1x1x1 slice %694 (models/gru_forecaster.ts:10:5)
//   #333 p3 [24,44] 1x1x1 slice %695 (models/gru_forecaster.ts:10:5)
//   #334 p4 [24,46] 1x1x1 slice %698 (models/gru_forecaster.ts:10:5)
//   #335 p4 [21,24] 1x1x1 slice %700 (models/gru_forecaster.ts:10:5)
//   #336 p9 [43,44,46,24,23,45,21] 1x1x1 add %696 + sigmoid %697 + mul %699 + add %701 + tanh %702 + sub %703 + mul %704 + add %705 (models/gru_forecaster.ts:10:5)
//   #337 p18 [18,23] 1x1x1 slice %706 (models/gru_forecaster.ts:10:5)
//   #338 p7 [21,4,13,24] 2x1x1 matmul %708 + add %709 (models/gru_forecaster.ts:10:5)
//   #339 p2 [23,43] 1x1x1 slice %710 (models/gru_forecaster.ts:10:5)
//   #340 p2 [24,44] 1x1x1 slice %711 (models/gru_forecaster.ts:10:5)
//   #341 p8 [43,44,45] 1x1x1 add %712 + sigmoid %713 (models/gru_forecaster.ts:10:5)
//   #342 p3 [23,43] 1x1x1 slice %714 (models/gru_forecaster.ts:10:5)
//   #343 p3 [24,44] 1x1x1 slice %715 (models/gru_forecaster.ts:10:5)
//   #344 p4 [24,46] 1x1x1 slice %718 (models/gru_forecaster.ts:10:5)
//   #345 p4 [23,24] 1x1x1 slice %720 (models/gru_forecaster.ts:10:5)
//   #346 p9 [43,44,46,24,21,45,23] 1x1x1 add %716 + sigmoid %717 + mul %719 + add %721 + tanh %722 + sub %723 + mul %724 + add %725 (models/gru_forecaster.ts:10:5)
//   #347 p19 [18,21] 1x1x1 slice %726 (models/gru_forecaster.ts:10:5)
//   #348 p7 [23,4,13,24] 2x1x1 matmul %728 + add %729 (models/gru_forecaster.ts:10:5)
//   #349 p2 [21,43] 1x1x1 slice %730 (models/gru_forecaster.ts:10:5)
//   #350 p2 [24,44] 1x1x1 slice %731 (models/gru_forecaster.ts:10:5)
//   #351 p8 [43,44,45] 1x1x1 add %732 + sigmoid %733 (models/gru_forecaster.ts:10:5)
//   #352 p3 [21,43] 1x1x1 slice %734 (models/gru_forecaster.ts:10:5)
//   #353 p3 [24,44] 1x1x1 slice %735 (models/gru_forecaster.ts:10:5)
//   #354 p4 [24,46] 1x1x1 slice %738 (models/gru_forecaster.ts:10:5)
//   #355 p4 [21,24] 1x1x1 slice %740 (models/gru_forecaster.ts:10:5)
//   #356 p9 [43,44,46,24,23,45,21] 1x1x1 add %736 + sigmoid %737 + mul %739 + add %741 + tanh %742 + sub %743 + mul %744 + add %745 (models/gru_forecaster.ts:10:5)
//   #357 p20 [18,23] 1x1x1 slice %746 (models/gru_forecaster.ts:10:5)
//   #358 p7 [21,4,13,24] 2x1x1 matmul %748 + add %749 (models/gru_forecaster.ts:10:5)
//   #359 p2 [23,43] 1x1x1 slice %750 (models/gru_forecaster.ts:10:5)
//   #360 p2 [24,44] 1x1x1 slice %751 (models/gru_forecaster.ts:10:5)
//   #361 p8 [43,44,45] 1x1x1 add %752 + sigmoid %753 (models/gru_forecaster.ts:10:5)
//   #362 p3 [23,43] 1x1x1 slice %754 (models/gru_forecaster.ts:10:5)
//   #363 p3 [24,44] 1x1x1 slice %755 (models/gru_forecaster.ts:10:5)
//   #364 p4 [24,46] 1x1x1 slice %758 (models/gru_forecaster.ts:10:5)
//   #365 p4 [23,24] 1x1x1 slice %760 (models/gru_forecaster.ts:10:5)
//   #366 p9 [43,44,46,24,21,45,23] 1x1x1 add %756 + sigmoid %757 + mul %759 + add %761 + tanh %762 + sub %763 + mul %764 + add %765 (models/gru_forecaster.ts:10:5)
//   #367 p21 [18,21] 1x1x1 slice %766 (models/gru_forecaster.ts:10:5)
//   #368 p7 [23,4,13,24] 2x1x1 matmul %768 + add %769 (models/gru_forecaster.ts:10:5)
//   #369 p2 [21,43] 1x1x1 slice %770 (models/gru_forecaster.ts:10:5)
//   #370 p2 [24,44] 1x1x1 slice %771 (models/gru_forecaster.ts:10:5)
//   #371 p8 [43,44,45] 1x1x1 add %772 + sigmoid %773 (models/gru_forecaster.ts:10:5)
//   #372 p3 [21,43] 1x1x1 slice %774 (models/gru_forecaster.ts:10:5)
//   #373 p3 [24,44] 1x1x1 slice %775 (models/gru_forecaster.ts:10:5)
//   #374 p4 [24,46] 1x1x1 slice %778 (models/gru_forecaster.ts:10:5)
//   #375 p4 [21,24] 1x1x1 slice %780 (models/gru_forecaster.ts:10:5)
//   #376 p9 [43,44,46,24,23,45,21] 1x1x1 add %776 + sigmoid %777 + mul %779 + add %781 + tanh %782 + sub %783 + mul %784 + add %785 (models/gru_forecaster.ts:10:5)
//   #377 p22 [18,23] 1x1x1 slice %786 (models/gru_forecaster.ts:10:5)
//   #378 p7 [21,4,13,24] 2x1x1 matmul %788 + add %789 (models/gru_forecaster.ts:10:5)
//   #379 p2 [23,43] 1x1x1 slice %790 (models/gru_forecaster.ts:10:5)
//   #380 p2 [24,44] 1x1x1 slice %791 (models/gru_forecaster.ts:10:5)
//   #381 p8 [43,44,45] 1x1x1 add %792 + sigmoid %793 (models/gru_forecaster.ts:10:5)
//   #382 p3 [23,43] 1x1x1 slice %794 (models/gru_forecaster.ts:10:5)
//   #383 p3 [24,44] 1x1x1 slice %795 (models/gru_forecaster.ts:10:5)
//   #384 p4 [24,46] 1x1x1 slice %798 (models/gru_forecaster.ts:10:5)
//   #385 p4 [23,24] 1x1x1 slice %800 (models/gru_forecaster.ts:10:5)
//   #386 p9 [43,44,46,24,21,45,23] 1x1x1 add %796 + sigmoid %797 + mul %799 + add %801 + tanh %802 + sub %803 + mul %804 + add %805 (models/gru_forecaster.ts:10:5)
//   #387 p23 [18,21] 1x1x1 slice %806 (models/gru_forecaster.ts:10:5)
//   #388 p7 [23,4,13,24] 2x1x1 matmul %808 + add %809 (models/gru_forecaster.ts:10:5)
//   #389 p2 [21,43] 1x1x1 slice %810 (models/gru_forecaster.ts:10:5)
//   #390 p2 [24,44] 1x1x1 slice %811 (models/gru_forecaster.ts:10:5)
//   #391 p8 [43,44,45] 1x1x1 add %812 + sigmoid %813 (models/gru_forecaster.ts:10:5)
//   #392 p3 [21,43] 1x1x1 slice %814 (models/gru_forecaster.ts:10:5)
//   #393 p3 [24,44] 1x1x1 slice %815 (models/gru_forecaster.ts:10:5)
//   #394 p4 [24,46] 1x1x1 slice %818 (models/gru_forecaster.ts:10:5)
//   #395 p4 [21,24] 1x1x1 slice %820 (models/gru_forecaster.ts:10:5)
//   #396 p9 [43,44,46,24,23,45,21] 1x1x1 add %816 + sigmoid %817 + mul %819 + add %821 + tanh %822 + sub %823 + mul %824 + add %825 (models/gru_forecaster.ts:10:5)
//   #397 p24 [18,23] 1x1x1 slice %826 (models/gru_forecaster.ts:10:5)
//   #398 p7 [21,4,13,24] 2x1x1 matmul %828 + add %829 (models/gru_forecaster.ts:10:5)
//   #399 p2 [23,43] 1x1x1 slice %830 (models/gru_forecaster.ts:10:5)
//   #400 p2 [24,44] 1x1x1 slice %831 (models/gru_forecaster.ts:10:5)
//   #401 p8 [43,44,45] 1x1x1 add %832 + sigmoid %833 (models/gru_forecaster.ts:10:5)
//   #402 p3 [23,43] 1x1x1 slice %834 (models/gru_forecaster.ts:10:5)
//   #403 p3 [24,44] 1x1x1 slice %835 (models/gru_forecaster.ts:10:5)
//   #404 p4 [24,46] 1x1x1 slice %838 (models/gru_forecaster.ts:10:5)
//   #405 p4 [23,24] 1x1x1 slice %840 (models/gru_forecaster.ts:10:5)
//   #406 p9 [43,44,46,24,21,45,23] 1x1x1 add %836 + sigmoid %837 + mul %839 + add %841 + tanh %842 + sub %843 + mul %844 + add %845 (models/gru_forecaster.ts:10:5)
//   #407 p25 [18,21] 1x1x1 slice %846 (models/gru_forecaster.ts:10:5)
//   #408 p7 [23,4,13,24] 2x1x1 matmul %848 + add %849 (models/gru_forecaster.ts:10:5)
//   #409 p2 [21,43] 1x1x1 slice %850 (models/gru_forecaster.ts:10:5)
//   #410 p2 [24,44] 1x1x1 slice %851 (models/gru_forecaster.ts:10:5)
//   #411 p8 [43,44,45] 1x1x1 add %852 + sigmoid %853 (models/gru_forecaster.ts:10:5)
//   #412 p3 [21,43] 1x1x1 slice %854 (models/gru_forecaster.ts:10:5)
//   #413 p3 [24,44] 1x1x1 slice %855 (models/gru_forecaster.ts:10:5)
//   #414 p4 [24,46] 1x1x1 slice %858 (models/gru_forecaster.ts:10:5)
//   #415 p4 [21,24] 1x1x1 slice %860 (models/gru_forecaster.ts:10:5)
//   #416 p9 [43,44,46,24,23,45,21] 1x1x1 add %856 + sigmoid %857 + mul %859 + add %861 + tanh %862 + sub %863 + mul %864 + add %865 (models/gru_forecaster.ts:10:5)
//   #417 p26 [18,23] 1x1x1 slice %866 (models/gru_forecaster.ts:10:5)
//   #418 p7 [21,4,13,24] 2x1x1 matmul %868 + add %869 (models/gru_forecaster.ts:10:5)
//   #419 p2 [23,43] 1x1x1 slice %870 (models/gru_forecaster.ts:10:5)
//   #420 p2 [24,44] 1x1x1 slice %871 (models/gru_forecaster.ts:10:5)
//   #421 p8 [43,44,45] 1x1x1 add %872 + sigmoid %873 (models/gru_forecaster.ts:10:5)
//   #422 p3 [23,43] 1x1x1 slice %874 (models/gru_forecaster.ts:10:5)
//   #423 p3 [24,44] 1x1x1 slice %875 (models/gru_forecaster.ts:10:5)
//   #424 p4 [24,46] 1x1x1 slice %878 (models/gru_forecaster.ts:10:5)
//   #425 p4 [23,24] 1x1x1 slice %880 (models/gru_forecaster.ts:10:5)
//   #426 p9 [43,44,46,24,21,45,23] 1x1x1 add %876 + sigmoid %877 + mul %879 + add %881 + tanh %882 + sub %883 + mul %884 + add %885 (models/gru_forecaster.ts:10:5)
//   #427 p27 [18,21] 1x1x1 slice %886 (models/gru_forecaster.ts:10:5)
//   #428 p7 [23,4,13,24] 2x1x1 matmul %888 + add %889 (models/gru_forecaster.ts:10:5)
//   #429 p2 [21,43] 1x1x1 slice %890 (models/gru_forecaster.ts:10:5)
//   #430 p2 [24,44] 1x1x1 slice %891 (models/gru_forecaster.ts:10:5)
//   #431 p8 [43,44,45] 1x1x1 add %892 + sigmoid %893 (models/gru_forecaster.ts:10:5)
//   #432 p3 [21,43] 1x1x1 slice %894 (models/gru_forecaster.ts:10:5)
//   #433 p3 [24,44] 1x1x1 slice %895 (models/gru_forecaster.ts:10:5)
//   #434 p4 [24,46] 1x1x1 slice %898 (models/gru_forecaster.ts:10:5)
//   #435 p4 [21,24] 1x1x1 slice %900 (models/gru_forecaster.ts:10:5)
//   #436 p9 [43,44,46,24,23,45,21] 1x1x1 add %896 + sigmoid %897 + mul %899 + add %901 + tanh %902 + sub %903 + mul %904 + add %905 (models/gru_forecaster.ts:10:5)
//   #437 p28 [18,23] 1x1x1 slice %906 (models/gru_forecaster.ts:10:5)
//   #438 p7 [21,4,13,24] 2x1x1 matmul %908 + add %909 (models/gru_forecaster.ts:10:5)
//   #439 p2 [23,43] 1x1x1 slice %910 (models/gru_forecaster.ts:10:5)
//   #440 p2 [24,44] 1x1x1 slice %911 (models/gru_forecaster.ts:10:5)
//   #441 p8 [43,44,45] 1x1x1 add %912 + sigmoid %913 (models/gru_forecaster.ts:10:5)
//   #442 p3 [23,43] 1x1x1 slice %914 (models/gru_forecaster.ts:10:5)
//   #443 p3 [24,44] 1x1x1 slice %915 (models/gru_forecaster.ts:10:5)
//   #444 p4 [24,46] 1x1x1 slice %918 (models/gru_forecaster.ts:10:5)
//   #445 p4 [23,24] 1x1x1 slice %920 (models/gru_forecaster.ts:10:5)
//   #446 p9 [43,44,46,24,21,45,23] 1x1x1 add %916 + sigmoid %917 + mul %919 + add %921 + tanh %922 + sub %923 + mul %924 + add %925 (models/gru_forecaster.ts:10:5)
//   #447 p29 [18,21] 1x1x1 slice %926 (models/gru_forecaster.ts:10:5)
//   #448 p7 [23,4,13,24] 2x1x1 matmul %928 + add %929 (models/gru_forecaster.ts:10:5)
//   #449 p2 [21,43] 1x1x1 slice %930 (models/gru_forecaster.ts:10:5)
//   #450 p2 [24,44] 1x1x1 slice %931 (models/gru_forecaster.ts:10:5)
//   #451 p8 [43,44,45] 1x1x1 add %932 + sigmoid %933 (models/gru_forecaster.ts:10:5)
//   #452 p3 [21,43] 1x1x1 slice %934 (models/gru_forecaster.ts:10:5)
//   #453 p3 [24,44] 1x1x1 slice %935 (models/gru_forecaster.ts:10:5)
//   #454 p4 [24,46] 1x1x1 slice %938 (models/gru_forecaster.ts:10:5)
//   #455 p4 [21,24] 1x1x1 slice %940 (models/gru_forecaster.ts:10:5)
//   #456 p9 [43,44,46,24,23,45,21] 1x1x1 add %936 + sigmoid %937 + mul %939 + add %941 + tanh %942 + sub %943 + mul %944 + add %945 (models/gru_forecaster.ts:10:5)
//   #457 p30 [18,23] 1x1x1 slice %946 (models/gru_forecaster.ts:10:5)
//   #458 p7 [21,4,13,24] 2x1x1 matmul %948 + add %949 (models/gru_forecaster.ts:10:5)
//   #459 p2 [23,43] 1x1x1 slice %950 (models/gru_forecaster.ts:10:5)
//   #460 p2 [24,44] 1x1x1 slice %951 (models/gru_forecaster.ts:10:5)
//   #461 p8 [43,44,45] 1x1x1 add %952 + sigmoid %953 (models/gru_forecaster.ts:10:5)
//   #462 p3 [23,43] 1x1x1 slice %954 (models/gru_forecaster.ts:10:5)
//   #463 p3 [24,44] 1x1x1 slice %955 (models/gru_forecaster.ts:10:5)
//   #464 p4 [24,46] 1x1x1 slice %958 (models/gru_forecaster.ts:10:5)
//   #465 p4 [23,24] 1x1x1 slice %960 (models/gru_forecaster.ts:10:5)
//   #466 p9 [43,44,46,24,21,45,23] 1x1x1 add %956 + sigmoid %957 + mul %959 + add %961 + tanh %962 + sub %963 + mul %964 + add %965 (models/gru_forecaster.ts:10:5)
//   #467 p31 [18,21] 1x1x1 slice %966 (models/gru_forecaster.ts:10:5)
//   #468 p7 [23,4,13,24] 2x1x1 matmul %968 + add %969 (models/gru_forecaster.ts:10:5)
//   #469 p2 [21,43] 1x1x1 slice %970 (models/gru_forecaster.ts:10:5)
//   #470 p2 [24,44] 1x1x1 slice %971 (models/gru_forecaster.ts:10:5)
//   #471 p8 [43,44,45] 1x1x1 add %972 + sigmoid %973 (models/gru_forecaster.ts:10:5)
//   #472 p3 [21,43] 1x1x1 slice %974 (models/gru_forecaster.ts:10:5)
//   #473 p3 [24,44] 1x1x1 slice %975 (models/gru_forecaster.ts:10:5)
//   #474 p4 [24,46] 1x1x1 slice %978 (models/gru_forecaster.ts:10:5)
//   #475 p4 [21,24] 1x1x1 slice %980 (models/gru_forecaster.ts:10:5)
//   #476 p9 [43,44,46,24,23,45,21] 1x1x1 add %976 + sigmoid %977 + mul %979 + add %981 + tanh %982 + sub %983 + mul %984 + add %985 (models/gru_forecaster.ts:10:5)
//   #477 p36 [21,5,6,17] 1x1x1 matmul %986 + add %987 (models/gru_forecaster.ts:11:5)

// ---- pipeline 0 (read, read, read, read_write)
// dlc kernel: matmul %1 + add %2 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
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
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 1152u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 1u; k0 += 4u) {
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e / 4u; let kk = e % 4u;
      var v = 0.0; if (row0 + r < 24u && k0 + kk < 1u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 2u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 1u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 1 (read, read_write)
// dlc kernel: slice %4 (models/gru_forecaster.ts:9:5), slice %512 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u)];
}

// ---- pipeline 2 (read, read_write)
// dlc kernel: slice %6 (models/gru_forecaster.ts:9:5), slice %24 (models/gru_forecaster.ts:9:5), slice %25 (models/gru_forecaster.ts:9:5) (+91 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u)];
}

// ---- pipeline 3 (read, read_write)
// dlc kernel: slice %9 (models/gru_forecaster.ts:9:5), slice %28 (models/gru_forecaster.ts:9:5), slice %29 (models/gru_forecaster.ts:9:5) (+91 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u) + 16u];
}

// ---- pipeline 4 (read, read_write)
// dlc kernel: slice %13 (models/gru_forecaster.ts:9:5), slice %32 (models/gru_forecaster.ts:9:5), slice %34 (models/gru_forecaster.ts:9:5) (+91 more)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  out[i] = x[(i % 16u) + 32u];
}

// ---- pipeline 5 (read, read, read, read, read, read, read_write)
// dlc kernel: add %7 + sigmoid %8 + add %10 + sigmoid %11 + mul %12 + add %14 + tanh %15 + sub %17 + mul %18 (models/gru_forecaster.ts:9:5), add %515 + sigmoid %516 + add %518 + sigmoid %519 + mul %520 + add %522 + tanh %523 + sub %524 + mul %525 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read> in5: array<f32>;
@group(0) @binding(6) var<storage, read_write> out0: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
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
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let x4 = in4[i];
  let x5 = in5[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (x2 + x3);
  let v3 = dlc_sigmoid(v2);
  let v4 = (v3 * x4);
  let v5 = (x5 + v4);
  let v6 = dlc_tanh(v5);
  let v7 = (1.0 - v1);
  let v8 = (v7 * v6);
  out0[i] = v8;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 6 (read, read_write)
// dlc kernel: slice %20 (models/gru_forecaster.ts:9:5), slice %526 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 48u];
}

// ---- pipeline 7 (read, read, read, read_write)
// dlc kernel: matmul %22 + add %23 (models/gru_forecaster.ts:9:5), matmul %43 + add %44 (models/gru_forecaster.ts:9:5), matmul %64 + add %65 (models/gru_forecaster.ts:9:5) (+43 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
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
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 48u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 8 (read, read, read_write)
// dlc kernel: add %26 + sigmoid %27 (models/gru_forecaster.ts:9:5), add %47 + sigmoid %48 (models/gru_forecaster.ts:9:5), add %68 + sigmoid %69 (models/gru_forecaster.ts:9:5) (+43 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read_write> out0: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
fn dlc_mid(i: u32) {
  let x0 = in0[i];
  let x1 = in1[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  out0[i] = v1;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 9 (read, read, read, read, read, read, read_write)
// dlc kernel: add %30 + sigmoid %31 + mul %33 + add %35 + tanh %36 + sub %37 + mul %38 + add %39 (models/gru_forecaster.ts:9:5), add %51 + sigmoid %52 + mul %54 + add %56 + tanh %57 + sub %58 + mul %59 + add %60 (models/gru_forecaster.ts:9:5), add %72 + sigmoid %73 + mul %75 + add %77 + tanh %78 + sub %79 + mul %80 + add %81 (models/gru_forecaster.ts:9:5) (+43 more)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read> in3: array<f32>;
@group(0) @binding(4) var<storage, read> in4: array<f32>;
@group(0) @binding(5) var<storage, read> in5: array<f32>;
@group(0) @binding(6) var<storage, read_write> out0: array<f32>;
fn dlc_sigmoid(x: f32) -> f32 {
  let z = exp(-abs(x));
  let s = 1.0 / (1.0 + z);
  return select(z * s, s, x >= 0.0);
}
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
  let x0 = in0[i];
  let x1 = in1[i];
  let x2 = in2[i];
  let x3 = in3[i];
  let x4 = in4[i];
  let x5 = in5[i];
  let v0 = (x0 + x1);
  let v1 = dlc_sigmoid(v0);
  let v2 = (v1 * x2);
  let v3 = (x3 + v2);
  let v4 = dlc_tanh(v3);
  let v5 = (x4 - v4);
  let v6 = (x5 * v5);
  let v7 = (v4 + v6);
  out0[i] = v7;
}
@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 16u) { return; }
  dlc_mid(i);
}

// ---- pipeline 10 (read, read_write)
// dlc kernel: slice %41 (models/gru_forecaster.ts:9:5), slice %546 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 96u];
}

// ---- pipeline 11 (read, read_write)
// dlc kernel: slice %62 (models/gru_forecaster.ts:9:5), slice %566 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 144u];
}

// ---- pipeline 12 (read, read_write)
// dlc kernel: slice %83 (models/gru_forecaster.ts:9:5), slice %586 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 192u];
}

// ---- pipeline 13 (read, read_write)
// dlc kernel: slice %104 (models/gru_forecaster.ts:9:5), slice %606 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 240u];
}

// ---- pipeline 14 (read, read_write)
// dlc kernel: slice %125 (models/gru_forecaster.ts:9:5), slice %626 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 288u];
}

// ---- pipeline 15 (read, read_write)
// dlc kernel: slice %146 (models/gru_forecaster.ts:9:5), slice %646 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 336u];
}

// ---- pipeline 16 (read, read_write)
// dlc kernel: slice %167 (models/gru_forecaster.ts:9:5), slice %666 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 384u];
}

// ---- pipeline 17 (read, read_write)
// dlc kernel: slice %188 (models/gru_forecaster.ts:9:5), slice %686 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 432u];
}

// ---- pipeline 18 (read, read_write)
// dlc kernel: slice %209 (models/gru_forecaster.ts:9:5), slice %706 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 480u];
}

// ---- pipeline 19 (read, read_write)
// dlc kernel: slice %230 (models/gru_forecaster.ts:9:5), slice %726 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 528u];
}

// ---- pipeline 20 (read, read_write)
// dlc kernel: slice %251 (models/gru_forecaster.ts:9:5), slice %746 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 576u];
}

// ---- pipeline 21 (read, read_write)
// dlc kernel: slice %272 (models/gru_forecaster.ts:9:5), slice %766 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 624u];
}

// ---- pipeline 22 (read, read_write)
// dlc kernel: slice %293 (models/gru_forecaster.ts:9:5), slice %786 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 672u];
}

// ---- pipeline 23 (read, read_write)
// dlc kernel: slice %314 (models/gru_forecaster.ts:9:5), slice %806 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 720u];
}

// ---- pipeline 24 (read, read_write)
// dlc kernel: slice %335 (models/gru_forecaster.ts:9:5), slice %826 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 768u];
}

// ---- pipeline 25 (read, read_write)
// dlc kernel: slice %356 (models/gru_forecaster.ts:9:5), slice %846 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 816u];
}

// ---- pipeline 26 (read, read_write)
// dlc kernel: slice %377 (models/gru_forecaster.ts:9:5), slice %866 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 864u];
}

// ---- pipeline 27 (read, read_write)
// dlc kernel: slice %398 (models/gru_forecaster.ts:9:5), slice %886 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 912u];
}

// ---- pipeline 28 (read, read_write)
// dlc kernel: slice %419 (models/gru_forecaster.ts:9:5), slice %906 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 960u];
}

// ---- pipeline 29 (read, read_write)
// dlc kernel: slice %440 (models/gru_forecaster.ts:9:5), slice %926 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1008u];
}

// ---- pipeline 30 (read, read_write)
// dlc kernel: slice %461 (models/gru_forecaster.ts:9:5), slice %946 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1056u];
}

// ---- pipeline 31 (read, read_write)
// dlc kernel: slice %482 (models/gru_forecaster.ts:9:5), slice %966 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  out[i] = x[(i % 48u) + 1104u];
}

// ---- pipeline 32 (read, read, read, read, read, read, read, read_write)
// dlc kernel: concat %503 (models/gru_forecaster.ts:9:5), concat %504 (models/gru_forecaster.ts:9:5), concat %505 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read> x4: array<f32>;
@group(0) @binding(5) var<storage, read> x5: array<f32>;
@group(0) @binding(6) var<storage, read> x6: array<f32>;
@group(0) @binding(7) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 112u) { return; }
  let o = i / 112u;
  let k = (i / 16u) % 7u;
  let r = i % 16u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 16u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 16u + r]; } else if (k < 3u) { out[i] = x2[(o * 1u + k - 2u) * 16u + r]; } else if (k < 4u) { out[i] = x3[(o * 1u + k - 3u) * 16u + r]; } else if (k < 5u) { out[i] = x4[(o * 1u + k - 4u) * 16u + r]; } else if (k < 6u) { out[i] = x5[(o * 1u + k - 5u) * 16u + r]; } else { out[i] = x6[(o * 1u + k - 6u) * 16u + r]; }
}

// ---- pipeline 33 (read, read, read, read_write)
// dlc kernel: concat %506 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 48u) { return; }
  let o = i / 48u;
  let k = (i / 16u) % 3u;
  let r = i % 16u;
  if (k < 1u) { out[i] = x0[(o * 1u + k) * 16u + r]; } else if (k < 2u) { out[i] = x1[(o * 1u + k - 1u) * 16u + r]; } else { out[i] = x2[(o * 1u + k - 2u) * 16u + r]; }
}

// ---- pipeline 34 (read, read, read, read, read_write)
// dlc kernel: concat %507 (models/gru_forecaster.ts:9:5)
@group(0) @binding(0) var<storage, read> x0: array<f32>;
@group(0) @binding(1) var<storage, read> x1: array<f32>;
@group(0) @binding(2) var<storage, read> x2: array<f32>;
@group(0) @binding(3) var<storage, read> x3: array<f32>;
@group(0) @binding(4) var<storage, read_write> out: array<f32>;

@compute @workgroup_size(64)
fn main(@builtin(global_invocation_id) gid: vec3<u32>) {
  let i = gid.x;
  if (i >= 384u) { return; }
  let o = i / 384u;
  let k = (i / 16u) % 24u;
  let r = i % 16u;
  if (k < 7u) { out[i] = x0[(o * 7u + k) * 16u + r]; } else if (k < 14u) { out[i] = x1[(o * 7u + k - 7u) * 16u + r]; } else if (k < 21u) { out[i] = x2[(o * 7u + k - 14u) * 16u + r]; } else { out[i] = x3[(o * 3u + k - 21u) * 16u + r]; }
}

// ---- pipeline 35 (read, read, read, read_write)
// dlc kernel: matmul %509 + add %510 (models/gru_forecaster.ts:10:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let c1 = i % 48u;
  let x0 = in2[c1];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k * 48u];
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
  let col0 = (g % 2u) * 32u;
  let row0 = ((g / 2u) % 1u) * 32u;
  let bi = g / 2u;
  let yo = bi * 1152u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 24u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 48u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc0.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc0.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc0.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc1.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc1.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc1.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc2.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc2.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc2.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 24u) { if (c0 + 0u < 48u) { dlc_mid(yo + r * 48u + c0 + 0u, acc3.x); } if (c0 + 1u < 48u) { dlc_mid(yo + r * 48u + c0 + 1u, acc3.y); } if (c0 + 2u < 48u) { dlc_mid(yo + r * 48u + c0 + 2u, acc3.z); } if (c0 + 3u < 48u) { dlc_mid(yo + r * 48u + c0 + 3u, acc3.w); } } }
}

// ---- pipeline 36 (read, read, read, read_write)
// dlc kernel: matmul %986 + add %987 (models/gru_forecaster.ts:11:5)
@group(0) @binding(0) var<storage, read> in0: array<f32>;
@group(0) @binding(1) var<storage, read> in1: array<f32>;
@group(0) @binding(2) var<storage, read> in2: array<f32>;
@group(0) @binding(3) var<storage, read_write> out0: array<f32>;
fn dlc_mid(i: u32, acc: f32) {
  let x0 = in2[i];
  let v0 = (acc + x0);
  out0[i] = v0;
}
fn dlc_a(bi: u32, r: u32, k: u32) -> f32 {
  return in0[0u + r * 16u + k];
}
fn dlc_b(bi: u32, r: u32, k: u32) -> f32 {
  return in1[0u + r + k];
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
  let yo = bi * 1u;
  let c0 = col0 + tx * 4u;
  var acc0 = vec4<f32>(); var acc1 = vec4<f32>(); var acc2 = vec4<f32>(); var acc3 = vec4<f32>();
  for (var k0 = 0u; k0 < 16u; k0 += 16u) {
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e / 16u; let kk = e % 16u;
      var v = 0.0; if (row0 + r < 1u && k0 + kk < 16u) { v = dlc_a(bi, row0 + r, k0 + kk); }
      As[kk * 8u + r / 4u][r % 4u] = v;
    }
    for (var l = 0u; l < 8u; l++) {
      let e = lane + l * 64u;
      let r = e % 32u; let kk = e / 32u;
      var v = 0.0; if (col0 + r < 1u && k0 + kk < 16u) { v = dlc_b(bi, col0 + r, k0 + kk); }
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
  { let r = row0 + ty * 4u + 0u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc0.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc0.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc0.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc0.w); } } }
  { let r = row0 + ty * 4u + 1u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc1.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc1.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc1.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc1.w); } } }
  { let r = row0 + ty * 4u + 2u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc2.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc2.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc2.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc2.w); } } }
  { let r = row0 + ty * 4u + 3u; if (r < 1u) { if (c0 + 0u < 1u) { dlc_mid(yo + r * 1u + c0 + 0u, acc3.x); } if (c0 + 1u < 1u) { dlc_mid(yo + r * 1u + c0 + 1u, acc3.y); } if (c0 + 2u < 1u) { dlc_mid(yo + r * 1u + c0 + 2u, acc3.z); } if (c0 + 3u < 1u) { dlc_mid(yo + r * 1u + c0 + 3u, acc3.w); } } }
}
